// SSL 2.0 and SSL 3.0: no server on this machine speaks them, so a hello-only
// test server written here (named as such) answers our own ClientHellos with
// well-formed SERVER-HELLO (SSL 2.0 draft) and ServerHello (RFC 6101)
// messages, behind a real SMTP STARTTLS dialogue. It answers any TLS
// ClientHello with a protocol_version alert, as an SSL-only server would.

#include "probes/endpoint_probe.h"
#include "probes/tls/hello.h"
#include "tests/common/test_server.h"

#include <QTest>

using namespace mailtls;

namespace {

void put16(QByteArray &b, int v)
{
    b.append(char(v >> 8));
    b.append(char(v));
}

QByteArray ssl2ServerHello(const QList<quint32> &specs)
{
    const QByteArray cert("fake-certificate-bytes");
    QByteArray msg;
    msg.append('\x04'); // SERVER-HELLO
    msg.append('\0');   // session id hit
    msg.append('\x01'); // X.509 certificate
    put16(msg, 0x0002);
    put16(msg, int(cert.size()));
    put16(msg, int(specs.size() * 3));
    put16(msg, 16);
    msg.append(cert);
    for (quint32 s : specs) {
        msg.append(char(s >> 16));
        put16(msg, int(s & 0xffff));
    }
    msg.append(QByteArray(16, 'c'));
    QByteArray rec;
    put16(rec, 0x8000 | int(msg.size()));
    return rec + msg;
}

QByteArray ssl3ServerHello(quint16 suite)
{
    QByteArray hello;
    put16(hello, 0x0300);
    hello.append(QByteArray(32, 'r'));
    hello.append('\0'); // no session id
    put16(hello, suite);
    hello.append('\0'); // null compression
    QByteArray hs;
    hs.append('\x02');
    hs.append('\0');
    put16(hs, int(hello.size()));
    hs.append(hello);
    QByteArray rec;
    rec.append('\x16');
    put16(rec, 0x0300);
    put16(rec, int(hs.size()));
    return rec + hs;
}

QByteArray alert(int description)
{
    return QByteArray("\x15\x03\x01\x00\x02\x02", 6) + char(description);
}

// The SSL 3.0 suites this server "supports", in its preference.
const QList<quint16> kSsl3Suites{0x0004 /* RC4_128_MD5 */, 0x000A /* 3DES_EDE_CBC_SHA */};

void helloOnlyServer(int fd, bool ssl2, bool ssl3)
{
    // Just enough SMTP: EHLO lists STARTTLS, STARTTLS says 220 (with or without EHLO first).
    TestServer::send(fd, "220 legacy.test ESMTP\r\n");
    for (int commands = 0;; ++commands) {
        const QByteArray command = TestServer::readSome(fd).toUpper();
        if (command.startsWith("STARTTLS")) {
            TestServer::send(fd, "220 ready\r\n");
            break;
        }
        if (!command.startsWith("EHLO") || commands > 3)
            return;
        TestServer::send(fd, "250-legacy.test\r\n250 STARTTLS\r\n");
    }
    const QByteArray hello = TestServer::readSome(fd);
    if (hello.size() > 3 && (quint8(hello[0]) & 0x80) && hello[2] == 1) { // SSL 2.0 CLIENT-HELLO
        if (ssl2)
            TestServer::send(fd, ssl2ServerHello({0x010080, 0x0700C0}));
        return; // otherwise hang up, as servers without SSL 2.0 do
    }
    if (hello.size() > 10 && hello[0] == 0x16 && quint8(hello[9]) == 3 && quint8(hello[10]) == 0) {
        // SSL 3.0 ClientHello: pick our first suite among those offered.
        const qsizetype sidLen = quint8(hello[5 + 4 + 34]);
        const qsizetype at = 5 + 4 + 35 + sidLen;
        const qsizetype n = ((quint8(hello[at]) << 8) | quint8(hello[at + 1])) / 2;
        QList<quint16> offered;
        for (qsizetype i = 0; i < n; ++i)
            offered.append(quint16((quint8(hello[at + 2 + 2 * i]) << 8) | quint8(hello[at + 3 + 2 * i])));
        for (quint16 s : kSsl3Suites) {
            if (ssl3 && offered.contains(s)) {
                TestServer::send(fd, ssl3ServerHello(s));
                return;
            }
        }
        TestServer::send(fd, alert(40)); // handshake_failure
        return;
    }
    TestServer::send(fd, alert(70)); // protocol_version: no TLS here
}

} // namespace

class TestLegacyHello : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void legacy_data();
    void legacy();
};

void TestLegacyHello::legacy_data()
{
    QTest::addColumn<bool>("ssl2");
    QTest::addColumn<bool>("ssl3");
    QTest::newRow("SSL 2.0 and 3.0") << true << true;
    QTest::newRow("SSL 3.0 only") << false << true;
    QTest::newRow("SSL 2.0 only") << true << false;
    QTest::newRow("neither") << false << false;
}

void TestLegacyHello::legacy()
{
    QFETCH(bool, ssl2);
    QFETCH(bool, ssl3);
    TestServer server([ssl2, ssl3](int fd, const std::atomic_bool &) { helloOnlyServer(fd, ssl2, ssl3); });
    ProbeTarget target{Protocol::Smtp, QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("legacy.test")};
    ProbeOptions options;
    options.operationTimeoutMs = 2000;
    const EndpointResult r = probeEndpoint(target, options);

    const VersionResult v2 = r.versions.value(TlsVersion::Ssl2);
    QCOMPARE(v2.accepted, std::optional<bool>(ssl2));
    if (ssl2)
        QCOMPARE(v2.cipherSuites, (QStringList{QStringLiteral("SSL_CK_RC4_128_WITH_MD5"),
                                               QStringLiteral("SSL_CK_DES_192_EDE3_CBC_WITH_MD5")}));
    const VersionResult v3 = r.versions.value(TlsVersion::Ssl3);
    QCOMPARE(v3.accepted, std::optional<bool>(ssl3));
    if (ssl3)
        QCOMPARE(v3.cipherSuites, (QStringList{QStringLiteral("TLS_RSA_WITH_RC4_128_MD5"),
                                               QStringLiteral("TLS_RSA_WITH_3DES_EDE_CBC_SHA")}));
    for (TlsVersion v : {TlsVersion::Tls10, TlsVersion::Tls11, TlsVersion::Tls12, TlsVersion::Tls13})
        QCOMPARE(r.versions.value(v).accepted, std::optional<bool>(false));
    QCOMPARE(r.starttlsOffered, std::optional<bool>(true));
}

QTEST_GUILESS_MAIN(TestLegacyHello)
#include "tst_legacy_hello.moc"
