// Link states from probe evidence: each rule of issue 4's six states, one row each.

#include "app/core/link_state.h"

#include <QTest>

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

} // namespace

class TestLinkState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assess_data();
    void assess();
    void keysRoundTrip();
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
    EndpointResult auth = result(Protocol::Submission, {{TlsVersion::Tls12, kModern12}});
    auth.starttlsOffered = true;
    auth.cleartext.authMechanisms = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    QTest::newRow("AUTH before STARTTLS: optional") << auth << int(LinkState::OptionalTls) << "AUTH PLAIN LOGIN";
    EndpointResult login = result(Protocol::Imap, {{TlsVersion::Tls13, kModern13}});
    login.cleartext.plaintextLogin = true;
    QTest::newRow("IMAP LOGIN without LOGINDISABLED: optional")
        << login << int(LinkState::OptionalTls) << "cleartext login";
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
}

void TestLinkState::keysRoundTrip()
{
    for (LinkState s : allLinkStates()) {
        QCOMPARE(linkStateFromKey(linkStateKey(s)), std::optional<LinkState>(s));
        QVERIFY(!linkStateLabel(s).isEmpty());
    }
    QVERIFY(isForwardSecret(u"TLS_CHACHA20_POLY1305_SHA256"));
    QVERIFY(isForwardSecret(u"TLS_DHE_RSA_WITH_AES_128_CBC_SHA"));
    QVERIFY(!isForwardSecret(u"TLS_RSA_WITH_RC4_128_SHA"));
    QVERIFY(!isForwardSecret(u"TLS_ECDH_RSA_WITH_AES_128_CBC_SHA")); // static ECDH
    // An undecided version is said, never taken as a pass.
    EndpointResult r = result(Protocol::Smtp, {{TlsVersion::Tls12, kModern12}});
    r.versions[TlsVersion::Tls10].accepted.reset();
    QVERIFY(assessEndpoint(r).incomplete);
}

QTEST_GUILESS_MAIN(TestLinkState)
#include "tst_link_state.moc"
