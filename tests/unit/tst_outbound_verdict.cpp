// The outbound verdicts from the receiver's session records: each check
// decided only by the sessions that asked its question, undecided (never
// passed) without them, and the fallback to cleartext judged only where the
// destination's policy required TLS. The sessions are records as the
// receiver keeps them (tst_receiver and tst_outbound_lab make real ones).

#include "app/evidence/outbound_verdict.h"

#include <QTest>

using namespace mailtls;

namespace {

struct Shape
{
    ReceiverScenario scenario = ReceiverScenario::Normal;
    std::optional<TlsVersion> tls;     // negotiated
    QString sni;
    std::optional<TlsVersion> offered; // the client's best
    int cleartext = 0;                 // messages taken without TLS
    int overTls = 0;
    QString failure;                   // tlsFailure
    QString tlsEnd;                    // tlsEndedByClient: after the handshake, the client's own end
    bool quit = false;
    bool mail = false;                 // a transaction begun over TLS
};

QList<ReceivedSession> sessionsOf(const QList<Shape> &shapes)
{
    QList<ReceivedSession> out;
    int id = 0;
    for (const Shape &sh : shapes) {
        ReceivedSession s;
        s.id = ++id;
        s.clientAddress = QStringLiteral("127.0.0.25");
        s.ehloName = QStringLiteral("out.example.net");
        s.scenario = sh.scenario;
        s.clientMaxVersion = sh.offered;
        if (sh.tls) {
            s.startTlsAsked = true;
            s.tls = ReceivedTls{*sh.tls, QStringLiteral("TLS_AES_256_GCM_SHA384"), QStringLiteral("x25519"), sh.sni, {}};
        }
        s.tlsFailure = sh.failure;
        s.tlsFailureAlert = sh.failure.startsWith(QLatin1StringView("fatal alert"));
        s.tlsEndedByClient = sh.tlsEnd;
        s.quit = sh.quit;
        s.mailOverTls = sh.mail || (sh.tls && sh.overTls > 0);
        s.messagesCleartext = sh.cleartext;
        s.messagesTls = sh.overTls;
        s.messageReceived = sh.cleartext + sh.overTls > 0;
        s.messageOverTls = s.messageReceived && sh.cleartext == 0;
        out.append(s);
    }
    return out;
}

QString outcome(const OutboundCheck &c)
{
    return c.passed ? (*c.passed ? QStringLiteral("pass") : QStringLiteral("fail")) : QStringLiteral("undecided");
}

} // namespace

Q_DECLARE_METATYPE(Shape)

class TestOutboundVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checks_data();
    void checks();
    void oneVerdictPerClient();
};

void TestOutboundVerdict::checks_data()
{
    QTest::addColumn<QList<Shape>>("shapes");
    QTest::addColumn<int>("policy"); // DestinationPolicy
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("expected");

    const auto T13 = TlsVersion::Tls13;
    const Shape good{ReceiverScenario::Normal, T13, QStringLiteral("mx.example.org"), T13, 0, 1, {}, {}, false, false};
    const Shape noSni{ReceiverScenario::Normal, T13, {}, T13, 0, 1, {}, {}, false, false};
    const Shape cleartextOnNormal{ReceiverScenario::Normal, std::nullopt, {}, std::nullopt, 1, 0, {}, {}, false, false};
    const Shape oldClient{ReceiverScenario::Normal, std::nullopt, {}, TlsVersion::Tls10, 0, 0,
                          QStringLiteral("fatal alert: protocol version"), {}, false, false};
    const Shape strippedCleartext{ReceiverScenario::Stripped, std::nullopt, {}, std::nullopt, 1, 0, {}, {}, false, false};
    const Shape strippedHeld{ReceiverScenario::Stripped, std::nullopt, {}, std::nullopt, 0, 0, {}, {}, false, false};
    const Shape badCertTaken{ReceiverScenario::BadCertificate, T13, QStringLiteral("mx.example.org"), T13, 0, 1, {}, {}, false, false};
    const Shape badCertRefused{ReceiverScenario::BadCertificate, std::nullopt, {}, T13, 0, 0,
                               QStringLiteral("fatal alert: unknown CA"), {}, false, false};
    const int none = int(DestinationPolicy::None);
    const int required = int(DestinationPolicy::RequiresTls);

    QTest::newRow("STARTTLS used") << QList<Shape>{good} << none << "uses_starttls" << "pass";
    QTest::newRow("cleartext although offered") << QList<Shape>{good, cleartextOnNormal} << none << "uses_starttls"
                                                << "fail";
    QTest::newRow("no normal session: undecided") << QList<Shape>{strippedCleartext} << none << "uses_starttls"
                                                  << "undecided";
    QTest::newRow("TLS 1.3 taken") << QList<Shape>{good} << none << "best_version" << "pass";
    QTest::newRow("client offers TLS 1.0 only") << QList<Shape>{oldClient} << none << "best_version" << "fail";
    QTest::newRow("a failed handshake with a modern server") << QList<Shape>{oldClient} << none << "uses_starttls"
                                                             << "fail";
    QTest::newRow("SNI sent") << QList<Shape>{good} << none << "sends_sni" << "pass";
    QTest::newRow("no SNI") << QList<Shape>{good, noSni} << none << "sends_sni" << "fail";
    QTest::newRow("no TLS session: SNI undecided") << QList<Shape>{cleartextOnNormal} << none << "sends_sni"
                                                   << "undecided";
    QTest::newRow("no policy: cleartext fallback reported") << QList<Shape>{strippedCleartext} << none
                                                            << "fallback_opportunistic" << "pass";
    QTest::newRow("policy: cleartext fallback") << QList<Shape>{strippedCleartext} << required
                                                << "no_fallback_when_required" << "fail";
    QTest::newRow("policy: message held") << QList<Shape>{strippedHeld, strippedHeld} << required
                                          << "no_fallback_when_required" << "pass";
    QTest::newRow("policy: nothing sent without TLS") << QList<Shape>{good} << required << "no_fallback_when_required"
                                                      << "undecided";
    QTest::newRow("policy: bad certificate taken") << QList<Shape>{badCertTaken} << required
                                                   << "checks_certificate_when_required" << "fail";
    QTest::newRow("policy: bad certificate refused") << QList<Shape>{badCertRefused} << required
                                                     << "checks_certificate_when_required" << "pass";
    const Shape badCertDropped{ReceiverScenario::BadCertificate, std::nullopt, {}, T13, 0, 0,
                               QStringLiteral("the client closed the connection"), {}, false, false};
    const Shape normalDropped{ReceiverScenario::Normal, std::nullopt, {}, T13, 0, 0,
                              QStringLiteral("the client closed the connection"), {}, false, false};
    QTest::newRow("policy: a drop is no refusal of the certificate")
        << QList<Shape>{badCertDropped} << required << "checks_certificate_when_required" << "undecided";
    QTest::newRow("a drop in the handshake is no failure") << QList<Shape>{normalDropped} << none << "uses_starttls"
                                                           << "undecided";
    // TLS 1.3: the client checks the certificate after the handshake, then ends the session itself.
    Shape badCertClosed{ReceiverScenario::BadCertificate, T13, QStringLiteral("mx.example.org"), T13, 0, 0, {}, {}, false, false};
    badCertClosed.tlsEnd = QStringLiteral("close_notify");
    Shape badCertQuit = badCertClosed;
    badCertQuit.tlsEnd.clear();
    badCertQuit.quit = true;
    Shape badCertCut = badCertClosed; // TLS done, then the connection just closed
    badCertCut.tlsEnd.clear();
    Shape badCertAborted = badCertQuit; // a transaction begun, then QUIT
    badCertAborted.mail = true;
    QTest::newRow("policy: close_notify after the handshake, delivers elsewhere")
        << QList<Shape>{good, badCertClosed} << required << "checks_certificate_when_required" << "pass";
    QTest::newRow("policy: QUIT after the handshake, delivers elsewhere")
        << QList<Shape>{good, badCertQuit} << required << "checks_certificate_when_required" << "pass";
    Shape badCertAlert = badCertClosed;
    badCertAlert.tlsEnd = QStringLiteral("fatal alert: bad certificate");
    QTest::newRow("policy: a fatal alert after the handshake decides alone")
        << QList<Shape>{badCertAlert} << required << "checks_certificate_when_required" << "pass";
    QTest::newRow("policy: close_notify, but never delivers over TLS")
        << QList<Shape>{badCertClosed} << required << "checks_certificate_when_required" << "undecided";
    QTest::newRow("policy: a plain close after the handshake")
        << QList<Shape>{good, badCertCut} << required << "checks_certificate_when_required" << "undecided";
    QTest::newRow("policy: a transaction begun, then QUIT")
        << QList<Shape>{good, badCertAborted} << required << "checks_certificate_when_required" << "undecided";
    QTest::newRow("policy: no bad-certificate session") << QList<Shape>{good} << required
                                                        << "checks_certificate_when_required" << "undecided";
}

void TestOutboundVerdict::checks()
{
    QFETCH(QList<Shape>, shapes);
    QFETCH(int, policy);
    QFETCH(QString, check);
    QFETCH(QString, expected);
    const QList<OutboundVerdict> verdicts = judgeOutbound(sessionsOf(shapes), DestinationPolicy(policy));
    QCOMPARE(verdicts.size(), 1);
    const OutboundVerdict &v = verdicts.constFirst();
    QCOMPARE(v.ehloName, QStringLiteral("out.example.net"));
    const auto it = std::find_if(v.checks.cbegin(), v.checks.cend(),
                                 [&](const OutboundCheck &c) { return outboundCheckKey(c.id) == check; });
    QVERIFY2(it != v.checks.cend(), qPrintable(check));
    QVERIFY2(outcome(*it) == expected, qPrintable(outcome(*it) + QStringLiteral(": ") + it->evidence));
    QVERIFY(!it->evidence.isEmpty());
    // Without a policy, neither the fallback nor the certificate is a fault.
    if (DestinationPolicy(policy) == DestinationPolicy::None) {
        for (const OutboundCheck &c : v.checks) {
            QVERIFY(c.id != OutboundCheckId::NoFallbackWhenRequired);
            QVERIFY(c.id != OutboundCheckId::ChecksCertificateWhenRequired);
        }
    }
}

void TestOutboundVerdict::oneVerdictPerClient()
{
    const Shape good{ReceiverScenario::Normal, TlsVersion::Tls13, QStringLiteral("mx.example.org"), TlsVersion::Tls13,
                     0, 1, {}, {}, false, false};
    QList<ReceivedSession> sessions = sessionsOf({good, good});
    sessions[1].clientAddress = QStringLiteral("127.0.0.26");
    const QList<OutboundVerdict> verdicts = judgeOutbound(sessions, DestinationPolicy::None);
    QCOMPARE(verdicts.size(), 2);
    QCOMPARE(verdicts.at(0).clientAddress, QStringLiteral("127.0.0.25"));
    QCOMPARE(verdicts.at(1).clientAddress, QStringLiteral("127.0.0.26"));
    QCOMPARE(verdicts.at(1).checks.constFirst().sessions, QList<int>{2});
}

QTEST_GUILESS_MAIN(TestOutboundVerdict)
#include "tst_outbound_verdict.moc"
