#pragma once

// The pictures of a compliance report, drawn with QPainter on images (no
// widgets, so the headless report command draws them too): the path map with
// each link in its state's colour and line, the TLS versions accepted across
// endpoints, and the share of encrypted links by kind. Drawn at twice the
// size they are printed at, for a sharp print. Needs a QGuiApplication.

#include "app/history/compliance_report.h"

#include <QImage>

namespace mailtls {

QImage drawReportMap(const PathMap &map);
QImage drawVersionChart(const ComplianceReport &report);
QImage drawKindChart(const ComplianceReport &report);

} // namespace mailtls
