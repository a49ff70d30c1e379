// Debian's Exim as the client of the test receiver: the second real MTA
// whose sending side the verdicts must read right. Exim cannot be installed
// beside Postfix (both are Debian's mail-transport-agent), so
// scripts/install-deps.sh unpacks exim4-daemon-light into
// /opt/mailtls-lab/exim4; each relay here runs it with a configuration of its
// own (-C, exim_path, spool and log in a lab directory), on loopback.
//  - "default": an smtp transport as Debian's, untouched: STARTTLS whenever
//    offered, no SNI, cleartext when STARTTLS is missing or stripped;
//  - "strict": hosts_require_tls and tls_verify_hosts for every host, the
//    receiver's CA, tls_sni: never cleartext, never over a certificate that
//    does not check, SNI sent.
// Messages are injected over SMTP (swaks) into each relay, one per scenario.

#include "app/evidence/outbound_verdict.h"
#include "lab/certificates.h"
#include "lab/lab.h"
#include "probes/receiver/smtp_receiver.h"
#include "tests/common/process_run.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mailtls;

namespace {

const QString kExim = QStringLiteral("/opt/mailtls-lab/exim4/usr/sbin/exim4");
const QString kReceiver = QStringLiteral("127.0.0.93");
constexpr quint16 kFirstPort = 2751;
const QList<std::pair<ReceiverScenario, QString>> kDomains{
    {ReceiverScenario::Normal, QStringLiteral("normal.rx.test")},
    {ReceiverScenario::NoStartTls, QStringLiteral("none.rx.test")},
    {ReceiverScenario::Stripped, QStringLiteral("stripped.rx.test")},
    {ReceiverScenario::BadCertificate, QStringLiteral("badcert.rx.test")},
};

struct Relay
{
    QString id;
    QString address;
    QString transportOptions; // lines of the smtp transports
};

QString config(const QString &dir, const Relay &r)
{
    QString c = QStringLiteral("keep_environment =\n"
                               "exim_path = %1\n"
                               "primary_hostname = %2.lab.test\n"
                               "spool_directory = %3/spool\n"
                               "log_file_path = %3/log/%slog\n"
                               "local_interfaces = <; %4\n"
                               "daemon_smtp_ports = 2526\n"
                               "tls_advertise_hosts =\n"
                               "acl_smtp_rcpt = accept_all\n"
                               "begin acl\naccept_all:\n  accept\n"
                               "begin routers\n")
                    .arg(kExim, r.id, dir, r.address);
    for (qsizetype i = 0; i < kDomains.size(); ++i)
        c += QStringLiteral("to_%1:\n  driver = manualroute\n  domains = %2\n  route_data = %3\n  transport = t_%1\n")
                 .arg(i)
                 .arg(kDomains.at(i).second, kReceiver);
    c += QStringLiteral("begin transports\n");
    for (qsizetype i = 0; i < kDomains.size(); ++i)
        c += QStringLiteral("t_%1:\n  driver = smtp\n  port = %2\n  interface = %3\n%4")
                 .arg(i)
                 .arg(kFirstPort + i)
                 .arg(r.address, r.transportOptions);
    c += QStringLiteral("begin retry\n* * F,1m,5s\n");
    return c;
}

} // namespace

class TestOutboundExim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void cleanupTestCase();

private:
    QList<ReceivedSession> sessionsOf(const QString &address) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SmtpReceiver> m_receiver;
    QList<QProcess *> m_daemons;
};

void TestOutboundExim::initTestCase()
{
    QString why;
    if (!lab::Lab::canRun(&why))
        QSKIP(qPrintable(why));
    if (!QFile::exists(kExim))
        QSKIP("Exim is not unpacked in /opt/mailtls-lab/exim4 (scripts/install-deps.sh does it)");
    const QString swaks = QStandardPaths::findExecutable(QStringLiteral("swaks"));
    if (swaks.isEmpty())
        QSKIP("swaks is not installed (scripts/install-deps.sh installs it)");
    // A lab directory: an Exim left by a crashed run is stopped by the next lab's start.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/mailtls-lab-exim-XXXXXX"));
    QVERIFY(m_dir->isValid());
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                             QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);

    // The receiver's certificate from a CA of its own, which the strict relay trusts.
    lab::PemPair ca;
    lab::ChainCertificateSpec caSpec;
    caSpec.commonName = QStringLiteral("Receiver Test CA");
    caSpec.ca = true;
    caSpec.extendedKeyUsage.clear();
    QCOMPARE(lab::makeChainCertificate(caSpec, nullptr, &ca), QString());
    lab::PemPair leaf;
    lab::ChainCertificateSpec leafSpec;
    leafSpec.commonName = QStringLiteral("rx.test");
    QCOMPARE(lab::makeChainCertificate(leafSpec, &ca, &leaf), QString());
    const QString caFile = m_dir->filePath(QStringLiteral("receiver-ca.pem"));
    {
        QFile f(caFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ca.certificate);
    }
    QFile::setPermissions(caFile, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);

    ReceiverOptions options;
    options.hostName = QStringLiteral("rx.test");
    options.idleTimeoutMs = 10000;
    options.credentials.chainPem = leaf.certificate + ca.certificate;
    options.credentials.keyPem = leaf.key;
    for (qsizetype i = 0; i < kDomains.size(); ++i)
        options.listeners.append({kReceiver, static_cast<quint16>(kFirstPort + i), kDomains.at(i).first});
    m_receiver = std::make_unique<SmtpReceiver>(options);
    const QString error = m_receiver->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QList<Relay> relays{
        {QStringLiteral("default"), QStringLiteral("127.0.0.98"), QString()},
        {QStringLiteral("strict"), QStringLiteral("127.0.0.99"),
         QStringLiteral("  hosts_require_tls = *\n  tls_verify_hosts = *\n  tls_verify_certificates = %1\n"
                        "  tls_verify_cert_hostnames =\n  tls_sni = rx.test\n")
             .arg(caFile)},
    };
    for (const Relay &r : relays) {
        const QString dir = m_dir->filePath(r.id);
        for (const char *sub : {"spool", "log"})
            QVERIFY(QDir().mkpath(dir + u'/' + QLatin1StringView(sub)));
        const QString conf = dir + QStringLiteral("/exim.conf");
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(config(dir, r).toUtf8());
        f.close();
        // The spool and log are the Exim user's, as its packaging makes them; the configuration stays root's.
        QCOMPARE(runProcess(QStringLiteral("chown"), {"Debian-exim", dir + QStringLiteral("/spool"),
                                                      dir + QStringLiteral("/log")})
                     .exitCode,
                 0);
        const ProcessRun check = runProcess(kExim, {"-C", conf, "-bV"});
        QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());
        auto *daemon = new QProcess(this);
        daemon->setProcessChannelMode(QProcess::MergedChannels);
        daemon->start(kExim, {"-C", conf, "-bdf", "-q2s"});
        QVERIFY(daemon->waitForStarted());
        m_daemons.append(daemon);
    }
    for (const Relay &r : relays) {
        bool listening = false;
        for (int i = 0; i < 50 && !listening; ++i) {
            QTcpSocket probe;
            probe.connectToHost(r.address, 2526);
            listening = probe.waitForConnected(200);
            if (!listening)
                QTest::qWait(100);
        }
        QVERIFY2(listening, qPrintable(r.id + QStringLiteral(": Exim does not listen: ") +
                                       QString::fromLocal8Bit(m_daemons.first()->readAll())));
        for (const auto &[scenario, domain] : kDomains) {
            const ProcessRun run =
                runProcess(swaks, {"--server", r.address, "--port", "2526", "--from", "sender@lab.test", "--to",
                                   "probe@" + domain, "--helo", "client.lab.test", "--header",
                                   "Subject: exim " + domain, "--timeout", "10"},
                           {}, 30000);
            QVERIFY2(run.exitCode == 0, run.out.right(1500).constData());
        }
    }
    // Every relay tries every listener at least once.
    for (const Relay &r : relays) {
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<ReceivedSession> mine = sessionsOf(r.address);
                return std::all_of(kDomains.cbegin(), kDomains.cend(), [&](const auto &d) {
                    return std::any_of(mine.cbegin(), mine.cend(), [&](const ReceivedSession &s) {
                        return s.scenario == d.first;
                    });
                });
            }(),
            30000);
    }
}

void TestOutboundExim::cleanupTestCase()
{
    for (QProcess *p : std::as_const(m_daemons)) {
        p->terminate();
        if (!p->waitForFinished(5000))
            p->kill();
        p->waitForFinished(2000);
    }
    // Delivery and queue-runner processes the daemons started end with them;
    // any still running from the lab directory is stopped, so none outlives the test.
    if (m_dir) {
        for (int i = 0; i < 50; ++i) {
            if (runProcess(QStringLiteral("pgrep"), {"-f", m_dir->path()}).exitCode != 0)
                break;
            runProcess(QStringLiteral("pkill"), {i < 30 ? "-TERM" : "-KILL", "-f", m_dir->path()});
            QTest::qWait(100);
        }
    }
    m_receiver.reset();
}

QList<ReceivedSession> TestOutboundExim::sessionsOf(const QString &address) const
{
    QList<ReceivedSession> mine;
    for (const ReceivedSession &s : m_receiver->sessions()) {
        if (s.clientAddress == address)
            mine.append(s);
    }
    return mine;
}

void TestOutboundExim::verdicts_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("expected"); // "pass", "fail", "undecided", "noted"
    QTest::newRow("default: STARTTLS") << "127.0.0.98" << "none" << "uses_starttls" << "pass";
    QTest::newRow("default: TLS 1.3") << "127.0.0.98" << "none" << "best_version" << "pass";
    QTest::newRow("default: no SNI") << "127.0.0.98" << "none" << "sends_sni" << "fail";
    QTest::newRow("default: cleartext fallback noted") << "127.0.0.98" << "none" << "fallback_opportunistic"
                                                        << "noted";
    QTest::newRow("default toward a policy: falls back") << "127.0.0.98" << "requires-tls"
                                                         << "no_fallback_when_required" << "fail";
    QTest::newRow("strict: STARTTLS") << "127.0.0.99" << "requires-tls" << "uses_starttls" << "pass";
    QTest::newRow("strict: SNI") << "127.0.0.99" << "requires-tls" << "sends_sni" << "pass";
    QTest::newRow("strict: no fallback") << "127.0.0.99" << "requires-tls" << "no_fallback_when_required" << "pass";
    QTest::newRow("strict: bad certificate refused") << "127.0.0.99" << "requires-tls"
                                                     << "checks_certificate_when_required" << "pass";
}

void TestOutboundExim::verdicts()
{
    QFETCH(QString, address);
    QFETCH(QString, policy);
    QFETCH(QString, check);
    QFETCH(QString, expected);
    const QList<ReceivedSession> sessions = sessionsOf(address);
    const OutboundVerdict v = judgeSessions(sessions, *destinationPolicyFromKey(policy));
    QStringList transcript;
    for (const ReceivedSession &s : sessions) {
        if (s.scenario != ReceiverScenario::BadCertificate && s.scenario != ReceiverScenario::Stripped)
            continue;
        transcript << QStringLiteral("#%1 %2: %3 %4 [%5]\n%6")
                          .arg(s.id)
                          .arg(receiverScenarioKey(s.scenario), sessionEndKey(s.end), s.tlsFailure, s.note,
                               s.transcript.toText());
    }
    for (const OutboundCheck &c : v.checks) {
        if (outboundCheckKey(c.id) != check)
            continue;
        const QString got = !c.passed ? QStringLiteral("undecided")
                            : c.informational ? QStringLiteral("noted")
                            : *c.passed ? QStringLiteral("pass")
                                        : QStringLiteral("fail");
        QVERIFY2(got == expected, qPrintable(got + QStringLiteral(": ") + c.evidence + QStringLiteral("\n") +
                                             transcript.join(u'\n')));
        qInfo("%s: %s", qPrintable(got), qPrintable(c.evidence));
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no check %1").arg(check)));
}

QTEST_GUILESS_MAIN(TestOutboundExim)
#include "tst_outbound_exim.moc"
