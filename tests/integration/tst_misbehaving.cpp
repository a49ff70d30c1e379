// Verdicts that stay true when real servers misbehave as servers in the field
// do. Real servers where they can behave so (OpenSSL's s_server); each case
// names the behaviour and the exact result expected: no version the server
// accepts is reported refused, and what could not be decided is null with a
// note.

#include "probes/endpoint_probe.h"
#include "tests/common/openssl_server.h"

#include <QTest>

using namespace mailtls;

class TestMisbehaving : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void warningAlertForAnUnknownName_data();
    void warningAlertForAnUnknownName();
};

void TestMisbehaving::warningAlertForAnUnknownName_data()
{
    QTest::addColumn<QString>("serverName");
    QTest::newRow("a name the server does not know: a warning unrecognized_name first")
        << QStringLiteral("mx.unknown.test");
    QTest::newRow("the server's own name: no alert") << QStringLiteral("known.test");
}

// An OpenSSL server whose SNI callback answers an unknown name with a warning
// unrecognized_name alert before its ServerHello (Apache without a matching
// virtual host, Java servers, any OpenSSL server with an SNI callback), taking
// TLS 1.0 to 1.3. The warning refuses nothing: every version is accepted.
void TestMisbehaving::warningAlertForAnUnknownName()
{
    QFETCH(QString, serverName);
    testservers::OpenSslServer server({QStringLiteral("-servername"), QStringLiteral("known.test"),
                                       QStringLiteral("-cert2"), QStringLiteral("%CERT%"), QStringLiteral("-key2"),
                                       QStringLiteral("%KEY%"),
                                       QStringLiteral("-cipher"), QStringLiteral("ALL:@SECLEVEL=0"),
                                       QStringLiteral("-min_protocol"), QStringLiteral("TLSv1")});
    QVERIFY2(server.port(), qPrintable(server.error()));
    ProbeTarget target{Protocol::Tls, QStringLiteral("127.0.0.1"), server.port(), serverName};
    ProbeOptions options;
    options.operationTimeoutMs = 5000;
    options.endpointTimeoutMs = 120000;
    const EndpointResult r = probeEndpoint(target, options);
    QVERIFY2(r.status == ProbeStatus::Ok, qPrintable(probeStatusKey(r.status) + QStringLiteral(": ") + r.error));
    for (TlsVersion v : {TlsVersion::Tls10, TlsVersion::Tls11, TlsVersion::Tls12, TlsVersion::Tls13}) {
        const VersionResult &vr = r.versions.value(v);
        QVERIFY2(vr.accepted == std::optional<bool>(true),
                 qPrintable(tlsVersionName(v) + QStringLiteral(": ") +
                            (vr.accepted ? QStringLiteral("refused") : QStringLiteral("undecided")) +
                            QStringLiteral(" ") + vr.note));
        QVERIFY2(!vr.cipherSuites.isEmpty(), qPrintable(tlsVersionName(v)));
    }
    // OpenSSL 3 has no SSL 3.0 or 2.0: a fatal alert, or a clean refusal.
    QCOMPARE(r.versions.value(TlsVersion::Ssl3).accepted, std::optional<bool>(false));
}

QTEST_GUILESS_MAIN(TestMisbehaving)
#include "tst_misbehaving.moc"
