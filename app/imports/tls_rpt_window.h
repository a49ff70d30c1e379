#pragma once

// What the TLS-RPT reports of a window of days say of each inbound MX host of
// a workspace: the figures the map, the details pane and the compliance
// report show next to the host (docs/tls-rpt.md, "Where the figures show").
//
// The window is the days before a time (the report: its run's start; the
// window: now), kTlsRptWindowDays by default; a report belongs to it by its
// date-range's start. The sessions are attributed as tlsRptByMxHost does:
// to a host when a report names it alone (a failure-details line's
// receiving-mx-hostname, or mx-host patterns that match no other host of
// ours), else to a group of hosts (patterns matching several of ours, or a
// policy domain whose policy names no MX host: the domain's MX hosts) that
// the figures keep as shared, never split between the hosts by guess.
//
// A host no report counted for reads "no reports", never "no failures".

#include "app/imports/tls_rpt_report.h"
#include "app/inventory/workspace.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mailtls {

inline constexpr int kTlsRptWindowDays = 30;

// Sessions as reported: those that went well, those that failed, and why.
struct TlsRptCounts
{
    qint64 successful = 0;
    qint64 failed = 0;
    QMap<QString, qint64>
        failedByType; // result-type -> sessions; kNotDetailed when no line explains them
    qint64 sessions() const { return successful + failed; }
    void add(const TlsRptMxRow &row);
    bool operator==(const TlsRptCounts &) const = default;
};

// Sessions the reports counted for several of our hosts at once, this one among them.
struct TlsRptSharedCounts
{
    QString name;      // the mx-host patterns (joined with ", ") or the policy domain
    QStringList hosts; // our MX hosts the counts stand for
    TlsRptCounts counts;
    bool operator==(const TlsRptSharedCounts &) const = default;
};

// One inbound MX host of ours over the window.
struct TlsRptHostFigures
{
    QString host;                     // as the workspace names it, lower case
    TlsRptCounts own;                 // sessions the reports attribute to this host alone
    QList<TlsRptSharedCounts> shared; // by name
    QStringList organizations;        // who reported sessions counted here (own or shared), sorted
    QList<QDate> days;                // the UTC days of those reports, in order

    // Whether any report of the window counted sessions here (own or shared); false reads "no
    // reports".
    bool reported() const { return !days.isEmpty(); }
    // Failed sessions counted here, own and shared.
    qint64 failed() const;
    // Sessions counted here, own and shared.
    qint64 sessions() const;
    // Failed sessions by result type, own and shared.
    QMap<QString, qint64> failedByType() const;
    bool operator==(const TlsRptHostFigures &) const = default;
};

struct TlsRptWindow
{
    QDateTime from; // UTC, included
    QDateTime to;   // UTC, excluded
    int days = kTlsRptWindowDays;
    int reports = 0; // reports of the window (any domain)
    QList<TlsRptHostFigures>
        hosts; // the inbound MX hosts of the workspace's domains, in their order

    // The figures of a host by name (any case, a final dot ignored); nullptr when it is no MX host
    // of ours.
    const TlsRptHostFigures *host(const QString &name) const;
};

// The inbound MX host names of the workspace's domains, each once, in the domains' order.
QStringList workspaceMxHostNames(const Workspace &workspace);

// The figures of the reports whose date-range starts in [to - days, to), per
// inbound MX host of the workspace's domains.
TlsRptWindow tlsRptWindow(const QList<TlsRptReport> &reports, const Workspace &workspace,
                          const QDateTime &to, int days = kTlsRptWindowDays);

// The kept reports that read (AuditStore::tlsRptReports' JSON); those that no
// longer read are counted in *unreadable (when given).
QList<TlsRptReport> readStoredTlsRptReports(const QList<QByteArray> &jsons,
                                            int *unreadable = nullptr);

// Sessions reported on one UTC day about the workspace's domains, over every sender.
struct TlsRptDay
{
    QDate day;
    qint64 successful = 0;
    qint64 failed = 0;
    int reports = 0; // reports of that day with a policy for one of the domains
    bool operator==(const TlsRptDay &) const = default;
};
// Per day, oldest first, only the policies of the workspace's domains (none without domains).
QList<TlsRptDay> tlsRptDays(const QList<TlsRptReport> &reports, const Workspace &workspace);

// The days as CSV: "day,reports,successful,failed", one line per day.
QByteArray tlsRptDaysCsv(const QList<TlsRptDay> &days);

// What the window and the History show of the kept reports: the window's
// figures per MX host, the days, and how many kept reports no longer read.
struct TlsRptOverview
{
    TlsRptWindow window;
    QList<TlsRptDay> days;
    int unreadable = 0;
};
// From the kept reports' JSON (AuditStore::tlsRptReports), for the window ending at to.
TlsRptOverview tlsRptOverview(const QList<QByteArray> &jsons, const Workspace &workspace,
                              const QDateTime &to, int days = kTlsRptWindowDays);

// Texts, translated. "TLS-RPT: 12 of 3,400 sessions failed (certificate-expired 12)",
// "TLS-RPT: 3,400 sessions, none failed", "TLS-RPT: no reports imported for the 30 days to
// 2026-12-06".
QString tlsRptSummaryText(const TlsRptHostFigures *figures, const TlsRptWindow &window);
// The summary, then the failures by type, the shared counts, the organisations and the days.
QStringList tlsRptDetailLines(const TlsRptHostFigures *figures, const TlsRptWindow &window);
// "certificate-expired 12, validation-failure 3"; empty when none.
QString tlsRptFailureTypesText(const QMap<QString, qint64> &failedByType);
// The mark on a map label when sessions failed: "TLS-RPT: 12 failed"; empty when none did or
// nothing was reported.
QString tlsRptMarkText(const TlsRptHostFigures *figures);

} // namespace mailtls
