#pragma once

// Every audit run kept: the inventory as it was, each endpoint's probe result
// with its evidence, timestamps and the tool version. In SQLite by default
// (one file, WAL), or in a PostgreSQL database a team shares; both with a
// schema version and numbered migrations run in a transaction
// (store_location.h says how each is named, store_dialect.h how they differ).
//
// Each result is committed on its own as its endpoint completes: a run killed
// in the middle (even kill -9) keeps everything that had completed, and shows
// as "interrupted" to every reader from then on: its writer holds a lock on
// the run while it is in progress (store_dialect.h), and runs() asks about the
// lock of every run still marked "running". (SQLite commits to its
// write-ahead log without waiting for the disk, synchronous=NORMAL: once a
// commit returns it is the kernel's to write, so a killed process loses
// nothing; only a power loss or a crash of the machine may take back the
// last commits, and the file stays consistent.) A database that is not
// our store (another program's, a damaged file, anything else) is refused
// with a clear error and never written to.
//
// One AuditStore belongs to the thread that opened it (QtSql connections do):
// the command line's main thread, or a worker thread of the window, never
// the GUI thread.

#include "app/domains/domain_defence.h"
#include "app/remediation/checklist_tracking.h"
#include "app/store/store_location.h"
#include "app/inventory/workspace.h"
#include "probes/endpoint_probe.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlQuery;

namespace mailtls {

class StoreDialect;

struct StoredRun
{
    qint64 id = 0;
    QString workspace;     // the workspace's name
    QDateTime startedAt;   // UTC
    QDateTime finishedAt;  // UTC; invalid while running or when interrupted
    QString state;         // "running", "complete", "interrupted"
    QString toolVersion;
    int endpoints = 0;     // endpoints the run set out to probe
    int results = 0;       // results stored (counted when the run ended)
};

// What the path map and the summary need of a stored result: all but its probe JSON.
struct StoredResultSummary
{
    QString endpoint;      // EndpointRef text, e.g. "mx1/smtp"
    QString url;
    QString status;        // probe status key
    QString linkState;     // link state key of the hop this endpoint receives
    QDateTime completedAt;
};

struct StoredResult : StoredResultSummary
{
    QJsonObject result;    // the probe JSON (docs/probe-json.md)
};

// A TLS-RPT aggregate report as the store keeps it (schema 5): once per
// sending organisation and report-id, with the report's JSON as received (the
// evidence; app/imports/tls_rpt_report.h reads it).
struct StoredTlsRptReport
{
    QString organization;
    QString reportId;
    QDateTime start;       // the report's date-range, UTC
    QDateTime end;
    QString source;        // where it was imported from: the file, and the message for mail
    QDateTime importedAt;  // UTC; set by the store
    QByteArray json;
};

class AuditStore
{
public:
    static constexpr int kSchemaVersion = 6;

    // Opens the store at location (a path or URL, see store_location.h),
    // creating it (an SQLite file and its folder, or the tables in an empty
    // PostgreSQL database) when missing. nullptr with *error naming the
    // store (never with its password) when it cannot be used.
    static std::unique_ptr<AuditStore> open(const QString &location, QString *error);
    static std::unique_ptr<AuditStore> open(const StoreLocation &location, QString *error);
    // One file in the user's data folder.
    static QString defaultPath();
    ~AuditStore();
    AuditStore(const AuditStore &) = delete;
    AuditStore &operator=(const AuditStore &) = delete;

    // Where the store is, for people: the file, or the URL without its password.
    QString location() const { return m_location.display(); }

    // A run takes results from beginRun until it ends: finishRun, or found
    // interrupted. Its results are counted then, once.
    std::optional<qint64> beginRun(const Workspace &workspace, int endpoints, QString *error);
    bool addResult(qint64 run, const QString &endpoint, const EndpointResult &result, QString *error);
    bool finishRun(qint64 run, QString *error);
    // Ends a run this store began as interrupted (its writer gave up on it:
    // a store error in the middle), and lets its hold go.
    void interruptRun(qint64 run);
    // A domain's check of the run (replacing one of the same domain); the
    // run's checks by domain; the newest of each domain across the workspace's runs.
    bool addDomainCheck(qint64 run, const DomainDefence &defence, QString *error);
    QList<DomainDefence> domainChecks(qint64 run) const;
    QList<DomainDefence> latestDomainChecks(const QString &workspace) const;

    // Runs, newest first; only those of one workspace when a name is given.
    // A run marked "running" that nobody holds any more reads "interrupted"
    // (and is marked so when the store can be written).
    QList<StoredRun> runs(const QString &workspace = {}) const;
    // A run's results, in the order they completed.
    QList<StoredResult> results(qint64 run) const;
    // The same without the probe JSON, read from an index alone (no
    // document is read or parsed): what a window needs to show a run.
    QList<StoredResultSummary> resultSummaries(qint64 run) const;
    // The latest result of each endpoint of a workspace, across its runs (a
    // run of a few hosts leaves the others as earlier runs saw them), looking
    // back at most maxRuns runs; with the latest run's id.
    QList<StoredResult> latestResults(const QString &workspace, int maxRuns = 20, qint64 *latestRun = nullptr) const;
    // The inventory the run audited.
    std::optional<Workspace> inventory(qint64 run) const;
    // Each run's figures for the history (run_history.h), kept per profile.
    bool setRunFigures(qint64 run, const QString &profile, const QJsonObject &figures, QString *error);
    QHash<qint64, QJsonObject> runFigures(const QString &workspace, const QString &profile) const;

    // The checklist of a workspace under one profile (checklist_tracking.h),
    // items in the order they were first found.
    QList<TrackedItem> checklistItems(const QString &workspace, const QString &profile) const;
    // Every change of those items, oldest first.
    QList<ItemEvent> checklistEvents(const QString &workspace, const QString &profile) const;
    // The latest run the checklist was brought up to date with (0: none).
    qint64 checklistReconciledRun(const QString &workspace, const QString &profile) const;
    // Writes changed items and their events in one transaction; with a run,
    // also records that the checklist is up to date with it. Nothing is
    // written when it fails, nor when another store user has already brought
    // it up to date with reconciledRun or a later run (*superseded then).
    bool saveChecklist(const QString &workspace, const QString &profile, const QList<TrackedItem> &items,
                       const QList<ItemEvent> &events, qint64 reconciledRun, QString *error,
                       bool *superseded = nullptr);

    // Keeps TLS-RPT reports in one transaction; one already kept (the same
    // organisation and report-id) stays as it was. *added: how many were new.
    // False with *error, and nothing written, when the store failed.
    bool addTlsRptReports(const QList<StoredTlsRptReport> &reports, int *added, QString *error);
    // Every kept report, by the start of its date-range, then organisation and report-id.
    QList<StoredTlsRptReport> tlsRptReports() const;

    // How the database runs each of the reads above, for the benchmark and
    // the test that they use indexes: "read: step" lines (SQLite's EXPLAIN
    // QUERY PLAN, PostgreSQL's EXPLAIN), for run and workspace.
    QStringList queryPlans(qint64 run, const QString &workspace) const;

private:
    AuditStore();
    QString openDatabase();
    QString migrate(int fromVersion);
    // Marks the runs left "running" whose writer is gone as interrupted; their ids.
    QSet<qint64> markInterruptedRuns() const;
    // The SQL of the reads (queryPlans explains the very same).
    QString runsSql(bool ofWorkspace) const;
    QString resultsSql(bool withJson) const;
    // A JSON document as this database keeps it, and back (see the schema 2 migration).
    QVariant packJson(const QByteArray &json) const;
    static QByteArray unpackJson(const QVariant &stored);

    StoreLocation m_location;
    std::unique_ptr<StoreDialect> m_dialect;
    QString m_connection; // QSqlDatabase connection name, one per store
    // addResult's statement, prepared once: a result per endpoint is the hot path.
    std::unique_ptr<QSqlQuery> m_addResult;
    QSet<qint64> m_heldRuns; // begun by this store and not finished: never asked about
};

// Brings a workspace's checklist up to date with an audit run's evaluation
// (checklist_tracking.h) and saves what changed. A run no newer than the one
// the checklist last saw changes nothing. The items after it, with the
// events of this update; nothing and *error when the store failed.
std::optional<Reconciliation> updateChecklist(AuditStore &store, const Workspace &workspace,
                                              const Evaluation &evaluation, const StoredRun &run, QDate today,
                                              QString *error);

// A person's change of one item ("M1.6@mx2/smtp:25"), saved with its event.
// The item after it; nothing and *error (translated) when the item is not in
// the checklist, the state is not one a person sets, or the store failed.
std::optional<TrackedItem> setChecklistItemState(AuditStore &store, const QString &workspace, const QString &profile,
                                                 const QString &itemKey, ItemState state, const QString &note,
                                                 const QDateTime &now, QString *error);

} // namespace mailtls
