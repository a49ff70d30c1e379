#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor audit --workspace FILE [--db URL] [--json FILE] [--concurrency N] ...`:
// probes every endpoint of the workspace, stores the run, prints the links by state.
int runAudit(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `mailtls-auditor runs [--workspace FILE] [--db URL]`: where the store is, then its runs,
// newest first. --db is an SQLite file or a postgresql:// URL (store_location.h).
int runRuns(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `mailtls-auditor import --workspace FILE (--csv FILE | --nmap FILE | --dns DOMAIN)`:
// hosts and endpoints into the workspace, all or nothing; the file is rewritten atomically.
int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
