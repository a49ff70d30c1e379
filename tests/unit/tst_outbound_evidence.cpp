// The outbound verdicts as evidence of the audit: recorded into the
// workspace against the relay host that sent (by address, else by its EHLO
// name), kept through the workspace file, laid over the outbound link's
// state, and judged by the M3AAWG profile's sending rules. A relay never
// tested, or tested without a destination that requires TLS, leaves the
// link incomplete and the rules undecided: never a pass.

#include "app/evidence/link_state.h"
#include "app/evidence/outbound_verdict.h"
#include "app/imports/import_file.h"
#include "app/pathmap/path_map.h"
#include "app/inventory/workspace_edit.h"
#include "app/inventory/workspace_io.h"
#include "app/policy/policy_evaluation.h"
#include "app/policy/policy_profile.h"
#include "tests/common/sample_results.h"

#include <QTest>

using namespace mailtls;

namespace {

Workspace relayWorkspace()
{
    Workspace ws;
    ws.name = QStringLiteral("outbound");
    Host relay;
    relay.id = QStringLiteral("out");
    relay.name = QStringLiteral("out.example.net");
    relay.addresses = {QStringLiteral("127.0.0.25")};
    relay.roles = {HostRole::OutboundRelay};
    relay.endpoints = {{Protocol::Smtp, 25, {}}};
    Host nat = relay;
    nat.id = QStringLiteral("natted");
    nat.name = QStringLiteral("natted.example.net");
    nat.addresses = {QStringLiteral("127.0.0.7")};
    ws.hosts = {relay, nat};
    ws.links = {Link{QStringLiteral("out-internet"), LinkKind::Outbound, QStringLiteral("out"),
                     EndpointRef{QStringLiteral("out"), Protocol::Smtp, 25}, {}},
                Link{QStringLiteral("natted-internet"), LinkKind::Outbound, QStringLiteral("natted"),
                     EndpointRef{QStringLiteral("natted"), Protocol::Smtp, 25}, {}}};
    return ws;
}

OutboundCheck check(OutboundCheckId id, std::optional<bool> passed, bool informational = false)
{
    OutboundCheck c;
    c.id = id;
    c.passed = passed;
    c.informational = informational;
    c.say(OutboundPhrase{QStringLiteral("#1 (normal): evidence of %1"), {outboundCheckKey(id)}});
    c.sessions = {1};
    return c;
}

OutboundVerdict verdict(const QString &address, const QString &ehlo, const QList<OutboundCheck> &checks,
                        const QDateTime &when = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC))
{
    OutboundVerdict v;
    v.clientAddress = address;
    v.ehloName = ehlo;
    v.checks = checks;
    v.lastSession = when;
    v.scenarios = {QStringLiteral("normal")};
    v.sessions = 1;
    return v;
}

// What judgeOutbound gives for a relay with opportunistic TLS done right
// (no policy at the destinations): STARTTLS, TLS 1.3, SNI.
QList<OutboundCheck> goodOpportunistic(std::optional<bool> sni = true)
{
    using I = OutboundCheckId;
    return {check(I::UsesStartTls, true), check(I::BestVersion, true), check(I::SendsSni, sni),
            check(I::FallbackOpportunistic, std::nullopt, true)};
}

QList<OutboundCheck> towardRequired(std::optional<bool> fallback, std::optional<bool> certificate)
{
    using I = OutboundCheckId;
    return {check(I::UsesStartTls, true), check(I::BestVersion, true), check(I::SendsSni, true),
            check(I::NoFallbackWhenRequired, fallback), check(I::ChecksCertificateWhenRequired, certificate)};
}

// The relay "out" tested toward destinations without a policy (tests[0]) and
// toward destinations that require TLS (tests[1]); an empty list: not tested so.
void recordBoth(Workspace *ws, const QList<QList<OutboundCheck>> &tests)
{
    const DestinationPolicy policies[] = {DestinationPolicy::None, DestinationPolicy::RequiresTls};
    for (int i = 0; i < 2; ++i) {
        if (!tests.at(i).isEmpty())
            recordOutboundVerdict(ws, QStringLiteral("out"), verdict(QStringLiteral("127.0.0.25"), {}, tests.at(i)),
                                  policies[i], QStringLiteral("receiver"));
    }
}

Verdict verdictOf(const Evaluation &e, const QString &rule, const QString &endpoint)
{
    for (const RuleResult &r : e.results) {
        if (r.ruleId == rule && r.endpoint == endpoint)
            return r.verdict;
    }
    return Verdict::NotApplicable;
}

} // namespace

class TestOutboundEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsByAddressThenByName();
    void partialRetestKeepsTheProof();
    void newerTestOfThePolicyReplaces();
    void keptInTheWorkspaceFile();
    void unknownRelayInFileIsAnError();
    void linkState_data();
    void linkState();
    void mapLabel_data();
    void mapLabel();
    void rules_data();
    void rules();
    void renamedAndRemovedHosts();
};

void TestOutboundEvidence::recordsByAddressThenByName()
{
    const auto session = [](int id, const char *address, const char *ehlo) {
        ReceivedSession s;
        s.id = id;
        s.clientAddress = QString::fromLatin1(address);
        s.ehloName = QString::fromLatin1(ehlo);
        s.scenario = ReceiverScenario::Normal;
        s.startTlsAsked = true;
        s.clientMaxVersion = TlsVersion::Tls13;
        s.tls = ReceivedTls{TlsVersion::Tls13, QStringLiteral("TLS_AES_256_GCM_SHA384"), QStringLiteral("x25519"),
                            QStringLiteral("rx.test"), {}};
        s.messageReceived = s.messageOverTls = true;
        s.messagesTls = 1;
        s.end = SessionEnd::DeliveredTls;
        s.ended = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        return s;
    };
    Workspace ws = relayWorkspace();
    const OutboundRecording rec = recordOutboundTests(
        &ws,
        {session(1, "::ffff:127.0.0.25", "whatever.example"),  // the relay's own address
         session(2, "127.0.0.109", "NATTED.example.net"),      // a relay behind NAT: known by name only
         session(3, "127.0.0.101", "stranger.example"),       // no host of the workspace
         session(4, "127.0.0.166", "out.example.net")},       // greets as "out" from another address
        DestinationPolicy::None, QStringLiteral("receiver"));
    QCOMPARE(ws.outboundTests.size(), 2);
    QCOMPARE(rec.recorded.size(), 2);
    QCOMPARE(rec.unmatched, QStringList{QStringLiteral("127.0.0.101 (stranger.example)")});
    QCOMPARE(rec.ignored, QStringList{QStringLiteral("127.0.0.166 (out.example.net)")});
    const WorkspaceIndex index(ws);
    const QList<OutboundTest> out = index.outboundTests(QStringLiteral("out"));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().clientAddress, QStringLiteral("::ffff:127.0.0.25")); // the spoofer's session left out
    QCOMPARE(out.first().sessions, 1);
    QVERIFY(sendingCheck(out, OutboundCheckId::UsesStartTls).record->passed == true);
    // Known by its name alone: nothing passes, the evidence says how to make it count.
    const QList<OutboundTest> natted = index.outboundTests(QStringLiteral("natted"));
    QCOMPARE(natted.size(), 1);
    const SendingCheck starttls = sendingCheck(natted, OutboundCheckId::UsesStartTls);
    QVERIFY(starttls.record && !starttls.record->passed);
    QVERIFY2(starttls.record->evidence.contains(QStringLiteral("EHLO name only")), qPrintable(starttls.record->evidence));
    QVERIFY(rec.recorded.join(u'|').contains(QStringLiteral("by its EHLO name")));
}

void TestOutboundEvidence::partialRetestKeepsTheProof()
{
    // A relay proven to send in cleartext, then tested again with nothing decided:
    // the proof stands, and the link stays cleartext.
    using I = OutboundCheckId;
    Workspace ws = relayWorkspace();
    recordOutboundVerdict(&ws, QStringLiteral("out"),
                          verdict(QStringLiteral("127.0.0.25"), {},
                                  {check(I::UsesStartTls, false), check(I::BestVersion, std::nullopt)},
                                  QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC)),
                          DestinationPolicy::None, QStringLiteral("first"));
    recordOutboundVerdict(&ws, QStringLiteral("out"),
                          verdict(QStringLiteral("127.0.0.25"), {},
                                  {check(I::UsesStartTls, std::nullopt), check(I::BestVersion, std::nullopt)},
                                  QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC)),
                          DestinationPolicy::None, QStringLiteral("second"));
    QCOMPARE(ws.outboundTests.size(), 2);
    const WorkspaceIndex index(ws);
    QCOMPARE(assessLink(ws.links.first(), nullptr, index).state, LinkState::Cleartext);
    // A later test that decides it replaces both.
    recordOutboundVerdict(&ws, QStringLiteral("out"),
                          verdict(QStringLiteral("127.0.0.25"), {}, goodOpportunistic(),
                                  QDateTime(QDate(2026, 12, 8), QTime(8, 0), Qt::UTC)),
                          DestinationPolicy::None, QStringLiteral("third"));
    QCOMPARE(ws.outboundTests.size(), 1);
    QCOMPARE(ws.outboundTests.first().source, QStringLiteral("third"));
}

void TestOutboundEvidence::newerTestOfThePolicyReplaces()
{
    Workspace ws = relayWorkspace();
    const QDateTime first(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    const QDateTime later(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);
    recordOutboundVerdict(&ws, QStringLiteral("out"), verdict(QStringLiteral("127.0.0.25"), {}, goodOpportunistic(false), first),
                        DestinationPolicy::None, QStringLiteral("a.json"));
    recordOutboundVerdict(&ws, QStringLiteral("out"), verdict(QStringLiteral("127.0.0.25"), {}, towardRequired(true, false), first),
                        DestinationPolicy::RequiresTls, QStringLiteral("b.json"));
    QCOMPARE(ws.outboundTests.size(), 2); // one per policy
    recordOutboundVerdict(&ws, QStringLiteral("out"), verdict(QStringLiteral("127.0.0.25"), {}, goodOpportunistic(true), later),
                        DestinationPolicy::None, QStringLiteral("c.json"));
    QCOMPARE(ws.outboundTests.size(), 2);
    const QList<OutboundTest> tests = WorkspaceIndex(ws).outboundTests(QStringLiteral("out"));
    QCOMPARE(tests.first().source, QStringLiteral("c.json")); // newest first
    // SNI: the newest test that decided it (c.json: sent); the certificate check: only b.json asked it.
    const SendingCheck sni = sendingCheck(tests, OutboundCheckId::SendsSni);
    QVERIFY(sni.record && sni.record->passed == true);
    QCOMPARE(sni.test->source, QStringLiteral("c.json"));
    const SendingCheck cert = sendingCheck(tests, OutboundCheckId::ChecksCertificateWhenRequired);
    QVERIFY(cert.record && cert.record->passed == false);
}

void TestOutboundEvidence::keptInTheWorkspaceFile()
{
    Workspace ws = relayWorkspace();
    recordOutboundVerdict(&ws, QStringLiteral("out"), verdict(QStringLiteral("127.0.0.25"), QStringLiteral("out.example.net"),
                                      towardRequired(std::nullopt, false)),
                        DestinationPolicy::RequiresTls, QStringLiteral("receiver"));
    const WorkspaceReadResult back = parseWorkspace(workspaceToJson(ws), QStringLiteral("ws.json"));
    QVERIFY2(back.workspace, qPrintable(back.error));
    QCOMPARE(back.workspace->outboundTests, ws.outboundTests);
    QVERIFY(!back.workspace->outboundTests.first().checks.at(3).passed); // undecided stays undecided
}

void TestOutboundEvidence::unknownRelayInFileIsAnError()
{
    Workspace ws = relayWorkspace();
    recordOutboundVerdict(&ws, QStringLiteral("out"), verdict(QStringLiteral("127.0.0.25"), {}, goodOpportunistic()), DestinationPolicy::None,
                        QStringLiteral("receiver"));
    QByteArray json = workspaceToJson(ws);
    json.replace("\"relay\": \"out\"", "\"relay\": \"gone\"");
    const WorkspaceReadResult r = parseWorkspace(json, QStringLiteral("ws.json"));
    QVERIFY(!r.workspace);
    QVERIFY2(r.error.contains(QStringLiteral("outbound_tests[0].relay")), qPrintable(r.error));
    QVERIFY(r.error.contains(QStringLiteral("gone")));
}

void TestOutboundEvidence::linkState_data()
{
    QTest::addColumn<QList<QList<OutboundCheck>>>("tests"); // first: policy none; second: requires-tls
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("incomplete");
    QTest::addColumn<QString>("overStrong"); // the state over a strong endpoint
    using I = OutboundCheckId;
    const QList<OutboundCheck> none;
    QTest::newRow("never tested") << QList<QList<OutboundCheck>>{none, none} << "not_probed" << true << "strong_tls";
    QTest::newRow("opportunistic only: the policy checks not asked")
        << QList<QList<OutboundCheck>>{goodOpportunistic(), none} << "strong_tls" << true << "strong_tls";
    QTest::newRow("everything passed") << QList<QList<OutboundCheck>>{goodOpportunistic(), towardRequired(true, true)}
                                       << "strong_tls" << false << "strong_tls";
    QTest::newRow("no SNI changes no state")
        << QList<QList<OutboundCheck>>{goodOpportunistic(false), towardRequired(true, true)} << "strong_tls" << false << "strong_tls";
    QTest::newRow("cleartext where STARTTLS was offered")
        << QList<QList<OutboundCheck>>{{check(I::UsesStartTls, false), check(I::BestVersion, std::nullopt)},
                                       towardRequired(true, true)}
        << "cleartext" << false << "cleartext"; // the version: decided by the other test
    QTest::newRow("TLS 1.0 where 1.3 was offered")
        << QList<QList<OutboundCheck>>{{check(I::UsesStartTls, true), check(I::BestVersion, false)}, none}
        << "weak_tls" << true << "weak_tls";
    QTest::newRow("delivers over a bad certificate where TLS is required")
        << QList<QList<OutboundCheck>>{goodOpportunistic(), towardRequired(true, false)} << "weak_tls" << false << "weak_tls";
    QTest::newRow("falls back where TLS is required")
        << QList<QList<OutboundCheck>>{none, towardRequired(false, true)} << "weak_tls" << false << "weak_tls";
    QTest::newRow("STARTTLS undecided, TLS 1.0 proven")
        << QList<QList<OutboundCheck>>{{check(I::UsesStartTls, std::nullopt), check(I::BestVersion, false)}, none}
        << "not_probed" << true << "weak_tls";
    QTest::newRow("STARTTLS undecided: no state from the sending side")
        << QList<QList<OutboundCheck>>{{check(I::UsesStartTls, std::nullopt), check(I::BestVersion, std::nullopt)},
                                       none}
        << "not_probed" << true << "strong_tls";
}

void TestOutboundEvidence::linkState()
{
    QFETCH(QList<QList<OutboundCheck>>, tests);
    QFETCH(QString, state);
    QFETCH(bool, incomplete);
    QFETCH(QString, overStrong);
    Workspace ws = relayWorkspace();
    recordBoth(&ws, tests);
    const WorkspaceIndex index(ws);
    const LinkAssessment a = assessLink(ws.links.first(), nullptr, index);
    QCOMPARE(linkStateKey(a.state), state);
    QCOMPARE(a.incomplete, incomplete);
    QVERIFY(!a.reasons.isEmpty());
    // Over a strong endpoint: a proven failure of the sending side lowers the
    // link even when STARTTLS itself was left undecided.
    const EndpointResult strong = sample::strongEndpoint(Protocol::Smtp, QStringLiteral("out.example.net"));
    const LinkAssessment over = assessLink(ws.links.first(), &strong, index);
    QCOMPARE(linkStateKey(over.state), overStrong);
    QCOMPARE(over.incomplete, incomplete);
    // A link of another kind never reads the relay's tests.
    Link internal = ws.links.first();
    internal.kind = LinkKind::InternalRelay;
    QCOMPARE(assessLink(internal, nullptr, index).state, LinkState::NotProbed);
}

// The map's words on an outbound link: what the relay negotiated as a
// sender, and whether it kept the message where the destination requires TLS;
// nothing said of a check that is undecided.
void TestOutboundEvidence::mapLabel_data()
{
    QTest::addColumn<QList<QList<OutboundCheck>>>("tests");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("defence");
    using I = OutboundCheckId;
    OutboundCheck negotiated = check(I::BestVersion, true);
    negotiated.say(OutboundPhrase{QStringLiteral("negotiated %1"), {QStringLiteral("TLSv1.3")}});
    const QList<OutboundCheck> none;
    const QList<OutboundCheck> opportunistic{check(I::UsesStartTls, true), negotiated, check(I::SendsSni, true)};
    QTest::newRow("never tested") << QList<QList<OutboundCheck>>{none, none} << "TLSv1.2-1.3 ?" << "";
    QTest::newRow("opportunistic only") << QList<QList<OutboundCheck>>{opportunistic, none} << "sends TLSv1.3 ?" << "";
    QTest::newRow("held both") << QList<QList<OutboundCheck>>{opportunistic, towardRequired(true, true)}
                               << "sends TLSv1.3" << "keeps DANE/MTA-STS";
    QTest::newRow("delivered over a bad certificate")
        << QList<QList<OutboundCheck>>{opportunistic, towardRequired(true, false)} << "sends TLSv1.3"
        << "ignores DANE/MTA-STS";
    QTest::newRow("certificate undecided") << QList<QList<OutboundCheck>>{opportunistic, towardRequired(true, std::nullopt)}
                                           << "sends TLSv1.3 ?" << "";
}

void TestOutboundEvidence::mapLabel()
{
    QFETCH(QList<QList<OutboundCheck>>, tests);
    QFETCH(QString, label);
    QFETCH(QString, defence);
    Workspace ws = relayWorkspace();
    recordBoth(&ws, tests);
    const EndpointResult strong = sample::strongEndpoint(Protocol::Smtp, QStringLiteral("out.example.net"));
    const MapLinkStatus s = mapLinkStatus(ws.links.first(), &strong, WorkspaceIndex(ws));
    QCOMPARE(s.tlsLabel + (s.incomplete ? QStringLiteral(" ?") : QString()), label);
    QCOMPARE(s.defence, defence);
}

void TestOutboundEvidence::rules_data()
{
    QTest::addColumn<QList<QList<OutboundCheck>>>("tests");
    QTest::addColumn<QStringList>("verdicts"); // M1.12 M1.13 M4.5 M4.6 M4.7
    const QList<OutboundCheck> none;
    QTest::newRow("never tested") << QList<QList<OutboundCheck>>{none, none}
                                  << QStringList{"incomplete", "incomplete", "incomplete", "incomplete", "incomplete"};
    QTest::newRow("Postfix may: no SNI, policy checks not asked")
        << QList<QList<OutboundCheck>>{goodOpportunistic(false), none}
        << QStringList{"pass", "pass", "incomplete", "incomplete", "fail"};
    QTest::newRow("Postfix encrypt toward a DANE destination: a bad certificate delivered")
        << QList<QList<OutboundCheck>>{goodOpportunistic(true), towardRequired(true, false)}
        << QStringList{"pass", "pass", "pass", "fail", "pass"};
    QTest::newRow("certificate check undecided (a drop, no alert)")
        << QList<QList<OutboundCheck>>{goodOpportunistic(true), towardRequired(true, std::nullopt)}
        << QStringList{"pass", "pass", "pass", "incomplete", "pass"};
}

void TestOutboundEvidence::rules()
{
    QFETCH(QList<QList<OutboundCheck>>, tests);
    QFETCH(QStringList, verdicts);
    Workspace ws = relayWorkspace();
    recordBoth(&ws, tests);
    const std::optional<Profile> profile = builtinProfile(u"m3aawg");
    QVERIFY(profile);
    const Evaluation e = evaluate(*profile, ws, {});
    const QStringList rules{"M1.12", "M1.13", "M4.5", "M4.6", "M4.7"};
    for (qsizetype i = 0; i < rules.size(); ++i)
        QCOMPARE(verdictKey(verdictOf(e, rules.at(i), QStringLiteral("out/smtp:25"))), verdicts.at(i));
    // The relay that was never tested stays incomplete whatever the other did.
    QCOMPARE(verdictOf(e, QStringLiteral("M1.12"), QStringLiteral("natted/smtp:25")), Verdict::Incomplete);
    // A failure cites the test: when and from where.
    for (const RuleResult &r : e.results) {
        if (r.verdict == Verdict::Fail && r.endpoint == QLatin1StringView("out/smtp:25") && r.ruleId.startsWith(u'M'))
            QVERIFY(std::any_of(r.evidence.cbegin(), r.evidence.cend(), [](const Evidence &ev) {
                return ev.kind == QLatin1StringView("outbound") && ev.detail.contains(QStringLiteral("2026-12-07"));
            }) || r.ruleId != QLatin1StringView("M4.6"));
    }
}

void TestOutboundEvidence::renamedAndRemovedHosts()
{
    Workspace ws = relayWorkspace();
    recordOutboundVerdict(&ws, QStringLiteral("out"), verdict(QStringLiteral("127.0.0.25"), {}, goodOpportunistic()), DestinationPolicy::None,
                        QStringLiteral("receiver"));
    Host renamed = ws.hosts.first();
    renamed.id = QStringLiteral("relay1");
    QVERIFY(!checkHost(ws, renamed, QStringLiteral("out")));
    ws = putHost(ws, renamed, QStringLiteral("out"));
    QCOMPARE(ws.outboundTests.first().relay, QStringLiteral("relay1"));
    QCOMPARE(WorkspaceIndex(ws).outboundTests(QStringLiteral("relay1")).size(), 1);
    // The plan's trigger follows the host too, so the file still reads.
    OutboundTestPlan plan;
    plan.listeners = {{QStringLiteral("127.0.0.93:2525"), QStringLiteral("normal"), QStringLiteral("partner.example")}};
    plan.triggers = {{QStringLiteral("relay1"), QStringLiteral("true")}};
    ws.outboundTestPlan = plan;
    Host again = ws.hosts.first();
    again.id = QStringLiteral("relay2");
    ws = putHost(ws, again, QStringLiteral("relay1"));
    QCOMPARE(ws.outboundTestPlan->triggers.first().relay, QStringLiteral("relay2"));
    const WorkspaceReadResult reread = parseWorkspace(workspaceToJson(ws), QStringLiteral("ws.json"));
    QVERIFY(reread.workspace);
    QCOMPARE(reread.workspace->outboundTestPlan, ws.outboundTestPlan); // the listener's domain too
    {
        // A listener's domain is a domain name: anything else is said, with where.
        Workspace bad = ws;
        bad.outboundTestPlan->listeners.first().domain = QStringLiteral("partner example; rm -rf /");
        const WorkspaceReadResult r = parseWorkspace(workspaceToJson(bad), QStringLiteral("ws.json"));
        QVERIFY(!r.workspace);
        QVERIFY2(r.error.contains(QLatin1StringView("outbound_test.listeners[0].domain")), qPrintable(r.error));
    }
    ws = removeHosts(ws, {QStringLiteral("relay2")});
    QVERIFY(ws.outboundTests.isEmpty());
    QVERIFY(ws.outboundTestPlan->triggers.isEmpty());
    QVERIFY(parseWorkspace(workspaceToJson(ws), QStringLiteral("ws.json")).workspace);
    // An outbound link names its relay's own endpoint; the editor takes it, and no other kind so.
    Workspace edit = relayWorkspace();
    Link out = edit.links.first();
    out.id = QStringLiteral("again");
    QVERIFY(!checkLink(edit, out, {}));
    out.kind = LinkKind::InternalRelay;
    QVERIFY(checkLink(edit, out, {}));
    out.kind = LinkKind::Outbound;
    out.endpoint.hostId = QStringLiteral("natted");
    QVERIFY(checkLink(edit, out, {}));
}

QTEST_GUILESS_MAIN(TestOutboundEvidence)
#include "tst_outbound_evidence.moc"
