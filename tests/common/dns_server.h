#pragma once

// A real DNS server for tests: dnsmasq on a loopback address and a free high
// port, answering from the records its options give (no upstream, no hosts
// file), dying with the test. Ready when it takes a TCP connection.

#include "probes/dns/nameserver.h"

#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <optional>
#include <sys/prctl.h>
#include <unistd.h>

namespace dnstest {

inline const QString kDnsmasq = QStringLiteral("/usr/sbin/dnsmasq");

// A port free for both UDP and TCP on the address.
inline quint16 freePort(const QHostAddress &address)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QUdpSocket udp;
        if (!udp.bind(address, 0))
            return 0;
        QTcpSocket tcp;
        if (tcp.bind(address, udp.localPort()))
            return udp.localPort();
    }
    return 0;
}

class DnsServer
{
public:
    ~DnsServer() { stop(); }

    static bool installed() { return QFile::exists(kDnsmasq); }

    // Starts dnsmasq on address (and [::1] on the same port when free) with
    // the zone's options; false with *error (its log) when it does not come up.
    bool start(const QHostAddress &address, const QStringList &zone, QString *error)
    {
        const quint16 port = freePort(address);
        if (port == 0) {
            *error = QStringLiteral("no free port on %1").arg(address.toString());
            return false;
        }
        m_server = {address, port};
        QStringList args{QStringLiteral("--keep-in-foreground"),
                         QStringLiteral("--no-resolv"),
                         QStringLiteral("--no-hosts"),
                         QStringLiteral("--conf-file=/dev/null"),
                         QStringLiteral("--pid-file="),
                         QStringLiteral("--bind-interfaces"),
                         QStringLiteral("--log-facility=-"),
                         QStringLiteral("--port=%1").arg(port),
                         QStringLiteral("--listen-address=%1").arg(address.toString())};
        // As root, dnsmasq changes to nobody and group dip, and a change of user or
        // group clears the parent-death signal: it stays root, and dies with us.
        if (::geteuid() == 0)
            args << QStringLiteral("--user=root") << QStringLiteral("--group=root");
        QUdpSocket probe6;
        if (probe6.bind(QHostAddress::LocalHostIPv6, port)) {
            probe6.close();
            args.append(QStringLiteral("--listen-address=::1"));
            m_server6 = mailtls::dns::Nameserver{QHostAddress::LocalHostIPv6, port};
        }
        m_process.setProgram(kDnsmasq);
        m_process.setArguments(args + zone);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardInputFile(QProcess::nullDevice());
        const pid_t parent = ::getpid();
        m_process.setChildProcessModifier([parent] {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (::getppid() != parent)
                ::_exit(1);
        });
        m_process.start();
        if (!m_process.waitForStarted(5000)) {
            *error = m_process.errorString();
            return false;
        }
        bool ready = false;
        for (int i = 0; i < 100 && !ready && m_process.state() == QProcess::Running; ++i) {
            QTcpSocket s;
            s.connectToHost(address, port);
            ready = s.waitForConnected(100);
            if (!ready)
                QTest::qWait(50);
        }
        m_log += m_process.readAll();
        if (!ready)
            *error = QString::fromLocal8Bit(m_log);
        return ready;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    mailtls::dns::Nameserver server() const { return m_server; }
    std::optional<mailtls::dns::Nameserver> server6() const { return m_server6; }

private:
    QProcess m_process;
    QByteArray m_log;
    mailtls::dns::Nameserver m_server;
    std::optional<mailtls::dns::Nameserver> m_server6;
};

} // namespace dnstest
