// Real Postfix relays as the clients of the test receiver: each lab relay
// routes one domain per scenario to a listener of the receiver on loopback
// (an explicit next hop, as the Internet would be), with its own client TLS
// settings. A message is injected into each relay for each domain (swaks,
// over SMTP), and the sessions the receiver records must be what the
// relay's configuration says it does:
//  - "may", no SNI (Postfix's defaults): TLS when offered, cleartext when not
//    offered, refused or stripped, TLS over a bad certificate (not checked);
//  - "encrypt" with SNI: TLS with the SNI when offered, no message at all
//    when it is missing, refused or stripped.
// Both take TLS 1.1 from a receiver that offers nothing newer (Postfix's
// default smtp_tls_protocols), while their own hello offered TLS 1.3: the
// record tells the server's choice from the client's.

#include "app/evidence/link_state.h"
#include "app/evidence/outbound_verdict.h"
#include "app/remediation/remediation.h"
#include "lab/lab.h"
#include "probes/receiver/smtp_receiver.h"
#include "tests/common/process_run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace mailtls;

namespace {

const QString kReceiver = QStringLiteral("127.0.0.93");
constexpr quint16 kFirstPort = 2701;

// Scenario and the domain routed to its listener.
const QList<std::pair<ReceiverScenario, QString>> kDomains{
    {ReceiverScenario::Normal, QStringLiteral("normal.rx.test")},
    {ReceiverScenario::NoStartTls, QStringLiteral("none.rx.test")},
    {ReceiverScenario::StartTlsRefused, QStringLiteral("refused.rx.test")},
    {ReceiverScenario::Stripped, QStringLiteral("stripped.rx.test")},
    {ReceiverScenario::BadCertificate, QStringLiteral("badcert.rx.test")},
    {ReceiverScenario::LegacyOnly, QStringLiteral("legacy.rx.test")},
};

// The listeners of the workspace's outbound test plan (`audit --outbound-test`).
constexpr quint16 kPlanPort = 2711;
const QList<std::pair<QString, QString>> kPlan{{QStringLiteral("normal"), QStringLiteral("normal.mailtls-test.invalid")},
                                               {QStringLiteral("stripped"),
                                                QStringLiteral("stripped.mailtls-test.invalid")}};

QByteArray relay(const char *id, const char *address, const char *client)
{
    QByteArray routes;
    for (qsizetype i = 0; i < kDomains.size(); ++i) {
        routes += (i ? ", " : "") + ('"' + kDomains.at(i).second.toUtf8()) + "\": \"smtp:[" + kReceiver.toUtf8() +
                  "]:" + QByteArray::number(kFirstPort + i) + '"';
    }
    for (qsizetype i = 0; i < kPlan.size(); ++i) {
        routes += ", \"" + kPlan.at(i).second.toUtf8() + "\": \"smtp:[" + kReceiver.toUtf8() +
                  "]:" + QByteArray::number(kPlanPort + i) + '"';
    }
    return QByteArray(R"({"id": ")") + id + R"(", "server": "postfix", "host": ")" + id +
           R"(.lab.test", "address": ")" + address + R"(", "tls": "none", "routes": {)" + routes +
           R"(}, "smtp_client": )" + client + R"(, "listeners": [{"protocol": "smtp", "port": 2525}]})";
}

} // namespace

class TestOutboundLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void relays_data();
    void relays();
    void verdicts();
    void evidenceOfTheAudit();
    void auditRunsThePlan();
    void cleanupTestCase();

private:
    std::unique_ptr<lab::Lab> m_lab;
    std::unique_ptr<SmtpReceiver> m_receiver;
    QString m_swaks;
};

void TestOutboundLab::initTestCase()
{
    QString why;
    if (!lab::Lab::canRun(&why))
        QSKIP(qPrintable(why));
    m_swaks = QStandardPaths::findExecutable(QStringLiteral("swaks"));
    if (m_swaks.isEmpty())
        QSKIP("swaks is not installed (scripts/install-deps.sh installs it)");
    ReceiverOptions options;
    options.hostName = QStringLiteral("rx.test");
    options.idleTimeoutMs = 10000;
    for (qsizetype i = 0; i < kDomains.size(); ++i)
        options.listeners.append({kReceiver, static_cast<quint16>(kFirstPort + i), kDomains.at(i).first});
    m_receiver = std::make_unique<SmtpReceiver>(options);
    const QString error = m_receiver->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QByteArray spec = R"({"schema_version": 1, "name": "outbound relays", "services": [)" +
                            relay("may", "127.0.0.96", R"({"security_level": "may"})") + ", " +
                            relay("encrypt", "127.0.0.97",
                                  R"({"security_level": "encrypt", "servername": "rx.test"})") +
                            "]}";
    const lab::LabSpecResult parsed = lab::parseLabSpec(spec, QStringLiteral("outbound.json"));
    QVERIFY2(parsed.spec, qPrintable(parsed.error));
    m_lab = std::make_unique<lab::Lab>(*parsed.spec);
    const QString started = m_lab->start();
    QVERIFY2(started.isEmpty(), qPrintable(started));

    // One message per relay and domain, all at once: the relays deliver
    // (and retry) while the rows below wait for what they expect.
    for (const char *relayAddress : {"127.0.0.96", "127.0.0.97"}) {
        for (const auto &[scenario, domain] : kDomains) {
            const ProcessRun run =
                runProcess(m_swaks, {"--server", QString::fromLatin1(relayAddress), "--port", "2525", "--from",
                                     "sender@lab.test", "--to", "probe@" + domain, "--helo", "client.lab.test",
                                     "--header", "Subject: outbound " + domain, "--timeout", "10"},
                           {}, 30000);
            QVERIFY2(run.exitCode == 0, run.out.right(1500).constData());
        }
    }
}

void TestOutboundLab::cleanupTestCase()
{
    m_lab.reset();
    m_receiver.reset();
}

void TestOutboundLab::relays_data()
{
    QTest::addColumn<QString>("relayAddress");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("delivered"); // "tls", "cleartext" or "none"
    QTest::addColumn<QString>("sni");       // of the TLS sessions
    QTest::addColumn<QString>("version");   // of the delivering TLS session

    QTest::newRow("may: offered") << "127.0.0.96" << "normal.rx.test" << "tls" << "" << "TLSv1.3";
    QTest::newRow("may: not offered") << "127.0.0.96" << "none.rx.test" << "cleartext" << "" << "";
    QTest::newRow("may: refused") << "127.0.0.96" << "refused.rx.test" << "cleartext" << "" << "";
    QTest::newRow("may: stripped") << "127.0.0.96" << "stripped.rx.test" << "cleartext" << "" << "";
    QTest::newRow("may: bad certificate") << "127.0.0.96" << "badcert.rx.test" << "tls" << "" << "TLSv1.3";
    QTest::newRow("may: TLS 1.0/1.1 only") << "127.0.0.96" << "legacy.rx.test" << "tls" << "" << "TLSv1.1";
    QTest::newRow("encrypt: offered") << "127.0.0.97" << "normal.rx.test" << "tls" << "rx.test" << "TLSv1.3";
    QTest::newRow("encrypt: not offered") << "127.0.0.97" << "none.rx.test" << "none" << "" << "";
    QTest::newRow("encrypt: refused") << "127.0.0.97" << "refused.rx.test" << "none" << "" << "";
    QTest::newRow("encrypt: stripped") << "127.0.0.97" << "stripped.rx.test" << "none" << "" << "";
    QTest::newRow("encrypt: bad certificate") << "127.0.0.97" << "badcert.rx.test" << "tls" << "rx.test" << "TLSv1.3";
    QTest::newRow("encrypt: TLS 1.0/1.1 only") << "127.0.0.97" << "legacy.rx.test" << "tls" << "rx.test" << "TLSv1.1";
}

void TestOutboundLab::relays()
{
    QFETCH(QString, relayAddress);
    QFETCH(QString, domain);
    QFETCH(QString, delivered);
    QFETCH(QString, sni);
    QFETCH(QString, version);

    // Each domain has a listener of its own: the relay's sessions for it are those on that listener.
    const qsizetype i = std::find_if(kDomains.cbegin(), kDomains.cend(),
                                     [&](const auto &d) { return d.second == domain; }) -
                        kDomains.cbegin();
    const QString listener = kReceiver + QLatin1Char(':') + QString::number(kFirstPort + i);
    const auto ofRelay = [&] {
        QList<ReceivedSession> mine;
        for (const ReceivedSession &s : m_receiver->sessions()) {
            if (s.clientAddress == relayAddress && s.listener == listener)
                mine.append(s);
        }
        return mine;
    };
    QList<ReceivedSession> sessions;
    if (delivered == QLatin1String("none")) {
        // Postfix tries, gives up on this hop, and retries within seconds: wait for two tries.
        QTRY_VERIFY_WITH_TIMEOUT((sessions = ofRelay()).size() >= 2, 30000);
        for (const ReceivedSession &s : std::as_const(sessions)) {
            QVERIFY2(!s.messageReceived, qPrintable(s.transcript.toText()));
            QVERIFY(!s.tls || s.end == SessionEnd::TlsFailed || !s.messageReceived);
        }
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of((sessions = ofRelay()).cbegin(), sessions.cend(),
                        [](const ReceivedSession &s) { return s.messageReceived; }),
            30000);
        const ReceivedSession &last = *std::find_if(sessions.cbegin(), sessions.cend(),
                                                    [](const ReceivedSession &s) { return s.messageReceived; });
        QCOMPARE(last.messageOverTls, delivered == QLatin1String("tls"));
        QCOMPARE(last.tls ? tlsVersionName(last.tls->version) : QString(), version);
        if (last.tls) {
            QCOMPARE(last.tls->serverName, sni);
            QCOMPARE(last.clientMaxVersion, std::optional<TlsVersion>(TlsVersion::Tls13));
        }
        QVERIFY(last.headers.contains("Subject: outbound " + domain));
    }
}

void TestOutboundLab::verdicts()
{
    // After every row above: each relay judged from its sessions. The "may"
    // relay as toward destinations without a policy: STARTTLS and TLS 1.3
    // used, no SNI (a fault), the cleartext fallback reported, not judged.
    // The "encrypt" relay as toward destinations that require TLS: SNI sent,
    // the message kept when TLS was missing, but delivered over the bad
    // certificate (encrypt does not check it: a fault toward MTA-STS or DANE).
    const QList<ReceivedSession> sessions = m_receiver->sessions();
    const auto verdictOf = [&](const QString &address, DestinationPolicy policy) {
        for (const OutboundVerdict &v : judgeOutbound(sessions, policy)) {
            if (v.clientAddress == address)
                return v;
        }
        return OutboundVerdict{};
    };
    const auto check = [](const OutboundVerdict &v, OutboundCheckId id) {
        for (const OutboundCheck &c : v.checks) {
            if (c.id == id)
                return c;
        }
        return OutboundCheck{};
    };
    const OutboundVerdict may = verdictOf(QStringLiteral("127.0.0.96"), DestinationPolicy::None);
    QCOMPARE(may.ehloName, QStringLiteral("may.lab.test"));
    QCOMPARE(check(may, OutboundCheckId::UsesStartTls).passed, std::optional<bool>(true));
    QCOMPARE(check(may, OutboundCheckId::BestVersion).passed, std::optional<bool>(true));
    QCOMPARE(check(may, OutboundCheckId::SendsSni).passed, std::optional<bool>(false));
    const OutboundCheck fallback = check(may, OutboundCheckId::FallbackOpportunistic);
    QVERIFY(fallback.informational);
    QVERIFY2(fallback.evidence.contains(QLatin1StringView("RFC 7435")), qPrintable(fallback.evidence));

    const OutboundVerdict encrypt = verdictOf(QStringLiteral("127.0.0.97"), DestinationPolicy::RequiresTls);
    QCOMPARE(check(encrypt, OutboundCheckId::UsesStartTls).passed, std::optional<bool>(true));
    QCOMPARE(check(encrypt, OutboundCheckId::SendsSni).passed, std::optional<bool>(true));
    QCOMPARE(check(encrypt, OutboundCheckId::NoFallbackWhenRequired).passed, std::optional<bool>(true));
    QCOMPARE(check(encrypt, OutboundCheckId::ChecksCertificateWhenRequired).passed, std::optional<bool>(false));
}

// The verdicts as the audit's evidence: recorded on the relay hosts of a
// workspace, they decide the M3AAWG sending rules of each relay's outbound
// link, its state on the map, and the checklist's Postfix configuration.
void TestOutboundLab::evidenceOfTheAudit()
{
    Workspace ws;
    ws.name = QStringLiteral("outbound relays");
    for (const char *id : {"may", "encrypt"}) {
        Host h;
        h.id = QString::fromLatin1(id);
        h.name = h.id + QStringLiteral(".lab.test");
        h.addresses = {h.id == QLatin1StringView("may") ? QStringLiteral("127.0.0.96") : QStringLiteral("127.0.0.97")};
        h.roles = {HostRole::OutboundRelay};
        h.software = QStringLiteral("Postfix 3.7");
        h.endpoints = {{Protocol::Smtp, 2525, {}}};
        ws.hosts.append(h);
        ws.links.append(Link{h.id + QStringLiteral("-out"), LinkKind::Outbound, h.id,
                             EndpointRef{h.id, Protocol::Smtp, 2525}, {}});
    }
    const QList<ReceivedSession> sessions = m_receiver->sessions();
    const auto only = [&](const QString &address) {
        QList<ReceivedSession> mine;
        for (const ReceivedSession &s : sessions) {
            if (s.clientAddress == address)
                mine.append(s);
        }
        return mine;
    };
    OutboundRecording rec = recordOutboundTests(&ws, only(QStringLiteral("127.0.0.96")), DestinationPolicy::None,
                                                QStringLiteral("receiver"));
    QCOMPARE(rec.recorded.size(), 1);
    rec = recordOutboundTests(&ws, only(QStringLiteral("127.0.0.97")), DestinationPolicy::RequiresTls,
                              QStringLiteral("receiver"));
    QCOMPARE(rec.recorded.size(), 1);

    const std::optional<Profile> profile = builtinProfile(u"m3aawg");
    QVERIFY(profile);
    const Evaluation e = evaluate(*profile, ws, {});
    const auto verdictOf = [&](const QString &rule, const QString &endpoint) {
        for (const RuleResult &r : e.results) {
            if (r.ruleId == rule && r.endpoint == endpoint)
                return verdictKey(r.verdict);
        }
        return QStringLiteral("missing");
    };
    const QString may = QStringLiteral("may/smtp:2525");
    const QString encrypt = QStringLiteral("encrypt/smtp:2525");
    QCOMPARE(verdictOf(QStringLiteral("M1.12"), may), QStringLiteral("pass"));
    QCOMPARE(verdictOf(QStringLiteral("M1.13"), may), QStringLiteral("pass"));
    QCOMPARE(verdictOf(QStringLiteral("M4.7"), may), QStringLiteral("fail"));       // no SNI
    QCOMPARE(verdictOf(QStringLiteral("M4.5"), may), QStringLiteral("incomplete")); // not tested toward a policy
    QCOMPARE(verdictOf(QStringLiteral("M4.6"), may), QStringLiteral("incomplete"));
    QCOMPARE(verdictOf(QStringLiteral("M1.12"), encrypt), QStringLiteral("pass"));
    QCOMPARE(verdictOf(QStringLiteral("M4.5"), encrypt), QStringLiteral("pass"));
    QCOMPARE(verdictOf(QStringLiteral("M4.6"), encrypt), QStringLiteral("fail")); // delivered over the bad certificate
    QCOMPARE(verdictOf(QStringLiteral("M4.7"), encrypt), QStringLiteral("pass"));

    const WorkspaceIndex index(ws);
    const LinkAssessment mayLink = assessLink(ws.links.at(0), nullptr, index);
    QCOMPARE(mayLink.state, LinkState::StrongTls);
    QVERIFY(mayLink.incomplete); // what it does toward a destination that requires TLS is not known
    const LinkAssessment encryptLink = assessLink(ws.links.at(1), nullptr, index);
    QCOMPARE(encryptLink.state, LinkState::WeakTls);
    QVERIFY2(encryptLink.reasons.join(u'|').contains(QStringLiteral("certificate that does not check")),
             qPrintable(encryptLink.reasons.join(u'|')));

    // The checklist gives Postfix's own lines for the relay it found.
    const QList<ChecklistItem> items = buildChecklist(e, ws, {});
    QStringList configs;
    for (const ChecklistItem &item : items) {
        if (item.remedy && (item.finding.ruleId == QLatin1StringView("M4.7") ||
                            item.finding.ruleId == QLatin1StringView("M4.6"))) {
            QCOMPARE(item.remedy->software, QStringLiteral("postfix"));
            for (const RemedyStep &st : item.remedy->steps)
                configs << st.config;
        }
    }
    QVERIFY2(configs.join(u'\n').contains(QStringLiteral("smtp_tls_servername = hostname")), qPrintable(configs.join(u'|')));
    QVERIFY(configs.join(u'\n').contains(QStringLiteral("smtp_tls_security_level = dane")));
}

// `audit --outbound-test` as cron runs it: the workspace's plan says where
// the receiver listens and how each relay is made to send (swaks into the
// relay here; ssh and sendmail in the field); the audit runs it before the
// probes, records each relay's verdict in the workspace file, and the run's
// findings judge the outbound links by it.
void TestOutboundLab::auditRunsThePlan()
{
    QTemporaryDir dir;
    const QString wsPath = dir.filePath(QStringLiteral("relays.json"));
    QString listeners;
    for (qsizetype i = 0; i < kPlan.size(); ++i)
        listeners += QStringLiteral("%1{\"listen\": \"%2:%3\", \"scenario\": \"%4\"}")
                         .arg(i ? QStringLiteral(", ") : QString(), kReceiver)
                         .arg(kPlanPort + i)
                         .arg(kPlan.at(i).first);
    QString triggers;
    QString hosts;
    QString links;
    for (const auto &[id, address] : {std::pair{QStringLiteral("may"), QStringLiteral("127.0.0.96")},
                                      std::pair{QStringLiteral("encrypt"), QStringLiteral("127.0.0.97")}}) {
        const QString sep = hosts.isEmpty() ? QString() : QStringLiteral(", ");
        hosts += sep + QStringLiteral("{\"id\": \"%1\", \"name\": \"%1.lab.test\", \"addresses\": [\"%2\"], "
                                      "\"roles\": [\"outbound-relay\"], \"software\": \"Postfix 3.7\", "
                                      "\"endpoints\": [{\"protocol\": \"smtp\", \"port\": 2525}]}")
                           .arg(id, address);
        links += sep + QStringLiteral("{\"id\": \"%1-out\", \"kind\": \"outbound\", \"from\": \"%1\", "
                                      "\"endpoint\": \"%1/smtp\"}")
                           .arg(id);
        triggers += sep + QStringLiteral("{\"relay\": \"%1\", \"command\": \"%2 --server %3 --port 2525 --from "
                                         "sender@lab.test --to {to} --helo client.lab.test --timeout 10\"}")
                              .arg(id, m_swaks, address);
    }
    {
        QFile f(wsPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("{\"schema_version\": 5, \"name\": \"relays\", \"hosts\": [%1], \"links\": [%2], "
                               "\"outbound_test\": {\"listeners\": [%3], \"policy\": \"none\", "
                               "\"wait_seconds\": 60, \"triggers\": [%4]}}")
                    .arg(hosts, links, listeners, triggers)
                    .toUtf8());
    }
    const QString binary = QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor");
    const QString db = dir.filePath(QStringLiteral("audits.sqlite"));
    const ProcessRun audit = runProcess(binary, {"audit", "--workspace", wsPath, "--db", db, "--outbound-test",
                                                 "--no-domain-checks", "--verbose"},
                                        {}, 240000);
    QVERIFY2(audit.exitCode == 0, QByteArray(audit.out + audit.err).right(3000).constData());
    QVERIFY2(audit.out.contains("outbound test: recorded"), audit.out.constData());

    QFile f(wsPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray tests =
        QJsonDocument::fromJson(f.readAll()).object().value(QLatin1StringView("outbound_tests")).toArray();
    QCOMPARE(tests.size(), 2);
    QHash<QString, QHash<QString, QJsonValue>> byRelay;
    for (const QJsonValue &t : tests) {
        for (const QJsonValue &c : t.toObject().value(QLatin1StringView("checks")).toArray())
            byRelay[t.toObject().value(QLatin1StringView("relay")).toString()].insert(
                c.toObject().value(QLatin1StringView("check")).toString(),
                c.toObject().value(QLatin1StringView("passed")));
    }
    QCOMPARE(byRelay.value(QStringLiteral("may")).value(QStringLiteral("uses_starttls")), QJsonValue(true));
    QCOMPARE(byRelay.value(QStringLiteral("may")).value(QStringLiteral("sends_sni")), QJsonValue(false));
    QCOMPARE(byRelay.value(QStringLiteral("encrypt")).value(QStringLiteral("sends_sni")), QJsonValue(true));

    // The run audited the inventory with the verdicts: its findings say so.
    const ProcessRun findings = runProcess(binary, {"findings", "--workspace", wsPath, "--db", db});
    QVERIFY2(findings.out.contains("M4.7") && findings.out.contains("may/smtp"), findings.out.constData());
    for (const QByteArray &line : findings.out.split('\n')) {
        if (line.contains("M4.7"))
            QVERIFY2(!line.contains("encrypt"), findings.out.constData()); // it sent SNI
    }
    if (qEnvironmentVariableIsSet("MAILTLS_TEST_KEEP"))
        qInfo("%s", findings.out.constData());
}

QTEST_GUILESS_MAIN(TestOutboundLab)
#include "tst_outbound_lab.moc"
