// The hygiene checks one hello of ours decides (compression, heartbeat,
// fallback_scsv), against real OpenSSL servers and, for what no current
// library does (DEFLATE, heartbeats, ignoring the SCSV), the scripted server
// of tests/common/scripted_tls.h playing the old servers that did.
//
// The peers, on the same s_server: sslscan reports "Server supports TLS
// Fallback SCSV", "Secure session renegotiation supported" and "not
// vulnerable to heartbleed", as we do (peersAgree(), when sslscan is
// installed). Compression it cannot test: Debian's sslscan uses an OpenSSL
// without zlib ("OpenSSL version does not support compression"); our own
// hello offers DEFLATE whatever OpenSSL can do. On the scripted servers the
// peers cannot run: they complete full handshakes, which the scripted server
// never does.

#include "probes/endpoint_probe.h"
#include "tests/common/openssl_server.h"
#include "tests/common/scripted_tls.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace mailtls;

Q_DECLARE_METATYPE(scripted::Posture)

namespace {

using Value = std::optional<bool>;

EndpointResult probeAt(quint16 port, bool intrusive)
{
    ProbeTarget target{Protocol::Tls, QStringLiteral("127.0.0.1"), port, QStringLiteral("known.test")};
    ProbeOptions options;
    options.operationTimeoutMs = 3000;
    options.endpointTimeoutMs = 120000;
    options.intrusive = intrusive;
    return probeEndpoint(target, options);
}

QString describe(const HygieneCheck &c)
{
    const QString v = !c.value ? QStringLiteral("null") : *c.value ? QStringLiteral("true") : QStringLiteral("false");
    return v + QStringLiteral(" [") + c.evidence.join(QStringLiteral("; ")) + QStringLiteral("] ") + c.note;
}

// One check as expected: a decided value, or null with a note saying why.
bool checkIs(const HygieneCheck &c, Value expected, QString *why)
{
    *why = describe(c);
    if (c.value != expected)
        return false;
    return expected ? !c.evidence.isEmpty() : !c.note.isEmpty();
}

scripted::Posture tls12And11()
{
    scripted::Posture p;
    p.suites.insert(0x0303, {0xC02F, 0x009C, 0x002F});
    p.suites.insert(0x0302, {0xC013, 0x002F});
    return p;
}

} // namespace

class TestHygieneHello : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scripted_data();
    void scripted();
    void openssl_data();
    void openssl();
    void peersAgree();
};

void TestHygieneHello::scripted_data()
{
    QTest::addColumn<scripted::Posture>("posture");
    QTest::addColumn<Value>("compression");
    QTest::addColumn<Value>("heartbeat");
    QTest::addColumn<Value>("fallback");

    const scripted::Posture base = tls12And11();
    QTest::newRow("TLS 1.2 and 1.1, no DEFLATE, no heartbeat, SCSV ignored (a server from before RFC 7507)")
        << base << Value(false) << Value(false) << Value(false);
    scripted::Posture deflate = base;
    deflate.deflate = true;
    deflate.fallbackScsv = true;
    QTest::newRow("DEFLATE chosen when offered, SCSV honoured (OpenSSL 1.0.2 with zlib)")
        << deflate << Value(true) << Value(false) << Value(true);
    scripted::Posture heartbeat = base;
    heartbeat.heartbeat = true;
    heartbeat.fallbackScsv = true;
    QTest::newRow("the heartbeat extension echoed (OpenSSL 1.0.1)")
        << heartbeat << Value(false) << Value(true) << Value(true);
    scripted::Posture one;
    one.suites.insert(0x0303, {0xC02F});
    QTest::newRow("TLS 1.2 alone: nothing to fall back to") << one << Value(false) << Value(false) << Value(true);
    scripted::Posture withSsl3 = base;
    withSsl3.suites.insert(0x0300, {0x000A});
    withSsl3.suites.remove(0x0302);
    withSsl3.fallbackScsv = true;
    QTest::newRow("TLS 1.2 and SSL 3.0: the SCSV in an SSL 3.0 hello")
        << withSsl3 << Value(false) << Value(false) << Value(true);
}

void TestHygieneHello::scripted()
{
    QFETCH(scripted::Posture, posture);
    QFETCH(Value, compression);
    QFETCH(Value, heartbeat);
    QFETCH(Value, fallback);
    scripted::Server server(posture);
    const EndpointResult r = probeAt(server.port(), false);
    QVERIFY2(r.hygiene, qPrintable(probeStatusKey(r.status) + QStringLiteral(": ") + r.error));
    QString why;
    QVERIFY2(checkIs(r.hygiene->compression, compression, &why), qPrintable(why));
    QVERIFY2(checkIs(r.hygiene->heartbeat, heartbeat, &why), qPrintable(why));
    QVERIFY2(checkIs(r.hygiene->fallbackScsv, fallback, &why), qPrintable(why));
    // Off: undecided, saying so, never false.
    for (const HygieneCheck *c : {&r.hygiene->heartbleed, &r.hygiene->ccsInjection, &r.hygiene->robot}) {
        if (c == &r.hygiene->heartbleed && heartbeat == Value(false))
            QVERIFY2(checkIs(*c, false, &why), qPrintable(why)); // no heartbeat: nothing to bleed
        else
            QVERIFY2(checkIs(*c, std::nullopt, &why) && c->note.contains(QLatin1StringView("--no-intrusive")),
                     qPrintable(why));
    }
}

void TestHygieneHello::openssl_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<Value>("fallback");
    QTest::newRow("TLS 1.0 to 1.3: the SCSV honoured")
        << QStringList{QStringLiteral("-min_protocol"), QStringLiteral("TLSv1"), QStringLiteral("-cipher"),
                       QStringLiteral("ALL:@SECLEVEL=0")}
        << Value(true);
    QTest::newRow("TLS 1.3 alone: nothing to fall back to, no compression in TLS 1.3")
        << QStringList{QStringLiteral("-tls1_3")} << Value(true);
}

// OpenSSL 3 has no compression (Debian builds it without zlib, and 1.1.0
// turned it off) and no heartbeat.
void TestHygieneHello::openssl()
{
    QFETCH(QStringList, options);
    QFETCH(Value, fallback);
    testservers::OpenSslServer server(options);
    QVERIFY2(server.port(), qPrintable(server.error()));
    const EndpointResult r = probeAt(server.port(), true);
    QVERIFY2(r.hygiene, qPrintable(probeStatusKey(r.status) + QStringLiteral(": ") + r.error));
    QString why;
    QVERIFY2(checkIs(r.hygiene->compression, false, &why), qPrintable(why));
    QVERIFY2(checkIs(r.hygiene->fallbackScsv, fallback, &why), qPrintable(why));
    const bool tls13Only = options.contains(QStringLiteral("-tls1_3"));
    QVERIFY2(checkIs(r.hygiene->heartbeat, tls13Only ? Value() : Value(false), &why), qPrintable(why));
    QVERIFY2(checkIs(r.hygiene->insecureRenegotiation, false, &why), qPrintable(why));
    // Whatever the build's ALL holds: sweet32 is true exactly when a 64-bit block suite is listed.
    bool des = false;
    for (const VersionResult &v : std::as_const(r.versions)) {
        for (const QString &suite : v.cipherSuites)
            des = des || suite.contains(QLatin1StringView("DES")) || suite.contains(QLatin1StringView("IDEA"));
    }
    QVERIFY2(checkIs(r.hygiene->sweet32, des, &why), qPrintable(why));
    QVERIFY2(checkIs(r.hygiene->poodleSsl3, false, &why), qPrintable(why));
}

void TestHygieneHello::peersAgree()
{
    const QString sslscan = QStandardPaths::findExecutable(QStringLiteral("sslscan"));
    if (sslscan.isEmpty())
        QSKIP("sslscan is not installed");
    testservers::OpenSslServer server({QStringLiteral("-min_protocol"), QStringLiteral("TLSv1"),
                                       QStringLiteral("-cipher"), QStringLiteral("ALL:@SECLEVEL=0")});
    QVERIFY2(server.port(), qPrintable(server.error()));
    QProcess peer;
    peer.start(sslscan, {QStringLiteral("--no-colour"), QStringLiteral("--no-ciphersuites"),
                         QStringLiteral("--no-cipher-details"), QStringLiteral("--no-groups"),
                         QStringLiteral("127.0.0.1:%1").arg(server.port())});
    QVERIFY(peer.waitForFinished(60000));
    const QString said = QString::fromLocal8Bit(peer.readAllStandardOutput());
    const EndpointResult r = probeAt(server.port(), true);
    QVERIFY(r.hygiene);
    QVERIFY2(said.contains(QLatin1StringView("Secure session renegotiation supported")) ==
                 (r.hygiene->insecureRenegotiation.value == false),
             qPrintable(said));
    QVERIFY2(said.contains(QLatin1StringView("TLSv1.2 not vulnerable to heartbleed")) ==
                 (r.hygiene->heartbleed.value == false),
             qPrintable(said));
    QVERIFY2(said.contains(QLatin1StringView("Server supports TLS Fallback SCSV")) ==
                 (r.hygiene->fallbackScsv.value == true),
             qPrintable(said));
}

QTEST_GUILESS_MAIN(TestHygieneHello)
#include "tst_hygiene_hello.moc"
