#pragma once

// The compliance report written out: as an HTML file with its pictures
// inline (data: URLs), as a PDF (A4, the text extractable, a CJK font
// embedded when the report is in Japanese), or as a QTextDocument for the
// window's print preview. Writers take a QIODevice, so tests use a QBuffer.
// Needs a QGuiApplication (fonts); the headless command starts one on the
// offscreen platform.

#include "app/core/compliance_report.h"

#include <memory>

class QIODevice;
class QTextDocument;

namespace mailtls {

// The document, laid out for A4 with the report's pictures as resources.
std::unique_ptr<QTextDocument> reportDocument(const ComplianceReport &report);

// Empty on success, else why (naming what could not be written).
QString writeReportHtml(const ComplianceReport &report, QIODevice *out);
QString writeReportPdf(const ComplianceReport &report, QIODevice *out);

// The font family a report in the current language is set in ("Noto Sans CJK JP" for Japanese).
QString reportFontFamily();

} // namespace mailtls
