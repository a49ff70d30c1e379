#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor path FILE.eml|MBOX [--json] [--workspace FILE [--record] [--add-unknown]]`:
// the hops of each message with what each used (TLS version and cipher, or
// cleartext); with a workspace, the host and link of each hop, and with
// --record, kept in the workspace so the links' states say what was used.
int runPath(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
