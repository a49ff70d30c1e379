#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor findings --workspace FILE [--db URL] [--run ID] [--profile ID] [--all] [--json]`:
// the stored run (the latest of the workspace by default) checked against a
// policy profile: each measure's protected links, then the findings, most
// severe first, each with its evidence, rationale and references.
int runFindings(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `mailtls-auditor checklist --workspace FILE [--db URL] [--run ID] [--profile ID] [--csv]`:
// for each finding of the run, the remediation steps for the software found
// on the endpoint, as Markdown (or CSV).
int runChecklist(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `mailtls-auditor profiles [--json]`: each built-in policy profile's id,
// version, title and rule count, so that an admin can pick one for --profile.
int runProfiles(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
