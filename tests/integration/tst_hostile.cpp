// Hostile servers, written here because no real server behaves this way on
// purpose: each must make the probe end within its deadline, with a clear
// status, bounded memory and no crash. Loopback only (127.0.0.1, ephemeral ports).

#include "probes/endpoint_probe.h"

#include <QElapsedTimer>
#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <functional>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace mailtls;

namespace {

// A hand-written test server: accepts on 127.0.0.1 and runs `behave` on each
// connection in its own thread until the test ends.
class HostileServer
{
public:
    using Behaviour = std::function<void(int fd, const std::atomic_bool &stop)>;

    explicit HostileServer(Behaviour behave) : m_behave(std::move(behave))
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        ::listen(m_listen, 16);
        socklen_t len = sizeof addr;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }

    ~HostileServer()
    {
        m_stop = true;
        m_acceptor.join();
        for (auto &t : m_workers)
            t.join();
        ::close(m_listen);
    }

    quint16 port() const { return m_port; }

    // Reads until the peer's bytes stop arriving for a moment (e.g. a full command line).
    static QByteArray readSome(int fd, int waitMs = 2000)
    {
        QByteArray out;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, waitMs) <= 0)
            return out;
        char buf[4096];
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n > 0)
            out.append(buf, n);
        return out;
    }
    static void send(int fd, QByteArrayView data)
    {
        ::send(fd, data.data(), static_cast<size_t>(data.size()), MSG_NOSIGNAL);
    }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            pollfd p{m_listen, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0)
                continue;
            m_workers.emplace_back([this, fd] {
                m_behave(fd, m_stop);
                ::close(fd);
            });
        }
    }

    Behaviour m_behave;
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic_bool m_stop{false};
    std::thread m_acceptor;
    std::vector<std::thread> m_workers;
};

void waitUntilStopped(const std::atomic_bool &stop, int maxMs = 15000)
{
    for (int i = 0; i < maxMs / 20 && !stop; ++i)
        ::usleep(20000);
}

// An SMTP server that is normal up to the STARTTLS reply.
void smtpUpToStartTls(int fd)
{
    HostileServer::send(fd, "220 hostile.test ESMTP\r\n");
    HostileServer::readSome(fd); // EHLO
    HostileServer::send(fd, "250-hostile.test\r\n250 STARTTLS\r\n");
    HostileServer::readSome(fd); // STARTTLS
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void server_data();
    void server();
};

void TestHostile::server_data()
{
    QTest::addColumn<HostileServer::Behaviour>("behave");
    QTest::addColumn<int>("status");

    QTest::newRow("no greeting ever")
        << HostileServer::Behaviour([](int, const std::atomic_bool &stop) { waitUntilStopped(stop); })
        << int(ProbeStatus::Timeout);
    QTest::newRow("1 MB greeting line")
        << HostileServer::Behaviour([](int fd, const std::atomic_bool &) {
               const QByteArray line = "220 " + QByteArray(1024 * 1024, 'A');
               HostileServer::send(fd, line);
           })
        << int(ProbeStatus::ProtocolError);
    QTest::newRow("endless multi-line EHLO")
        << HostileServer::Behaviour([](int fd, const std::atomic_bool &stop) {
               HostileServer::send(fd, "220 hostile.test ESMTP\r\n");
               HostileServer::readSome(fd);
               for (int i = 0; i < 100000 && !stop; ++i) {
                   if (::send(fd, "250-AAAA\r\n", 10, MSG_NOSIGNAL) < 0)
                       break;
               }
           })
        << int(ProbeStatus::ProtocolError);
    QTest::newRow("one byte per second")
        << HostileServer::Behaviour([](int fd, const std::atomic_bool &stop) {
               const QByteArray greeting = "220 slow.test ESMTP\r\n";
               for (char c : greeting) {
                   if (stop || ::send(fd, &c, 1, MSG_NOSIGNAL) < 0)
                       break;
                   waitUntilStopped(stop, 1000);
               }
           })
        << int(ProbeStatus::Timeout);
    QTest::newRow("cleartext injected after STARTTLS reply")
        << HostileServer::Behaviour([](int fd, const std::atomic_bool &) {
               HostileServer::send(fd, "220 hostile.test ESMTP\r\n");
               HostileServer::readSome(fd);
               HostileServer::send(fd, "250-hostile.test\r\n250 STARTTLS\r\n");
               HostileServer::readSome(fd);
               HostileServer::send(fd, "220 go ahead\r\n250 injected\r\n");
           })
        << int(ProbeStatus::ProtocolError);
    QTest::newRow("garbage instead of TLS")
        << HostileServer::Behaviour([](int fd, const std::atomic_bool &) {
               smtpUpToStartTls(fd);
               HostileServer::send(fd, "220 go ahead\r\n");
               HostileServer::readSome(fd); // ClientHello
               HostileServer::send(fd, "this is not TLS at all\r\n");
           })
        << int(ProbeStatus::HandshakeFailed);
    QTest::newRow("reset in mid-handshake")
        << HostileServer::Behaviour([](int fd, const std::atomic_bool &) {
               smtpUpToStartTls(fd);
               HostileServer::send(fd, "220 go ahead\r\n");
               HostileServer::readSome(fd); // ClientHello
               linger l{1, 0};              // close with RST
               ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
           })
        << int(ProbeStatus::HandshakeFailed);
    QTest::newRow("TLS record with a bogus length")
        << HostileServer::Behaviour([](int fd, const std::atomic_bool &stop) {
               smtpUpToStartTls(fd);
               HostileServer::send(fd, "220 go ahead\r\n");
               HostileServer::readSome(fd);
               HostileServer::send(fd, QByteArray("\x16\x03\x03\xff\xff\x02\x00", 7));
               waitUntilStopped(stop);
           })
        << int(ProbeStatus::HandshakeFailed);
    QTest::newRow("STARTTLS refused")
        << HostileServer::Behaviour([](int fd, const std::atomic_bool &) {
               smtpUpToStartTls(fd);
               HostileServer::send(fd, "454 4.7.0 TLS not available due to local problem\r\n");
           })
        << int(ProbeStatus::StartTlsRejected);
    QTest::newRow("421 rate limit")
        << HostileServer::Behaviour([](int fd, const std::atomic_bool &) {
               HostileServer::send(fd, "421 4.7.0 hostile.test Too many connections\r\n");
           })
        << int(ProbeStatus::RateLimited);
}

void TestHostile::server()
{
    QFETCH(HostileServer::Behaviour, behave);
    QFETCH(int, status);
    HostileServer hostile(behave);
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

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
