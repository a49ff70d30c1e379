#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor accept --workspace FILE RULE@ENDPOINT --reason TEXT --owner NAME --until YYYY-MM-DD [--profile ID]`:
// records a finding as an accepted risk in the workspace's exceptions
// register; `--list` prints the register (lapsed entries marked), `--revoke
// RULE@ENDPOINT` removes an entry. The workspace file is saved atomically.
int runAccept(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
