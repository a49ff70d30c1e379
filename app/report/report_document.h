#pragma once

// The compliance report written out: as an HTML file with its pictures
// inline (data: URLs), as a PDF (A4, the text extractable, a CJK font
// embedded when the report is in Japanese), or as a QTextDocument for the
// window's print preview. Writers take a QIODevice, so tests use a QBuffer.
// Needs a QGuiApplication (fonts); the headless command starts one on the
// offscreen platform.

#include "app/history/compliance_report.h"
#include "app/history/run_history.h"

#include <memory>

class QIODevice;
class QTextDocument;

namespace mailtls {

// The document, laid out for A4 with the report's pictures as resources.
// comparison: the difference from an earlier run, printed after the summary; may be null.
std::unique_ptr<QTextDocument> reportDocument(const ComplianceReport &report,
                                              const RunComparison *comparison = nullptr);

// Empty on success, else why (naming what could not be written).
QString writeReportHtml(const ComplianceReport &report, QIODevice *out, const RunComparison *comparison = nullptr);
QString writeReportPdf(const ComplianceReport &report, QIODevice *out, const RunComparison *comparison = nullptr);

// The font families a report in the current language is set in: the system's
// general family; for Japanese a Latin face (Noto Sans, DejaVu Sans or
// Liberation Sans, for Latin text and figures) then "Noto Sans CJK JP"
// (fonts-noto-cjk).
QStringList reportFontFamilies();

} // namespace mailtls
