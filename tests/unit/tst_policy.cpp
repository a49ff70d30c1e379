// Policy profiles and their evaluation: the compiled-in M3AAWG profile is
// complete and consistent, broken profiles are refused with the path of the
// problem, and each check gives pass, fail or incomplete on the evidence it
// needs (never pass without evidence). The lab's real servers are checked in
// tests/integration/tst_audit_lab.cpp (findingsFitTheLab).

#include "app/policy/policy_evaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "../common/sample_results.h"

using namespace mailtls;

namespace {

EndpointResult strong(Protocol protocol)
{
    return sample::strongEndpoint(protocol, QStringLiteral("h.example"), QStringLiteral("h.example"));
}

// One host "h" with one endpoint, and one link of the given kind to it.
Workspace single(LinkKind kind, Protocol protocol)
{
    Workspace ws;
    ws.name = QStringLiteral("t");
    Host h;
    h.id = QStringLiteral("h");
    h.name = QStringLiteral("h.example");
    h.endpoints = {Endpoint{protocol, protocolInfo(protocol).defaultPort, {}}};
    ws.hosts = {h};
    Link l;
    l.kind = kind;
    l.from = kind >= LinkKind::UserSubmission ? QString(kUsersNode) : QString(kInternetNode);
    l.endpoint = EndpointRef{QStringLiteral("h"), protocol, 0};
    l.id = QStringLiteral("l");
    ws.links = {l};
    return ws;
}

QString key(Protocol protocol)
{
    return EndpointRef{QStringLiteral("h"), protocol, protocolInfo(protocol).defaultPort}.toString();
}

QByteArray profileJson(const QByteArray &ruleFields)
{
    return R"({"schema_version":1,"id":"p","version":"1","title":{"en":"P","ja":"P"},"source":"s","rules":[{)" + ruleFields +
           "}]}";
}

const QByteArray kGoodRule = R"("id":"X.1","measure":1,"check":"tls_offered","severity":"high",)"
                             R"("applies_to":["internet-inbound"],"title":{"en":"t","ja":"t"},)"
                             R"("rationale":{"en":"r","ja":"r"})";

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinProfileIsComplete();
    void rejects_data();
    void rejects();
    void checks_data();
    void checks();
    void oneFindingPerEndpoint();
    void everyAddress();
    void measures();
};

void TestPolicy::builtinProfileIsComplete()
{
    const std::optional<Profile> p = builtinProfile(u"m3aawg");
    QVERIFY(p);
    QCOMPARE(builtinProfiles().constFirst().id, QStringLiteral("m3aawg"));
    QStringList ids;
    for (const Rule &r : p->rules) {
        ids << r.id;
        QVERIFY2(r.id.startsWith(QStringLiteral("M%1.").arg(r.measure)), qPrintable(r.id));
        QVERIFY2(!r.title.ja.isEmpty() && !r.rationale.ja.isEmpty(), qPrintable(r.id));
        QVERIFY2(!r.references.isEmpty(), qPrintable(r.id));
        QVERIFY2(policyCheckNames().contains(r.check), qPrintable(r.id));
    }
    // Every measure of the paper has its rules; each M3 access kind is covered.
    for (const char *id : {"M1.1", "M1.2", "M1.3", "M1.4", "M1.5", "M2.1", "M2.2", "M2.3", "M3.1", "M3.2", "M3.3"})
        QVERIFY2(ids.contains(QLatin1StringView(id)), id);
}

void TestPolicy::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown check") << profileJson(QByteArray(kGoodRule).replace("tls_offered", "magic"))
                                   << "p.json: rules[0].check: unknown check 'magic'";
    QTest::newRow("unknown link kind")
        << profileJson(QByteArray(kGoodRule).replace("internet-inbound", "carrier-pigeon"))
        << "p.json: rules[0].applies_to: unknown link kind 'carrier-pigeon'";
    QTest::newRow("no Japanese title") << profileJson(QByteArray(kGoodRule).replace(R"("ja":"t")", R"("de":"t")"))
                                       << "p.json: rules[0].title.ja: expected a non-empty string";
    QTest::newRow("bad severity") << profileJson(QByteArray(kGoodRule).replace(R"("high")", R"("dire")"))
                                  << "p.json: rules[0].severity: unknown severity 'dire'";
    QTest::newRow("measure 5") << profileJson(QByteArray(kGoodRule).replace(R"("measure":1)", R"("measure":5)"))
                               << "p.json: rules[0].measure: expected 1, 2, 3 or 4";
    QByteArray twice = profileJson(kGoodRule);
    twice.replace("}]}", QByteArray("},{" + kGoodRule + "}]}"));
    QTest::newRow("duplicate id") << twice << "p.json: rules[1].id: duplicate rule id 'X.1'";

    // Each check's parameters, against what the check declares.
    const auto withCheck = [](const QByteArray &checkAndParams) {
        return profileJson(QByteArray(kGoodRule).replace(R"("check":"tls_offered")", checkAndParams));
    };
    QTest::newRow("unknown version")
        << withCheck(R"("check":"versions_refused","params":{"versions":["TLSv1.0","TLSv9"]})")
        << "p.json: rules[0].params.versions[1]: unknown protocol version 'TLSv9'";
    QTest::newRow("versions as a string, not an array")
        << withCheck(R"("check":"versions_refused","params":{"versions":"TLSv1.0"})")
        << "p.json: rules[0].params.versions: expected a non-empty array of protocol version names";
    QTest::newRow("unknown suite")
        << withCheck(R"("check":"suites_allowed","params":{"suites":["TLS_AES_128_GCM_SHA256","ECDHE-RSA-AES128-GCM-SHA256"]})")
        << "p.json: rules[0].params.suites[1]: unknown cipher suite 'ECDHE-RSA-AES128-GCM-SHA256' (IANA names, as in the catalog)";
    QTest::newRow("unknown parameter")
        << withCheck(R"("check":"versions_refused","params":{"versions":["SSLv3"],"version":["SSLv2"]})")
        << "p.json: rules[0].params.version: check 'versions_refused' takes no parameter 'version'";
    QTest::newRow("required parameter missing") << withCheck(R"("check":"versions_supported_any")")
                                                << "p.json: rules[0].params.versions: required by check 'versions_supported_any'";
    QTest::newRow("unknown group, by OpenSSL's name")
        << withCheck(R"("check":"groups_allowed","params":{"groups":["x25519","prime256v1"]})")
        << "p.json: rules[0].params.groups[1]: unknown named group 'prime256v1' (as the probe names them: x25519, "
           "secp256r1, ffdhe2048, ...)";
    QTest::newRow("params not an object") << withCheck(R"("check":"dh_min_bits","params":[2048])")
                                          << "p.json: rules[0].params: expected an object";
    QTest::newRow("bits as a string") << withCheck(R"("check":"dh_min_bits","params":{"bits":"2048"})")
                                      << "p.json: rules[0].params.bits: expected a positive number of bits";
    QTest::newRow("unknown strength") << withCheck(R"("check":"suites_min_strength","params":{"strength":"strong"})")
                                      << "p.json: rules[0].params.strength: unknown strength class 'strong' (insecure, weak, "
                                         "secure, recommended)";
    QTest::newRow("key size not a number")
        << withCheck(R"("check":"certificate_key","params":{"types":{"RSA":"2048"}})")
        << "p.json: rules[0].params.types.RSA: expected a positive number of bits";
    QTest::newRow("bad severity in a parameter")
        << withCheck(R"("check":"forward_secrecy","params":{"accepted_severity":"mild"})")
        << "p.json: rules[0].params.accepted_severity: unknown severity 'mild'";
    QTest::newRow("severity of an unknown class")
        << withCheck(R"("check":"versions_classified","params":{"classes":{"good":["TLSv1.3"]},"otherwise":"bad",)"
                     R"("class_severity":{"phaseout":"medium"}})")
        << "p.json: rules[0].params.class_severity.phaseout: unknown class 'phaseout'";
    QTest::newRow("suite in two classes")
        << withCheck(R"("check":"suites_classified","params":{"classes":{"good":["TLS_AES_128_GCM_SHA256"],)"
                     R"("ok":["TLS_AES_128_GCM_SHA256"]},"otherwise":"bad","class_severity":{"bad":"high"}})")
        << "p.json: rules[0].params.classes.ok: 'TLS_AES_128_GCM_SHA256' is in two classes";
    QTest::newRow("remedy not a string") << profileJson(kGoodRule + R"(,"remedy":5)")
                                         << "p.json: rules[0].remedy: expected a non-empty string";
    QTest::newRow("no source") << profileJson(kGoodRule).replace(R"("source":"s",)", "")
                               << "p.json: $.source: expected a non-empty string";
}

void TestPolicy::rejects()
{
    QFETCH(QByteArray, json);
    const ProfileReadResult r = parseProfile(json, QStringLiteral("p.json"), policyChecks());
    QVERIFY(!r.profile);
    QTEST(r.error, "error");
}

void TestPolicy::checks_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<EndpointResult>("result");
    QTest::addColumn<bool>("probed");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("evidence"); // a part of the first evidence line

    const int mx = int(LinkKind::InternetInbound);
    const int smtp = int(Protocol::Smtp);
    const EndpointResult good = strong(Protocol::Smtp);
    QTest::newRow("strong MX passes M1.1") << mx << smtp << good << true << "M1.1" << "pass" << "high" << "accepts TLSv1.2";
    QTest::newRow("not probed is incomplete, never pass")
        << mx << smtp << good << false << "M1.1" << "incomplete" << "high" << "not probed";
    EndpointResult refused = good;
    refused.status = ProbeStatus::Refused;
    QTest::newRow("refused is incomplete") << mx << smtp << refused << true << "M1.2" << "incomplete" << "high"
                                           << "refused";
    EndpointResult noStarttls = good;
    noStarttls.status = ProbeStatus::StartTlsNotOffered;
    noStarttls.starttlsOffered = false;
    for (TlsVersion v : allTlsVersions())
        noStarttls.versions[v].accepted = false;
    noStarttls.cleartext.capabilities = {QStringLiteral("PIPELINING"), QStringLiteral("SIZE")};
    QTest::newRow("no STARTTLS fails M1.1") << mx << smtp << noStarttls << true << "M1.1" << "fail" << "high"
                                            << "STARTTLS not offered";
    QTest::newRow("no STARTTLS: M1.2 does not apply") << mx << smtp << noStarttls << true << "M1.2"
                                                      << "not_applicable" << "high" << "";
    EndpointResult ssl3 = good;
    ssl3.versions[TlsVersion::Ssl3].accepted = true;
    ssl3.versions[TlsVersion::Ssl3].cipherSuites = {QStringLiteral("TLS_RSA_WITH_RC4_128_SHA")};
    QTest::newRow("SSLv3 fails M1.2") << mx << smtp << ssl3 << true << "M1.2" << "fail" << "high"
                                      << "accepts SSLv3 with TLS_RSA_WITH_RC4_128_SHA";
    QTest::newRow("SSLv3 on IMAP is critical") << int(LinkKind::UserAccess) << int(Protocol::Imaps) << ssl3 << true
                                               << "M1.2" << "fail" << "critical" << "accepts SSLv3";
    EndpointResult undecided = good;
    undecided.versions[TlsVersion::Ssl2].accepted.reset();
    QTest::newRow("SSLv2 undecided is incomplete") << mx << smtp << undecided << true << "M1.2" << "incomplete"
                                                   << "high" << "";
    EndpointResult old = good;
    old.versions[TlsVersion::Tls12].accepted = false;
    old.versions[TlsVersion::Tls13].accepted = false;
    old.versions[TlsVersion::Tls10].accepted = true;
    QTest::newRow("only TLS 1.0 fails M1.3") << mx << smtp << old << true << "M1.3" << "fail" << "high"
                                             << "accepts only TLSv1.0";
    QTest::newRow("TLS 1.0 on an inbound MX is low") << mx << smtp << old << true << "M1.6" << "fail" << "low"
                                                     << "accepts TLSv1.0";
    QTest::newRow("TLS 1.0 on submission is medium") << int(LinkKind::UserSubmission) << int(Protocol::Submission)
                                                     << old << true << "M1.6" << "fail" << "medium" << "";
    EndpointResult rsaChosen = good;
    rsaChosen.versions[TlsVersion::Tls12].cipherSuites.prepend(QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256"));
    rsaChosen.negotiated->version = TlsVersion::Tls12;
    rsaChosen.negotiated->cipher = QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256");
    QTest::newRow("RSA key exchange chosen: M1.4 at the rule's severity")
        << mx << smtp << rsaChosen << true << "M1.4" << "fail" << "medium" << "chooses TLS_RSA_WITH_AES_128_GCM_SHA256";
    EndpointResult rsaAccepted = good;
    rsaAccepted.versions[TlsVersion::Tls12].cipherSuites.append(QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256"));
    QTest::newRow("RSA key exchange only accepted: low") << mx << smtp << rsaAccepted << true << "M1.4" << "fail"
                                                        << "low" << "accepts 1 suite without forward secrecy";
    QTest::newRow("forward secrecy everywhere") << mx << smtp << good << true << "M1.4" << "pass" << "medium"
                                                << "every accepted suite";
    // A suite list cut short may hide a suite without forward secrecy: never a pass.
    EndpointResult cutShort = good;
    cutShort.versions[TlsVersion::Tls12].suitesComplete = false;
    QTest::newRow("suite list cut short: incomplete, not pass")
        << mx << smtp << cutShort << true << "M1.4" << "incomplete" << "medium" << "suites not decided for TLSv1.2";
    EndpointResult expired = good;
    expired.certificate->expired = true;
    QTest::newRow("expired certificate on an MX is low") << mx << smtp << expired << true << "M1.7" << "fail"
                                                         << "low" << "expired on 2027-01-01";
    QTest::newRow("expired certificate on IMAPS is high") << int(LinkKind::UserAccess) << int(Protocol::Imaps)
                                                          << expired << true << "M1.7" << "fail" << "high"
                                                          << "expired";
    EndpointResult untrustedUnchecked = good;
    untrustedUnchecked.certificate->trusted.reset();
    QTest::newRow("trust not checked is incomplete") << mx << smtp << untrustedUnchecked << true << "M1.7"
                                                     << "incomplete" << "low" << "";
    // The chain as sent, and the certificates asked for apart.
    EndpointResult expiredIntermediate = good;
    expiredIntermediate.certificate->trusted = false;
    expiredIntermediate.certificate->trustErrorCode = 10; // X509_V_ERR_CERT_HAS_EXPIRED, a CA's
    expiredIntermediate.certificate->chainIssues = {
        {ChainIssue::Kind::CaExpired, QStringLiteral("CN=Intermediate"), QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC), {}}};
    QTest::newRow("expired intermediate fails M1.7") << mx << smtp << expiredIntermediate << true << "M1.7" << "fail"
                                                     << "low" << "not trusted: a CA certificate of the chain has expired";
    EndpointResult outOfOrder = good;
    outOfOrder.certificate->chainIssues = {{ChainIssue::Kind::OutOfOrder, QStringLiteral("CN=Intermediate"), {}, {}}};
    QTest::newRow("chain out of order fails M1.7") << mx << smtp << outOfOrder << true << "M1.7" << "fail" << "low"
                                                   << "chain: the chain is sent out of order: CN=Intermediate does not follow";
    EndpointResult noSniBad = good;
    CertificateInfo selfSigned = *good.certificate;
    selfSigned.subject = QStringLiteral("CN=localhost");
    selfSigned.sha256Fingerprint = QStringLiteral("01:02");
    selfSigned.trusted = false;
    selfSigned.trustErrorCode = 18; // X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT
    selfSigned.nameMatches = false;
    noSniBad.certificateVariants = {{CertificateVariant::Asked::NoSni, true, selfSigned, false, {}}};
    QTest::newRow("without SNI a self-signed certificate: fails M1.7")
        << mx << smtp << noSniBad << true << "M1.7" << "fail" << "low"
        << "the certificate sent without SNI (as most sending MTAs connect) (CN=localhost): not trusted: self-signed";
    EndpointResult noSniGood = good;
    CertificateInfo other = *good.certificate;
    other.sha256Fingerprint = QStringLiteral("03:04");
    noSniGood.certificateVariants = {{CertificateVariant::Asked::NoSni, true, other, false, {}},
                                     {CertificateVariant::Asked::Ecdsa, false, std::nullopt, false, {}}};
    QTest::newRow("without SNI another valid certificate, no ECDSA one: passes")
        << mx << smtp << noSniGood << true << "M1.7" << "pass" << "low" << "valid until";
    EndpointResult noSniRefused = good;
    noSniRefused.certificateVariants = {{CertificateVariant::Asked::NoSni, false, std::nullopt, false, {}}};
    QTest::newRow("no handshake without SNI fails M1.7") << mx << smtp << noSniRefused << true << "M1.7" << "fail"
                                                         << "low" << "without SNI the server refuses the handshake";
    EndpointResult ecdsaUndecided = good;
    ecdsaUndecided.certificateVariants = {
        {CertificateVariant::Asked::Ecdsa, std::nullopt, std::nullopt, false, QStringLiteral("timeout")}};
    QTest::newRow("ECDSA certificate undecided: incomplete, never pass")
        << mx << smtp << ecdsaUndecided << true << "M1.7" << "incomplete" << "low"
        << "the ECDSA certificate: undecided (timeout)";
    EndpointResult badEcdsa = good;
    CertificateInfo ecdsa = other;
    ecdsa.keyType = QStringLiteral("EC");
    ecdsa.expired = true;
    badEcdsa.certificateVariants = {{CertificateVariant::Asked::Ecdsa, true, ecdsa, false, {}}};
    QTest::newRow("an expired ECDSA certificate beside a good RSA one fails M1.7")
        << mx << smtp << badEcdsa << true << "M1.7" << "fail" << "low" << "the ECDSA certificate (CN=h.example): expired";
    EndpointResult popLogin = strong(Protocol::Pop3);
    popLogin.cleartext.plaintextLogin = true;
    QTest::newRow("POP3 USER before STLS fails M3.1") << int(LinkKind::UserAccess) << int(Protocol::Pop3) << popLogin
                                                      << true << "M3.1" << "fail" << "critical"
                                                      << "USER/PASS accepted before STLS";
    EndpointResult authFirst = strong(Protocol::Submission);
    authFirst.cleartext.authMechanisms = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    QTest::newRow("AUTH before STARTTLS fails M3.2") << int(LinkKind::UserSubmission) << int(Protocol::Submission)
                                                     << authFirst << true << "M3.2" << "fail" << "critical"
                                                     << "AUTH PLAIN LOGIN offered before STARTTLS";
    QTest::newRow("implicit TLS passes M3.2") << int(LinkKind::UserSubmission) << int(Protocol::Smtps)
                                              << strong(Protocol::Smtps) << true << "M3.2" << "pass" << "critical"
                                              << "TLS from the first byte";
    // Mechanisms that expose no password (SCRAM, Kerberos) before STARTTLS are no finding.
    EndpointResult scramOnly = strong(Protocol::Submission);
    scramOnly.cleartext.authMechanisms = {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("GSSAPI")};
    QTest::newRow("SCRAM and GSSAPI before STARTTLS pass M3.2")
        << int(LinkKind::UserSubmission) << int(Protocol::Submission) << scramOnly << true << "M3.2" << "pass"
        << "critical" << "no login offered before STARTTLS";
    // LDAP: the simple bind asked before StartTLS decides M2.3; undecided is never a pass.
    const int directory = int(LinkKind::Directory);
    const int ldap = int(Protocol::Ldap);
    EndpointResult bindTaken = strong(Protocol::Ldap);
    bindTaken.cleartext.simpleBindBeforeTls = true;
    bindTaken.cleartext.simpleBindNote = QStringLiteral("the server checked a made-up password: invalidCredentials");
    QTest::newRow("LDAP simple bind accepted before StartTLS fails M2.3")
        << directory << ldap << bindTaken << true << "M2.3" << "fail" << "high"
        << "LDAP simple bind accepted before StartTLS (the server checked a made-up password: invalidCredentials)";
    EndpointResult bindRefused = strong(Protocol::Ldap);
    bindRefused.cleartext.simpleBindBeforeTls = false;
    bindRefused.cleartext.simpleBindNote = QStringLiteral("simple bind refused before StartTLS: confidentialityRequired");
    QTest::newRow("LDAP simple bind refused before StartTLS passes M2.3")
        << directory << ldap << bindRefused << true << "M2.3" << "pass" << "high"
        << "simple bind refused before StartTLS: confidentialityRequired";
    EndpointResult bindUndecided = strong(Protocol::Ldap);
    bindUndecided.cleartext.simpleBindNote = QStringLiteral("simple bind before StartTLS undecided: timeout");
    QTest::newRow("LDAP simple bind undecided: M2.3 incomplete, never pass")
        << directory << ldap << bindUndecided << true << "M2.3" << "incomplete" << "high"
        << "simple bind before StartTLS undecided: timeout";
    EndpointResult bindUndecidedSasl = bindUndecided;
    bindUndecidedSasl.cleartext.authMechanisms = {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("DIGEST-MD5")};
    QTest::newRow("LDAP DIGEST-MD5 before StartTLS fails M2.3 whatever the bind")
        << directory << ldap << bindUndecidedSasl << true << "M2.3" << "fail" << "high"
        << "SASL DIGEST-MD5 offered before StartTLS";
    QTest::newRow("LDAPS passes M2.3") << directory << int(Protocol::Ldaps) << strong(Protocol::Ldaps) << true << "M2.3"
                                       << "pass" << "high" << "TLS from the first byte";
    EndpointResult http;
    http.target = {Protocol::Http, QStringLiteral("h.example"), 80, QStringLiteral("h.example")};
    http.http = HttpInfo{200, {}, false, {}, {}};
    QTest::newRow("webmail page on HTTP fails M3.3") << int(LinkKind::UserWebmail) << int(Protocol::Http) << http
                                                     << true << "M3.3" << "fail" << "critical" << "serves the page";
    EndpointResult redirect = http;
    redirect.http = HttpInfo{301, QStringLiteral("https://h.example/"), true, {}, {}};
    QTest::newRow("HTTP redirecting passes M3.3") << int(LinkKind::UserWebmail) << int(Protocol::Http) << redirect
                                                  << true << "M3.3" << "pass" << "critical" << "301 redirect";
    EndpointResult noHsts = strong(Protocol::Https);
    noHsts.http->hsts.clear();
    QTest::newRow("HTTPS without HSTS fails M3.4") << int(LinkKind::UserWebmail) << int(Protocol::Https) << noHsts
                                                   << true << "M3.4" << "fail" << "low" << "no Strict-Transport";
    QTest::newRow("no messages: M1.5 does not apply") << mx << smtp << good << true << "M1.5" << "not_applicable"
                                                      << "high" << "";
}

void TestPolicy::checks()
{
    QFETCH(int, kind);
    QFETCH(int, protocol);
    QFETCH(EndpointResult, result);
    QFETCH(bool, probed);
    QFETCH(QString, rule);
    const Protocol p = Protocol(protocol);
    result.target.protocol = p;
    result.target.port = protocolInfo(p).defaultPort;
    const Workspace ws = single(LinkKind(kind), p);
    QHash<QString, EndpointResult> results;
    if (probed)
        results.insert(key(p), result);
    const Evaluation e = evaluate(*builtinProfile(u"m3aawg"), ws, results);
    const auto it = std::find_if(e.results.cbegin(), e.results.cend(), [&](const RuleResult &r) { return r.ruleId == rule; });
    QVERIFY2(it != e.results.cend(), qPrintable(rule));
    QTEST(verdictKey(it->verdict), "verdict");
    QTEST(severityKey(it->severity), "severity");
    QFETCH(QString, evidence);
    if (!evidence.isEmpty()) {
        QVERIFY(!it->evidence.isEmpty());
        QVERIFY2(it->evidence.constFirst().detail.contains(evidence), qPrintable(it->evidence.constFirst().detail));
    }
}

void TestPolicy::oneFindingPerEndpoint()
{
    // Two links to one endpoint (two relays feeding one store): one finding listing both;
    // a real message that crossed one of them in cleartext fails M2.1 for that endpoint.
    Workspace ws = single(LinkKind::Delivery, Protocol::Lmtp);
    ws.links[0].from = QStringLiteral("h");
    Link second = ws.links.constFirst();
    second.id = QStringLiteral("l2");
    ws.links.append(second);
    const QDateTime t(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);
    ws.observations = {Observation{QStringLiteral("l2"), QStringLiteral("cleartext"), {}, {}, t, t,
                                   QStringLiteral("<m@x>"), QStringLiteral("inbox.mbox")}};
    EndpointResult lmtp = strong(Protocol::Lmtp);
    lmtp.status = ProbeStatus::StartTlsNotOffered;
    lmtp.starttlsOffered = false;
    for (TlsVersion v : allTlsVersions())
        lmtp.versions[v].accepted = false;
    const Evaluation e = evaluate(*builtinProfile(u"m3aawg"), ws, {{key(Protocol::Lmtp), lmtp}});
    int m22 = 0;
    for (const RuleResult &r : e.findings()) {
        if (r.ruleId == QLatin1StringView("M2.2")) {
            ++m22;
            QCOMPARE(r.links, (QStringList{QStringLiteral("l"), QStringLiteral("l2")}));
        }
        if (r.ruleId == QLatin1StringView("M2.1"))
            QVERIFY(r.evidence.constFirst().detail.contains(QLatin1StringView("crossed in cleartext on 2026-11-28")));
    }
    QCOMPARE(m22, 1);
    QCOMPARE(e.findings().constFirst().severity, Severity::High);
}

void TestPolicy::everyAddress()
{
    // A dual-stack MX: STARTTLS on its IPv4 address, none on its IPv6 one. The
    // IPv6 address fails M1.1 and the finding names it; the link is not protected.
    const Workspace ws = single(LinkKind::InternetInbound, Protocol::Smtp);
    EndpointResult endpoint = strong(Protocol::Smtp);
    endpoint.address = QStringLiteral("127.0.0.61");
    EndpointResult six = strong(Protocol::Smtp);
    six.address = QStringLiteral("::1");
    six.status = ProbeStatus::StartTlsNotOffered;
    six.starttlsOffered = false;
    six.starttlsSucceeded.reset();
    six.negotiated.reset();
    six.certificate.reset();
    for (TlsVersion v : allTlsVersions()) {
        six.versions[v] = VersionResult{};
        six.versions[v].accepted = false;
    }
    endpoint.otherAddresses.push_back(six);
    const Evaluation e = evaluate(*builtinProfile(u"m3aawg"), ws, {{key(Protocol::Smtp), endpoint}});
    const auto m11 = std::find_if(e.results.cbegin(), e.results.cend(),
                                  [](const RuleResult &r) { return r.ruleId == QLatin1StringView("M1.1"); });
    QVERIFY(m11 != e.results.cend());
    QCOMPARE(m11->verdict, Verdict::Fail);
    QVERIFY(!m11->evidence.isEmpty());
    QCOMPARE(m11->evidence.constFirst().detail, QStringLiteral("address ::1: STARTTLS not offered"));
    for (const Evidence &ev : m11->evidence)
        QVERIFY2(ev.detail.startsWith(QLatin1StringView("address ::1: ")), qPrintable(ev.detail));
    QCOMPARE(e.linksProtected.value(1), 0);

    // Both addresses alike: the evidence of one, naming no address, as for a single address.
    EndpointResult twins = strong(Protocol::Smtp);
    twins.address = QStringLiteral("192.0.2.1");
    EndpointResult twin = twins;
    twin.address = QStringLiteral("192.0.2.2");
    twins.otherAddresses.push_back(twin);
    EndpointResult alone = strong(Protocol::Smtp);
    const Evaluation both = evaluate(*builtinProfile(u"m3aawg"), ws, {{key(Protocol::Smtp), twins}});
    const Evaluation one = evaluate(*builtinProfile(u"m3aawg"), ws, {{key(Protocol::Smtp), alone}});
    QCOMPARE(both.results.size(), one.results.size());
    for (qsizetype i = 0; i < one.results.size(); ++i) {
        QCOMPARE(both.results.at(i).verdict, one.results.at(i).verdict);
        QCOMPARE(both.results.at(i).evidence, one.results.at(i).evidence);
    }
    QCOMPARE(both.linksProtected.value(1), 1);
}

void TestPolicy::measures()
{
    // A strong MX link is protected; one not yet probed is not (its high rules are incomplete).
    Workspace ws = single(LinkKind::InternetInbound, Protocol::Smtp);
    Link second = ws.links.constFirst();
    second.id = QStringLiteral("l2");
    ws.links.append(second);
    Evaluation e = evaluate(*builtinProfile(u"m3aawg"), ws, {{key(Protocol::Smtp), strong(Protocol::Smtp)}});
    QCOMPARE(e.linksInScope.value(1), 2);
    QCOMPARE(e.linksProtected.value(1), 2);
    e = evaluate(*builtinProfile(u"m3aawg"), ws, {});
    QCOMPARE(e.linksProtected.value(1), 0);
    QVERIFY(e.findings().isEmpty()); // nothing failed: everything is incomplete
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
