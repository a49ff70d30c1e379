#pragma once

// `mailtls-auditor report --workspace FILE [--db URL] [--run ID] [--profile ID]
// [--auditor NAME] [--compare ID] [--pdf OUT.pdf] [--html OUT.html] [--lang ja|en]`: the
// compliance report of a stored run, for ssh and cron. It draws pictures and
// lays out a PDF, so main() starts a QGuiApplication for it (on the offscreen
// platform when there is no display).

#include <QStringList>

class QTextStream;

namespace mailtls::report {

inline constexpr const char *kCommand = "report";
QString commandSummary();
int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::report
