#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor probe [--json] [--name HOST] [--ca-file FILE] URL...`
int runProbe(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
