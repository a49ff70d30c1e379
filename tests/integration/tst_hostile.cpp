// Hostile servers, written here because no real server behaves this way on
// purpose: each must make the probe end within its deadline, with a clear
// status, bounded memory and no crash. Loopback only (127.0.0.1, ephemeral ports).

#include "probes/endpoint_probe.h"
#include "tests/common/test_server.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTest>

#include <thread>
#include <unistd.h>

using namespace mailtls;

namespace {

void waitUntilStopped(const std::atomic_bool &stop, int maxMs = 15000)
{
    for (int i = 0; i < maxMs / 20 && !stop; ++i)
        ::usleep(20000);
}

// An SMTP server that is normal up to the STARTTLS reply.
void smtpUpToStartTls(int fd)
{
    TestServer::send(fd, "220 hostile.test ESMTP\r\n");
    TestServer::readSome(fd); // EHLO
    TestServer::send(fd, "250-hostile.test\r\n250 STARTTLS\r\n");
    TestServer::readSome(fd); // STARTTLS
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void server_data();
    void server();
    void backOffEndsOnCancel();
};

void TestHostile::server_data()
{
    QTest::addColumn<TestServer::Behaviour>("behave");
    QTest::addColumn<int>("status");

    QTest::newRow("no greeting ever")
        << TestServer::Behaviour([](int, const std::atomic_bool &stop) { waitUntilStopped(stop); })
        << int(ProbeStatus::Timeout);
    QTest::newRow("1 MB greeting line")
        << TestServer::Behaviour([](int fd, const std::atomic_bool &) {
               const QByteArray line = "220 " + QByteArray(1024 * 1024, 'A');
               TestServer::send(fd, line);
           })
        << int(ProbeStatus::ProtocolError);
    QTest::newRow("endless multi-line EHLO")
        << TestServer::Behaviour([](int fd, const std::atomic_bool &stop) {
               TestServer::send(fd, "220 hostile.test ESMTP\r\n");
               TestServer::readSome(fd);
               for (int i = 0; i < 100000 && !stop; ++i) {
                   if (::send(fd, "250-AAAA\r\n", 10, MSG_NOSIGNAL) < 0)
                       break;
               }
           })
        << int(ProbeStatus::ProtocolError);
    QTest::newRow("one byte per second")
        << TestServer::Behaviour([](int fd, const std::atomic_bool &stop) {
               const QByteArray greeting = "220 slow.test ESMTP\r\n";
               for (char c : greeting) {
                   if (stop || ::send(fd, &c, 1, MSG_NOSIGNAL) < 0)
                       break;
                   waitUntilStopped(stop, 1000);
               }
           })
        << int(ProbeStatus::Timeout);
    QTest::newRow("cleartext injected after STARTTLS reply")
        << TestServer::Behaviour([](int fd, const std::atomic_bool &) {
               TestServer::send(fd, "220 hostile.test ESMTP\r\n");
               TestServer::readSome(fd);
               TestServer::send(fd, "250-hostile.test\r\n250 STARTTLS\r\n");
               TestServer::readSome(fd);
               TestServer::send(fd, "220 go ahead\r\n250 injected\r\n");
           })
        << int(ProbeStatus::ProtocolError);
    QTest::newRow("garbage instead of TLS")
        << TestServer::Behaviour([](int fd, const std::atomic_bool &) {
               smtpUpToStartTls(fd);
               TestServer::send(fd, "220 go ahead\r\n");
               TestServer::readSome(fd); // ClientHello
               TestServer::send(fd, "this is not TLS at all\r\n");
           })
        << int(ProbeStatus::HandshakeFailed);
    QTest::newRow("reset in mid-handshake")
        << TestServer::Behaviour([](int fd, const std::atomic_bool &) {
               smtpUpToStartTls(fd);
               TestServer::send(fd, "220 go ahead\r\n");
               TestServer::readSome(fd); // ClientHello
               linger l{1, 0};              // close with RST
               ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
           })
        << int(ProbeStatus::HandshakeFailed);
    QTest::newRow("TLS record with a bogus length")
        << TestServer::Behaviour([](int fd, const std::atomic_bool &stop) {
               smtpUpToStartTls(fd);
               TestServer::send(fd, "220 go ahead\r\n");
               TestServer::readSome(fd);
               TestServer::send(fd, QByteArray("\x16\x03\x03\xff\xff\x02\x00", 7));
               waitUntilStopped(stop);
           })
        << int(ProbeStatus::HandshakeFailed);
    QTest::newRow("STARTTLS refused")
        << TestServer::Behaviour([](int fd, const std::atomic_bool &) {
               smtpUpToStartTls(fd);
               TestServer::send(fd, "454 4.7.0 TLS not available due to local problem\r\n");
           })
        << int(ProbeStatus::StartTlsRejected);
    QTest::newRow("421 rate limit")
        << TestServer::Behaviour([](int fd, const std::atomic_bool &) {
               TestServer::send(fd, "421 4.7.0 hostile.test Too many connections\r\n");
           })
        << int(ProbeStatus::RateLimited);
}

void TestHostile::server()
{
    QFETCH(TestServer::Behaviour, behave);
    QFETCH(int, status);
    TestServer hostile(behave);
    ProbeTarget target{Protocol::Smtp, QStringLiteral("127.0.0.1"), hostile.port(),
                       QStringLiteral("hostile.test")};
    ProbeOptions options;
    options.operationTimeoutMs = 1000;
    options.endpointTimeoutMs = 10000;
    options.rateLimitRetries = 1;
    options.rateLimitBackoffMs = 100;
    QElapsedTimer clock;
    clock.start();
    const EndpointResult r = probeEndpoint(target, options);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(int(r.status) == status,
             qPrintable(probeStatusKey(r.status) + QStringLiteral(": ") + r.error));
    QVERIFY2(elapsed < 8000, qPrintable(QString::number(elapsed)));
    QVERIFY(!r.error.isEmpty());
    // Nothing a server sent reaches the evidence raw or unbounded.
    QVERIFY(r.transcript.toText().size() < 2 * Transcript::kMaxBytes);
    for (const TranscriptLine &l : r.transcript.lines()) {
        for (QChar c : l.text)
            QVERIFY(c.unicode() >= 0x20 && c.unicode() < 0x7f);
    }
}

void TestHostile::backOffEndsOnCancel()
{
    // A server that rate-limits every connection, and a back-off of 5 s:
    // cancelling during the back-off ends the probe at once (as Cancelled),
    // and no connection is open while it waits.
    std::atomic_int open{0};
    std::atomic_int connections{0};
    TestServer limiting([&](int fd, const std::atomic_bool &) {
        ++connections;
        ++open;
        TestServer::send(fd, "421 4.7.0 hostile.test Too many connections\r\n");
        TestServer::readSome(fd, 1000); // until our side closes
        --open;
    });
    ProbeTarget target{Protocol::Smtp, QStringLiteral("127.0.0.1"), limiting.port(),
                       QStringLiteral("hostile.test")};
    std::atomic_bool cancel{false};
    ProbeOptions options;
    options.operationTimeoutMs = 1000;
    options.endpointTimeoutMs = 60000;
    options.rateLimitRetries = 3;
    options.rateLimitBackoffMs = 5000;
    options.cancel = &cancel;
    QElapsedTimer clock;
    clock.start();
    EndpointResult r;
    std::thread probing([&] { r = probeEndpoint(target, options); });
    while (connections.load() < 1 && clock.elapsed() < 5000)
        QThread::msleep(10);
    QThread::msleep(500); // inside the first back-off
    QCOMPARE(open.load(), 0); // the rate-limited connection is closed while we wait
    cancel = true;
    const qint64 cancelledAt = clock.elapsed();
    probing.join();
    const qint64 took = clock.elapsed() - cancelledAt;
    QCOMPARE(r.status, ProbeStatus::Cancelled);
    QCOMPARE(connections.load(), 1);
    QVERIFY2(took < 2000, qPrintable(QString::number(took))); // a 5 s back-off did not run out
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
