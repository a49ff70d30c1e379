#pragma once

// The rollout over months: each audit run of a workspace reduced to the
// figures its trend charts draw (share of encrypted links per measure, open
// findings by severity, TLS versions accepted, checklist items done, the
// domains' defence against downgrade), and the
// difference between two runs (what was fixed, what is new, which links
// regressed). A run's figures are computed once from its results and
// inventory (the compliance report's figures) and kept in the store, so a
// history of a hundred runs of a 10,000-host workspace reads a hundred small
// rows. The checklist counts are those of the day the figures were computed:
// the audit session (window or command line) computes them when the run ends.

#include "app/history/compliance_report.h"

#include <QJsonObject>

namespace mailtls {

struct RunFigures
{
    qint64 run = 0;
    QDateTime startedAt; // UTC
    QString state;       // "complete", "interrupted"
    int measureLinks[3] = {};
    int measureEncrypted[3] = {}; // strong or weak TLS
    int measureStrong[3] = {};
    QMap<Severity, int> openFindings;
    int acceptedFindings = 0;
    QMap<TlsVersion, int> versionsAccepted;
    int endpointsWithTls = 0;
    int checklistItems = 0;
    int checklistDone = 0; // done or verified
    // Defence against downgrade (measure 4), from the run's domain checks;
    // domains == 0: none ran. An undecided answer never counts as a defence.
    int domains = 0;
    int domainsStsEnforced = 0; // an MTA-STS policy in enforce mode that senders apply
    int domainsStsTesting = 0;  // one in testing mode (reports only, no protection)
    int domainsDane = 0;        // DANE in force on every MX host of the domain
    int domainsTlsRpt = 0;      // one valid TLS-RPT record
    int mxHosts = 0;            // MX hosts, counted once per domain that names them
    int mxProtected = 0;        // by DANE, an enforced MTA-STS policy, or both
    int mxUndecided = 0;        // an answer that could decide it is missing
    int mxAtRisk = 0;           // a published defence that validating senders would fail

    // 0..100; -1 when the measure has no links.
    double encryptedShare(int measure) const;
    // 0..100 of the MX hosts (mxProtected) or of the domains (the others); -1 when no domain
    // was checked.
    double mxProtectedShare() const;
    double domainShare(int count) const;
    double versionShare(TlsVersion version) const; // of the endpoints whose versions were tested
    int openTotal() const;
};

RunFigures runFigures(const ComplianceReport &report);
// The figures of a stored run as its report would give them (the run's id set); CPU only,
// seconds for 10,000 hosts: the audit session calls it on a worker.
RunFigures runFigures(const ReportInput &input, const Profile &profile, qint64 run);
QJsonObject runFiguresToJson(const RunFigures &figures);
std::optional<RunFigures> runFiguresFromJson(const QJsonObject &json);

// The runs of the workspace, oldest first, with their figures: read from the
// store, or computed and stored for runs that have none yet (running runs are
// left out), newest first. Computing takes about 0.3 s per 1,000 endpoints:
// once budgetMs has passed, older runs without figures wait for a later call
// (a note in *errors says how many), so that a store of many large runs from
// before figures were kept does not hold the store's thread for minutes.
// Runs whose results cannot be read are skipped with a note in *errors. Runs
// on the store's thread.
QList<RunFigures> loadHistory(AuditStore &store, const Workspace &workspace, const Profile &profile,
                              QStringList *errors, int budgetMs = 3000);

// The figures of the history as CSV: one row per run, a header naming each column.
QByteArray historyCsv(const QList<RunFigures> &history);

// What changed from one run to a later one.
struct RunDiff
{
    qint64 before = 0;
    qint64 after = 0;
    QList<TriagedFinding> fixed;     // in the earlier run, gone from the later one
    QList<TriagedFinding> added;     // new in the later run
    QList<TriagedFinding> unchanged; // in both
    struct LinkChange
    {
        QString link;
        LinkKind kind = LinkKind::InternalRelay;
        QString endpoint;
        LinkState from = LinkState::NotProbed;
        LinkState to = LinkState::NotProbed;
    };
    QList<LinkChange> improved; // a better state than before
    QList<LinkChange>
        regressed; // a worse state than before (a link that was encrypted no longer is, ...)
    int linksUnchanged = 0;
};

// How good a link state is, for telling improvements from regressions:
// strong TLS best, then weak, optional, cleartext; unreachable and not probed say nothing.
std::optional<int> linkStateRank(LinkState state);

RunDiff diffRuns(const ComplianceReport &before, const ComplianceReport &after);

// A later run's report compared with an earlier one: the report of the later
// run prints the difference after its summary.
struct RunComparison
{
    ComplianceReport before; // its figures (ReportParts::FiguresOnly is enough)
    RunDiff diff;
};

} // namespace mailtls
