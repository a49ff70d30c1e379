#pragma once

// The compliance report as one HTML document, for the HTML export and, laid
// out by QTextDocument, for the PDF and the printer. Everything a server or a
// file sent (banners, capability lines, certificate fields, notes, evidence)
// goes through literalHtml(): shown as the text it is, never as markup, with
// control characters made visible.

#include "app/core/compliance_report.h"

#include <functional>

namespace mailtls {

// The src attribute of a picture: "map", "versions" or "kinds" -> a data: URL
// (the HTML file) or a resource name (QTextDocument).
using ImageSource = std::function<QString(const QString &name)>;

QString complianceReportHtml(const ComplianceReport &report, const ImageSource &imageSource);

// Text as literal HTML: <, >, & and quotes escaped; control characters, bidi
// overrides and line separators shown as \xNN or \u{NNNN}; newlines kept as <br>.
QString literalHtml(const QString &text);

} // namespace mailtls
