// The window's audit run (AuditSession): which endpoints it probes (all, the
// selected hosts, only what changed), progress with an estimate of the time
// left, every result stored through the store's own thread as it completes,
// the run checked and the checklist brought up to date at the end, and a
// cancel that ends the run at once.
//
// The endpoints are real loopback sockets: ports where nothing listens
// (refused), and for the cancel, a hand-written server that accepts and then
// says nothing (no real server keeps a client waiting on purpose).

#include "../common/test_server.h"
#include "app/session/audit_session.h"
#include "app/session/store_worker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtls;

namespace {

// A loopback port where nothing listens: bound, then closed.
quint16 closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

Host host(const QString &id, QList<Endpoint> endpoints)
{
    Host h;
    h.id = id;
    h.name = id + QStringLiteral(".example.test");
    h.addresses = {QStringLiteral("127.0.0.1")};
    h.roles = {HostRole::InboundMx};
    h.endpoints = std::move(endpoints);
    return h;
}

Workspace workspace(const QList<quint16> &ports)
{
    Workspace ws;
    ws.name = QStringLiteral("session-test");
    for (qsizetype i = 0; i < ports.size(); ++i) {
        ws.hosts.append(host(QStringLiteral("mx%1").arg(i + 1), {Endpoint{Protocol::Smtp, ports.at(i), {}}}));
        Link l;
        l.id = QStringLiteral("in-%1").arg(i + 1);
        l.kind = LinkKind::InternetInbound;
        l.from = QString(kInternetNode);
        l.endpoint = EndpointRef{ws.hosts.constLast().id, Protocol::Smtp, 0};
        ws.links.append(l);
    }
    return ws;
}

ProbeOptions quickOptions()
{
    ProbeOptions o;
    o.operationTimeoutMs = 20000; // long: only a cancel ends the silent server's probe quickly
    o.endpointTimeoutMs = 60000;
    return o;
}

QStringList refs(const QList<AuditJob> &jobs)
{
    QStringList list;
    for (const AuditJob &j : jobs)
        list << j.ref;
    return list;
}

} // namespace

class TestAuditSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsToProbe();
    void onlyWhatChanged();
    void estimate_data();
    void estimate();
    void runStoresEveryResult();
    void cancelEndsAtOnce();
    void cancelBeforeTheRunBegins();
};

void TestAuditSession::jobsToProbe()
{
    Workspace ws = workspace({2525, 2526});
    ws.hosts[1].endpoints.append(Endpoint{Protocol::Imaps, 993, QStringLiteral("127.0.0.2")});
    QCOMPARE(refs(auditJobs(ws)), (QStringList{QStringLiteral("mx1/smtp:2525"), QStringLiteral("mx2/smtp:2526"),
                                               QStringLiteral("mx2/imaps:993")}));
    QCOMPARE(refs(auditJobs(ws, {QStringLiteral("mx2")})),
             (QStringList{QStringLiteral("mx2/smtp:2526"), QStringLiteral("mx2/imaps:993")}));
    const QList<AuditJob> jobs = auditJobs(ws, {QStringLiteral("mx2")});
    QCOMPARE(jobs.at(1).target.host, QStringLiteral("127.0.0.2"));
    QCOMPARE(jobs.at(1).target.port, quint16(993));
}

void TestAuditSession::onlyWhatChanged()
{
    const Workspace before = workspace({2525, 2526, 2527});
    QVERIFY(changedJobs(before, before).isEmpty());
    Workspace now = before;
    now.hosts[0].addresses = {QStringLiteral("127.0.0.9")};                 // moved
    now.hosts[1].endpoints.append(Endpoint{Protocol::Submission, 587, {}}); // new endpoint
    now.hosts.append(host(QStringLiteral("mx9"), {Endpoint{Protocol::Smtp, 25, {}}})); // new host
    now.hosts[2].software = QStringLiteral("Postfix 3.7");                 // not a change to probe
    QCOMPARE(refs(changedJobs(now, before)),
             (QStringList{QStringLiteral("mx1/smtp:2525"), QStringLiteral("mx2/submission:587"),
                          QStringLiteral("mx9/smtp:25")}));
}

void TestAuditSession::estimate_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<int>("done");
    QTest::addColumn<int>("total");
    QTest::addColumn<qint64>("remaining");
    QTest::newRow("nothing done yet") << qint64(5000) << 0 << 10 << qint64(-1);
    QTest::newRow("a quarter in 10 s") << qint64(10000) << 25 << 100 << qint64(30000);
    QTest::newRow("half") << qint64(4000) << 5 << 10 << qint64(4000);
    QTest::newRow("all done") << qint64(4000) << 10 << 10 << qint64(0);
    QTest::newRow("empty run") << qint64(0) << 0 << 0 << qint64(-1);
}

void TestAuditSession::estimate()
{
    QFETCH(qint64, elapsed);
    QFETCH(int, done);
    QFETCH(int, total);
    QFETCH(qint64, remaining);
    QCOMPARE(AuditSession::estimateRemainingMs(elapsed, done, total), remaining);
}

void TestAuditSession::runStoresEveryResult()
{
    QTemporaryDir dir;
    StoreWorker store(dir.filePath(QStringLiteral("audits.sqlite")));
    const Workspace ws = workspace({closedPort(), closedPort(), closedPort()});
    AuditSession session(&store, SchedulerLimits{}, quickOptions());
    QSignalSpy started(&session, &AuditSession::started);
    QSignalSpy endpoints(&session, &AuditSession::endpointFinished);
    QSignalSpy progress(&session, &AuditSession::progress);
    QSignalSpy finished(&session, &AuditSession::finished);
    QSignalSpy failed(&session, &AuditSession::failed);
    QSignalSpy figures(&session, &AuditSession::figuresRecorded);
    QVERIFY(session.start(ws, auditJobs(ws), *builtinProfile(u"m3aawg")));
    QVERIFY(session.isRunning());
    QVERIFY(!session.start(ws, auditJobs(ws), *builtinProfile(u"m3aawg"))); // one run at a time

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!session.isRunning());
    QCOMPARE(started.size(), 1);
    const qint64 run = started.constFirst().at(0).toLongLong();
    QCOMPARE(started.constFirst().at(1).toInt(), 3);
    QCOMPARE(endpoints.size(), 3);
    for (const QList<QVariant> &e : std::as_const(endpoints))
        QCOMPARE(e.at(1).value<EndpointResult>().status, ProbeStatus::Refused);
    QCOMPARE(progress.constLast().at(0).toInt(), 3);
    QCOMPARE(progress.constLast().at(2).toLongLong(), qint64(0));
    QCOMPARE(finished.constFirst().at(0).toLongLong(), run);
    QCOMPARE(finished.constFirst().at(1).toBool(), false);
    // Refused endpoints decide nothing: every rule incomplete, no checklist item.
    const Evaluation evaluation = finished.constFirst().at(2).value<Evaluation>();
    QVERIFY(!evaluation.results.isEmpty());
    QVERIFY(evaluation.findings().isEmpty());
    QVERIFY(finished.constFirst().at(3).value<Reconciliation>().items.isEmpty());

    // In the store: the run complete with its three results, and the checklist up to date with it.
    auto runs = store.runs(ws.name);
    runs.waitForFinished();
    QCOMPARE(runs.result().value.constFirst().id, run);
    QCOMPARE(runs.result().value.constFirst().state, QStringLiteral("complete"));
    QCOMPARE(runs.result().value.constFirst().results, 3);

    // Then the run's figures for the history, kept in the store as the run left them.
    QTRY_COMPARE_WITH_TIMEOUT(figures.size(), 1, 30000);
    QCOMPARE(figures.constFirst().at(0).toLongLong(), run);
    QVERIFY(!session.isRecordingFigures());
    QString error;
    const auto reader = AuditStore::open(dir.filePath(QStringLiteral("audits.sqlite")), &error);
    QVERIFY2(reader, qPrintable(error));
    const std::optional<RunFigures> kept =
        runFiguresFromJson(reader->runFigures(ws.name, QStringLiteral("m3aawg")).value(run));
    QVERIFY(kept);
    QCOMPARE(kept->endpointsWithTls, 0); // all three refused
    QCOMPARE(kept->checklistItems, 0);
}

void TestAuditSession::cancelEndsAtOnce()
{
    // Accepts, then never says a word (hand-written: a real server greets).
    TestServer silent([](int, const std::atomic_bool &stop) {
        while (!stop)
            QThread::msleep(20);
    });
    QTemporaryDir dir;
    StoreWorker store(dir.filePath(QStringLiteral("audits.sqlite")));
    const Workspace ws = workspace({silent.port(), silent.port()});
    AuditSession session(&store, SchedulerLimits{}, quickOptions());
    QSignalSpy endpointStarted(&session, &AuditSession::endpointStarted);
    QSignalSpy finished(&session, &AuditSession::finished);
    QVERIFY(session.start(ws, auditJobs(ws), *builtinProfile(u"m3aawg")));
    QTRY_VERIFY_WITH_TIMEOUT(endpointStarted.size() >= 1, 10000);
    QTest::qWait(200);
    QElapsedTimer clock;
    clock.start();
    session.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(finished.constFirst().at(1).toBool(), true);
}

void TestAuditSession::cancelBeforeTheRunBegins()
{
    // Cancelled before the store has even numbered the run: the run still ends (not left
    // "running"), and its figures are kept under its own id.
    QTemporaryDir dir;
    StoreWorker store(dir.filePath(QStringLiteral("audits.sqlite")));
    const Workspace ws = workspace({closedPort()});
    AuditSession session(&store, SchedulerLimits{}, quickOptions());
    QSignalSpy finished(&session, &AuditSession::finished);
    QSignalSpy figures(&session, &AuditSession::figuresRecorded);
    QVERIFY(session.start(ws, auditJobs(ws), *builtinProfile(u"m3aawg")));
    session.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.constFirst().at(1).toBool(), true);
    const qint64 run = finished.constFirst().at(0).toLongLong();
    QVERIFY(run > 0);
    QVERIFY(session.isRecordingFigures() || figures.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(figures.size(), 1, 10000);
    QCOMPARE(figures.constFirst().at(0).toLongLong(), run);
    auto runs = store.runs(ws.name);
    runs.waitForFinished();
    QCOMPARE(runs.result().value.size(), 1);
    QVERIFY(runs.result().value.constFirst().state != QLatin1String("running"));
}

QTEST_GUILESS_MAIN(TestAuditSession)
#include "tst_audit_session.moc"
