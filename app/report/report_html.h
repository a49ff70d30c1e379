#pragma once

// The compliance report as one HTML document, for the HTML export and, laid
// out by QTextDocument, for the PDF and the printer. Everything a server or a
// file sent (banners, capability lines, certificate fields, notes, evidence)
// goes through literalHtml(): shown as the text it is, never as markup, with
// control characters made visible.

#include "app/history/compliance_report.h"
#include "app/history/run_history.h"

#include <functional>

namespace mailtls {

// The src attribute of a picture: "map", "versions" or "kinds" -> a data: URL
// (the HTML file) or a resource name (QTextDocument).
using ImageSource = std::function<QString(const QString &name)>;

// comparison: the difference from an earlier run, printed after the summary; may be null.
QString complianceReportHtml(const ComplianceReport &report, const ImageSource &imageSource,
                             const RunComparison *comparison = nullptr);

// What changed between two runs (run_history.h): fixed and new findings,
// regressed and improved links, what stayed. A section of its own: the
// report of the later run includes it when asked to compare.
QString runDiffHtml(const RunDiff &diff, const ComplianceReport &before, const ComplianceReport &after);

// Text as literal HTML: <, >, & and quotes escaped; control characters, bidi
// overrides and line separators shown as \xNN or \u{NNNN}; newlines kept as <br>.
QString literalHtml(const QString &text);

} // namespace mailtls
