#include "probes/tls/cipher_registry.h"
#include "probes/tls/handshake.h"
#include "probes/tls/hello.h"

#include <QTest>

#include <openssl/ssl.h>

using namespace mailtls;

class TestHello : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ssl2ClientHelloLayout();
    void ssl3ClientHelloLayout();
    void parse_data();
    void parse();
    void names();
    void registryCoversOpenSsl();
};

void TestHello::ssl2ClientHelloLayout()
{
    const QByteArray h = buildSsl2ClientHello(ssl2CipherSpecs(), QByteArray(16, 'x'));
    QCOMPARE(h.size(), 2 + 9 + 8 * 3 + 16);
    QCOMPARE(quint8(h[0]), quint8(0x80));
    QCOMPARE(quint8(h[1]), quint8(h.size() - 2));
    QCOMPARE(int(h[2]), 1);                       // CLIENT-HELLO
    QCOMPARE(h.mid(3, 2), QByteArray("\x00\x02", 2)); // version 2
}

void TestHello::ssl3ClientHelloLayout()
{
    const QList<quint16> suites{0x0004, 0x002F};
    const QByteArray h = buildSsl3ClientHello(suites, QByteArray(32, 'r'));
    QCOMPARE(h.left(3), QByteArray("\x16\x03\x00", 3));
    QCOMPARE((quint8(h[3]) << 8) | quint8(h[4]), int(h.size() - 5));
    QCOMPARE(int(h[5]), 1); // ClientHello
    QCOMPARE(h.mid(9, 2), QByteArray("\x03\x00", 2));
    QCOMPARE(h.mid(9 + 2 + 32 + 1, 2), QByteArray("\x00\x04", 2)); // suites length
}

void TestHello::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind"); // -1 needs more, -2 error
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("suite");

    QByteArray hello = QByteArray("\x03\x00", 2) + QByteArray(32, 'r') + QByteArray("\x00\x00\x04\x00", 4);
    QByteArray hs = QByteArray("\x02\x00\x00", 3) + char(hello.size()) + hello;
    QByteArray rec = QByteArray("\x16\x03\x00\x00", 4) + char(hs.size()) + hs;
    QTest::newRow("ServerHello 3.0") << rec << int(ServerResponse::Kind::ServerHello) << 0x0300 << 0x0004;
    QTest::newRow("truncated ServerHello") << rec.left(20) << -1 << 0 << 0;
    QTest::newRow("alert") << QByteArray("\x15\x03\x01\x00\x02\x02\x46", 7)
                           << int(ServerResponse::Kind::Alert) << 0 << 0;
    QTest::newRow("SMTP text") << QByteArray("500 5.5.1 what?\r\n") << -2 << 0 << 0;
    QTest::newRow("record too long") << QByteArray("\x16\x03\x03\xff\xff\x02", 6) << -2 << 0 << 0;
    QTest::newRow("empty record") << QByteArray("\x16\x03\x03\x00\x00", 5) << -2 << 0 << 0;
    QByteArray badSid = rec;
    badSid[5 + 4 + 34] = char(200);
    QTest::newRow("session id past the end") << badSid << -2 << 0 << 0;
    QByteArray ssl2 = QByteArray("\x80\x11\x04\x00\x01\x00\x02\x00\x00\x00\x06\x00\x00", 13) +
                      QByteArray("\x01\x00\x80\x07\x00\xc0", 6);
    QTest::newRow("SSL 2.0 SERVER-HELLO") << ssl2 << int(ServerResponse::Kind::Ssl2ServerHello) << 2 << 0;
    QTest::newRow("SSL 2.0 lengths lie")
        << QByteArray("\x80\x0b\x04\x00\x01\x00\x02\xff\xff\x00\x03\x00\x00", 13) << -2 << 0 << 0;
}

void TestHello::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    qsizetype need = 0;
    QString error;
    const auto r = parseServerResponse(bytes, &need, &error);
    if (kind == -1) {
        QVERIFY(!r);
        QVERIFY(need > 0);
        return;
    }
    if (kind == -2) {
        QVERIFY(!r);
        QCOMPARE(need, 0);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(int(r->kind), kind);
    QFETCH(int, version);
    QFETCH(int, suite);
    QCOMPARE(int(r->version), version);
    QCOMPARE(int(r->cipherSuite), suite);
}

void TestHello::names()
{
    QCOMPARE(cipherSuiteName(0xC030), QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"));
    QCOMPARE(ssl2CipherSpecName(0x0700C0), QStringLiteral("SSL_CK_DES_192_EDE3_CBC_WITH_MD5"));
}

void TestHello::registryCoversOpenSsl()
{
    // Every suite OpenSSL can offer has the same IANA name in our registry.
    QVERIFY(cipherSuiteRegistry().size() > 300);
    for (const QString &name : tls13SuiteNames())
        QVERIFY2(cipherSuiteCode(name).has_value(), qPrintable(name));
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL_CTX_set_security_level(ctx, 0);
    QVERIFY(SSL_CTX_set_cipher_list(ctx, "ALL:COMPLEMENTOFALL:@SECLEVEL=0") == 1);
    STACK_OF(SSL_CIPHER) *all = SSL_CTX_get_ciphers(ctx);
    QVERIFY(sk_SSL_CIPHER_num(all) > 50);
    for (int i = 0; i < sk_SSL_CIPHER_num(all); ++i) {
        const SSL_CIPHER *c = sk_SSL_CIPHER_value(all, i);
        const QString iana = QString::fromLatin1(SSL_CIPHER_standard_name(c));
        const auto code = static_cast<quint16>(SSL_CIPHER_get_protocol_id(c));
        QVERIFY2(cipherSuiteName(code) == iana, qPrintable(iana + QStringLiteral(" vs ") + cipherSuiteName(code)));
    }
    SSL_CTX_free(ctx);
    QCOMPARE(cipherSuiteName(0x0004), QStringLiteral("TLS_RSA_WITH_RC4_128_MD5"));
    QCOMPARE(cipherSuiteName(0xC0AF), QStringLiteral("TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8"));
    QCOMPARE(cipherSuiteName(0x0047), QStringLiteral("0x0047"));
    QCOMPARE(cipherSuiteCode(u"TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384"), std::optional<quint16>(0xC061));
}

QTEST_GUILESS_MAIN(TestHello)
#include "tst_hello.moc"
