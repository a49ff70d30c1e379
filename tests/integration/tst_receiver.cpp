// The test receiver against real SMTP clients: swaks (the scripted client
// admins use) and openssl s_client, one listener per scenario on loopback,
// and what each session recorded: STARTTLS asked or not, the answer, the
// version, SNI, the client's alert on a bad certificate, the message taken
// over TLS or in cleartext. Then what a hostile client does (a hand-written
// client, for what no real one does): a 10 MB line, more sessions than
// allowed, garbage, a client that never finishes DATA. And what `audit
// --outbound-test` says of a listener's domain before it sends anything,
// from a signed zone served by a real unbound.

#include "probes/receiver/smtp_receiver.h"
#include "tests/common/dnssec_zone.h"
#include "tests/common/process_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtls;

namespace {

const QString kAddress = QStringLiteral("127.0.0.93");

} // namespace

class TestReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void swaksScenarios_data();
    void swaksScenarios();
    void noSniFromOpenssl();
    void lineTooLong();
    void tooManySessions();
    void garbageAndSilence();
    void messagesOfOneSession();
    void cliRecordsTheRelay();
    void planSaysWhatDnsPublishes();
    void cleanupTestCase() { m_receiver.reset(); }

private:
    // The sessions that ended since `before`, waiting up to 10 s for `count`.
    QList<ReceivedSession> waitSessions(int before, int count);
    quint16 portOf(ReceiverScenario s) const;

    std::unique_ptr<SmtpReceiver> m_receiver;
    QString m_swaks;
};

void TestReceiver::initTestCase()
{
    m_swaks = QStandardPaths::findExecutable(QStringLiteral("swaks"));
    ReceiverOptions options;
    options.hostName = QStringLiteral("receiver.test");
    options.maxSessions = 4;
    options.idleTimeoutMs = 1500;
    for (const QString &key : receiverScenarioKeys())
        options.listeners.append({kAddress, 0, *receiverScenarioFromKey(key)});
    m_receiver = std::make_unique<SmtpReceiver>(options);
    const QString error = m_receiver->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_receiver->listeners().size(), receiverScenarioKeys().size());
}

quint16 TestReceiver::portOf(ReceiverScenario s) const
{
    for (const ReceiverListener &l : m_receiver->listeners()) {
        if (l.scenario == s)
            return l.port;
    }
    return 0;
}

QList<ReceivedSession> TestReceiver::waitSessions(int before, int count)
{
    QList<ReceivedSession> all;
    for (int i = 0; i < 100; ++i) {
        all = m_receiver->sessions();
        if (all.size() >= before + count)
            break;
        QTest::qWait(100);
    }
    return all.mid(before);
}

void TestReceiver::swaksScenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("tlsOptions"); // swaks's
    QTest::addColumn<bool>("swaksSucceeds");
    QTest::addColumn<QString>("end");
    QTest::addColumn<bool>("startTlsAsked");
    QTest::addColumn<int>("startTlsReply");
    QTest::addColumn<QString>("version"); // empty: no TLS
    QTest::addColumn<QString>("failure");  // part of tlsFailure; empty: none

    QTest::newRow("normal, TLS required") << "normal" << QStringList{"--tls"} << true << "delivered_tls" << true
                                          << 220 << "TLSv1.3" << "";
    QTest::newRow("no STARTTLS, opportunistic") << "no-starttls" << QStringList{"--tls-optional"} << true
                                                << "delivered_cleartext" << false << 0 << "" << "";
    QTest::newRow("no STARTTLS, TLS required: gives up")
        << "no-starttls" << QStringList{"--tls"} << false << "no_message" << false << 0 << "" << "";
    QTest::newRow("refused with 454, opportunistic") << "starttls-refused" << QStringList{"--tls-optional"} << true
                                                     << "delivered_cleartext" << true << 454 << "" << "";
    QTest::newRow("stripped, opportunistic") << "stripped" << QStringList{"--tls-optional"} << true
                                             << "delivered_cleartext" << false << 0 << "" << "";
    QTest::newRow("bad certificate, verified: the client stops")
        << "bad-certificate" << QStringList{"--tls", "--tls-verify", "--tls-sni", "receiver.test"} << false
        << "tls_failed" << true << 220 << "" << "alert";
    QTest::newRow("bad certificate, not verified") << "bad-certificate" << QStringList{"--tls"} << true
                                                   << "delivered_tls" << true << 220 << "TLSv1.3" << "";
}

void TestReceiver::swaksScenarios()
{
    if (m_swaks.isEmpty())
        QSKIP("swaks is not installed (scripts/install-deps.sh installs it)");
    QFETCH(QString, scenario);
    QFETCH(QStringList, tlsOptions);
    QFETCH(bool, swaksSucceeds);
    QFETCH(QString, end);
    QFETCH(bool, startTlsAsked);
    QFETCH(int, startTlsReply);
    QFETCH(QString, version);
    QFETCH(QString, failure);

    const int before = static_cast<int>(m_receiver->sessions().size());
    const quint16 port = portOf(*receiverScenarioFromKey(scenario));
    QStringList args{"--server", kAddress, "--port", QString::number(port), "--from", "relay-test@sender.test",
                     "--to", "probe@" + scenario + ".receiver.test", "--helo", "relay.sender.test",
                     "--header", "Subject: receiver test " + scenario, "--timeout", "10"};
    args += tlsOptions;
    const ProcessRun run = runProcess(m_swaks, args, {}, 60000);
    QVERIFY2((run.exitCode == 0) == swaksSucceeds, run.out.right(2000).constData());

    const QList<ReceivedSession> sessions = waitSessions(before, 1);
    QCOMPARE(sessions.size(), 1);
    const ReceivedSession &s = sessions.constFirst();
    QCOMPARE(receiverScenarioKey(s.scenario), scenario);
    QCOMPARE(s.clientAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(s.ehloName, QStringLiteral("relay.sender.test"));
    QVERIFY(s.esmtp);
    QCOMPARE(sessionEndKey(s.end), end);
    QCOMPARE(s.startTlsAsked, startTlsAsked);
    QCOMPARE(s.startTlsReply, startTlsReply);
    QCOMPARE(s.tls ? tlsVersionName(s.tls->version) : QString(), version);
    if (failure.isEmpty()) {
        QVERIFY2(s.tlsFailure.isEmpty(), qPrintable(s.tlsFailure));
    } else {
        QVERIFY2(s.tlsFailure.contains(failure), qPrintable(s.tlsFailure));
        QVERIFY(s.tlsFailureAlert); // the client's own fatal alert: it refused
    }
    if (s.end == SessionEnd::DeliveredTls || s.end == SessionEnd::DeliveredCleartext) {
        QCOMPARE(s.mailFrom, QStringLiteral("relay-test@sender.test"));
        QCOMPARE(s.recipients, QStringList{"probe@" + scenario + ".receiver.test"});
        QVERIFY(s.headers.contains("Subject: receiver test " + scenario));
        QVERIFY(s.messageBytes > 0);
    }
    if (s.startTlsAsked && s.startTlsReply == 220) {
        QVERIFY(s.clientMaxVersion.has_value());
        QCOMPARE(*s.clientMaxVersion, TlsVersion::Tls13);
    }
    const QJsonObject json = receivedSessionToJson(s);
    QCOMPARE(json.value(QLatin1StringView("end")).toString(), end);
    QCOMPARE(json.value(QLatin1StringView("tls")).isNull(), !s.tls.has_value());
}

void TestReceiver::noSniFromOpenssl()
{
    // s_client with -noservername: TLS without SNI; with -servername, the name.
    const quint16 port = portOf(ReceiverScenario::Normal);
    for (const bool withName : {false, true}) {
        const int before = static_cast<int>(m_receiver->sessions().size());
        QStringList args{"s_client", "-quiet", "-starttls", "smtp", "-connect",
                         kAddress + ':' + QString::number(port)};
        args += withName ? QStringList{"-servername", "mx.receiver.test"} : QStringList{"-noservername"};
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        QVERIFY(p.waitForStarted());
        QVERIFY(p.waitForReadyRead(10000));
        p.write("EHLO client.test\r\nQUIT\r\n");
        QVERIFY(p.waitForFinished(10000));
        const QList<ReceivedSession> sessions = waitSessions(before, 1);
        QCOMPARE(sessions.size(), 1);
        QVERIFY(sessions.constFirst().tls.has_value());
        QCOMPARE(sessions.constFirst().tls->serverName, withName ? QStringLiteral("mx.receiver.test") : QString());
        QVERIFY(!sessions.constFirst().messageReceived);
    }
}

void TestReceiver::lineTooLong()
{
    // Hand-written hostile client: 10 MB without a line end, then a DATA line of 1 MB.
    const quint16 port = portOf(ReceiverScenario::NoStartTls);
    const int before = static_cast<int>(m_receiver->sessions().size());
    QTcpSocket socket;
    socket.connectToHost(kAddress, port);
    QVERIFY(socket.waitForConnected(5000));
    QVERIFY(socket.waitForReadyRead(5000));
    socket.readAll();
    const QByteArray chunk(1024 * 1024, 'A');
    for (int i = 0; i < 10 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(chunk);
        socket.waitForBytesWritten(2000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() != QAbstractSocket::ConnectedState || socket.bytesAvailable() > 0, 5000);
    const QList<ReceivedSession> sessions = waitSessions(before, 1);
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.constFirst().end, SessionEnd::ProtocolError);
    QVERIFY2(sessions.constFirst().note.contains(QLatin1StringView("longer than")),
             qPrintable(sessions.constFirst().note));
}

void TestReceiver::tooManySessions()
{
    // Four sessions are allowed at once: the fifth to twentieth are answered
    // 421 at once, counted and not kept.
    const quint16 port = portOf(ReceiverScenario::NoStartTls);
    const int before = static_cast<int>(m_receiver->sessions().size());
    std::vector<std::unique_ptr<QTcpSocket>> open;
    for (int i = 0; i < 20; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(kAddress, port);
        QVERIFY(s->waitForConnected(5000));
        QVERIFY(s->waitForReadyRead(5000));
        open.push_back(std::move(s));
    }
    int busy = 0;
    for (const auto &s : open)
        busy += s->readAll().startsWith("421 ") ? 1 : 0;
    QCOMPARE(busy, 16);
    for (const auto &s : open)
        s->write("QUIT\r\n");
    const int busyBefore = m_receiver->refusedBusy();
    const QList<ReceivedSession> sessions = waitSessions(before, 4);
    QCOMPARE(sessions.size(), 4);
    for (const ReceivedSession &s : sessions)
        QCOMPARE(s.end, SessionEnd::NoMessage);
    QCOMPARE(busyBefore, 16);
}

void TestReceiver::garbageAndSilence()
{
    // Ten unknown commands end the session; a client silent in DATA is cut off after the idle time.
    const quint16 port = portOf(ReceiverScenario::NoStartTls);
    int before = static_cast<int>(m_receiver->sessions().size());
    {
        QTcpSocket socket;
        socket.connectToHost(kAddress, port);
        QVERIFY(socket.waitForConnected(5000));
        for (int i = 0; i < 12; ++i)
            socket.write("\x01\x02 garbage\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() != QAbstractSocket::ConnectedState ||
                                     socket.readAll().contains("421 4.7.0"),
                                 5000);
    }
    QList<ReceivedSession> sessions = waitSessions(before, 1);
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.constFirst().end, SessionEnd::ProtocolError);

    before = static_cast<int>(m_receiver->sessions().size());
    QTcpSocket socket;
    socket.connectToHost(kAddress, port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("EHLO silent.test\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\nSubject: x\r\n");
    sessions = waitSessions(before, 1);
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.constFirst().end, SessionEnd::TimedOut);
    QVERIFY(!sessions.constFirst().messageReceived);
}

void TestReceiver::messagesOfOneSession()
{
    // A message in cleartext, an aborted transaction, then a close without
    // QUIT: the session delivered in cleartext, with the envelope of the
    // message taken, not of the transaction aborted.
    const quint16 port = portOf(ReceiverScenario::NoStartTls);
    const int before = static_cast<int>(m_receiver->sessions().size());
    QTcpSocket socket;
    socket.connectToHost(kAddress, port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("EHLO two.test\r\nMAIL FROM:<one@a.test>\r\nRCPT TO:<x@b.test>\r\nDATA\r\n"
                 "Subject: first\r\n\r\nbody\r\n.\r\n"
                 "MAIL FROM:<two@a.test>\r\nRCPT TO:<y@b.test>\r\nRSET\r\n");
    // Every reply, up to the RSET's "250 2.0.0 Ok" after the message's "Ok: discarded".
    QByteArray replies;
    while (!replies.contains("discarded") || !replies.endsWith("250 2.0.0 Ok\r\n")) {
        QVERIFY2(socket.waitForReadyRead(5000), replies.constData());
        replies += socket.readAll();
    }
    socket.abort();
    const QList<ReceivedSession> sessions = waitSessions(before, 1);
    QCOMPARE(sessions.size(), 1);
    const ReceivedSession &s = sessions.constFirst();
    QCOMPARE(s.end, SessionEnd::DeliveredCleartext);
    QCOMPARE(s.messagesCleartext, 1);
    QCOMPARE(s.mailFrom, QStringLiteral("one@a.test"));
    QCOMPARE(s.recipients, QStringList{QStringLiteral("x@b.test")});
    QVERIFY2(s.note.contains(QLatin1StringView("without QUIT")), qPrintable(s.note));
}

// The command as an admin runs it: two listeners, a relay (swaks from the
// relay host's own address) that uses STARTTLS where it is offered and goes on
// in cleartext where STARTTLS was stripped, and the verdict recorded in the
// workspace on the host with that address; a client that is no host of the
// workspace is said, not recorded.
void TestReceiver::cliRecordsTheRelay()
{
    if (m_swaks.isEmpty())
        QSKIP("swaks is not installed (scripts/install-deps.sh installs it)");
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.json"));
    {
        QFile f(workspace);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema_version": 4, "name": "relays", "hosts": [
            {"id": "out", "name": "out.sender.test", "addresses": ["127.0.0.95"], "roles": ["outbound-relay"],
             "software": "Postfix 3.7", "endpoints": [{"protocol": "smtp", "port": 25}]}],
            "links": [{"id": "out-internet", "kind": "outbound", "from": "out", "endpoint": "out/smtp"}]})");
    }
    const QString binary = QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor");
    QProcess receiver;
    receiver.start(binary, {"receiver", "--listen", kAddress + ":2721", "--scenario", "normal", "--listen",
                            kAddress + ":2722", "--scenario", "stripped", "--workspace", workspace, "--json",
                            dir.filePath(QStringLiteral("sessions.json")), "--sessions", "3", "--timeout", "60"});
    QVERIFY(receiver.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(receiver.readAllStandardOutput().contains("listening on") ||
                                 QFile::exists(dir.filePath(QStringLiteral("sessions.json"))),
                             10000);
    const auto send = [&](const QString &port, const QString &from, const QStringList &tls,
                          const QString &helo = QStringLiteral("out.sender.test")) {
        return runProcess(m_swaks, QStringList{"--server", kAddress, "--port", port, "--local-interface", from,
                                               "--from", "relay-test@sender.test", "--to", "probe@rx.test",
                                               "--helo", helo, "--timeout", "10"} +
                                       tls,
                          {}, 60000);
    };
    QCOMPARE(send(QStringLiteral("2721"), QStringLiteral("127.0.0.95"), {"--tls"}).exitCode, 0);
    QCOMPARE(send(QStringLiteral("2722"), QStringLiteral("127.0.0.95"), {"--tls-optional"}).exitCode, 0);
    QCOMPARE(send(QStringLiteral("2721"), QStringLiteral("127.0.0.1"), {"--tls"}, QStringLiteral("stranger.test"))
                 .exitCode,
             0);
    QVERIFY(receiver.waitForFinished(30000));
    const QByteArray out = receiver.readAllStandardOutput();
    QVERIFY2(receiver.exitCode() == 0, QByteArray(out + receiver.readAllStandardError()).constData());
    QVERIFY2(out.contains("recorded in"), out.constData());
    QVERIFY2(out.contains("relay 127.0.0.1 (stranger.test) is no host of the workspace"), out.constData());

    QFile f(workspace);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonArray tests = root.value(QLatin1StringView("outbound_tests")).toArray();
    QCOMPARE(tests.size(), 1);
    const QJsonObject test = tests.first().toObject();
    QCOMPARE(test.value(QLatin1StringView("relay")).toString(), QStringLiteral("out"));
    QCOMPARE(test.value(QLatin1StringView("client_address")).toString(), QStringLiteral("127.0.0.95"));
    QCOMPARE(test.value(QLatin1StringView("policy")).toString(), QStringLiteral("none"));
    QCOMPARE(test.value(QLatin1StringView("sessions")).toInt(), 2);
    QHash<QString, QJsonValue> passed;
    QHash<QString, bool> informational;
    for (const QJsonValue &c : test.value(QLatin1StringView("checks")).toArray()) {
        const QString key = c.toObject().value(QLatin1StringView("check")).toString();
        passed.insert(key, c.toObject().value(QLatin1StringView("passed")));
        informational.insert(key, c.toObject().value(QLatin1StringView("informational")).toBool());
    }
    QCOMPARE(passed.value(QStringLiteral("uses_starttls")), QJsonValue(true));
    QCOMPARE(passed.value(QStringLiteral("best_version")), QJsonValue(true));
    QVERIFY(informational.value(QStringLiteral("fallback_opportunistic"))); // reported, not judged
    QVERIFY(!informational.value(QStringLiteral("uses_starttls")));
    QVERIFY(!passed.contains(QStringLiteral("checks_certificate_when_required")));
}

// A plan's listener that names a domain: before any trigger runs, the audit
// says what DNS publishes for it (MX, addresses, DNSSEC, TLSA at the
// listener's port) and warns when the MX is not the listener: the relay
// would deliver the test message to that host instead.
void TestReceiver::planSaysWhatDnsPublishes()
{
    if (!dnstest::DnssecZone::installed())
        QSKIP("unbound and ldns-utils are not installed (scripts/install-deps.sh installs them)");
    dnstest::DnssecZone zone(QStringLiteral("partner.test."));
    zone.addRecord(QStringLiteral("@ 300 IN MX 10 mx"));
    zone.addRecord(QStringLiteral("mx 300 IN A 127.0.0.99")); // not the listener's address
    zone.addRecord(QStringLiteral("_2723._tcp.mx 300 IN TLSA 3 1 1 "
                                  "0000000000000000000000000000000000000000000000000000000000000000"));
    QString error;
    QVERIFY2(zone.start(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.json"));
    {
        QFile f(workspace);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"schema_version": 5, "name": "relays", "hosts": [
            {"id": "out", "name": "out.sender.test", "addresses": ["127.0.0.95"], "roles": ["outbound-relay"],
             "endpoints": [{"protocol": "smtp", "port": 2799}]}],
            "links": [{"id": "out-internet", "kind": "outbound", "from": "out", "endpoint": "out/smtp"}],
            "outbound_test": {"policy": "requires-tls", "wait_seconds": 1,
              "listeners": [{"listen": "%1:2723", "scenario": "bad-certificate", "domain": "partner.test"}],
              "triggers": [{"relay": "out", "command": "true"}]}})")
                    .arg(kAddress)
                    .toUtf8());
    }
    const ProcessRun audit = runProcess(
        QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor"),
        {"audit", "--workspace", workspace, "--db", dir.filePath(QStringLiteral("a.sqlite")), "--outbound-test",
         "--dns-server", zone.nameserver().toString(),
         "--trust-anchor", zone.trustAnchorFile(), "--lang", "en"},
        {}, 120000);
    QVERIFY2(audit.out.contains("outbound test: partner.test: MX mx.partner.test (127.0.0.99), secure (DNSSEC); "
                                "1 TLSA record at _2723._tcp.mx.partner.test, secure (DNSSEC)"),
             QByteArray(audit.out + audit.err).constData());
    QVERIFY2(audit.err.contains("outbound test: partner.test: its MX hosts are not at the listener's address 127.0.0.93"),
             audit.err.constData());
    // No relay came (the trigger sends nothing): said, and the audit's status tells cron.
    QVERIFY2(audit.err.contains("out never reached the receiver"), audit.err.constData());
    QCOMPARE(audit.exitCode, 4);
}

QTEST_GUILESS_MAIN(TestReceiver)

#include "tst_receiver.moc"
