#include "app/session/store_worker.h"

#include <QCoreApplication>
#include <QPromise>
#include <QThread>

namespace mailtls {

struct StoreWorker::Private
{
    QString location;
    std::optional<StoreLocation> parsedLocation; // when given parsed: opened as it is
    QThread thread;
    std::unique_ptr<QObject> context;  // lives on thread: requests are its queued calls
    std::unique_ptr<AuditStore> store; // opened, used and closed on thread only
    QString openError;

    // On the store's thread: the store, opened by the first request.
    AuditStore *storeOnThread(QString *error)
    {
        if (!store && openError.isEmpty())
            store = parsedLocation ? AuditStore::open(*parsedLocation, &openError)
                                   : AuditStore::open(location, &openError);
        if (!store)
            *error = openError;
        return store.get();
    }

    void start()
    {
        thread.setObjectName(QStringLiteral("audit store"));
        context = std::make_unique<QObject>();
        context->moveToThread(&thread);
        thread.start();
    }

    template <typename T, typename F> QFuture<StoreReply<T>> submit(F work)
    {
        auto promise = std::make_shared<QPromise<StoreReply<T>>>();
        QFuture<StoreReply<T>> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            context.get(),
            [this, promise, work = std::move(work)] {
                StoreReply<T> reply;
                if (AuditStore *s = storeOnThread(&reply.error))
                    reply = work(*s);
                promise->addResult(reply);
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }
};

StoreWorker::StoreWorker(QString location) : d(std::make_unique<Private>())
{
    d->location = std::move(location);
    d->start();
}

StoreWorker::StoreWorker(const StoreLocation &location) : d(std::make_unique<Private>())
{
    d->location = location.display();
    d->parsedLocation = location;
    d->start();
}

StoreWorker::~StoreWorker()
{
    // Queued after every request made so far: they all run, then the store
    // closes on its own thread and the thread ends.
    QMetaObject::invokeMethod(
        d->context.get(),
        [p = d.get()] {
            p->store.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    d->thread.wait();
    d->context.reset(); // its thread has finished: safe to delete from here
}

QThread *StoreWorker::thread() const
{
    return &d->thread;
}

QFuture<StoreReply<QString>> StoreWorker::location()
{
    return d->submit<QString>([](AuditStore &s) { return StoreReply<QString>{s.location(), {}}; });
}

QFuture<StoreReply<qint64>> StoreWorker::beginRun(const Workspace &workspace, int endpoints)
{
    return d->submit<qint64>([workspace, endpoints](AuditStore &s) {
        StoreReply<qint64> r;
        r.value = s.beginRun(workspace, endpoints, &r.error).value_or(0);
        return r;
    });
}

QFuture<StoreReply<bool>> StoreWorker::addResult(qint64 run, const QString &endpoint,
                                                 const EndpointResult &result)
{
    return d->submit<bool>([run, endpoint, result](AuditStore &s) {
        StoreReply<bool> r;
        r.value = s.addResult(run, endpoint, result, &r.error);
        return r;
    });
}

QFuture<StoreReply<bool>> StoreWorker::finishRun(qint64 run)
{
    return d->submit<bool>([run](AuditStore &s) {
        StoreReply<bool> r;
        r.value = s.finishRun(run, &r.error);
        return r;
    });
}

QFuture<StoreReply<bool>> StoreWorker::interruptRun(qint64 run)
{
    return d->submit<bool>([run](AuditStore &s) {
        s.interruptRun(run);
        return StoreReply<bool>{true, {}};
    });
}

QFuture<StoreReply<bool>> StoreWorker::addDomainCheck(qint64 run, const DomainDefence &defence)
{
    return d->submit<bool>([run, defence](AuditStore &s) {
        StoreReply<bool> r;
        r.value = s.addDomainCheck(run, defence, &r.error);
        return r;
    });
}

QFuture<StoreReply<QList<DomainDefence>>> StoreWorker::latestDomainChecks(const QString &workspace)
{
    return d->submit<QList<DomainDefence>>([workspace](AuditStore &s) {
        return StoreReply<QList<DomainDefence>>{s.latestDomainChecks(workspace), {}};
    });
}

QFuture<StoreReply<TlsRptOverview>> StoreWorker::tlsRptOverview(const Workspace &workspace, const QDateTime &to,
                                                                int days)
{
    return d->submit<TlsRptOverview>([workspace, to, days](AuditStore &s) {
        QList<QByteArray> jsons;
        for (const StoredTlsRptReport &r : s.tlsRptReports())
            jsons.append(r.json);
        return StoreReply<TlsRptOverview>{mailtls::tlsRptOverview(jsons, workspace, to, days), {}};
    });
}

QFuture<StoreReply<QList<StoredRun>>> StoreWorker::runs(const QString &workspace)
{
    return d->submit<QList<StoredRun>>([workspace](AuditStore &s) {
        return StoreReply<QList<StoredRun>>{s.runs(workspace), {}};
    });
}

QFuture<StoreReply<QList<StoredResult>>> StoreWorker::results(qint64 run)
{
    return d->submit<QList<StoredResult>>([run](AuditStore &s) {
        return StoreReply<QList<StoredResult>>{s.results(run), {}};
    });
}

QFuture<StoreReply<QList<StoredResultSummary>>> StoreWorker::resultSummaries(qint64 run)
{
    return d->submit<QList<StoredResultSummary>>([run](AuditStore &s) {
        return StoreReply<QList<StoredResultSummary>>{s.resultSummaries(run), {}};
    });
}

QFuture<StoreReply<std::optional<Workspace>>> StoreWorker::inventory(qint64 run)
{
    return d->submit<std::optional<Workspace>>([run](AuditStore &s) {
        return StoreReply<std::optional<Workspace>>{s.inventory(run), {}};
    });
}

QFuture<StoreReply<std::optional<ReportInput>>>
StoreWorker::reportInput(const Workspace &workspace, qint64 run, const QString &profile)
{
    return d->submit<std::optional<ReportInput>>([workspace, run, profile](AuditStore &s) {
        StoreReply<std::optional<ReportInput>> r;
        r.value = loadReportInput(s, workspace, run, profile, &r.error);
        return r;
    });
}

QFuture<StoreReply<QList<RunFigures>>> StoreWorker::history(const Workspace &workspace,
                                                            const Profile &profile)
{
    return d->submit<QList<RunFigures>>([workspace, profile](AuditStore &s) {
        StoreReply<QList<RunFigures>> r;
        QStringList errors;
        r.value = loadHistory(s, workspace, profile, &errors);
        r.error = errors.join(QLatin1Char('\n'));
        return r;
    });
}

QFuture<StoreReply<bool>> StoreWorker::setRunFigures(const RunFigures &figures,
                                                     const QString &profile)
{
    return d->submit<bool>([figures, profile](AuditStore &s) {
        StoreReply<bool> r;
        r.value = s.setRunFigures(figures.run, profile, runFiguresToJson(figures), &r.error);
        return r;
    });
}

QFuture<StoreReply<std::pair<QList<StoredResult>, qint64>>>
StoreWorker::latestResults(const QString &workspace)
{
    return d->submit<std::pair<QList<StoredResult>, qint64>>([workspace](AuditStore &s) {
        StoreReply<std::pair<QList<StoredResult>, qint64>> r;
        r.value.first = s.latestResults(workspace, 20, &r.value.second);
        return r;
    });
}

QFuture<StoreReply<QList<TrackedItem>>> StoreWorker::checklistItems(const QString &workspace,
                                                                    const QString &profile)
{
    return d->submit<QList<TrackedItem>>([workspace, profile](AuditStore &s) {
        return StoreReply<QList<TrackedItem>>{s.checklistItems(workspace, profile), {}};
    });
}

QFuture<StoreReply<QList<ItemEvent>>> StoreWorker::checklistEvents(const QString &workspace,
                                                                   const QString &profile)
{
    return d->submit<QList<ItemEvent>>([workspace, profile](AuditStore &s) {
        return StoreReply<QList<ItemEvent>>{s.checklistEvents(workspace, profile), {}};
    });
}

QFuture<StoreReply<Reconciliation>> StoreWorker::updateChecklist(const Workspace &workspace,
                                                                 const Evaluation &evaluation,
                                                                 const StoredRun &run, QDate today)
{
    return d->submit<Reconciliation>([workspace, evaluation, run, today](AuditStore &s) {
        StoreReply<Reconciliation> r;
        if (std::optional<Reconciliation> u =
                mailtls::updateChecklist(s, workspace, evaluation, run, today, &r.error))
            r.value = std::move(*u);
        return r;
    });
}

QFuture<StoreReply<TrackedItem>>
StoreWorker::setChecklistItemState(const QString &workspace, const QString &profile,
                                   const QString &itemKey, ItemState state, const QString &note)
{
    return d->submit<TrackedItem>([workspace, profile, itemKey, state, note](AuditStore &s) {
        StoreReply<TrackedItem> r;
        if (std::optional<TrackedItem> t =
                mailtls::setChecklistItemState(s, workspace, profile, itemKey, state, note,
                                               QDateTime::currentDateTimeUtc(), &r.error))
            r.value = std::move(*t);
        return r;
    });
}

} // namespace mailtls
