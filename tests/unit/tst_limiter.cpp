#include "probes/limiter.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace mailtls;

class TestLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capsHold_data();
    void capsHold();
    void cancelStopsWaiting();
    void deadlineStopsWaiting();
    void quarterKeptForCritical();
    void backgroundHoldsHalfAtMost();
    void moreUrgentGoesFirst();
};

void TestLimiter::capsHold_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("perHost");
    QTest::addColumn<int>("hosts");
    QTest::newRow("per-host binds") << 16 << 2 << 3;
    QTest::newRow("total binds") << 3 << 4 << 5;
    QTest::newRow("one at a time") << 1 << 1 << 2;
}

void TestLimiter::capsHold()
{
    QFETCH(int, total);
    QFETCH(int, perHost);
    QFETCH(int, hosts);
    ConnectionLimiter limiter(total, perHost);
    std::atomic_int open{0};
    std::vector<std::atomic_int> openPerHost(static_cast<size_t>(hosts));
    std::atomic_bool violated{false};
    std::vector<std::thread> threads;
    for (int t = 0; t < 24; ++t) {
        threads.emplace_back([&, t] {
            const int h = t % hosts;
            const QString host = QStringLiteral("host%1").arg(h);
            for (int i = 0; i < 50; ++i) {
                if (!limiter.acquire(host, QDeadlineTimer(10000), nullptr)) {
                    violated = true; // no QVERIFY off the test thread
                    return;
                }
                if (++open > total || ++openPerHost[static_cast<size_t>(h)] > perHost)
                    violated = true;
                std::this_thread::yield();
                --openPerHost[static_cast<size_t>(h)];
                --open;
                limiter.release(host);
            }
        });
    }
    for (auto &t : threads)
        t.join();
    QVERIFY(!violated);
    QVERIFY(limiter.peakTotal() <= total);
    QVERIFY(limiter.peakPerHost() <= perHost);
    QVERIFY(limiter.peakPerHost() >= 1);
}

void TestLimiter::cancelStopsWaiting()
{
    ConnectionLimiter limiter(1, 1);
    QVERIFY(limiter.acquire(QStringLiteral("a"), QDeadlineTimer(1000), nullptr));
    std::atomic_bool cancel{false};
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        cancel = true;
    });
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!limiter.acquire(QStringLiteral("a"), QDeadlineTimer::Forever, &cancel));
    QVERIFY(clock.elapsed() < 2000);
    canceller.join();
    limiter.release(QStringLiteral("a"));
    QVERIFY(limiter.acquire(QStringLiteral("a"), QDeadlineTimer(1000), nullptr));
}

void TestLimiter::deadlineStopsWaiting()
{
    ConnectionLimiter limiter(2, 1);
    QVERIFY(limiter.acquire(QStringLiteral("a"), QDeadlineTimer(1000), nullptr));
    QVERIFY(!limiter.acquire(QStringLiteral("a"), QDeadlineTimer(200), nullptr));
    // Another host still has room.
    QVERIFY(limiter.acquire(QStringLiteral("b"), QDeadlineTimer(200), nullptr));
}

namespace {

// Takes a slot of host a at level, on this thread; true when granted within ms.
bool take(ConnectionLimiter &limiter, ConnectionPriority::Level level, int ms,
          int *slotLevel = nullptr)
{
    const ConnectionPriority priority(level);
    return limiter.acquire(QStringLiteral("a"), QDeadlineTimer(ms), nullptr, false, nullptr,
                           slotLevel);
}

} // namespace

void TestLimiter::quarterKeptForCritical()
{
    ConnectionLimiter limiter(32, 8);
    for (int i = 0; i < 6; ++i)
        QVERIFY(take(limiter, ConnectionPriority::Normal, 1000));
    // Two of the eight stay for the critical connections while fewer than two are open.
    QVERIFY(!take(limiter, ConnectionPriority::Normal, 150));
    QVERIFY(!take(limiter, ConnectionPriority::Background, 150));
    QVERIFY(take(limiter, ConnectionPriority::Critical, 1000));
    QVERIFY(take(limiter, ConnectionPriority::Critical, 1000));
    QCOMPARE(limiter.openTo(QStringLiteral("a")), 8);
    QVERIFY(!take(limiter, ConnectionPriority::Critical, 150)); // the cap holds for them too
}

void TestLimiter::backgroundHoldsHalfAtMost()
{
    ConnectionLimiter limiter(32, 8);
    for (int i = 0; i < 4; ++i)
        QVERIFY(take(limiter, ConnectionPriority::Background, 1000));
    QVERIFY(!take(limiter, ConnectionPriority::Background, 150));
    QVERIFY(take(limiter, ConnectionPriority::Normal, 1000));
    // Released at its level, a background slot can be taken again.
    limiter.release(QStringLiteral("a"), false, -1, ConnectionPriority::Background);
    int level = -1;
    QVERIFY(take(limiter, ConnectionPriority::Background, 1000, &level));
    QCOMPARE(level, int(ConnectionPriority::Background));
}

void TestLimiter::moreUrgentGoesFirst()
{
    ConnectionLimiter limiter(32, 8);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(take(limiter, ConnectionPriority::Critical, 1000));
        QVERIFY(take(limiter, ConnectionPriority::Background, 1000));
    }
    for (int i = 0; i < 4; ++i)
        QVERIFY(take(limiter, ConnectionPriority::Normal, 1000));
    // Full: a background and a critical connection wait for the next free slot.
    std::atomic_bool criticalGot{false};
    std::atomic_bool backgroundGot{false};
    std::thread critical([&] { criticalGot = take(limiter, ConnectionPriority::Critical, 5000); });
    std::thread background(
        [&] { backgroundGot = take(limiter, ConnectionPriority::Background, 5000); });
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    limiter.release(QStringLiteral("a"), false, -1, ConnectionPriority::Normal);
    critical.join();
    QVERIFY(criticalGot);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    QVERIFY(!backgroundGot); // still full
    limiter.release(QStringLiteral("a"), false, -1, ConnectionPriority::Normal);
    background.join();
    QVERIFY(backgroundGot);
}

QTEST_GUILESS_MAIN(TestLimiter)
#include "tst_limiter.moc"
