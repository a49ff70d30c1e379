// The store on its own thread: requests run there in order, answers come back
// to the caller's thread, nothing queued is lost when the worker goes away,
// and an unusable store answers every request with its error.

#include "app/core/store_worker.h"
#include "app/core/workspace_io.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mailtls;

namespace {

Workspace demo()
{
    return *loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json")).workspace;
}

EndpointResult probed(int i)
{
    EndpointResult r;
    r.target = {Protocol::Smtp, QStringLiteral("127.0.0.%1").arg(i % 200 + 1), 25, QString()};
    r.status = ProbeStatus::StartTlsNotOffered;
    return r;
}

template <typename T>
T await(QFuture<T> future)
{
    future.waitForFinished(); // a test may wait; the window continues with .then() instead
    return future.result();
}

} // namespace

class TestStoreWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestsRunOnTheStoreThread();
    void queuedWritesSurviveTheWorker();
    void unusableStoreAnswersWithItsError();
};

void TestStoreWorker::requestsRunOnTheStoreThread()
{
    QTemporaryDir dir;
    StoreWorker worker(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(worker.thread() != QThread::currentThread());
    const StoreReply<qint64> run = await(worker.beginRun(demo(), 3));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QVERIFY(run.value > 0);
    for (int i = 0; i < 3; ++i)
        worker.addResult(run.value, QStringLiteral("mx1/smtp:%1").arg(i), probed(i));
    worker.finishRun(run.value);
    // Asked last, answered last: the writes before it are in.
    const auto runs = await(worker.runs());
    QVERIFY(runs.error.isEmpty());
    QCOMPARE(runs.value.size(), 1);
    QCOMPARE(runs.value.constFirst().results, 3);
    QCOMPARE(runs.value.constFirst().state, QStringLiteral("complete"));

    // A continuation on this thread's context, as the window uses it.
    QObject context;
    bool continued = false;
    worker.results(run.value).then(&context, [&](const StoreReply<QList<StoredResult>> &r) {
        QCOMPARE(QThread::currentThread(), context.thread());
        continued = r.value.size() == 3;
    });
    QTRY_VERIFY(continued);
    const auto summaries = await(worker.resultSummaries(run.value));
    QCOMPARE(summaries.value.size(), 3);
    QCOMPARE(summaries.value.constFirst().linkState, QStringLiteral("cleartext"));
    QCOMPARE(await(worker.inventory(run.value)).value->name, demo().name);
}

void TestStoreWorker::queuedWritesSurviveTheWorker()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.sqlite"));
    qint64 run = 0;
    {
        StoreWorker worker(path);
        run = await(worker.beginRun(demo(), 200)).value;
        for (int i = 0; i < 200; ++i)
            worker.addResult(run, QStringLiteral("e%1").arg(i), probed(i)); // not awaited
        worker.finishRun(run);
    } // destroyed at once: every queued write still lands
    QString error;
    const auto store = AuditStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->results(run).size(), 200);
    QCOMPARE(store->runs().constFirst().state, QStringLiteral("complete"));
}

void TestStoreWorker::unusableStoreAnswersWithItsError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a database, and must stay as it is");
    f.close();
    StoreWorker worker(path);
    const auto run = await(worker.beginRun(demo(), 1));
    QVERIFY(!run.error.isEmpty());
    QVERIFY2(run.error.contains(path), qPrintable(run.error));
    QVERIFY(!await(worker.runs()).error.isEmpty());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("this is not a database, and must stay as it is"));
}

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_store_worker.moc"
