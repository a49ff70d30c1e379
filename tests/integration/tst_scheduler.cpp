// The scheduler against real lab servers: results stream per endpoint, in
// order in the future, the connection caps hold, start() returns at once,
// and cancel() ends a run quickly.

#include "lab/lab.h"
#include "tests/common/lab_fixture.h"
#include "probes/scheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace mailtls;

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void streamsResultsWithinCaps();
    void cancelEndsQuickly();

private:
    std::unique_ptr<lab::Lab> m_lab;
    QList<ProbeTarget> m_targets;
};

void TestScheduler::initTestCase()
{
    LabStart s = startDemoLab({QStringLiteral("mx1"), QStringLiteral("mx2"), QStringLiteral("relay")});
    if (!s.skip.isEmpty())
        QSKIP(qPrintable(s.skip));
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    m_lab = std::move(s.lab);
    for (const char *url : {"smtp://127.0.0.11:2525", "smtp://127.0.0.12:2525", "smtp://127.0.0.13:2525"})
        m_targets.append(*parseTargetUrl(QString::fromLatin1(url)).target);
}

void TestScheduler::streamsResultsWithinCaps()
{
    SchedulerLimits limits;
    limits.maxConnections = 3;
    limits.maxPerHost = 2;
    limits.maxEndpoints = 3;
    ProbeScheduler scheduler(limits, ProbeOptions{});
    QSignalSpy finishedOne(&scheduler, &ProbeScheduler::endpointFinished);
    QSignalSpy progress(&scheduler, &ProbeScheduler::progress);
    QSignalSpy done(&scheduler, &ProbeScheduler::finished);
    QElapsedTimer clock;
    clock.start();
    QFuture<EndpointResult> future = scheduler.start(m_targets);
    QVERIFY2(clock.elapsed() < 50, "start() must not wait for the network");
    QVERIFY(done.wait(60000));
    QCOMPARE(finishedOne.size(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 3);
    const QList<EndpointResult> results = future.results();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).target.port, quint16(2525));
    QCOMPARE(results.at(0).target.host, QStringLiteral("127.0.0.11"));
    QCOMPARE(results.at(1).versions.value(TlsVersion::Tls10).accepted, std::optional<bool>(true));
    QCOMPARE(results.at(2).status, ProbeStatus::StartTlsNotOffered);
    QVERIFY(scheduler.limiter().peakTotal() <= 3);
    QVERIFY(scheduler.limiter().peakPerHost() <= 2);
    QVERIFY(scheduler.limiter().peakPerHost() == 2); // the per-version steps do run in parallel
}

void TestScheduler::cancelEndsQuickly()
{
    SchedulerLimits limits;
    limits.maxConnections = 1;
    limits.maxPerHost = 1;
    ProbeScheduler scheduler(limits, ProbeOptions{});
    QSignalSpy done(&scheduler, &ProbeScheduler::finished);
    QList<ProbeTarget> many;
    for (int i = 0; i < 10; ++i)
        many.append(m_targets.at(1)); // the legacy MX: about 70 connections each
    QFuture<EndpointResult> future = scheduler.start(many);
    QTest::qWait(100);
    QElapsedTimer clock;
    clock.start();
    scheduler.cancel();
    QVERIFY(done.wait(10000));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    int cancelled = 0;
    for (const EndpointResult &r : future.results())
        cancelled += r.status == ProbeStatus::Cancelled ? 1 : 0;
    QVERIFY(cancelled >= 9);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
