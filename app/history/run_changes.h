#pragma once

// What a nightly audit has to tell its admin: the news of a run against
// the earlier complete runs of the workspace. Links whose state got worse
// (regressed) or better, links that were decided at the previous run and
// are not now (unreachable, not probed, or an answer left undecided: never
// read as "unchanged"), findings that opened (not accepted as a risk), were
// fixed, or can no longer be told (failing before, undecided now: never
// "fixed"), and certificates that came closer to their end than they were:
// from valid to expiring within the window of days, or to expired.
//
// Each thing is compared with its last known state: a link or a finding
// left undecided by the previous run is compared with the run before that
// (and so on back), so that a night the server did not answer neither hides
// a regression that follows it nor makes a finding look fixed and then new.
// A run with none of these has nothing to say. Pure functions of the runs'
// reports and results; the command line prints, mails and hands the JSON to
// a command.

#include "app/history/run_history.h"

#include <QJsonObject>

namespace mailtls {

// A certificate's standing at the time of a run.
enum class CertificateStanding
{
    Valid,
    Expiring,
    Expired
};

struct CertificateChange
{
    QString endpoint;    // EndpointRef text
    QString address;     // the address that served it
    QString subject;     // RFC 2253
    QString fingerprint; // SHA-256, colon separated
    QDateTime notAfter;  // UTC
    qint64 daysLeft = 0; // from the run's start; negative once expired
    CertificateStanding standing = CertificateStanding::Expiring;
};

struct LinkNews
{
    RunDiff::LinkChange change; // from: the last known state; to: the state now
    QString from;               // the connecting side's name ("Internet", a host name)
    bool incomplete = false; // the state now rests on an answer left undecided (at most this good)
};

struct RunChanges
{
    QString workspace;
    qint64 run = 0;
    QDateTime runStarted; // UTC
    qint64 previous = 0;  // the previous complete run; 0: none (the first complete run)
    QDateTime previousStarted;
    int expiryDays = 0;
    QList<LinkNews> regressed;
    QList<LinkNews> improved;
    QList<LinkNews> undecided; // decided at the previous run, not now
    QList<TriagedFinding> opened;
    QList<TriagedFinding> fixed;
    QList<RuleResult> findingsUndecided;   // failing at the previous run, undecided now
    QList<CertificateChange> certificates; // standing worse than at its last sight
    // The rules the findings were judged by, by id (into the profile of the
    // after run's report, which must outlive this).
    QHash<QString, const Rule *> rules;

    // A link got worse or a finding opened: exit status 1 under --compare-previous.
    bool regression() const { return !regressed.isEmpty() || !opened.isEmpty(); }
    // Something the admin should hear of.
    bool newsworthy() const
    {
        return regression() || !undecided.isEmpty() || !findingsUndecided.isEmpty() ||
               !certificates.isEmpty();
    }
};

// One complete run as the comparison reads it: its figures and its results.
struct RunView
{
    const ComplianceReport *report = nullptr;
    const ReportInput *input = nullptr;
};

// The standing of a certificate that ends at notAfter, at time now, with a window of days.
CertificateStanding certificateStanding(const QDateTime &notAfter, const QDateTime &now,
                                        int expiryDays);

// The news of after against earlier: complete runs before it, newest first
// (empty: the first complete run; then only certificates that are expiring
// or expired are news). earlier.first() is the previous run; older runs are
// read only for what the newer ones left undecided.
RunChanges runChanges(const RunView &after, const QList<RunView> &earlier, int expiryDays);

// True when a run left something undecided (a link without a decided state,
// a check without a verdict): a comparison needs the run before it as well.
bool leavesUndecided(const ComplianceReport &report);

// The JSON a notification command reads on its standard input (docs/monitoring.md).
QJsonObject runChangesToJson(const RunChanges &changes);

} // namespace mailtls
