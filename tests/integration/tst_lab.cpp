// Starts the demo lab (real Postfix, Dovecot and nginx on loopback) and checks
// that every listener answers as the lab description says: its banner, the
// capabilities it offers in cleartext, and the TLS versions it accepts, the
// latter checked with the plain `openssl s_client`, independent of our code.

#include "lab/lab.h"
#include "tests/common/lab_fixture.h"

#include <QProcess>
#include <QTcpSocket>
#include <QTest>

#include <signal.h>

using namespace mailtls::lab;

namespace {

const QString kLabFile = demoLabFile();

struct Row
{
    Service service;
    Listener listener;
};

bool isStartTls(const QString &p)
{
    return p == QLatin1String("smtp") || p == QLatin1String("submission") ||
           p == QLatin1String("lmtp") || p == QLatin1String("imap") || p == QLatin1String("pop3") ||
           p == QLatin1String("sieve") || p == QLatin1String("ldap");
}

bool isImplicitTls(const QString &p)
{
    return p == QLatin1String("smtps") || p == QLatin1String("imaps") ||
           p == QLatin1String("pop3s") || p == QLatin1String("https");
}

// Reads one CRLF-terminated line, with a deadline.
QString readLine(QTcpSocket &s)
{
    while (!s.canReadLine()) {
        if (!s.waitForReadyRead(5000))
            return {};
    }
    return QString::fromLatin1(s.readLine()).trimmed();
}

struct Cleartext
{
    QString greeting;
    QStringList capabilities; // keywords, upper case
};

// A minimal client for the test's oracle: greeting and capability list.
Cleartext cleartextDialogue(const QString &protocol, const QString &address, quint16 port)
{
    Cleartext result;
    if (protocol == QLatin1String("ldap")) {
        // LDAP has no greeting: OpenLDAP's ldapsearch reads the root DSE.
        QProcess p;
        p.start(QStringLiteral("ldapsearch"),
                {QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"),
                 QStringLiteral("ldap://%1:%2").arg(address).arg(port), QStringLiteral("-b"), QString(),
                 QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("objectClass"),
                 QStringLiteral("supportedExtension")});
        if (!p.waitForFinished(15000))
            return result;
        for (const QString &l : QString::fromLatin1(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (l.startsWith(QLatin1String("objectClass: ")))
                result.greeting += l.mid(13) + QLatin1Char(' ');
            if (l == QLatin1String("supportedExtension: 1.3.6.1.4.1.1466.20037"))
                result.capabilities.append(QStringLiteral("STARTTLS"));
        }
        return result;
    }
    QTcpSocket s;
    s.connectToHost(address, port);
    if (!s.waitForConnected(5000))
        return result;
    QString line = readLine(s);
    // Dovecot greets early while its auth process starts; the real greeting follows.
    while (line.contains(QLatin1String("Waiting for authentication")))
        line = readLine(s);
    result.greeting = line;
    if (protocol == QLatin1String("imap")) {
        s.write("a CAPABILITY\r\n");
        for (QString l = readLine(s); !l.isEmpty() && !l.startsWith(QLatin1String("a ")); l = readLine(s)) {
            if (l.startsWith(QLatin1String("* CAPABILITY ")))
                result.capabilities = l.mid(13).toUpper().split(QLatin1Char(' '));
        }
        s.write("a LOGOUT\r\n");
    } else if (protocol == QLatin1String("sieve")) {
        // ManageSieve: the greeting is the capability list, ending with OK.
        result.capabilities.append(line.section(QLatin1Char('"'), 1, 1).toUpper());
        for (QString l = readLine(s); !l.isEmpty(); l = readLine(s)) {
            if (l.startsWith(QLatin1String("OK"))) {
                result.greeting = l;
                break;
            }
            result.capabilities.append(l.section(QLatin1Char('"'), 1, 1).toUpper());
        }
        s.write("LOGOUT\r\n");
    } else if (protocol == QLatin1String("pop3")) {
        s.write("CAPA\r\n");
        readLine(s); // +OK
        for (QString l = readLine(s); !l.isEmpty() && l != QLatin1String("."); l = readLine(s))
            result.capabilities.append(l.section(QLatin1Char(' '), 0, 0).toUpper());
        s.write("QUIT\r\n");
    } else {
        // SMTP family: the greeting may itself be multi-line.
        while (line.size() > 3 && line.at(3) == QLatin1Char('-'))
            line = readLine(s);
        s.write(protocol == QLatin1String("lmtp") ? "LHLO test.lab\r\n" : "EHLO test.lab\r\n");
        bool first = true;
        for (QString l = readLine(s); l.size() >= 4; l = readLine(s)) {
            if (!first)
                result.capabilities.append(l.mid(4).section(QLatin1Char(' '), 0, 0).toUpper());
            first = false;
            if (l.at(3) == QLatin1Char(' '))
                break;
        }
        s.write("QUIT\r\n");
    }
    s.waitForBytesWritten(1000);
    return result;
}

QStringList starttlsArgs(const QString &protocol)
{
    if (protocol == QLatin1String("smtp") || protocol == QLatin1String("submission"))
        return {QStringLiteral("-starttls"), QStringLiteral("smtp")};
    if (isStartTls(protocol))
        return {QStringLiteral("-starttls"), protocol};
    return {};
}

struct SClient
{
    int exitCode = -1;
    QString output;
};

SClient sClient(const Row &row, const QStringList &extra, const QByteArray &input)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("s_client"),
                     QStringLiteral("-connect"),
                     row.service.address + QLatin1Char(':') + QString::number(row.listener.port),
                     QStringLiteral("-servername"),
                     row.service.hostName};
    args += starttlsArgs(row.listener.protocol);
    args += extra;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted(5000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished();
        return {-1, QStringLiteral("timeout")};
    }
    return {p.exitCode(), QString::fromLatin1(p.readAll())};
}

bool versionAccepted(const Row &row, const QString &version)
{
    static const QMap<QString, QString> flags{{QStringLiteral("TLSv1"), QStringLiteral("-tls1")},
                                              {QStringLiteral("TLSv1.1"), QStringLiteral("-tls1_1")},
                                              {QStringLiteral("TLSv1.2"), QStringLiteral("-tls1_2")},
                                              {QStringLiteral("TLSv1.3"), QStringLiteral("-tls1_3")}};
    // Security level 0 on the client: OpenSSL 3 hides TLS 1.0/1.1 otherwise.
    const SClient r = sClient(row,
                              {flags.value(version), QStringLiteral("-brief"), QStringLiteral("-cipher"),
                               QStringLiteral("ALL:@SECLEVEL=0")},
                              {});
    return r.exitCode == 0 && r.output.contains(QStringLiteral("Protocol version: ") + version);
}

bool processAlive(qint64 pid) { return ::kill(static_cast<pid_t>(pid), 0) == 0; }

bool portOpen(const QString &address, quint16 port)
{
    QTcpSocket s;
    s.connectToHost(address, port);
    return s.waitForConnected(1000);
}

} // namespace

class TestLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listener_data();
    void listener();
    void stopLeavesNothingRunning();
    void runToolStopsWithCommand();

private:
    std::unique_ptr<Lab> m_lab;
};

void TestLab::initTestCase()
{
    LabStart s = startDemoLab();
    if (!s.skip.isEmpty())
        QSKIP(qPrintable(s.skip));
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    m_lab = std::move(s.lab);
    QCOMPARE(m_lab->running().size(), m_lab->spec().services.size());
}

void TestLab::listener_data()
{
    addListenerRows();
}

void TestLab::listener()
{
    QFETCH(int, serviceIndex);
    QFETCH(int, listenerIndex);
    const Row row{m_lab->spec().services.at(serviceIndex),
                  m_lab->spec().services.at(serviceIndex).listeners.at(listenerIndex)};
    const Expectation &expect = row.listener.expect;
    const QString &protocol = row.listener.protocol;

    if (isStartTls(protocol)) {
        const Cleartext c = cleartextDialogue(protocol, row.service.address, row.listener.port);
        QVERIFY2(c.greeting.contains(expect.banner),
                 qPrintable(QStringLiteral("greeting '%1' lacks '%2'").arg(c.greeting, expect.banner)));
        const bool offersTls = c.capabilities.contains(QStringLiteral("STARTTLS")) ||
                               c.capabilities.contains(QStringLiteral("STLS"));
        QVERIFY(expect.starttls.has_value());
        QCOMPARE(offersTls, *expect.starttls);
        for (const QString &cap : expect.capabilitiesInclude)
            QVERIFY2(c.capabilities.contains(cap), qPrintable(cap + QStringLiteral(" missing from ") +
                                                              c.capabilities.join(QLatin1Char(' '))));
        for (const QString &cap : expect.capabilitiesExclude)
            QVERIFY2(!c.capabilities.contains(cap), qPrintable(cap + QStringLiteral(" offered")));
    } else if (protocol == QLatin1String("tls") || protocol == QLatin1String("ldaps")) {
        // Generic implicit TLS (gnutls-serv's echo server), LDAPS: the handshake and the certificate.
        const SClient r = sClient(row, {}, "Q\n");
        QVERIFY2(r.output.contains(QStringLiteral("Cipher is")), qPrintable(r.output));
        QVERIFY2(r.output.contains(row.service.hostName), qPrintable(r.output));
    } else if (isImplicitTls(protocol)) {
        QByteArray input = "QUIT\r\n";
        if (protocol == QLatin1String("imaps"))
            input = "a LOGOUT\r\n";
        else if (protocol == QLatin1String("https"))
            input = "GET / HTTP/1.0\r\nHost: " + row.service.hostName.toLatin1() + "\r\n\r\n";
        const SClient r = sClient(row, {QStringLiteral("-quiet")}, input);
        QVERIFY2(r.output.contains(expect.banner), qPrintable(r.output));
        if (expect.httpStatus)
            QVERIFY2(r.output.contains(QStringLiteral("HTTP/1.1 %1").arg(expect.httpStatus)),
                     qPrintable(r.output));
        for (const QString &h : expect.headersInclude)
            QVERIFY2(r.output.contains(h + QLatin1Char(':')), qPrintable(r.output));
    } else if (protocol == QLatin1String("http")) {
        QTcpSocket s;
        s.connectToHost(row.service.address, row.listener.port);
        QVERIFY(s.waitForConnected(5000));
        s.write("GET / HTTP/1.0\r\nHost: " + row.service.hostName.toLatin1() + "\r\n\r\n");
        QByteArray response;
        while (s.waitForReadyRead(5000))
            response += s.readAll();
        response += s.readAll();
        QVERIFY2(response.startsWith(QByteArray(QByteArray("HTTP/1.1 ") + QByteArray::number(expect.httpStatus))),
                 response.constData());
        QVERIFY(response.contains(expect.banner.toLatin1()));
    } else {
        QFAIL(qPrintable(QStringLiteral("no oracle for protocol ") + protocol));
    }

    for (const QString &version : {QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"),
                                   QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}) {
        const bool expected = expect.tlsVersions.contains(version);
        QVERIFY2(versionAccepted(row, version) == expected,
                 qPrintable(version + (expected ? QStringLiteral(" refused") : QStringLiteral(" accepted"))));
    }
}

void TestLab::stopLeavesNothingRunning()
{
    const QList<qint64> pids = m_lab->pids();
    // Every server, and unbound for the lab's DNS and for its validating resolver.
    const bool resolver = m_lab->spec().dns && !m_lab->spec().dns->resolver.isEmpty();
    QCOMPARE(pids.size(), m_lab->spec().services.size() + (m_lab->spec().dns ? 1 : 0) + (resolver ? 1 : 0));
    QVERIFY(!m_lab->spec().dns || portOpen(m_lab->spec().dns->address, m_lab->spec().dns->port));
    QVERIFY(!resolver || portOpen(m_lab->spec().dns->resolver, 53));
    const QList<Service> services = m_lab->running();
    m_lab->stop();
    for (qint64 pid : pids)
        QVERIFY2(!processAlive(pid), qPrintable(QString::number(pid)));
    // Postfix's smtpd, Dovecot's login processes and nginx's workers go with their masters.
    for (const Service &s : services) {
        for (const Listener &l : s.listeners)
            QTRY_VERIFY2(!portOpen(s.address, l.port), qPrintable(s.id));
    }
    if (m_lab->spec().dns)
        QTRY_VERIFY(!portOpen(m_lab->spec().dns->address, m_lab->spec().dns->port));
    if (resolver)
        QTRY_VERIFY(!portOpen(m_lab->spec().dns->resolver, 53));
    QVERIFY(m_lab->dnsServer().isEmpty());
}

void TestLab::runToolStopsWithCommand()
{
    // What the README's run command does: the lab lives exactly as long as the command.
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral(MAILTLS_BINARY_DIR "/lab/mailtls-lab"),
               {QStringLiteral("run"), QStringLiteral("--lab"), kLabFile, QStringLiteral("--only"),
                QStringLiteral("relay"), QStringLiteral("--"), QStringLiteral("/bin/bash"),
                QStringLiteral("-c"),
                QStringLiteral("exec 3<>/dev/tcp/127.0.0.13/2525; head -c 33 <&3")});
    QVERIFY(tool.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(tool.readAll());
    QCOMPARE(tool.exitCode(), 0);
    QVERIFY2(output.contains(QLatin1String("220 relay.kumo.internal ESMTP")), qPrintable(output));
    QVERIFY(!portOpen(QStringLiteral("127.0.0.13"), 2525));
}

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
