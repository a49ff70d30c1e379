#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor import --workspace FILE (--csv FILE | --nmap FILE | --dns DOMAIN)`:
// hosts and endpoints into the workspace, all or nothing; the file is rewritten atomically.
int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
