#pragma once

// What a nightly audit has to tell its admin: the news of a run against the
// previous complete run of the workspace. Links whose state got worse
// (regressed) or better, links that were decided before and could not be
// decided now (unreachable, not probed, or an answer left undecided: never
// read as "unchanged"), findings that opened (not accepted as a risk) or were
// fixed, and certificates that came closer to their end than they were: from
// valid to expiring within the window of days, or to expired. A run with
// none of these has nothing to say. Pure functions of two runs' reports and
// results; the command line prints, mails and hands the JSON to a command.

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
    RunDiff::LinkChange change;
    QString from;            // the connecting side's name ("Internet", a host name)
    bool incomplete = false; // the later state rests on an answer left undecided
};

struct RunChanges
{
    QString workspace;
    qint64 run = 0;
    QDateTime runStarted; // UTC
    qint64 previous = 0;  // the run compared with; 0: none (the first complete run)
    QDateTime previousStarted;
    int expiryDays = 0;
    QList<LinkNews> regressed;
    QList<LinkNews> improved;
    QList<LinkNews> undecided; // decided at the previous run, not now
    QList<TriagedFinding> opened;
    QList<TriagedFinding> fixed;
    QList<CertificateChange> certificates; // standing worse than at the previous run

    // A link got worse or a finding opened: exit status 1 under --compare-previous.
    bool regression() const { return !regressed.isEmpty() || !opened.isEmpty(); }
    // Something the admin should hear of.
    bool newsworthy() const
    {
        return regression() || !undecided.isEmpty() || !certificates.isEmpty();
    }
};

// The standing of a certificate that ends at notAfter, at time now, with a window of days.
CertificateStanding certificateStanding(const QDateTime &notAfter, const QDateTime &now,
                                        int expiryDays);

// The news of after against before (nullptr: no earlier complete run; then
// only certificates that are expiring or expired are news). The inputs give
// the certificates; the reports the links and findings.
RunChanges runChanges(const ComplianceReport &after, const ReportInput &afterInput,
                      const ComplianceReport *before, const ReportInput *beforeInput,
                      int expiryDays);

// The JSON a notification command reads on its standard input (docs/monitoring.md).
QJsonObject runChangesToJson(const RunChanges &changes);

} // namespace mailtls
