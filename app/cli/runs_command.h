#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor runs [--workspace FILE] [--db URL]`: where the store is, then its runs,
// newest first. --db is an SQLite file or a postgresql:// URL (store_location.h).
int runRuns(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
