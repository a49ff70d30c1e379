// The policy profiles auditors cite (resources/policy/*.json) and the checks
// they use: every built-in profile loads and each of its rules has a remedy;
// each suite, version, key and DH check gives pass, fail or incomplete on
// synthetic evidence; Mozilla's intermediate and modern suite rules accept
// exactly Mozilla's suites, judged over the whole cipher suite catalog; and
// the baseline's insecure-suite rule catches what forward secrecy lets pass.

#include "app/evidence/link_state.h"
#include "app/policy/policy_evaluation.h"
#include "app/remediation/remediation.h"
#include "probes/tls/cipher_registry.h"

#include <QTest>

#include "../common/sample_results.h"

using namespace mailtls;

Q_DECLARE_METATYPE(mailtls::Profile)

namespace {

// TLS 1.2 with one ECDHE suite and TLS 1.3, an RSA 2048 certificate.
EndpointResult strong(Protocol protocol)
{
    return sample::strongEndpoint(protocol, QStringLiteral("h.example"), QStringLiteral("h.example"));
}

// Accepts only this version, with these suites.
EndpointResult only(TlsVersion version, const QStringList &suites)
{
    EndpointResult r = strong(Protocol::Smtp);
    for (TlsVersion v : allTlsVersions()) {
        r.versions[v].accepted = v == version;
        r.versions[v].cipherSuites = v == version ? suites : QStringList{};
    }
    return r;
}

EndpointResult withSuite(EndpointResult r, TlsVersion version, const QString &suite, int dhBits = 0)
{
    r.versions[version].accepted = true;
    r.versions[version].cipherSuites.append(suite);
    if (dhBits)
        r.versions[version].keyExchange.insert(suite, KeyExchangeInfo{{}, dhBits, {}, {}});
    return r;
}

// One host "h" with the endpoint of the protocol (and maybe another), one link of the kind to the first.
Workspace single(LinkKind kind, Protocol protocol, std::optional<Protocol> also = std::nullopt)
{
    Workspace ws;
    ws.name = QStringLiteral("t");
    Host h;
    h.id = QStringLiteral("h");
    h.name = QStringLiteral("h.example");
    h.endpoints = {Endpoint{protocol, protocolInfo(protocol).defaultPort, {}}};
    if (also)
        h.endpoints.append(Endpoint{*also, protocolInfo(*also).defaultPort, {}});
    ws.hosts = {h};
    Link l;
    l.kind = kind;
    l.from = kind >= LinkKind::UserSubmission ? QString(kUsersNode) : QString(kInternetNode);
    l.endpoint = EndpointRef{QStringLiteral("h"), protocol, 0};
    l.id = QStringLiteral("l");
    ws.links = {l};
    return ws;
}

// A profile of one rule "T.1" running the check with these parameters on every link kind.
Profile oneRule(const QByteArray &check, const QByteArray &params)
{
    const QByteArray json = R"({"schema_version":1,"id":"t","version":"1","title":{"en":"T","ja":"T"},"source":"s",)"
                            R"("rules":[{"id":"T.1","measure":1,"check":")" +
                            check + R"(","params":)" + params +
                            R"(,"severity":"high","applies_to":["internet-inbound","outbound","internal-relay",)"
                            R"("delivery","directory","user-submission","user-access","user-webmail"],)"
                            R"("title":{"en":"t","ja":"t"},"rationale":{"en":"r","ja":"r"}}]})";
    const ProfileReadResult r = parseProfile(json, QStringLiteral("t.json"), policyChecks());
    if (!r.profile)
        qFatal("%s", qPrintable(r.error));
    return *r.profile;
}

// The one result of a rule on a single link to the endpoint (probed unless result is nullopt).
RuleResult judge(const Profile &profile, const QString &ruleId, const Workspace &ws,
                 const std::optional<EndpointResult> &result)
{
    const Link &l = ws.links.constFirst();
    const EndpointRef key{l.endpoint.hostId, l.endpoint.protocol, protocolInfo(l.endpoint.protocol).defaultPort};
    QHash<QString, EndpointResult> results;
    if (result) {
        EndpointResult r = *result;
        r.target.protocol = l.endpoint.protocol;
        r.target.port = key.port;
        results.insert(key.toString(), r);
    }
    const Evaluation e = evaluate(profile, ws, results);
    for (const RuleResult &r : e.results) {
        if (r.ruleId == ruleId)
            return r;
    }
    return {};
}

// Mozilla's own lists, by the names of guidelines 5.7's "openssl" lists
// (ssl-config.mozilla.org/guidelines/5.7.json); the catalog maps them to IANA
// names, so the profiles' IANA lists are checked against a second spelling.
const QStringList kMozillaTls13{QStringLiteral("TLS_AES_128_GCM_SHA256"), QStringLiteral("TLS_AES_256_GCM_SHA384"),
                                QStringLiteral("TLS_CHACHA20_POLY1305_SHA256")};
const QStringList kMozillaIntermediateOpenSsl{
    QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"), QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"),
    QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384"), QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"),
    QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305"), QStringLiteral("ECDHE-RSA-CHACHA20-POLY1305"),
    QStringLiteral("DHE-RSA-AES128-GCM-SHA256"),     QStringLiteral("DHE-RSA-AES256-GCM-SHA384"),
    QStringLiteral("DHE-RSA-CHACHA20-POLY1305")};

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinProfilesLoad_data();
    void builtinProfilesLoad();
    void checks_data();
    void checks();
    void mozillaAcceptsExactlyItsSuites_data();
    void mozillaAcceptsExactlyItsSuites();
    void latestUse_data();
    void latestUse();
    void checklistUsesTheNamedRemedy();
    void measuresCountJudgedLinksOnly();
};

void TestProfiles::builtinProfilesLoad_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("rules");
    QTest::newRow("M3AAWG baseline") << "m3aawg" << 27;
    QTest::newRow("RFC 9325 / BCP 195") << "rfc9325" << 12;
    QTest::newRow("RFC 8314 / RFC 8997") << "rfc8314" << 6;
    QTest::newRow("Mozilla intermediate 5.7") << "mozilla-intermediate" << 7;
    QTest::newRow("Mozilla modern 5.7") << "mozilla-modern" << 6;
    QTest::newRow("NIST SP 800-52r2") << "nist-800-52r2" << 11;
    QTest::newRow("BSI TR-02102-2") << "bsi-tr-02102-2" << 10;
    QTest::newRow("NCSC-NL 2.1") << "ncsc-nl" << 7;
}

void TestProfiles::builtinProfilesLoad()
{
    QFETCH(QString, id);
    const std::optional<Profile> p = builtinProfile(id);
    QVERIFY2(p, qPrintable(id));
    QTEST(int(p->rules.size()), "rules");
    QVERIFY(!p->version.isEmpty() && !p->source.isEmpty() && !p->title.ja.isEmpty());
    const Profile baseline = *builtinProfile(u"m3aawg");
    for (const Rule &r : p->rules) {
        QVERIFY2(!r.title.ja.isEmpty() && !r.rationale.ja.isEmpty(), qPrintable(r.id));
        QVERIFY2(!r.references.isEmpty(), qPrintable(r.id));
        // Another profile's rule names the baseline rule whose remedy fixes it, or a hygiene
        // remedy the profiles share where the baseline has no rule ("H.compression"), and that remedy exists.
        if (id != QLatin1StringView("m3aawg"))
            QVERIFY2(baseline.rule(r.remedy) || (r.check == QLatin1StringView("hygiene") && r.remedy.startsWith(u"H.")),
                     qPrintable(r.id + QStringLiteral(" -> ") + r.remedy));
        const QString remedyRule = r.remedy.isEmpty() ? r.id : r.remedy;
        QVERIFY2(remedyFor(builtinRemedies(), remedyRule, Software::Unknown), qPrintable(r.id));
    }
}

void TestProfiles::checks_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("also"); // another endpoint on the host, or -1
    QTest::addColumn<EndpointResult>("result");
    QTest::addColumn<bool>("probed");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("evidence"); // a part of the first evidence line

    const int mx = int(LinkKind::InternetInbound);
    const int sub = int(LinkKind::UserSubmission);
    const int smtp = int(Protocol::Smtp);
    const EndpointResult good = strong(Protocol::Smtp);
    const QString t1 = QStringLiteral("T.1");

    const Profile allowed = oneRule("suites_allowed",
                                    R"({"suites":["TLS_AES_128_GCM_SHA256","TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]})");
    QTest::newRow("suites_allowed: every suite listed passes")
        << allowed << t1 << mx << smtp << -1 << good << true << "pass" << "high" << "every accepted suite is on the list";
    QTest::newRow("suites_allowed: an unlisted suite fails, named")
        << allowed << t1 << mx << smtp << -1
        << withSuite(good, TlsVersion::Tls12, QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256")) << true << "fail"
        << "high" << "accepts 1 suite not on the list: TLSv1.2 TLS_RSA_WITH_AES_128_GCM_SHA256";
    EndpointResult undecided = good;
    undecided.versions[TlsVersion::Tls10].accepted.reset();
    QTest::newRow("suites_allowed: a version undecided is incomplete")
        << allowed << t1 << mx << smtp << -1 << undecided << true << "incomplete" << "high" << "TLSv1.0";
    EndpointResult unlisted = good;
    unlisted.versions[TlsVersion::Tls12].cipherSuites.clear();
    QTest::newRow("suites_allowed: suites of an accepted version unknown is incomplete")
        << allowed << t1 << mx << smtp << -1 << unlisted << true << "incomplete" << "high" << "TLSv1.2";
    QTest::newRow("suites_allowed: not probed is incomplete")
        << allowed << t1 << mx << smtp << -1 << good << false << "incomplete" << "high" << "not probed";
    QTest::newRow("suites_allowed: an SSL 2.0 spec is never on a list")
        << allowed << t1 << mx << smtp << -1
        << withSuite(good, TlsVersion::Ssl2, QStringLiteral("SSL_CK_RC4_128_WITH_MD5")) << true << "fail" << "high"
        << "SSLv2 SSL_CK_RC4_128_WITH_MD5";

    const Profile notInsecure = oneRule("suites_min_strength", R"({"strength":"weak"})");
    QTest::newRow("suites_min_strength weak: RSA key exchange is weak, not below")
        << notInsecure << t1 << mx << smtp << -1
        << withSuite(good, TlsVersion::Tls12, QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256")) << true << "pass"
        << "high" << "no accepted suite below weak";
    QTest::newRow("suites_min_strength weak: 3DES is insecure")
        << notInsecure << t1 << mx << smtp << -1
        << withSuite(good, TlsVersion::Tls12, QStringLiteral("TLS_RSA_WITH_3DES_EDE_CBC_SHA")) << true << "fail"
        << "high" << "accepts 1 suite below weak: TLSv1.2 TLS_RSA_WITH_3DES_EDE_CBC_SHA (insecure)";
    QTest::newRow("suites_min_strength weak: a code point the catalog cannot name counts as insecure")
        << notInsecure << t1 << mx << smtp << -1 << withSuite(good, TlsVersion::Tls12, QStringLiteral("0x0A0A"))
        << true << "fail" << "high" << "TLSv1.2 0x0A0A (insecure)";
    QTest::newRow("suites_min_strength: a version undecided is incomplete")
        << notInsecure << t1 << mx << smtp << -1 << undecided << true << "incomplete" << "high" << "TLSv1.0";
    const Profile onlyRecommended = oneRule("suites_min_strength", R"({"strength":"recommended"})");
    QTest::newRow("suites_min_strength recommended: ECDHE with CBC is only secure")
        << onlyRecommended << t1 << mx << smtp << -1
        << withSuite(good, TlsVersion::Tls12, QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")) << true << "fail"
        << "high" << "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA (secure)";

    // The baseline's insecure-suite rule: anonymous DH has forward secrecy, so M1.4 lets it pass.
    const Profile baseline = *builtinProfile(u"m3aawg");
    const EndpointResult anon =
        withSuite(good, TlsVersion::Tls12, QStringLiteral("TLS_DH_anon_WITH_AES_128_CBC_SHA"), 2048);
    QTest::newRow("M1.4 lets anonymous DH pass (forward secret)")
        << baseline << "M1.4" << sub << int(Protocol::Submission) << -1 << anon << true << "pass" << "medium" << "";
    QTest::newRow("M1.8 catches anonymous DH, high on submission")
        << baseline << "M1.8" << sub << int(Protocol::Submission) << -1 << anon << true << "fail" << "high"
        << "TLS_DH_anon_WITH_AES_128_CBC_SHA (insecure)";
    QTest::newRow("M1.8 on an inbound MX is medium")
        << baseline << "M1.8" << mx << smtp << -1
        << withSuite(good, TlsVersion::Tls10, QStringLiteral("TLS_RSA_WITH_RC4_128_SHA")) << true << "fail"
        << "medium" << "TLSv1.0 TLS_RSA_WITH_RC4_128_SHA (insecure)";
    QTest::newRow("M1.8 passes a strong endpoint") << baseline << "M1.8" << mx << smtp << -1 << good << true << "pass"
                                                   << "medium" << "";

    // NCSC-NL: the severity follows the worst class found.
    const Profile ncsc = *builtinProfile(u"ncsc-nl");
    QTest::newRow("NCSC suites: good only passes") << ncsc << "NCSC.2" << mx << smtp << -1 << good << true << "pass"
                                                   << "high" << "good";
    QTest::newRow("NCSC suites: RSA key exchange is phase out, medium")
        << ncsc << "NCSC.2" << mx << smtp << -1
        << withSuite(good, TlsVersion::Tls12, QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256")) << true << "fail"
        << "medium" << "phase_out: TLSv1.2 TLS_RSA_WITH_AES_128_GCM_SHA256";
    QTest::newRow("NCSC suites: RC4 is insufficient, high, cited first")
        << ncsc << "NCSC.2" << mx << smtp << -1
        << withSuite(withSuite(good, TlsVersion::Tls12, QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256")),
                     TlsVersion::Tls12, QStringLiteral("TLS_RSA_WITH_RC4_128_SHA"))
        << true << "fail" << "high" << "insufficient: TLSv1.2 TLS_RSA_WITH_RC4_128_SHA";
    QTest::newRow("NCSC suites: a version undecided is incomplete")
        << ncsc << "NCSC.2" << mx << smtp << -1 << undecided << true << "incomplete" << "high" << "TLSv1.0";
    QTest::newRow("NCSC versions: TLS 1.2 and 1.3 pass") << ncsc << "NCSC.1" << mx << smtp << -1 << good << true
                                                         << "pass" << "high" << "accepts TLSv1.2, TLSv1.3";
    QTest::newRow("NCSC versions: TLS 1.0 is phase out, medium")
        << ncsc << "NCSC.1" << mx << smtp << -1
        << withSuite(good, TlsVersion::Tls10, QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")) << true << "fail"
        << "medium" << "phase_out: TLSv1.0";
    QTest::newRow("NCSC versions: SSLv3 is insufficient, high")
        << ncsc << "NCSC.1" << mx << smtp << -1
        << withSuite(good, TlsVersion::Ssl3, QStringLiteral("TLS_RSA_WITH_AES_128_CBC_SHA")) << true << "fail" << "high"
        << "insufficient: SSLv3";
    EndpointResult tls11Undecided = good;
    tls11Undecided.versions[TlsVersion::Tls11].accepted.reset();
    QTest::newRow("NCSC versions: a phase-out version undecided is incomplete")
        << ncsc << "NCSC.1" << mx << smtp << -1 << tls11Undecided << true << "incomplete" << "high" << "not decided";

    const Profile key = oneRule("certificate_key", R"({"types":{"RSA":2048,"EC":256}})");
    QTest::newRow("certificate_key: RSA 2048 passes") << key << t1 << mx << smtp << -1 << good << true << "pass"
                                                      << "high" << "RSA key of 2048 bits";
    EndpointResult rsa1024 = good;
    rsa1024.certificate->keyBits = 1024;
    QTest::newRow("certificate_key: RSA 1024 fails") << key << t1 << mx << smtp << -1 << rsa1024 << true << "fail"
                                                     << "high" << "RSA key of 1024 bits; at least 2048 wanted";
    EndpointResult dsa = good;
    dsa.certificate->keyType = QStringLiteral("DSA");
    QTest::newRow("certificate_key: a type not listed fails") << key << t1 << mx << smtp << -1 << dsa << true << "fail"
                                                              << "high" << "DSA key of 2048 bits; allowed: EC, RSA";
    EndpointResult noCert = good;
    noCert.certificate.reset();
    QTest::newRow("certificate_key: no certificate is incomplete") << key << t1 << mx << smtp << -1 << noCert << true
                                                                   << "incomplete" << "high" << "no certificate key";

    const Profile dh = oneRule("dh_min_bits", R"({"bits":2048})");
    QTest::newRow("dh_min_bits: no DHE suite passes") << dh << t1 << mx << smtp << -1 << good << true << "pass"
                                                      << "high" << "no finite-field DHE suite";
    QTest::newRow("dh_min_bits: DHE 2048 passes")
        << dh << t1 << mx << smtp << -1
        << withSuite(good, TlsVersion::Tls12, QStringLiteral("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"), 2048) << true
        << "pass" << "high" << "every DHE key has 2048 bits or more";
    QTest::newRow("dh_min_bits: DHE 1024 fails")
        << dh << t1 << mx << smtp << -1
        << withSuite(good, TlsVersion::Tls12, QStringLiteral("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"), 1024) << true
        << "fail" << "high" << "TLSv1.2 TLS_DHE_RSA_WITH_AES_128_GCM_SHA256 (DH 1024 bits)";
    QTest::newRow("dh_min_bits: DHE size not read is incomplete")
        << dh << t1 << mx << smtp << -1
        << withSuite(good, TlsVersion::Tls12, QStringLiteral("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")) << true
        << "incomplete" << "high" << "DH size not read";

    const Profile rfc8314 = *builtinProfile(u"rfc8314");
    QTest::newRow("implicit_tls: 465 passes") << rfc8314 << "RFC8314.3" << sub << int(Protocol::Smtps) << -1
                                              << strong(Protocol::Smtps) << true << "pass" << "low"
                                              << "TLS from the first byte";
    QTest::newRow("implicit_tls: 587 alone fails")
        << rfc8314 << "RFC8314.3" << sub << int(Protocol::Submission) << -1 << strong(Protocol::Submission) << true
        << "fail" << "low" << "only submission with STARTTLS; no smtps (port 465)";
    QTest::newRow("implicit_tls: 587 beside 465 passes")
        << rfc8314 << "RFC8314.3" << sub << int(Protocol::Submission) << int(Protocol::Smtps)
        << strong(Protocol::Submission) << true << "pass" << "low" << "smtps also offered on port 465";
    QTest::newRow("implicit_tls: IMAP on 143 alone fails")
        << rfc8314 << "RFC8314.4" << int(LinkKind::UserAccess) << int(Protocol::Imap) << -1 << strong(Protocol::Imap)
        << true << "fail" << "low" << "no imaps (port 993)";

    const Profile groups = oneRule("groups_allowed", R"({"groups":["x25519","secp256r1"]})");
    EndpointResult withGroups = good;
    withGroups.versions[TlsVersion::Tls13].groups = {QStringLiteral("x25519"), QStringLiteral("secp256r1")};
    withGroups.versions[TlsVersion::Tls12].groups = {QStringLiteral("x25519")};
    QTest::newRow("groups_allowed: listed groups pass") << groups << t1 << mx << smtp << -1 << withGroups << true
                                                        << "pass" << "high" << "accepts x25519, secp256r1";
    EndpointResult x448 = withGroups;
    x448.versions[TlsVersion::Tls13].groups.append(QStringLiteral("x448"));
    QTest::newRow("groups_allowed: another group fails") << groups << t1 << mx << smtp << -1 << x448 << true << "fail"
                                                         << "high" << "not on the list: TLSv1.3 x448";
    EndpointResult chosenOnly = good;
    chosenOnly.versions[TlsVersion::Tls13].group = QStringLiteral("secp384r1");
    chosenOnly.versions[TlsVersion::Tls12].group = QStringLiteral("x25519");
    QTest::newRow("groups_allowed: the group chosen counts where groups were not enumerated")
        << groups << t1 << mx << smtp << -1 << chosenOnly << true << "fail" << "high" << "TLSv1.3 secp384r1";
    QTest::newRow("groups_allowed: ECDHE with no group seen is incomplete")
        << groups << t1 << mx << smtp << -1 << good << true << "incomplete" << "high" << "TLSv1.2, TLSv1.3";
    QTest::newRow("groups_allowed: RSA key exchange only needs no group")
        << groups << t1 << mx << smtp << -1
        << only(TlsVersion::Tls12, {QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256")}) << true << "pass" << "high"
        << "no named-group key exchange";

    // Mozilla: versions and keys as the guidelines give them.
    const Profile modern = *builtinProfile(u"mozilla-modern");
    QTest::newRow("Mozilla modern: TLS 1.2 accepted fails")
        << modern << "MOZM.1" << sub << int(Protocol::Submission) << -1 << good << true << "fail" << "high"
        << "accepts TLSv1.2";
    QTest::newRow("Mozilla modern: an RSA certificate fails")
        << modern << "MOZM.4" << sub << int(Protocol::Submission) << -1 << good << true << "fail" << "medium"
        << "allowed: EC";
    QTest::newRow("Mozilla modern on an inbound MX is low") << modern << "MOZM.1" << mx << smtp << -1 << good << true
                                                            << "fail" << "low" << "accepts TLSv1.2";

    // The hygiene rules: severity by role, the probe's evidence, undecided never a pass.
    const int webmail = int(LinkKind::UserWebmail);
    const int https = int(Protocol::Https);
    const auto hygiene = [](EndpointResult r, const QString &checkKey, std::optional<bool> value, const QString &line) {
        *r.hygiene->check(checkKey) = HygieneCheck{value, line.isEmpty() ? QStringList{} : QStringList{line},
                                              value ? QString() : QStringLiteral("timeout")};
        return r;
    };
    const QString bleed = QStringLiteral("heartbleed");
    const QString leaked = QStringLiteral("the server echoed 16384 bytes for 3 sent");
    QTest::newRow("M1.9 Heartbleed on an inbound MX is high")
        << baseline << "M1.9" << mx << smtp << -1 << hygiene(good, bleed, true, leaked) << true << "fail" << "high"
        << "Heartbleed (CVE-2014-0160): the server echoed 16384 bytes for 3 sent";
    QTest::newRow("M1.9 Heartbleed on submission is high")
        << baseline << "M1.9" << sub << int(Protocol::Submission) << -1 << hygiene(good, bleed, true, leaked) << true
        << "fail" << "high" << "16384 bytes";
    QTest::newRow("M1.9 passes a server without it") << baseline << "M1.9" << mx << smtp << -1 << good << true
                                                     << "pass" << "high" << "Heartbleed (CVE-2014-0160)";
    QTest::newRow("M1.9 undecided is incomplete")
        << baseline << "M1.9" << mx << smtp << -1 << hygiene(good, bleed, std::nullopt, {}) << true << "incomplete"
        << "high" << "undecided: timeout";
    EndpointResult older = good;
    older.hygiene.reset();
    QTest::newRow("M1.10 on a result from before the hygiene checks is incomplete")
        << baseline << "M1.10" << mx << smtp << -1 << older << true << "incomplete" << "high" << "not checked";
    QTest::newRow("M1.11 ROBOT on webmail is high")
        << baseline << "M1.11" << webmail << https << -1
        << hygiene(strong(Protocol::Https), QStringLiteral("robot"), true, QStringLiteral("answers differ"))
        << true << "fail" << "high" << "ROBOT (RSA padding oracle): answers differ";
    const Profile bsi = *builtinProfile(u"bsi-tr-02102-2");
    const EndpointResult deflate = hygiene(good, QStringLiteral("compression"), true, QStringLiteral("DEFLATE chosen"));
    QTest::newRow("BSI compression on an inbound MX is low")
        << bsi << "BSI.8" << mx << smtp << -1 << deflate << true << "fail" << "low" << "DEFLATE chosen";
    QTest::newRow("BSI compression on submission is medium")
        << bsi << "BSI.8" << sub << int(Protocol::Submission) << -1 << deflate << true << "fail" << "medium"
        << "DEFLATE chosen";
    const EndpointResult noStaple =
        hygiene(good, QStringLiteral("ocsp_stapling"), false, QStringLiteral("no status_request answer"));
    const Profile nist = *builtinProfile(u"nist-800-52r2");
    QTest::newRow("NIST OCSP stapling missing on an inbound MX is info")
        << nist << "NIST.9" << mx << smtp << -1 << noStaple << true << "fail" << "info" << "no status_request";
    QTest::newRow("NIST OCSP stapling missing on webmail is medium")
        << nist << "NIST.9" << webmail << https << -1
        << hygiene(strong(Protocol::Https), QStringLiteral("ocsp_stapling"), false, QStringLiteral("nothing stapled"))
        << true << "fail" << "medium" << "nothing stapled";
    EndpointResult revoked = strong(Protocol::Https);
    revoked.hygiene->ocsp.certStatus = QStringLiteral("revoked");
    QTest::newRow("Mozilla: a revoked staple fails on webmail")
        << *builtinProfile(u"mozilla-intermediate") << "MOZI.7" << webmail << https << -1 << revoked << true << "fail"
        << "medium" << "revoked";
    QTest::newRow("RFC 9325 renegotiation without RFC 5746 fails")
        << *builtinProfile(u"rfc9325") << "BCP195.12" << mx << smtp << -1
        << hygiene(good, QStringLiteral("insecure_renegotiation"), true, QStringLiteral("no renegotiation_info"))
        << true << "fail" << "medium" << "no renegotiation_info";
    QTest::newRow("NCSC client-initiated renegotiation fails, medium")
        << ncsc << "NCSC.7" << mx << smtp << -1
        << hygiene(good, QStringLiteral("client_renegotiation"), true, QStringLiteral("renegotiated"))
        << true << "fail" << "medium" << "Client-initiated renegotiation: renegotiated";
}

void TestProfiles::checks()
{
    QFETCH(Profile, profile);
    QFETCH(QString, rule);
    QFETCH(int, kind);
    QFETCH(int, protocol);
    QFETCH(int, also);
    QFETCH(EndpointResult, result);
    QFETCH(bool, probed);
    const Workspace ws = single(LinkKind(kind), Protocol(protocol),
                                also >= 0 ? std::optional<Protocol>(Protocol(also)) : std::nullopt);
    const RuleResult r = judge(profile, rule, ws, probed ? std::optional<EndpointResult>(result) : std::nullopt);
    QCOMPARE(r.ruleId, rule);
    QTEST(verdictKey(r.verdict), "verdict");
    QTEST(severityKey(r.severity), "severity");
    QFETCH(QString, evidence);
    if (!evidence.isEmpty()) {
        QVERIFY(!r.evidence.isEmpty());
        QVERIFY2(r.evidence.constFirst().detail.contains(evidence), qPrintable(r.evidence.constFirst().detail));
    }
}

void TestProfiles::mozillaAcceptsExactlyItsSuites_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("suite");
    QTest::addColumn<bool>("listed");

    QStringList intermediate = kMozillaTls13;
    for (const QString &openSsl : kMozillaIntermediateOpenSsl) {
        const CipherSuiteEntry *e = cipherSuiteByOpenSslName(openSsl);
        QVERIFY2(e, qPrintable(openSsl));
        intermediate << e->name;
    }
    for (const CipherSuiteEntry &e : cipherSuiteRegistry()) {
        if (e.family == CipherFamily::Signalling)
            continue;
        QTest::addRow("intermediate %s", qPrintable(e.name))
            << "mozilla-intermediate" << "MOZI.3" << e.name << intermediate.contains(e.name);
        QTest::addRow("modern %s", qPrintable(e.name))
            << "mozilla-modern" << "MOZM.3" << e.name << kMozillaTls13.contains(e.name);
    }
}

void TestProfiles::mozillaAcceptsExactlyItsSuites()
{
    QFETCH(QString, profile);
    QFETCH(QString, rule);
    QFETCH(QString, suite);
    QFETCH(bool, listed);
    const CipherSuiteEntry *e = cipherSuiteByName(suite);
    const TlsVersion version = e->family == CipherFamily::Tls13 ? TlsVersion::Tls13 : TlsVersion::Tls12;
    const RuleResult r = judge(*builtinProfile(profile), rule, single(LinkKind::UserAccess, Protocol::Imaps),
                               only(version, {suite}));
    QCOMPARE(verdictKey(r.verdict), listed ? QStringLiteral("pass") : QStringLiteral("fail"));
}

void TestProfiles::latestUse_data()
{
    QTest::addColumn<QStringList>("transports"); // one observation a minute, oldest first
    QTest::addColumn<int>("latest");             // index, or -1
    QTest::addColumn<int>("latestCleartext");    // index, or -1

    QTest::newRow("none") << QStringList{} << -1 << -1;
    QTest::newRow("local hops say nothing") << QStringList{QStringLiteral("local"), QStringLiteral("unknown")} << -1
                                            << -1;
    QTest::newRow("TLS only") << QStringList{QStringLiteral("tls"), QStringLiteral("tls")} << 1 << -1;
    QTest::newRow("cleartext then TLS: cleartext still seen")
        << QStringList{QStringLiteral("cleartext"), QStringLiteral("tls"), QStringLiteral("local")} << 1 << 0;
    QTest::newRow("TLS then cleartext") << QStringList{QStringLiteral("tls"), QStringLiteral("cleartext")} << 1 << 1;
}

void TestProfiles::latestUse()
{
    QFETCH(QStringList, transports);
    QFETCH(int, latest);
    QFETCH(int, latestCleartext);
    QList<Observation> observations;
    const QDateTime t0(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);
    for (qsizetype i = 0; i < transports.size(); ++i) {
        const QDateTime t = t0.addSecs(60 * i);
        observations.append(Observation{QStringLiteral("l"), transports.at(i), {}, {}, t, t,
                                        QStringLiteral("<m%1@x>").arg(i), QStringLiteral("inbox.mbox")});
    }
    // Newest first, as the workspace keeps them: the order must not matter.
    std::reverse(observations.begin(), observations.end());
    const LatestUse use = mailtls::latestUse(observations);
    const auto indexOf = [&](const Observation *ob) {
        return ob ? int(transports.size() - 1 - (ob - observations.constData())) : -1;
    };
    QCOMPARE(indexOf(use.latest), latest);
    QCOMPARE(indexOf(use.latestCleartext), latestCleartext);
    QCOMPARE(use.cleartextSeen(), latestCleartext >= 0);
}

void TestProfiles::checklistUsesTheNamedRemedy()
{
    // RFC 9325's "no TLS 1.0" finding gets the remedy of the baseline's M1.6.
    const Workspace ws = single(LinkKind::UserAccess, Protocol::Imaps);
    EndpointResult r = withSuite(strong(Protocol::Imaps), TlsVersion::Tls10,
                                 QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"));
    r.target.port = protocolInfo(Protocol::Imaps).defaultPort;
    const QHash<QString, EndpointResult> results{
        {EndpointRef{QStringLiteral("h"), Protocol::Imaps, r.target.port}.toString(), r}};
    const Evaluation e = evaluate(*builtinProfile(u"rfc9325"), ws, results);
    const QList<ChecklistItem> items = buildChecklist(e, ws, results);
    const auto it = std::find_if(items.cbegin(), items.cend(), [](const ChecklistItem &i) {
        return i.finding.ruleId == QLatin1StringView("BCP195.2");
    });
    QVERIFY(it != items.cend());
    QCOMPARE(it->finding.remedyRule, QStringLiteral("M1.6"));
    QVERIFY(it->remedy);
    QVERIFY(it->remedy->rules.contains(QStringLiteral("M1.6")));
}

void TestProfiles::measuresCountJudgedLinksOnly()
{
    // RFC 8314 judges users' submission and access links, not an MX link.
    Workspace ws = single(LinkKind::InternetInbound, Protocol::Smtp, Protocol::Smtps);
    Link submission = ws.links.constFirst();
    submission.id = QStringLiteral("l2");
    submission.kind = LinkKind::UserSubmission;
    submission.from = QString(kUsersNode);
    submission.endpoint = EndpointRef{QStringLiteral("h"), Protocol::Smtps, 0};
    ws.links.append(submission);
    const Evaluation rfc8314 = evaluate(*builtinProfile(u"rfc8314"), ws, {});
    QCOMPARE(rfc8314.linksInScope, (QMap<int, int>{{3, 1}}));
    const Evaluation baseline = evaluate(*builtinProfile(u"m3aawg"), ws, {});
    // The MX link is in measure 1 and, apart, in measure 4 (downgrade resistance).
    QCOMPARE(baseline.linksInScope, (QMap<int, int>{{1, 1}, {3, 1}, {4, 1}}));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
