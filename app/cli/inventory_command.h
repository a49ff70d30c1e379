#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor inventory --workspace FILE [--json]`: what a workspace
// holds (hosts, endpoints, links), for a quick check from a shell.
int runInventory(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
