#pragma once

// A real OpenSSL server for tests: `openssl s_server` on 127.0.0.1 at a free
// port, with a throwaway key and self-signed certificate, started with the
// options a case needs (an SNI name that warns about every other name, a
// second certificate, protocol and cipher limits). It dies with the test
// (child_process.h). s_server answers one connection at a time, as a small
// server does; the probe's parallel connections wait in its backlog.

#include "tests/common/child_process.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

namespace testservers {

class OpenSslServer
{
public:
    // extra: s_server options beyond -accept, -cert and -key; %CERT% and %KEY%
    // in them stand for the certificate's and the key's files.
    explicit OpenSslServer(QStringList extra, const QString &commonName = QStringLiteral("known.test"))
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
        extra.replaceInStrings(QStringLiteral("%CERT%"), certPath());
        extra.replaceInStrings(QStringLiteral("%KEY%"), keyPath());
        storetest::dieWithTest(m_server);
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(QStringLiteral("openssl"),
                       QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:0"),
                                   QStringLiteral("-cert"), certPath(), QStringLiteral("-key"), keyPath()} +
                           extra);
        // s_server prints "ACCEPT 127.0.0.1:PORT" once it listens.
        static const QRegularExpression accept(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)"));
        QByteArray output;
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && m_server.state() != QProcess::NotRunning) {
            m_server.waitForReadyRead(200);
            output += m_server.readAll();
            const QRegularExpressionMatch m = accept.match(QString::fromLocal8Bit(output));
            if (m.hasMatch()) {
                m_port = static_cast<quint16>(m.captured(1).toUInt());
                return;
            }
        }
        m_error = QStringLiteral("s_server did not start: ") + QString::fromLocal8Bit(output);
    }

    ~OpenSslServer()
    {
        m_server.kill();
        m_server.waitForFinished(5000);
    }

    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString certPath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("key.pem")); }

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace testservers
