#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor checklist --workspace FILE [--db URL] [--run ID] [--profile ID] [--csv]`:
// for each finding of the run, the remediation steps for the software found
// on the endpoint, as Markdown (or CSV).
int runChecklist(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
