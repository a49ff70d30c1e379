// The store on its own thread: requests run there in order, answers come back
// to the caller's thread, nothing queued is lost when the worker goes away,
// and an unusable store answers every request with its error.

#include "app/session/store_worker.h"
#include "app/inventory/workspace_io.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

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
    future.waitForFinished(); // a test may wait; the window continues with whenFinished() instead
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
    void checklistThroughTheWorker();
    void locationOpensTheStore_data();
    void locationOpensTheStore();
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

void TestStoreWorker::checklistThroughTheWorker()
{
    // The window's way: a run's evaluation brings the checklist up to date,
    // a person marks an item done, the next run verifies it.
    QTemporaryDir dir;
    StoreWorker worker(dir.filePath(QStringLiteral("c.sqlite")));
    const Workspace ws = demo();
    const qint64 first = await(worker.beginRun(ws, 0)).value;
    await(worker.finishRun(first));
    const StoredRun run1 = await(worker.runs()).value.constFirst();

    Evaluation e;
    e.profileId = QStringLiteral("m3aawg");
    RuleResult r;
    r.ruleId = QStringLiteral("M3.1");
    r.measure = 3;
    r.endpoint = QStringLiteral("pop/pop3:110");
    r.verdict = Verdict::Fail;
    e.results = {r};
    const auto update = await(worker.updateChecklist(ws, e, run1, QDate(2026, 11, 28)));
    QVERIFY2(update.error.isEmpty(), qPrintable(update.error));
    QCOMPARE(update.value.events.size(), 1);
    QCOMPARE(update.value.items.constFirst().state, ItemState::Open);

    const auto done = await(worker.setChecklistItemState(ws.name, e.profileId, QStringLiteral("M3.1@pop/pop3:110"),
                                                         ItemState::Done, QStringLiteral("disable_plaintext_auth")));
    QVERIFY2(done.error.isEmpty(), qPrintable(done.error));
    QCOMPARE(done.value.state, ItemState::Done);
    const auto refused = await(worker.setChecklistItemState(ws.name, e.profileId, QStringLiteral("M3.1@pop/pop3:110"),
                                                            ItemState::Verified, {}));
    QVERIFY(!refused.error.isEmpty());
    const auto missing = await(worker.setChecklistItemState(ws.name, e.profileId, QStringLiteral("M9.9@pop/pop3:110"),
                                                            ItemState::Done, {}));
    QVERIFY(missing.error.contains(QLatin1StringView("M9.9@pop/pop3:110")));

    const qint64 second = await(worker.beginRun(ws, 0)).value;
    await(worker.finishRun(second));
    const StoredRun run2 = await(worker.runs()).value.constFirst();
    QCOMPARE(run2.id, second);
    e.results[0].verdict = Verdict::Pass;
    const auto verified = await(worker.updateChecklist(ws, e, run2, QDate(2026, 11, 28)));
    QCOMPARE(verified.value.items.constFirst().state, ItemState::Verified);
    const auto items = await(worker.checklistItems(ws.name, e.profileId));
    QCOMPARE(items.value.constFirst().verifiedRun, second);
    const auto events = await(worker.checklistEvents(ws.name, e.profileId));
    QCOMPARE(events.value.size(), 3); // found, done by hand, verified
    QCOMPARE(events.value.constLast().change, ItemChange::Verified);
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

void TestStoreWorker::locationOpensTheStore_data()
{
    QTest::addColumn<bool>("parsed"); // the location as --db is understood, or as text
    QTest::newRow("text") << false;
    QTest::newRow("parsed") << true;
}

void TestStoreWorker::locationOpensTheStore()
{
    // What the audit command asks first: where the store is, or why it cannot be opened.
    QFETCH(bool, parsed);
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("where.sqlite"));
    const QString bad = dir.filePath(QStringLiteral("foreign.sqlite"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    const auto worker = [parsed](const QString &path) {
        return parsed ? std::make_unique<StoreWorker>(StoreLocation::sqliteFile(path))
                      : std::make_unique<StoreWorker>(path);
    };
    const StoreReply<QString> opened = await(worker(good)->location());
    QVERIFY2(opened.error.isEmpty(), qPrintable(opened.error));
    QCOMPARE(opened.value, good);
    QVERIFY(QFile::exists(good));
    const StoreReply<QString> refused = await(worker(bad)->location());
    QVERIFY(refused.value.isEmpty());
    QVERIFY2(refused.error.contains(bad), qPrintable(refused.error));
}

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_store_worker.moc"
