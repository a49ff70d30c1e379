#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor findings --workspace FILE [--db URL] [--run ID] [--profile ID] [--all] [--json]`:
// the stored run (the latest of the workspace by default) checked against a
// policy profile: each measure's protected links, then the findings, most
// severe first, each with its evidence, rationale and references.
int runFindings(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
