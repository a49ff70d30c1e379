#pragma once

// The audit store on a thread of its own, for the window and the audit
// session: the GUI thread never opens, reads or writes the database. Requests
// run one after another on the store's thread in the order they were made;
// each answer comes back as a QFuture that the caller continues on its own
// thread with whenFinished(context, future, ...) (probes/when_finished.h says
// why not future.then). The store is opened by the first request;
// destroying the worker lets every queued request finish first, so a result
// handed over before the window closes is never lost.

#include "app/store/audit_store.h"
#include "app/history/compliance_report.h"
#include "app/history/run_history.h"
#include "app/imports/tls_rpt_window.h"

#include <QFuture>
#include <QString>

#include <memory>

class QThread;

namespace mailtls {

template <typename T>
struct StoreReply
{
    T value{};
    QString error; // empty when the request succeeded
};

class StoreWorker
{
public:
    // location: a path or URL as AuditStore::open takes it.
    explicit StoreWorker(QString location);
    // location: as --db was understood (store_options.h).
    explicit StoreWorker(const StoreLocation &location);
    ~StoreWorker();
    StoreWorker(const StoreWorker &) = delete;
    StoreWorker &operator=(const StoreWorker &) = delete;

    // Where the store is, for people (AuditStore::location); the error when it cannot be opened.
    QFuture<StoreReply<QString>> location();
    QFuture<StoreReply<qint64>> beginRun(const Workspace &workspace, int endpoints);
    QFuture<StoreReply<bool>> addResult(qint64 run, const QString &endpoint, const EndpointResult &result);
    QFuture<StoreReply<bool>> finishRun(qint64 run);
    // Ends a run begun here as interrupted (AuditStore::interruptRun).
    QFuture<StoreReply<bool>> interruptRun(qint64 run);
    QFuture<StoreReply<bool>> addDomainCheck(qint64 run, const DomainDefence &defence);
    QFuture<StoreReply<QList<DomainDefence>>> latestDomainChecks(const QString &workspace);
    QFuture<StoreReply<QList<StoredRun>>> runs(const QString &workspace = {});
    QFuture<StoreReply<QList<StoredResult>>> results(qint64 run);
    QFuture<StoreReply<QList<StoredResultSummary>>> resultSummaries(qint64 run);
    QFuture<StoreReply<std::optional<Workspace>>> inventory(qint64 run);
    // The latest result of each endpoint across the workspace's runs, and the latest run's id.
    QFuture<StoreReply<std::pair<QList<StoredResult>, qint64>>> latestResults(const QString &workspace);

    // The checklist carried between audits (checklist_tracking.h).
    QFuture<StoreReply<QList<TrackedItem>>> checklistItems(const QString &workspace, const QString &profile);
    QFuture<StoreReply<QList<ItemEvent>>> checklistEvents(const QString &workspace, const QString &profile);
    // Brings it up to date with a run's evaluation (updateChecklist in audit_store.h).
    QFuture<StoreReply<Reconciliation>> updateChecklist(const Workspace &workspace, const Evaluation &evaluation,
                                                        const StoredRun &run, QDate today);
    // A person's change of one item; the item after it.
    QFuture<StoreReply<TrackedItem>> setChecklistItemState(const QString &workspace, const QString &profile,
                                                           const QString &itemKey, ItemState state,
                                                           const QString &note);

    // What the compliance report of a run needs (run 0: the latest; compliance_report.h).
    QFuture<StoreReply<std::optional<ReportInput>>> reportInput(const Workspace &workspace, qint64 run,
                                                               const QString &profile);

    // The runs of a workspace with their figures, oldest first (run_history.h); errors name runs left out.
    QFuture<StoreReply<QList<RunFigures>>> history(const Workspace &workspace, const Profile &profile);
    // Keeps a run's figures, computed elsewhere from its reportInput().
    QFuture<StoreReply<bool>> setRunFigures(const RunFigures &figures, const QString &profile);

    // The kept TLS-RPT reports read on the store's thread, summed for the workspace's MX hosts over the
    // days before to (tls_rpt_window.h) and per day for the History.
    QFuture<StoreReply<TlsRptOverview>> tlsRptOverview(const Workspace &workspace, const QDateTime &to,
                                                       int days = kTlsRptWindowDays);

    // The thread the store lives on (for tests and assertions).
    QThread *thread() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mailtls
