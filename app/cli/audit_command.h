#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor audit --workspace FILE [--db URL] [--json FILE] [--concurrency N] ...`:
// probes every endpoint of the workspace, stores the run, prints the links by state
// (through AuditSession, the window's pipeline).
int runAudit(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
