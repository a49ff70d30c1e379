// Link states from probe evidence: each rule behind the six states (strong, weak
// and optional TLS, cleartext, unreachable, not probed), one row each.

#include "app/evidence/link_state.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace mailtls;

namespace {

EndpointResult result(Protocol protocol, const QMap<TlsVersion, QStringList> &accepted)
{
    EndpointResult r;
    r.target.protocol = protocol;
    for (TlsVersion v : allTlsVersions()) {
        VersionResult vr;
        vr.accepted = accepted.contains(v);
        vr.cipherSuites = accepted.value(v);
        r.versions.insert(v, vr);
    }
    return r;
}

const QStringList kModern12{QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")};
const QStringList kModern13{QStringLiteral("TLS_AES_128_GCM_SHA256")};

// SMTP with TLS 1.2 only, the modern suite and one more.
EndpointResult tls12With(const char *suite)
{
    return result(Protocol::Smtp, {{TlsVersion::Tls12, kModern12 + QStringList{QString::fromLatin1(suite)}}});
}

// One address's result: the state given, recorded at address.
EndpointResult at(const char *address, EndpointResult r)
{
    r.address = QString::fromLatin1(address);
    return r;
}

// A name with several addresses: the first one's result, the others nested.
EndpointResult addresses(EndpointResult first, const QList<EndpointResult> &others)
{
    for (const EndpointResult &o : others)
        first.otherAddresses.push_back(o);
    return first;
}

} // namespace

class TestLinkState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assess_data();
    void assess();
    void undecided_data();
    void undecided();
    void everyAddress_data();
    void everyAddress();
    void observed_data();
    void observed();
    void keysRoundTrip();
    void reasonsInJapanese();
};

void TestLinkState::assess_data()
{
    QTest::addColumn<EndpointResult>("r");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("reason");

    EndpointResult refused = result(Protocol::Smtp, {});
    refused.status = ProbeStatus::Refused;
    QTest::newRow("refused: unreachable") << refused << int(LinkState::Unreachable) << "status refused";

    EndpointResult noStarttls = result(Protocol::Smtp, {});
    noStarttls.status = ProbeStatus::StartTlsNotOffered;
    QTest::newRow("no STARTTLS: cleartext") << noStarttls << int(LinkState::Cleartext) << "STARTTLS not offered";

    EndpointResult http = result(Protocol::Http, {});
    http.http = HttpInfo{200, {}, false, {}, {}};
    QTest::newRow("HTTP serving the page: cleartext") << http << int(LinkState::Cleartext) << "serves the page";
    EndpointResult redirect = http;
    redirect.http->redirectsToHttps = true;
    QTest::newRow("HTTP redirecting: optional") << redirect << int(LinkState::OptionalTls) << "redirects";

    QTest::newRow("TLS 1.2/1.3, ECDHE only: strong")
        << result(Protocol::Smtp, {{TlsVersion::Tls12, kModern12}, {TlsVersion::Tls13, kModern13}})
        << int(LinkState::StrongTls) << "";
    QTest::newRow("TLS 1.0 accepted: weak")
        << result(Protocol::Smtp, {{TlsVersion::Tls10, kModern12}, {TlsVersion::Tls12, kModern12}})
        << int(LinkState::WeakTls) << "accepts TLSv1.0";
    QTest::newRow("RSA key exchange: weak")
        << result(Protocol::Imaps, {{TlsVersion::Tls12, kModern12 + QStringList{QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256")}}})
        << int(LinkState::WeakTls) << "without forward secrecy: TLS_RSA_WITH_AES_128_GCM_SHA256";
    // One suite more than the modern one, judged by the cipher suite catalog.
    const struct
    {
        const char *tag;
        const char *suite;
        const char *reason;
    } weakSuites[] = {
        {"static ECDH: weak", "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA", "without forward secrecy"},
        {"a code point the catalog cannot name: weak", "0x0047", "without forward secrecy"},
        {"ECDHE with 3DES: weak", "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", "with an insecure suite"},
        {"anonymous DH: weak", "TLS_DH_anon_WITH_AES_128_GCM_SHA256", "with an insecure suite"},
    };
    for (const auto &w : weakSuites) {
        QTest::newRow(w.tag) << tls12With(w.suite) << int(LinkState::WeakTls)
                             << QStringLiteral("%1: %2").arg(QLatin1StringView(w.reason), QLatin1StringView(w.suite));
    }
    QTest::newRow("TLS 1.2 DHE and TLS 1.3 ChaCha20: strong")
        << result(Protocol::Smtp, {{TlsVersion::Tls12, {QStringLiteral("TLS_DHE_RSA_WITH_AES_128_CBC_SHA")}},
                                   {TlsVersion::Tls13, {QStringLiteral("TLS_CHACHA20_POLY1305_SHA256")}}})
        << int(LinkState::StrongTls) << "";
    EndpointResult auth = result(Protocol::Submission, {{TlsVersion::Tls12, kModern12}});
    auth.starttlsOffered = true;
    auth.cleartext.authMechanisms = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    QTest::newRow("AUTH before STARTTLS: optional") << auth << int(LinkState::OptionalTls) << "AUTH PLAIN LOGIN";
    // By mechanism: Kerberos, certificates and SCRAM expose no password before TLS.
    EndpointResult kerberos = result(Protocol::Submission, {{TlsVersion::Tls12, kModern12}});
    kerberos.starttlsOffered = true;
    kerberos.cleartext.authMechanisms = {QStringLiteral("GSSAPI"), QStringLiteral("EXTERNAL"),
                                         QStringLiteral("SCRAM-SHA-256"), QStringLiteral("GS2-KRB5")};
    QTest::newRow("GSSAPI, EXTERNAL, SCRAM before STARTTLS: strong") << kerberos << int(LinkState::StrongTls) << "";
    EndpointResult mixed = kerberos;
    mixed.cleartext.authMechanisms = {QStringLiteral("GSSAPI"), QStringLiteral("CRAM-MD5"), QStringLiteral("SCRAM-SHA-1"),
                                      QStringLiteral("XOAUTH2")};
    QTest::newRow("CRAM-MD5 and XOAUTH2 beside GSSAPI: optional, named")
        << mixed << int(LinkState::OptionalTls) << "AUTH CRAM-MD5 XOAUTH2 before STARTTLS";
    EndpointResult login = result(Protocol::Imap, {{TlsVersion::Tls13, kModern13}});
    login.cleartext.plaintextLogin = true;
    QTest::newRow("IMAP LOGIN without LOGINDISABLED: optional")
        << login << int(LinkState::OptionalTls) << "cleartext login";
    EndpointResult bind = result(Protocol::Ldap, {{TlsVersion::Tls13, kModern13}});
    bind.starttlsOffered = true;
    bind.cleartext.simpleBindBeforeTls = true;
    QTest::newRow("LDAP simple bind taken before StartTLS: optional")
        << bind << int(LinkState::OptionalTls) << "LDAP simple bind accepted before StartTLS";
    bind.cleartext.simpleBindBeforeTls = false;
    QTest::newRow("LDAP simple bind refused before StartTLS: strong") << bind << int(LinkState::StrongTls) << "";
}

void TestLinkState::assess()
{
    QFETCH(EndpointResult, r);
    QFETCH(int, state);
    QFETCH(QString, reason);
    const LinkAssessment a = assessEndpoint(r);
    QCOMPARE(int(a.state), state);
    if (!reason.isEmpty())
        QVERIFY2(a.reasons.join(QLatin1Char('|')).contains(reason), qPrintable(a.reasons.join(QLatin1Char('|'))));
    else
        QVERIFY2(a.reasons.isEmpty(), qPrintable(a.reasons.join(QLatin1Char('|'))));
    QVERIFY(!a.incomplete);
    QCOMPARE(a.reasonTexts, a.reasons); // no translator: the same words
}

// What a server did not answer never makes a link stronger, and what it did
// answer is not thrown away: every row is incomplete.
void TestLinkState::undecided_data()
{
    QTest::addColumn<EndpointResult>("r");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("reason");

    // TLS 1.0 accepted, then the server stopped answering: weak, not unreachable.
    EndpointResult partial = result(Protocol::Smtp, {{TlsVersion::Tls10, kModern12}, {TlsVersion::Tls12, kModern12}});
    partial.status = ProbeStatus::Timeout;
    partial.versions[TlsVersion::Tls13].accepted.reset();
    partial.versions[TlsVersion::Tls11].accepted.reset();
    QTest::newRow("timeout after TLS 1.0 was accepted: weak") << partial << int(LinkState::WeakTls) << "accepts TLSv1.0";

    // One modern suite found, then the enumeration was cut short: strong only as far as known.
    EndpointResult cut = result(Protocol::Smtp, {{TlsVersion::Tls12, kModern12}, {TlsVersion::Tls13, kModern13}});
    cut.versions[TlsVersion::Tls12].suitesComplete = false;
    cut.versions[TlsVersion::Tls12].note = QStringLiteral("suite list incomplete: the server closed the connection");
    QTest::newRow("suite list cut short: strong, incomplete") << cut << int(LinkState::StrongTls) << "";

    // Every version refused but one left undecided: not shown as cleartext.
    EndpointResult none = result(Protocol::Smtp, {});
    none.versions[TlsVersion::Tls13].accepted.reset();
    QTest::newRow("nothing accepted, TLS 1.3 undecided: not cleartext")
        << none << int(LinkState::Unreachable) << "no TLS version accepted, and some undecided";

    // A TLS 1.3 undecided beside TLS 1.2 accepted: strong as far as known.
    EndpointResult tls13 = result(Protocol::Imaps, {{TlsVersion::Tls12, kModern12}});
    tls13.versions[TlsVersion::Tls13].accepted.reset();
    QTest::newRow("TLS 1.3 undecided: incomplete") << tls13 << int(LinkState::StrongTls) << "";

    // LDAP's simple bind before StartTLS not decided: strong TLS, the link incomplete.
    EndpointResult bind = result(Protocol::Ldap, {{TlsVersion::Tls13, kModern13}});
    bind.starttlsOffered = true;
    bind.cleartext.simpleBindNote = QStringLiteral("simple bind before StartTLS undecided: timeout");
    QTest::newRow("LDAP simple bind undecided: strong, incomplete") << bind << int(LinkState::StrongTls) << "";
}

void TestLinkState::undecided()
{
    QFETCH(EndpointResult, r);
    QFETCH(int, state);
    QFETCH(QString, reason);
    const LinkAssessment a = assessEndpoint(r);
    QCOMPARE(int(a.state), state);
    QVERIFY(a.incomplete);
    if (!reason.isEmpty())
        QVERIFY2(a.reasons.join(QLatin1Char('|')).contains(reason), qPrintable(a.reasons.join(QLatin1Char('|'))));
}

// A name with several addresses: the weakest address decides, what any
// address left undecided makes the whole incomplete, and every reason names
// its address, the weakest address's first.
void TestLinkState::everyAddress_data()
{
    QTest::addColumn<EndpointResult>("r");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("incomplete");
    QTest::addColumn<QStringList>("reasons");

    const EndpointResult strong = result(Protocol::Smtp, {{TlsVersion::Tls12, kModern12}, {TlsVersion::Tls13, kModern13}});
    EndpointResult noStarttls = result(Protocol::Smtp, {});
    noStarttls.status = ProbeStatus::StartTlsNotOffered;
    const EndpointResult weak = result(Protocol::Smtp, {{TlsVersion::Tls10, kModern12}, {TlsVersion::Tls12, kModern12}});
    EndpointResult timeout = result(Protocol::Smtp, {});
    timeout.status = ProbeStatus::Timeout;
    for (auto &v : timeout.versions)
        v.accepted.reset();
    EndpointResult refused = result(Protocol::Smtp, {});
    refused.status = ProbeStatus::Refused;
    EndpointResult tls13Undecided = strong;
    tls13Undecided.versions[TlsVersion::Tls13].accepted.reset();
    EndpointResult auth = result(Protocol::Smtp, {{TlsVersion::Tls12, kModern12}});
    auth.starttlsOffered = true;
    auth.cleartext.authMechanisms = {QStringLiteral("PLAIN")};

    QTest::newRow("strong on IPv4, no STARTTLS on IPv6: cleartext")
        << addresses(at("127.0.0.61", strong), {at("::1", noStarttls)}) << int(LinkState::Cleartext) << false
        << QStringList{QStringLiteral("::1: STARTTLS not offered"), QStringLiteral("127.0.0.61: strong TLS")};
    QTest::newRow("the same, IPv6 first: cleartext")
        << addresses(at("::1", noStarttls), {at("127.0.0.61", strong)}) << int(LinkState::Cleartext) << false
        << QStringList{QStringLiteral("::1: STARTTLS not offered"), QStringLiteral("127.0.0.61: strong TLS")};
    QTest::newRow("round robin, one weak of three: weak")
        << addresses(at("192.0.2.1", strong), {at("192.0.2.2", weak), at("192.0.2.3", strong)})
        << int(LinkState::WeakTls) << false
        << QStringList{QStringLiteral("192.0.2.2: accepts TLSv1.0"), QStringLiteral("192.0.2.1: strong TLS"),
                       QStringLiteral("192.0.2.3: strong TLS")};
    QTest::newRow("AUTH before STARTTLS on one, weak on the other: optional")
        << addresses(at("192.0.2.1", weak), {at("192.0.2.2", auth)}) << int(LinkState::OptionalTls) << false
        << QStringList{QStringLiteral("192.0.2.2: AUTH PLAIN before STARTTLS"),
                       QStringLiteral("192.0.2.1: accepts TLSv1.0")};
    QTest::newRow("one address timed out: strong as far as known, incomplete")
        << addresses(at("192.0.2.1", strong), {at("2001:db8::1", timeout)}) << int(LinkState::StrongTls) << true
        << QStringList{QStringLiteral("192.0.2.1: strong TLS"), QStringLiteral("2001:db8::1: status timeout")};
    QTest::newRow("a version undecided on one address: incomplete")
        << addresses(at("192.0.2.1", strong), {at("2001:db8::1", tls13Undecided)}) << int(LinkState::StrongTls)
        << true << QStringList{QStringLiteral("192.0.2.1: strong TLS"), QStringLiteral("2001:db8::1: strong TLS")};
    QTest::newRow("no address answered: unreachable")
        << addresses(at("192.0.2.1", refused), {at("2001:db8::1", timeout)}) << int(LinkState::Unreachable) << false
        << QStringList{QStringLiteral("192.0.2.1: status refused"), QStringLiteral("2001:db8::1: status timeout")};
    QTest::newRow("one address: as before, no address named")
        << at("192.0.2.1", weak) << int(LinkState::WeakTls) << false << QStringList{QStringLiteral("accepts TLSv1.0")};
}

void TestLinkState::everyAddress()
{
    QFETCH(EndpointResult, r);
    QFETCH(int, state);
    QFETCH(bool, incomplete);
    QFETCH(QStringList, reasons);
    const LinkAssessment a = assessEndpoint(r);
    QCOMPARE(int(a.state), state);
    QCOMPARE(a.incomplete, incomplete);
    QCOMPARE(a.reasons, reasons);
    QCOMPARE(a.reasonTexts.size(), a.reasons.size());
    // A link takes its endpoint's weakest address too.
    QCOMPARE(int(assessLink(&r, {}).state), state);
}

namespace {

Observation seen(const char *transport, const char *version, const char *cipher, int day)
{
    const QDateTime when(QDate(2026, 11, day), QTime(12, 0), Qt::UTC);
    return Observation{QStringLiteral("l"), QString::fromLatin1(transport), QString::fromLatin1(version),
                       QString::fromLatin1(cipher), when, when, QStringLiteral("<m@x>"), QStringLiteral("f.eml")};
}

} // namespace

void TestLinkState::observed_data()
{
    // probe: 0 none, 1 strong, 2 cleartext (no STARTTLS)
    QTest::addColumn<int>("probe");
    QTest::addColumn<QList<Observation>>("observations");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("incomplete");
    QTest::addColumn<bool>("cleartextSeen");

    const Observation clear = seen("cleartext", "", "", 2);
    const Observation tls13 = seen("tls", "TLSv1.3", "TLS_AES_256_GCM_SHA384", 3);
    const Observation tls10 = seen("tls", "TLSv1.0", "AES256-SHA", 3);
    const Observation rsa12 = seen("tls", "TLSv1.2", "AES256-GCM-SHA384", 3);
    const Observation marker = seen("tls", "", "", 3);
    const Observation local = seen("local", "", "", 9);

    QTest::newRow("no observation, not probed") << 0 << QList<Observation>{} << int(LinkState::NotProbed) << false
                                                << false;
    QTest::newRow("not probed, seen in cleartext") << 0 << QList{clear} << int(LinkState::Cleartext) << false << true;
    QTest::newRow("not probed, seen with TLS 1.3") << 0 << QList{tls13} << int(LinkState::StrongTls) << true << false;
    QTest::newRow("not probed, seen with TLS 1.0") << 0 << QList{tls10} << int(LinkState::WeakTls) << true << false;
    QTest::newRow("not probed, seen without forward secrecy")
        << 0 << QList{rsa12} << int(LinkState::WeakTls) << true << false;
    QTest::newRow("not probed, only ESMTPS") << 0 << QList{marker} << int(LinkState::StrongTls) << true << false;
    QTest::newRow("strong, latest message in cleartext")
        << 1 << QList{tls13, seen("cleartext", "", "", 5)} << int(LinkState::OptionalTls) << false << true;
    QTest::newRow("strong, cleartext before TLS")
        << 1 << QList{clear, tls13} << int(LinkState::StrongTls) << false << true;
    QTest::newRow("strong, a peer used TLS 1.0") << 1 << QList{tls10} << int(LinkState::WeakTls) << false << false;
    QTest::newRow("cleartext endpoint, seen in cleartext")
        << 2 << QList{clear} << int(LinkState::Cleartext) << false << true;
    QTest::newRow("local hops say nothing") << 0 << QList{local} << int(LinkState::NotProbed) << false << false;
}

void TestLinkState::observed()
{
    QFETCH(int, probe);
    QFETCH(QList<Observation>, observations);
    EndpointResult strong = result(Protocol::Smtp, {{TlsVersion::Tls12, kModern12}, {TlsVersion::Tls13, kModern13}});
    EndpointResult clear = result(Protocol::Smtp, {});
    clear.status = ProbeStatus::StartTlsNotOffered;
    const EndpointResult *r = probe == 1 ? &strong : probe == 2 ? &clear : nullptr;
    const LinkAssessment a = assessLink(r, observations);
    QTEST(int(a.state), "state");
    QTEST(a.incomplete, "incomplete");
    QCOMPARE(a.observed.has_value(), !observations.isEmpty() && observations.constFirst().transport != u"local");
    if (a.observed)
        QTEST(a.observed->cleartextSeen, "cleartextSeen");
}

void TestLinkState::keysRoundTrip()
{
    for (LinkState s : allLinkStates()) {
        QCOMPARE(linkStateFromKey(linkStateKey(s)), std::optional<LinkState>(s));
        QVERIFY(!linkStateLabel(s).isEmpty());
    }
    // An undecided version is said, never taken as a pass.
    EndpointResult r = result(Protocol::Smtp, {{TlsVersion::Tls12, kModern12}});
    r.versions[TlsVersion::Tls10].accepted.reset();
    QVERIFY(assessEndpoint(r).incomplete);
}

void TestLinkState::reasonsInJapanese()
{
    // The window and reports show reasons in the user's language; the JSON output keeps the English.
    QTranslator ja;
    QVERIFY(ja.load(QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor_ja.qm")));
    QCoreApplication::installTranslator(&ja);
    EndpointResult weak = result(Protocol::Smtp, {{TlsVersion::Tls10, kModern12}, {TlsVersion::Tls12, kModern12}});
    const LinkAssessment a = assessEndpoint(weak);
    QCoreApplication::removeTranslator(&ja);
    QCOMPARE(a.reasons, QStringList{QStringLiteral("accepts TLSv1.0")});
    QCOMPARE(a.reasonTexts, QStringList{QStringLiteral("TLSv1.0 を受け付ける")});
}

QTEST_GUILESS_MAIN(TestLinkState)
#include "tst_link_state.moc"
