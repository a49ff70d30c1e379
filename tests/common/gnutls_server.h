#pragma once

// A real GnuTLS server for tests: `gnutls-serv --echo` at a free port, with a
// throwaway key and self-signed certificate (made by `openssl req`), started
// with the options a case needs (--heartbeat, --priority=...). The test
// connects to it on 127.0.0.1 only. It dies with the test (child_process.h).

#include "tests/common/child_process.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace testservers {

class GnutlsServer
{
public:
    explicit GnutlsServer(const QStringList &extra, const QString &commonName = QStringLiteral("known.test"))
    {
        if (!m_dir.isValid())
            return;
        QProcess req;
        req.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath(),
                   QStringLiteral("-out"), certPath(), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:") + commonName});
        if (!req.waitForFinished(30000) || req.exitCode() != 0) {
            m_error = QString::fromLocal8Bit(req.readAllStandardError());
            return;
        }
        const quint16 port = freePort();
        storetest::dieWithTest(m_server);
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(QStringLiteral("gnutls-serv"),
                       QStringList{QStringLiteral("--echo"), QStringLiteral("--disable-client-cert"),
                                   QStringLiteral("--port=") + QString::number(port),
                                   QStringLiteral("--x509certfile=") + certPath(),
                                   QStringLiteral("--x509keyfile=") + keyPath()} +
                           extra);
        // It prints "Echo Server listening on IPv4 0.0.0.0 port N...done" once it listens.
        QByteArray output;
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && m_server.state() != QProcess::NotRunning) {
            m_server.waitForReadyRead(200);
            output += m_server.readAll();
            if (output.contains("IPv4") && output.contains("...done")) {
                m_port = port;
                return;
            }
        }
        m_error = QStringLiteral("gnutls-serv did not start: ") + QString::fromLocal8Bit(output);
    }

    ~GnutlsServer()
    {
        m_server.kill();
        m_server.waitForFinished(5000);
    }

    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString certPath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("key.pem")); }

private:
    // A port no one listens on now (the kernel's pick for a socket bound and closed).
    static quint16 freePort()
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

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace testservers
