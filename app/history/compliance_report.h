#pragma once

// The compliance report of one stored audit run, as figures before anything
// prints them: the cover (organisation, run, auditor, scope, profile), the
// state of each M3AAWG measure ("Measure 2: 5 of 7 internal links
// encrypted"), the TLS versions accepted across endpoints, the share of
// encrypted links by kind, the findings by severity with their evidence, the
// checklist with its states and accepted risks, the path map, and an appendix
// per endpoint. QtCore only: app/report/ writes it as HTML and PDF, the tests
// compare its figures with the stored run's.
//
// The state of the organisation at a run: each endpoint's newest result from
// that run or, for endpoints the run did not probe (an audit of selected
// hosts), from the runs before it.

#include "app/history/audit_snapshot.h"
#include "app/imports/tls_rpt_window.h"
#include "app/store/audit_store.h"
#include "app/pathmap/path_map.h"
#include "app/policy/policy_profile.h"

#include <QDateTime>
#include <QMap>

#include <optional>

namespace mailtls {

// One measure's links by state. Encrypted: strong or weak TLS; optional TLS
// (offered, yet not required: mail or passwords may still cross in the
// clear) is counted apart, as a reader must not take it for protection.
struct MeasureSummary
{
    int measure = 0; // 1, 2 or 3
    int links = 0;   // links of the kinds the measure covers
    QMap<LinkState, int> byState;
    int incomplete = 0; // of those, links whose state rests on undecided answers (maybe weaker)
    int encrypted() const
    {
        return byState.value(LinkState::StrongTls) + byState.value(LinkState::WeakTls);
    }
};

// The links of one kind, for the chart of encrypted shares.
struct KindSummary
{
    LinkKind kind = LinkKind::InternalRelay;
    int links = 0;
    int encrypted = 0; // strong or weak TLS
    int strong = 0;
};

struct EndpointAppendix
{
    QString ref;        // "mx1/smtp:25"
    QString hostName;   // "mx1.example.org"
    QDateTime probedAt; // UTC
    EndpointResult result;
};

struct ComplianceReport
{
    // Cover.
    QString organisation;
    QString workspace;
    qint64 run = 0;
    QDateTime runStarted;  // UTC
    QDateTime runFinished; // UTC; invalid when the run was interrupted
    QString runState;      // "complete", "interrupted", ...
    QString auditor;
    QDateTime generatedAt; // UTC
    QString profileId;
    QString profileVersion;
    LocalizedText profileTitle;
    int hosts = 0;
    int endpoints = 0;       // in the inventory
    int endpointsProbed = 0; // with a result
    int links = 0;

    QList<MeasureSummary> measures; // 1, 2, 3
    QList<KindSummary> kinds;       // in allLinkKinds() order, kinds without links left out
    // Endpoints accepting each version (of those whose versions were tested).
    QMap<TlsVersion, int> versionsAccepted;
    int endpointsWithTls = 0;           // endpoints whose versions were tested
    QList<TriagedFinding> findings;     // most severe first
    // The checks that could not be decided (verdict incomplete: the server
    // left a question unanswered), most severe first: not findings, not passes.
    QList<RuleResult> undecided;
    QList<DomainDefence> domains;       // the run's domain checks (measure 4), by domain
    // What each outbound relay did as a client of the test receiver, as the
    // audited inventory recorded it: relays in inventory order, then policy.
    struct RelayTest
    {
        QString relayName; // the host's DNS name
        OutboundTest test;
    };
    QList<RelayTest> outboundTests;
    // What TLS-RPT senders reported of each inbound MX host in the kTlsRptWindowDays before the run
    // started (tls_rpt_window.h); the hosts by domain, as the workspace lists them. Full reports only.
    TlsRptWindow tlsRpt;
    struct DomainMxHosts
    {
        QString domain;
        QStringList hosts; // names, lower case
    };
    QList<DomainMxHosts> mxHostsByDomain;
    int tlsRptUnreadable = 0; // kept reports that no longer read, left out
    QMap<Severity, int> openBySeverity; // findings not accepted as a risk
    int acceptedFindings = 0;
    QList<ChecklistItem> checklist;
    QMap<ItemState, int> checklistByState; // the items above, and those audits verified since (no longer found)
    PathMap map;                        // laid out, with each link's state
    QList<EndpointAppendix> appendix;   // by host, then endpoint, as in the inventory
    QHash<QString, const Rule *> rules; // rule id -> rule (into profile)
};

struct ReportInput
{
    Workspace workspace; // the inventory as audited, with today's register of accepted risks
    StoredRun run;
    QHash<QString, EndpointResult> results;
    QHash<QString, QDateTime> resultTimes;
    QList<TrackedItem> tracked;
    DomainDefences domains; // the run's domain checks
    QList<TlsRptReport> tlsRptReports; // every TLS-RPT report kept in the store that reads
    int tlsRptUnreadable = 0;          // kept reports that no longer read
};

// What to build: everything, or the figures alone (the history, a diff):
// then the map has its nodes and edges with their states but no layout, and
// there is no appendix.
enum class ReportParts { Full, FiguresOnly };

// Reads what a report of run (0: the newest run of the workspace) needs from
// the store: the run, the inventory it audited (or workspace when the store
// has none), the results as of the run, the checklist's states, the run's
// domain checks and the kept TLS-RPT reports. nullopt
// with *error naming the run or the store.
// FiguresOnly leaves the TLS-RPT reports out (the figures do not use them).
std::optional<ReportInput> loadReportInput(const AuditStore &store, const Workspace &workspace,
                                           qint64 run, const QString &profileId, QString *error,
                                           ReportParts parts = ReportParts::Full);

// The figures. profile must outlive the report (rules point into it).
ComplianceReport buildComplianceReport(const ReportInput &input, const Profile &profile,
                                       const QString &auditor, const QDateTime &now,
                                       ReportParts parts = ReportParts::Full);

// Measure 1: internet hops; 2: internal links; 3: user access.
QList<LinkKind> linkKindsOfMeasure(int measure);

} // namespace mailtls
