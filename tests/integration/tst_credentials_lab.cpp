// Credentials before TLS, by mechanism, against real servers of this test's
// own lab (lab/labspec.h; the demo lab stays as it is).
//
// LDAP's simple bind before StartTLS, three slapd side by side
// (Service::auth): slapd's defaults check the made-up password (a real one
// would be checked in cleartext: M2.3 fails, "LDAP simple bind accepted
// before StartTLS"), `security simple_bind=128` answers
// confidentialityRequired and `disallow bind_simple` unwillingToPerform
// (refused: M2.3 passes, no finding). The probe decides from what each
// server answers.
//
// SASL mechanisms that expose no password: Dovecot with auth_mechanisms =
// scram-sha-256, for its own IMAP and as the SASL of a Postfix submission
// service that offers AUTH before STARTTLS. AUTH SCRAM-SHA-256 before TLS is
// no finding (M3.1, M3.2 pass).

#include "app/policy/policy_evaluation.h"
#include "app/policy/policy_profile.h"
#include "lab/lab.h"
#include "probes/endpoint_probe.h"

#include <QRegularExpression>
#include <QTest>

using namespace mailtls;
using namespace mailtls::lab;

namespace {

const QByteArray kSpec = R"({"name": "credentials", "services": [
  {"id": "open", "server": "slapd", "host": "open.ldap.test", "address": "127.0.0.52", "auth": "any",
   "listeners": [{"protocol": "ldap", "port": 2389}]},
  {"id": "tls-only", "server": "slapd", "host": "tls-only.ldap.test", "address": "127.0.0.53", "auth": "tls-only",
   "listeners": [{"protocol": "ldap", "port": 2389}]},
  {"id": "no-simple", "server": "slapd", "host": "no-simple.ldap.test", "address": "127.0.0.54", "auth": "none",
   "listeners": [{"protocol": "ldap", "port": 2389}]},
  {"id": "scram", "server": "dovecot", "host": "imap.scram.test", "address": "127.0.0.55",
   "auth_mechanisms": "scram-sha-256", "listeners": [{"protocol": "imap", "port": 2143}]},
  {"id": "submit", "server": "postfix", "host": "smtp.scram.test", "address": "127.0.0.56", "auth": "any",
   "sasl": "scram", "listeners": [{"protocol": "submission", "port": 2587}]}
]})";

// One host and one link of `kind` to the probed endpoint, for the M3AAWG evaluation.
Workspace oneLink(LinkKind kind, const ProbeTarget &t)
{
    Workspace ws;
    ws.name = QStringLiteral("credentials");
    Host h;
    h.id = QStringLiteral("h");
    h.name = t.serverName;
    h.endpoints = {Endpoint{t.protocol, t.port, {}}};
    ws.hosts = {h};
    Link l;
    l.id = QStringLiteral("l");
    l.kind = kind;
    l.from = kind >= LinkKind::UserSubmission ? QString(kUsersNode) : QString(kInternetNode);
    l.endpoint = EndpointRef{h.id, t.protocol, t.port};
    ws.links = {l};
    return ws;
}

// The rule's result on that link, and whether it is among the findings.
struct RuleOutcome
{
    QString verdict;
    QString evidence; // every line
    bool finding = false;
};

RuleOutcome evaluateRule(const QString &ruleId, LinkKind kind, const EndpointResult &r)
{
    QHash<QString, EndpointResult> results;
    results.insert(EndpointRef{QStringLiteral("h"), r.target.protocol, r.target.port}.toString(), r);
    const Evaluation e = evaluate(*builtinProfile(u"m3aawg"), oneLink(kind, r.target), results);
    RuleOutcome o;
    for (const RuleResult &rr : e.results) {
        if (rr.ruleId != ruleId)
            continue;
        o.verdict = verdictKey(rr.verdict);
        for (const Evidence &ev : rr.evidence)
            o.evidence += ev.detail + QLatin1Char('\n');
    }
    const QList<RuleResult> findings = e.findings();
    o.finding = std::any_of(findings.cbegin(), findings.cend(), [&](const RuleResult &rr) { return rr.ruleId == ruleId; });
    return o;
}

ProbeTarget targetOf(const Service &svc, Protocol protocol)
{
    ProbeTarget target;
    target.protocol = protocol;
    target.host = svc.address;
    target.port = svc.listeners.first().port;
    target.serverName = svc.hostName;
    return target;
}

} // namespace

class TestCredentialsLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void simpleBind_data();
    void simpleBind();
    void scramOnly_data();
    void scramOnly();
    void cleanupTestCase();

private:
    std::unique_ptr<Lab> m_lab;
};

void TestCredentialsLab::initTestCase()
{
    QString why;
    if (!Lab::canRun(&why))
        QSKIP(qPrintable(why));
    const LabSpecResult r = parseLabSpec(kSpec, QStringLiteral("tst_credentials_lab"));
    QVERIFY2(r.spec, qPrintable(r.error));
    m_lab = std::make_unique<Lab>(*r.spec);
    const QString error = m_lab->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCredentialsLab::cleanupTestCase()
{
    if (m_lab)
        m_lab->stop();
}

void TestCredentialsLab::simpleBind_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("taken"); // simpleBindBeforeTls: 1 true, 0 false
    QTest::addColumn<QString>("answer"); // the BindResponse, as the transcript shows it
    QTest::addColumn<QString>("verdict");
    QTest::newRow("slapd's defaults: checked in cleartext") << "open" << 1 << "BindResponse invalidCredentials"
                                                            << "fail";
    QTest::newRow("security simple_bind=128: confidentialityRequired")
        << "tls-only" << 0 << "BindResponse confidentialityRequired \"confidentiality required\"" << "pass";
    QTest::newRow("disallow bind_simple: unwillingToPerform")
        << "no-simple" << 0 << "BindResponse unwillingToPerform \"unwilling to perform simple authentication\""
        << "pass";
}

void TestCredentialsLab::simpleBind()
{
    QFETCH(QString, service);
    QFETCH(int, taken);
    QFETCH(QString, answer);
    QFETCH(QString, verdict);
    const Service *svc = m_lab->spec().service(service);
    QVERIFY(svc);
    const ProbeTarget target = targetOf(*svc, Protocol::Ldap);
    ProbeOptions options;
    options.caFile = m_lab->caFile();
    const EndpointResult r = probeEndpoint(target, options);

    // The bind spoils nothing else: StartTLS and TLS as configured.
    QCOMPARE(r.status, ProbeStatus::Ok);
    QCOMPARE(r.starttlsSucceeded, std::optional<bool>(true));
    QCOMPARE(r.versions.value(TlsVersion::Tls13).accepted, std::optional<bool>(true));

    // The answer decides, exactly.
    QCOMPARE(r.cleartext.simpleBindBeforeTls, std::optional<bool>(taken == 1));
    QCOMPARE(r.cleartextAuthOffered(), taken == 1);
    const QString transcript = r.transcript.toText();
    const QString bindLine = QStringLiteral("C: BindRequest v3 simple name=\"cn=mailtls-auditor-probe,dc=ldap,dc=test\" "
                                            "password=******** [made up]");
    QVERIFY2(transcript.contains(bindLine), qPrintable(transcript));
    QVERIFY2(transcript.contains(QStringLiteral("S: ") + answer), qPrintable(transcript));
    QVERIFY2(r.cleartext.simpleBindNote.contains(answer.mid(QStringLiteral("BindResponse ").size())),
             qPrintable(r.cleartext.simpleBindNote));
    // The password is never recorded: every "password=" in the transcript is the mask.
    static const QRegularExpression password(QStringLiteral("password=(\\S*)"));
    for (auto it = password.globalMatch(transcript); it.hasNext();)
        QCOMPARE(it.next().captured(1), QStringLiteral("********"));
    if (taken == 0) {
        // Only SASL mechanisms that expose nothing (SCRAM) are listed: no credential before TLS at all.
        QVERIFY2(r.cleartext.exposingMechanisms().isEmpty(), qPrintable(r.cleartext.authMechanisms.join(u' ')));
    }

    // M2.3 on the directory link.
    const RuleOutcome m23 = evaluateRule(QStringLiteral("M2.3"), LinkKind::Directory, r);
    QCOMPARE(m23.verdict, verdict);
    QVERIFY2(m23.evidence.contains(QLatin1StringView("LDAP simple bind accepted before StartTLS")) == (taken == 1),
             qPrintable(m23.evidence));
    QCOMPARE(m23.finding, taken == 1);
}

void TestCredentialsLab::scramOnly_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("kind");
    QTest::newRow("Postfix submission, Dovecot SASL, SCRAM only")
        << "submit" << int(Protocol::Submission) << "M3.2" << int(LinkKind::UserSubmission);
    QTest::newRow("Dovecot IMAP, SCRAM only") << "scram" << int(Protocol::Imap) << "M3.1" << int(LinkKind::UserAccess);
}

void TestCredentialsLab::scramOnly()
{
    QFETCH(QString, service);
    QFETCH(int, protocol);
    QFETCH(QString, rule);
    QFETCH(int, kind);
    const Service *svc = m_lab->spec().service(service);
    QVERIFY(svc);
    ProbeOptions options;
    options.caFile = m_lab->caFile();
    const EndpointResult r = probeEndpoint(targetOf(*svc, Protocol(protocol)), options);
    QCOMPARE(r.status, ProbeStatus::Ok);
    QCOMPARE(r.starttlsSucceeded, std::optional<bool>(true));
    // Offered before TLS, as the server says it, and nothing that exposes a password.
    QCOMPARE(r.cleartext.authMechanisms, QStringList{QStringLiteral("SCRAM-SHA-256")});
    QCOMPARE(r.cleartext.exposingMechanisms(), QStringList{});
    QVERIFY(!r.cleartext.plaintextLogin); // IMAP: LOGINDISABLED
    QVERIFY(!r.cleartextAuthOffered());
    const RuleOutcome o = evaluateRule(rule, LinkKind(kind), r);
    QCOMPARE(o.verdict, QStringLiteral("pass"));
    QVERIFY(!o.finding);
}

QTEST_GUILESS_MAIN(TestCredentialsLab)
#include "tst_credentials_lab.moc"
