#include "probes/tls/cipher_registry.h"
#include "probes/tls/dh_primes.h"
#include "probes/tls/handshake.h"
#include "probes/tls/hello.h"

#include <QTest>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <memory>

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
    void tlsClientHelloLayout_data();
    void tlsClientHelloLayout();
    void againstOpenSslServer_data();
    void againstOpenSslServer();
    void flightSplitIntoTinyRecords();
    void throughHelloDoneRealFlight_data();
    void throughHelloDoneRealFlight();
    void flightOfOneByteRecords();
    void endlessWarningAlerts();
    void warningAlertBeforeServerHello();
    void everyHelloAvoidsTheF5Window();
    void groupNames();
    void compressionAndExtraExtensions_data();
    void compressionAndExtraExtensions();
    void deflateHelloAgainstOpenSslServer();
    void compressionMethodParsed_data();
    void compressionMethodParsed();
    void dhPrimeCaptured();
    void throughHelloDone_data();
    void throughHelloDone();
    void throughHelloDoneReadsPastKeyExchange();
};

namespace {

quint32 be16(const QByteArray &b, qsizetype at) { return (quint32(quint8(b[at])) << 8) | quint8(b[at + 1]); }

// Extension types and data of one of our ClientHello records.
QMap<quint32, QByteArray> helloExtensions(const QByteArray &record)
{
    QMap<quint32, QByteArray> out;
    qsizetype at = 5 + 4 + 2 + 32;
    at += 1 + quint8(record[at]);            // session id
    at += 2 + be16(record, at);              // suites
    at += 1 + quint8(record[at]);            // compression methods
    const qsizetype end = at + 2 + be16(record, at);
    if (end != record.size())
        return {};
    for (at += 2; at + 4 <= end; at += 4 + be16(record, at + 2))
        out.insert(be16(record, at), record.mid(at + 4, be16(record, at + 2)));
    return out;
}

// Extension types of one of our ClientHello records, in the order sent.
QList<quint32> helloExtensionOrder(const QByteArray &record)
{
    QList<quint32> out;
    qsizetype at = 5 + 4 + 2 + 32;
    at += 1 + quint8(record[at]); // session id
    at += 2 + be16(record, at);   // suites
    at += 1 + quint8(record[at]); // compression methods
    const qsizetype end = at + 2 + be16(record, at);
    for (at += 2; at + 4 <= end; at += 4 + be16(record, at + 2))
        out.append(be16(record, at));
    return out;
}

// The compression_methods list of one of our ClientHello records.
QByteArray helloCompressionMethods(const QByteArray &record)
{
    qsizetype at = 5 + 4 + 2 + 32;
    at += 1 + quint8(record[at]); // session id
    at += 2 + be16(record, at);   // suites
    return record.mid(at + 1, quint8(record[at]));
}

// The handshake bytes of a flight of TLS records, joined.
QByteArray handshakeOf(const QByteArray &flight)
{
    QByteArray out;
    for (qsizetype at = 0; at + 5 <= flight.size(); at += 5 + be16(flight, at + 3)) {
        if (flight[at] == 0x16)
            out += flight.mid(at + 5, be16(flight, at + 3));
    }
    return out;
}

// Handshake messages as TLS 1.2 records, one record per message.
QByteArray asRecords(const QByteArray &handshake)
{
    QByteArray out;
    for (qsizetype at = 0; at + 4 <= handshake.size();) {
        const qsizetype length = 4 + ((qsizetype(quint8(handshake[at + 1])) << 16) | be16(handshake, at + 2));
        const QByteArray msg = handshake.mid(at, length);
        out += QByteArray("\x16\x03\x03", 3) + char(msg.size() >> 8) + char(msg.size() & 0xff) + msg;
        at += length;
    }
    return out;
}

// The handshake messages of a flight before the first one of type `type`.
QByteArray handshakeBefore(const QByteArray &handshake, int type)
{
    for (qsizetype at = 0; at + 4 <= handshake.size();) {
        if (quint8(handshake[at]) == type)
            return handshake.left(at);
        at += 4 + ((qsizetype(quint8(handshake[at + 1])) << 16) | be16(handshake, at + 2));
    }
    return handshake;
}

struct SslDeleter
{
    void operator()(SSL_CTX *p) const { SSL_CTX_free(p); }
    void operator()(SSL *p) const { SSL_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
};

// An OpenSSL server in memory (no socket): reads our ClientHello, returns its first flight.
// warnUnknownName: its SNI callback answers every name with a warning
// unrecognized_name alert and goes on, as Apache without a matching virtual
// host, Java servers and OpenSSL servers with an SNI callback do.
// dhGroup: the DHE parameters are this named group's ("modp_2048", ...) rather
// than OpenSSL's automatic choice.
QByteArray openSslServerFlight(const QByteArray &clientHello, const char *ciphers, int minVersion, int maxVersion,
                               bool warnUnknownName = false, const char *dhGroup = nullptr,
                               bool requestCertificate = false, QByteArray *certificateDer = nullptr)
{
    static std::unique_ptr<EVP_PKEY, SslDeleter> key(EVP_RSA_gen(1024));
    static std::unique_ptr<X509, SslDeleter> cert = [] {
        std::unique_ptr<X509, SslDeleter> c(X509_new());
        X509_set_version(c.get(), 2);
        ASN1_INTEGER_set(X509_get_serialNumber(c.get()), 1);
        X509_gmtime_adj(X509_getm_notBefore(c.get()), 0);
        X509_gmtime_adj(X509_getm_notAfter(c.get()), 3600);
        X509_NAME_add_entry_by_txt(X509_get_subject_name(c.get()), "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>("hello.test"), -1, -1, 0);
        X509_set_issuer_name(c.get(), X509_get_subject_name(c.get()));
        X509_set_pubkey(c.get(), key.get());
        X509_sign(c.get(), key.get(), EVP_sha256());
        return c;
    }();
    std::unique_ptr<SSL_CTX, SslDeleter> ctx(SSL_CTX_new(TLS_server_method()));
    SSL_CTX_set_security_level(ctx.get(), 0);
    SSL_CTX_set_min_proto_version(ctx.get(), minVersion);
    SSL_CTX_set_max_proto_version(ctx.get(), maxVersion);
    SSL_CTX_set_cipher_list(ctx.get(), ciphers);
    SSL_CTX_set_dh_auto(ctx.get(), 1);
    if (dhGroup) {
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> pctx(
            EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr), EVP_PKEY_CTX_free);
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char *>(dhGroup), 0),
            OSSL_PARAM_construct_end()};
        EVP_PKEY *dh = nullptr;
        if (EVP_PKEY_paramgen_init(pctx.get()) == 1 && EVP_PKEY_CTX_set_params(pctx.get(), params) == 1 &&
            EVP_PKEY_paramgen(pctx.get(), &dh) == 1) {
            SSL_CTX_set_dh_auto(ctx.get(), 0);
            if (SSL_CTX_set0_tmp_dh_pkey(ctx.get(), dh) != 1) // owns dh from here on success
                EVP_PKEY_free(dh);
        }
    }
    SSL_CTX_use_certificate(ctx.get(), cert.get());
    SSL_CTX_use_PrivateKey(ctx.get(), key.get());
    if (requestCertificate)
        SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_PEER, nullptr); // asked for, not required
    if (certificateDer) {
        certificateDer->resize(i2d_X509(cert.get(), nullptr));
        auto *p = reinterpret_cast<unsigned char *>(certificateDer->data());
        i2d_X509(cert.get(), &p);
    }
    if (warnUnknownName) {
        SSL_CTX_set_tlsext_servername_callback(ctx.get(), +[](SSL *, int *alert, void *) {
            *alert = SSL_AD_UNRECOGNIZED_NAME;
            return SSL_TLSEXT_ERR_ALERT_WARNING;
        });
    }
    std::unique_ptr<SSL, SslDeleter> ssl(SSL_new(ctx.get()));
    BIO *in = BIO_new(BIO_s_mem());
    BIO *out = BIO_new(BIO_s_mem());
    SSL_set_bio(ssl.get(), in, out); // owned by ssl from here
    BIO_write(in, clientHello.constData(), static_cast<int>(clientHello.size()));
    SSL_accept(ssl.get()); // stops wanting the client's next flight (or fails with an alert)
    QByteArray flight;
    char buffer[4096];
    for (int n; (n = BIO_read(out, buffer, sizeof buffer)) > 0;)
        flight.append(buffer, n);
    return flight;
}

} // namespace

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
    const QByteArray unrecognizedName("\x15\x03\x01\x00\x02\x01\x70", 7); // warning 112
    QTest::newRow("warning unrecognized_name, then ServerHello")
        << unrecognizedName + rec << int(ServerResponse::Kind::ServerHello) << 0x0300 << 0x0004;
    QTest::newRow("warning unrecognized_name alone: more wanted") << unrecognizedName << -1 << 0 << 0;
    QTest::newRow("warning, then fatal handshake_failure")
        << unrecognizedName + QByteArray("\x15\x03\x01\x00\x02\x02\x28", 7) << int(ServerResponse::Kind::Alert)
        << 0 << 0;
    QTest::newRow("warning and fatal alert in one record")
        << QByteArray("\x15\x03\x01\x00\x04\x01\x70\x02\x28", 9) << int(ServerResponse::Kind::Alert) << 0 << 0;
    QTest::newRow("close_notify") << QByteArray("\x15\x03\x01\x00\x02\x01\x00", 7)
                                  << int(ServerResponse::Kind::Alert) << 0 << 0;
    QTest::newRow("alert record of odd length") << QByteArray("\x15\x03\x01\x00\x03\x01\x70\x02", 8) << -2 << 0
                                                << 0;
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

void TestHello::tlsClientHelloLayout_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<int>("suites");
    QTest::newRow("TLS 1.2, SNI, whole registry") << 0x0303 << QStringLiteral("mx.example.org") << 330;
    QTest::newRow("TLS 1.0, no SNI, two suites") << 0x0301 << QString() << 2;
    QTest::newRow("TLS 1.2, padded past 511 bytes") << 0x0303 << QStringLiteral("a.example") << 60;
    QTest::newRow("TLS 1.3, no key share") << 0x0304 << QStringLiteral("mx.example.org") << 5;
}

void TestHello::tlsClientHelloLayout()
{
    QFETCH(int, version);
    QFETCH(QString, serverName);
    QFETCH(int, suites);
    TlsHelloSpec spec;
    spec.version = static_cast<quint16>(version);
    spec.serverName = serverName;
    for (int i = 0; i < suites; ++i)
        spec.suites.append(static_cast<quint16>(0x0001 + i));
    spec.random = QByteArray(32, 'r');
    const QByteArray h = buildTlsClientHello(spec);
    QCOMPARE(h.left(3), QByteArray("\x16\x03\x01", 3));           // record version TLS 1.0, as clients send
    QCOMPARE(qsizetype(be16(h, 3)), h.size() - 5);
    QCOMPARE(int(h[5]), 1);                                          // ClientHello
    QCOMPARE(qsizetype(be16(h, 7)), h.size() - 9);                   // 24-bit length, top byte 0
    QCOMPARE(int(be16(h, 9)), version >= 0x0304 ? 0x0303 : version);
    const int sessionId = quint8(h[9 + 2 + 32]);
    QCOMPARE(sessionId, version >= 0x0304 ? 32 : 0);
    QCOMPARE(int(be16(h, 9 + 2 + 32 + 1 + sessionId)), suites * 2);
    QVERIFY2(h.size() - 5 < 256 || h.size() - 5 >= 512, qPrintable(QString::number(h.size() - 5)));
    const QMap<quint32, QByteArray> ext = helloExtensions(h);
    QVERIFY(!ext.isEmpty());
    QCOMPARE(ext.contains(0x0000), !serverName.isEmpty());
    if (!serverName.isEmpty())
        QCOMPARE(ext.value(0x0000).mid(5), serverName.toLatin1());
    QCOMPARE(ext.contains(0x000d), version >= 0x0303); // signature_algorithms from TLS 1.2 only
    QVERIFY(ext.contains(0x000a));
    QCOMPARE(ext.contains(0x000b), version < 0x0304); // ec_point_formats: not in TLS 1.3
    if (version >= 0x0304) {
        QCOMPARE(int(be16(h, 9)), 0x0303);               // legacy_version
        QCOMPARE(ext.value(0x002b), QByteArray("\x02\x03\x04", 3));
        QCOMPARE(ext.value(0x0033), QByteArray(2, '\0')); // key_share: no share
        return;
    }
    QCOMPARE(ext.value(0xff01), QByteArray(1, '\0'));
    QVERIFY(ext.contains(0x0017));
}

void TestHello::againstOpenSslServer_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QList<quint16>>("offered");
    QTest::addColumn<QByteArray>("serverCiphers");
    QTest::addColumn<int>("serverMax");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("suite");     // or the alert
    QTest::addColumn<QString>("kex");   // "curve", "dh", ""
    const QList<quint16> all = [] {
        QList<quint16> out;
        for (const CipherSuiteEntry &e : cipherSuiteRegistry()) {
            if (e.code != 0x00FF && e.code != 0x5600 && (e.code >> 8) != 0x13)
                out.append(e.code);
        }
        return out;
    }();
    const int hello = int(ServerResponse::Kind::ServerHello);
    const int alert = int(ServerResponse::Kind::Alert);
    QTest::newRow("TLS 1.2 ECDHE out of the registry")
        << 0x0303 << all << QByteArray("ECDHE-RSA-AES128-GCM-SHA256") << TLS1_2_VERSION << hello << 0xC02F << "curve";
    QTest::newRow("TLS 1.2 DHE") << 0x0303 << all << QByteArray("DHE-RSA-AES256-SHA") << TLS1_2_VERSION << hello
                                 << 0x0039 << "dh";
    QTest::newRow("TLS 1.0 RSA") << 0x0301 << QList<quint16>{0x0005, 0x002F} << QByteArray("AES128-SHA")
                                 << TLS1_2_VERSION << hello << 0x002F << "";
    QTest::newRow("no common suite: handshake_failure")
        << 0x0303 << QList<quint16>{0x0005} << QByteArray("AES128-SHA") << TLS1_2_VERSION << alert << 40 << "";
    QTest::newRow("TLS 1.3 only server: protocol_version")
        << 0x0303 << all << QByteArray("ALL") << TLS1_3_VERSION << alert << 70 << "";
    // No key share offered: a HelloRetryRequest names the suite (our order, as
    // OpenSSL follows the client's) and the server's first group.
    QTest::newRow("TLS 1.3 HelloRetryRequest")
        << 0x0304 << QList<quint16>{0x1301, 0x1302} << QByteArray("ALL") << TLS1_3_VERSION << hello << 0x1301
        << "hrr";
    QTest::newRow("TLS 1.3 hello to a TLS 1.2 server: protocol_version")
        << 0x0304 << QList<quint16>{0x1301, 0x1302} << QByteArray("ALL") << TLS1_2_VERSION << alert << 70 << "";
}

void TestHello::againstOpenSslServer()
{
    QFETCH(int, version);
    QFETCH(QList<quint16>, offered);
    QFETCH(QByteArray, serverCiphers);
    QFETCH(int, serverMax);
    QFETCH(int, kind);
    QFETCH(int, suite);
    QFETCH(QString, kex);
    TlsHelloSpec spec{static_cast<quint16>(version), offered, QStringLiteral("hello.test"), {}, QByteArray(32, 'x'), {}, {}};
    const int serverMin = serverMax == TLS1_3_VERSION ? TLS1_3_VERSION : TLS1_VERSION;
    const QByteArray flight = openSslServerFlight(buildTlsClientHello(spec), serverCiphers.constData(), serverMin, serverMax);
    QVERIFY(!flight.isEmpty());
    qsizetype need = 0;
    QString error;
    const auto r = parseServerResponse(flight, &need, &error, true);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(int(r->kind), kind);
    if (kind == int(ServerResponse::Kind::Alert)) {
        QCOMPARE(r->alertDescription, suite);
        return;
    }
    QCOMPARE(int(r->version), version);
    QCOMPARE(int(r->cipherSuite), suite);
    if (kex == QLatin1String("hrr")) {
        QVERIFY(r->helloRetryRequest);
        QCOMPARE(r->namedGroup, quint16(0x001d)); // x25519 leads OpenSSL's server preference
        QVERIFY(!r->flightComplete);             // the rest of TLS 1.3 is encrypted
        return;
    }
    QVERIFY(!r->helloRetryRequest);
    QVERIFY(r->flightComplete);
    QVERIFY(r->secureRenegotiation);   // OpenSSL echoes renegotiation_info
    QVERIFY(r->extendedMasterSecret);  // and extended_master_secret
    QCOMPARE(r->namedGroup != 0, kex == QLatin1String("curve"));
    if (r->namedGroup)
        QVERIFY(helloNamedGroups().contains(r->namedGroup));
    QCOMPARE(r->dhBits >= 1024, kex == QLatin1String("dh"));
    // Without wholeFlight, the same bytes give the same ServerHello.
    const auto helloOnly = parseServerResponse(flight, &need, &error, false);
    QVERIFY(helloOnly);
    QCOMPARE(helloOnly->cipherSuite, r->cipherSuite);
    QVERIFY(!helloOnly->flightComplete);
}

void TestHello::warningAlertBeforeServerHello()
{
    // A real OpenSSL server whose SNI callback warns about the name: the
    // warning comes first, then the ServerHello; the warning refuses nothing.
    TlsHelloSpec spec{0x0301, {0x002F, 0xC013}, QStringLiteral("unknown.test"), {}, QByteArray(32, 'x'), {}, {}};
    const QByteArray flight =
        openSslServerFlight(buildTlsClientHello(spec), "AES128-SHA:ECDHE-RSA-AES128-SHA", TLS1_VERSION,
                            TLS1_2_VERSION, true);
    QCOMPARE(flight.left(7), QByteArray("\x15\x03\x01\x00\x02\x01\x70", 7));
    qsizetype need = 0;
    QString error;
    for (bool wholeFlight : {true, false}) {
        const auto r = parseServerResponse(flight, &need, &error, wholeFlight);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(int(r->kind), int(ServerResponse::Kind::ServerHello));
        QCOMPARE(int(r->version), 0x0301);
        QVERIFY(r->cipherSuite == 0x002F || r->cipherSuite == 0xC013);
        QCOMPARE(r->warningAlerts, QList<int>{112});
        QCOMPARE(r->flightComplete, wholeFlight);
    }
}

void TestHello::everyHelloAvoidsTheF5Window()
{
    // Every TLS hello the engine can build, by version, suite count, name
    // length and group list: the ClientHello handshake message (the record
    // less its 5-byte header) is never 256 to 511 bytes long (RFC 7685), and
    // its lengths add up.
    const QList<quint16> versions{0x0301, 0x0302, 0x0303, 0x0304};
    const QList<QList<quint16>> groupLists{{}, {0x001d}, helloNamedGroups(), helloNamedGroupsTls13()};
    int built = 0;
    for (quint16 version : versions) {
        for (int suites = 0; suites <= 400; ++suites) {
            for (int nameLength : {0, 1, 17, 64, 253}) {
                for (const QList<quint16> &groups : groupLists) {
                    TlsHelloSpec spec;
                    spec.version = version;
                    for (int i = 0; i < suites; ++i)
                        spec.suites.append(static_cast<quint16>(0x0001 + i));
                    spec.serverName = nameLength ? QString(nameLength, QLatin1Char('m')) : QString();
                    spec.groups = groups;
                    spec.random = QByteArray(32, 'r');
                    const QByteArray h = buildTlsClientHello(spec);
                    const qsizetype handshake = h.size() - 5;
                    if (handshake >= 256 && handshake < 512)
                        QFAIL(qPrintable(QStringLiteral("version %1, %2 suites, name %3, %4 groups: %5 bytes")
                                             .arg(version, 0, 16)
                                             .arg(suites)
                                             .arg(nameLength)
                                             .arg(groups.size())
                                             .arg(handshake)));
                    QCOMPARE(qsizetype(be16(h, 3)), handshake);
                    QCOMPARE(qsizetype(be16(h, 7)), handshake - 4);
                    QVERIFY(!helloExtensions(h).isEmpty()); // extension lengths add up to the end
                    ++built;
                }
            }
        }
    }
    QCOMPARE(built, 4 * 401 * 5 * 4);
}

void TestHello::flightSplitIntoTinyRecords()
{
    // A server may cut its handshake messages into records of any size.
    TlsHelloSpec spec{0x0303, {0xC02F}, QStringLiteral("hello.test"), {}, QByteArray(32, 'x'), {}, {}};
    const QByteArray flight =
        openSslServerFlight(buildTlsClientHello(spec), "ECDHE-RSA-AES128-GCM-SHA256", TLS1_VERSION, TLS1_2_VERSION);
    QByteArray handshake;
    for (qsizetype at = 0; at + 5 <= flight.size(); at += 5 + be16(flight, at + 3))
        handshake += flight.mid(at + 5, be16(flight, at + 3));
    QByteArray split;
    for (qsizetype at = 0; at < handshake.size(); at += 7)
        split += QByteArray("\x16\x03\x03\x00", 4) + char(std::min<qsizetype>(7, handshake.size() - at)) + handshake.mid(at, 7);
    qsizetype need = 0;
    QString error;
    // Fed a byte at a time, as a slow server would: never more than asked for.
    QByteArray received;
    std::optional<ServerResponse> r;
    while (!(r = parseServerResponse(received, &need, &error, true)) && need > 0) {
        QVERIFY(received.size() + need <= split.size());
        received += split.mid(received.size(), need);
    }
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->cipherSuite, quint16(0xC02F));
    QVERIFY(r->flightComplete);
    QVERIFY(r->namedGroup != 0);
}

void TestHello::flightOfOneByteRecords()
{
    // Every handshake byte in a record of its own, fed to the reader a byte
    // at a time as it asks: the same answer as the flight given whole.
    TlsHelloSpec spec{0x0303, {0xC02F}, QStringLiteral("hello.test"), {}, QByteArray(32, 'x'), {}, {}};
    const QByteArray flight =
        openSslServerFlight(buildTlsClientHello(spec), "ECDHE-RSA-AES128-GCM-SHA256", TLS1_VERSION, TLS1_2_VERSION);
    QByteArray split;
    for (qsizetype at = 0; at + 5 <= flight.size(); at += 5 + be16(flight, at + 3)) {
        const QByteArray body = flight.mid(at + 5, be16(flight, at + 3));
        for (char c : body)
            split += flight.mid(at, 3) + QByteArray("\x00\x01", 2) + c;
    }
    QVERIFY(split.size() > 6 * 500); // ServerHello, Certificate, ServerKeyExchange, ServerHelloDone
    ServerResponseReader reader(true);
    qsizetype at = 0;
    while (reader.state() == ServerResponseReader::State::NeedMore) {
        QVERIFY(reader.needMore() > 0);
        QVERIFY2(at + reader.needMore() <= split.size(),
                 qPrintable(QStringLiteral("at %1 of %2, %3 more").arg(at).arg(split.size()).arg(reader.needMore())));
        const QByteArray next = split.mid(at, reader.needMore());
        at += next.size();
        reader.feed(next);
    }
    QCOMPARE(int(reader.state()), int(ServerResponseReader::State::Done));
    qsizetype need = 0;
    QString error;
    const auto whole = parseServerResponse(flight, &need, &error, true);
    QVERIFY2(whole, qPrintable(error));
    QCOMPARE(reader.response().cipherSuite, whole->cipherSuite);
    QCOMPARE(reader.response().namedGroup, whole->namedGroup);
    QVERIFY(reader.response().flightComplete);
}

void TestHello::endlessWarningAlerts()
{
    // Warnings before the ServerHello are skipped, but not forever.
    QByteArray warnings;
    for (int i = 0; i < 16; ++i)
        warnings += QByteArray("\x15\x03\x03\x00\x02\x01\x70", 7);
    ServerResponseReader reader(false);
    QCOMPARE(int(reader.feed(warnings)), int(ServerResponseReader::State::NeedMore));
    QCOMPARE(int(reader.feed(QByteArray("\x15\x03\x03\x00\x02\x01\x70", 7))),
             int(ServerResponseReader::State::Malformed));
    QVERIFY(!reader.error().isEmpty());
    // A fatal alert after warnings is the answer, the warnings kept.
    ServerResponseReader refused(false);
    refused.feed(QByteArray(warnings.left(14) + QByteArray("\x15\x03\x03\x00\x02\x02\x28", 7)));
    QCOMPARE(int(refused.state()), int(ServerResponseReader::State::Done));
    QCOMPARE(refused.response().alertDescription, 40);
    QCOMPARE(refused.response().warningAlerts, (QList<int>{112, 112}));
}

void TestHello::groupNames()
{
    QCOMPARE(namedGroupName(0x001d), QStringLiteral("x25519"));
    QCOMPARE(namedGroupName(0x0017), QStringLiteral("secp256r1"));
    QCOMPARE(namedGroupName(0x0100), QStringLiteral("ffdhe2048"));
    QCOMPARE(namedGroupName(0x4242), QStringLiteral("0x4242"));
    QCOMPARE(namedGroupBits(0x001d), 253);
    QCOMPARE(namedGroupBits(0x0019), 521);
    QCOMPARE(namedGroupBits(0x001b), 384);
    QCOMPARE(namedGroupBits(0x0001), 163);
    QCOMPARE(keyExchangeKind(0xC02F), KeyExchangeKind::Ecdhe);
    QCOMPARE(keyExchangeKind(0x0039), KeyExchangeKind::Dhe);
    QCOMPARE(keyExchangeKind(0x0018), KeyExchangeKind::Dhe); // DH_anon
    QCOMPARE(keyExchangeKind(0x002F), KeyExchangeKind::None);
    QCOMPARE(keyExchangeKind(0x00B2), KeyExchangeKind::None); // DHE_PSK: another layout
}

void TestHello::compressionAndExtraExtensions_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QList<quint8>>("methods");
    QTest::addColumn<QByteArray>("expectedMethods");
    QTest::addColumn<bool>("extras");
    QTest::newRow("null only") << 0x0303 << QList<quint8>{} << QByteArray(1, '\0') << false;
    QTest::newRow("DEFLATE, then null") << 0x0303 << QList<quint8>{1} << QByteArray("\x01\x00", 2) << false;
    QTest::newRow("DEFLATE and extras, TLS 1.0") << 0x0301 << QList<quint8>{1} << QByteArray("\x01\x00", 2) << true;
    QTest::newRow("extras, TLS 1.2") << 0x0303 << QList<quint8>{} << QByteArray(1, '\0') << true;
    QTest::newRow("extras, TLS 1.3") << 0x0304 << QList<quint8>{} << QByteArray(1, '\0') << true;
}

void TestHello::compressionAndExtraExtensions()
{
    // The hello of the compression and heartbeat checks: DEFLATE offered
    // before null, the extra extensions after ours in the order given, and
    // the padding (when any) still last, at every size.
    QFETCH(int, version);
    QFETCH(QList<quint8>, methods);
    QFETCH(QByteArray, expectedMethods);
    QFETCH(bool, extras);
    const QList<QPair<quint16, QByteArray>> extra{
        {0x000f, QByteArray(1, '\x01')},                     // heartbeat: peer_allowed_to_send
        {0x0005, QByteArray("\x01\x00\x00\x00\x00", 5)}}; // status_request: OCSP, no ids
    int padded = 0;
    for (int suites = 1; suites <= 300; ++suites) {
        TlsHelloSpec spec;
        spec.version = static_cast<quint16>(version);
        for (int i = 0; i < suites; ++i)
            spec.suites.append(static_cast<quint16>(0x0001 + i));
        spec.serverName = QStringLiteral("mx.example.org");
        spec.random = QByteArray(32, 'r');
        spec.compressionMethods = methods;
        if (extras)
            spec.extraExtensions = extra;
        const QByteArray h = buildTlsClientHello(spec);
        const qsizetype handshake = h.size() - 5;
        QVERIFY2(handshake < 256 || handshake >= 512, qPrintable(QString::number(handshake)));
        QCOMPARE(helloCompressionMethods(h), expectedMethods);
        const QMap<quint32, QByteArray> ext = helloExtensions(h); // lengths add up to the end
        QVERIFY(!ext.isEmpty());
        const QList<quint32> order = helloExtensionOrder(h);
        const bool hasPadding = order.contains(0x0015);
        if (hasPadding) {
            QCOMPARE(order.last(), quint32(0x0015));
            ++padded;
        }
        const qsizetype ours = order.size() - (hasPadding ? 1 : 0) - (extras ? 2 : 0);
        if (extras) {
            QCOMPARE(order.at(ours), quint32(0x000f));
            QCOMPARE(order.at(ours + 1), quint32(0x0005));
            QCOMPARE(ext.value(0x000f), extra.at(0).second);
            QCOMPARE(ext.value(0x0005), extra.at(1).second);
        } else {
            QVERIFY(!ext.contains(0x000f) && !ext.contains(0x0005));
        }
        QCOMPARE(order.at(ours - 1), quint32(version >= 0x0304 ? 0x002d : 0x0017));
    }
    QVERIFY(padded > 0); // some sizes did fall in the window and were padded out of it
}

void TestHello::deflateHelloAgainstOpenSslServer()
{
    // A real server takes the DEFLATE-and-heartbeat hello and answers it
    // (OpenSSL 3 builds without compression choose null; heartbeat is not echoed).
    TlsHelloSpec spec{0x0303, {0xC02F, 0x002F}, QStringLiteral("hello.test"), {}, QByteArray(32, 'x'), {1},
                      {{0x000f, QByteArray(1, '\x01')}}};
    const QByteArray flight =
        openSslServerFlight(buildTlsClientHello(spec), "ECDHE-RSA-AES128-GCM-SHA256", TLS1_VERSION, TLS1_2_VERSION);
    qsizetype need = 0;
    QString error;
    const auto r = parseServerResponse(flight, &need, &error, true);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(int(r->kind), int(ServerResponse::Kind::ServerHello));
    QCOMPARE(r->cipherSuite, quint16(0xC02F));
    QCOMPARE(r->compressionMethod, 0);
    QVERIFY(!r->extensions.contains(0x000f));
    QVERIFY(r->flightComplete);
}

void TestHello::compressionMethodParsed_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<bool>("withExtensions");
    QTest::newRow("null") << 0 << false;
    QTest::newRow("DEFLATE") << 1 << false;
    QTest::newRow("DEFLATE, then extensions") << 1 << true;
}

void TestHello::compressionMethodParsed()
{
    // A ServerHello (TLS 1.0, suite 0x002F) with the given compression method
    // and, when asked, renegotiation_info after it.
    QFETCH(int, method);
    QFETCH(bool, withExtensions);
    QByteArray hello = QByteArray("\x03\x01", 2) + QByteArray(32, 'r') + QByteArray("\x00\x00\x2f", 3) + char(method);
    if (withExtensions)
        hello += QByteArray("\x00\x05\xff\x01\x00\x01\x00", 7);
    const QByteArray hs = QByteArray("\x02\x00\x00", 3) + char(hello.size()) + hello;
    const QByteArray rec = QByteArray("\x16\x03\x01\x00", 4) + char(hs.size()) + hs;
    qsizetype need = 0;
    QString error;
    const auto r = parseServerResponse(rec, &need, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->cipherSuite, quint16(0x002F));
    QCOMPARE(r->compressionMethod, method);
    QCOMPARE(r->secureRenegotiation, withExtensions);
}

void TestHello::dhPrimeCaptured()
{
    // The prime of an OpenSSL server's ServerKeyExchange, kept whole: the
    // catalog names it.
    TlsHelloSpec spec{0x0303, {0x0039, 0x0033}, QStringLiteral("hello.test"), {}, QByteArray(32, 'x'), {}, {}};
    const QByteArray flight = openSslServerFlight(buildTlsClientHello(spec), "DHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA",
                                                  TLS1_VERSION, TLS1_2_VERSION, false, "modp_2048");
    qsizetype need = 0;
    QString error;
    const auto r = parseServerResponse(flight, &need, &error, true);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(r->flightComplete);
    QCOMPARE(r->dhBits, 2048);
    QCOMPARE(r->dhPrime.size(), 256);
    QVERIFY(r->dhPrime.at(0) != '\0');
    QCOMPARE(wellKnownDhPrime(r->dhPrime), QStringLiteral("RFC 3526 group 14 (2048-bit MODP)"));
    // Without the whole flight there is no key exchange, hence no prime.
    const auto helloOnly = parseServerResponse(flight, &need, &error, false);
    QVERIFY(helloOnly);
    QVERIFY(helloOnly->dhPrime.isEmpty());
    QCOMPARE(helloOnly->dhBits, 0);
}

void TestHello::throughHelloDone_data()
{
    QTest::addColumn<QByteArray>("ciphers");
    QTest::addColumn<int>("suite");
    QTest::addColumn<bool>("keyExchange"); // a ServerKeyExchange comes before ServerHelloDone
    QTest::addColumn<bool>("oneByteRecords");
    QTest::newRow("DHE") << QByteArray("DHE-RSA-AES256-SHA") << 0x0039 << true << false;
    QTest::newRow("ECDHE") << QByteArray("ECDHE-RSA-AES128-GCM-SHA256") << 0xC02F << true << false;
    QTest::newRow("RSA key exchange") << QByteArray("AES128-SHA") << 0x002F << false << false;
    QTest::newRow("DHE in one-byte records") << QByteArray("DHE-RSA-AES256-SHA") << 0x0039 << true << true;
}

void TestHello::throughHelloDone()
{
    // The reader mode of the checks that answer the server's flight
    // (heartbleed, ccs_injection, robot): on to ServerHelloDone, with the
    // leaf certificate kept, where wholeFlight stops at the key exchange.
    QFETCH(QByteArray, ciphers);
    QFETCH(int, suite);
    QFETCH(bool, keyExchange);
    QFETCH(bool, oneByteRecords);
    TlsHelloSpec spec{0x0303, {0xC02F, 0x0039, 0x002F}, QStringLiteral("hello.test"), {}, QByteArray(32, 'x'), {}, {}};
    QByteArray flight =
        openSslServerFlight(buildTlsClientHello(spec), ciphers.constData(), TLS1_VERSION, TLS1_2_VERSION);
    QVERIFY(!flight.isEmpty());
    if (oneByteRecords) {
        QByteArray split;
        for (char c : handshakeOf(flight))
            split += QByteArray("\x16\x03\x03\x00\x01", 5) + c;
        flight = split;
    }
    ServerResponseReader reader(false, true);
    qsizetype at = 0;
    while (reader.state() == ServerResponseReader::State::NeedMore && at < flight.size()) {
        QVERIFY(reader.needMore() > 0);
        const QByteArray next = flight.mid(at, reader.needMore());
        at += next.size();
        reader.feed(next);
    }
    QCOMPARE(int(reader.state()), int(ServerResponseReader::State::Done));
    QCOMPARE(at, flight.size()); // nothing after ServerHelloDone was asked for
    const ServerResponse &r = reader.response();
    QCOMPARE(r.cipherSuite, quint16(suite));
    QVERIFY(r.helloDone);
    QVERIFY(r.flightComplete);
    QCOMPARE(r.dhBits > 0, suite == 0x0039);
    QCOMPARE(r.namedGroup != 0, suite == 0xC02F);
    QVERIFY(!r.leafCertificate.isEmpty());
    const unsigned char *der = reinterpret_cast<const unsigned char *>(r.leafCertificate.constData());
    std::unique_ptr<X509, SslDeleter> leaf(d2i_X509(nullptr, &der, long(r.leafCertificate.size())));
    QVERIFY(leaf);
    char cn[64] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(leaf.get()), NID_commonName, cn, sizeof cn);
    QCOMPARE(QByteArray(cn), QByteArray("hello.test"));

    // wholeFlight alone stops at the ServerKeyExchange and keeps no certificate.
    ServerResponseReader whole(true);
    whole.feed(flight);
    QCOMPARE(int(whole.state()), int(ServerResponseReader::State::Done));
    QCOMPARE(whole.response().helloDone, !keyExchange);
    QVERIFY(whole.response().leafCertificate.isEmpty());
    QCOMPARE(whole.response().dhBits, r.dhBits);
    QCOMPARE(whole.response().namedGroup, r.namedGroup);
}

void TestHello::throughHelloDoneReadsPastKeyExchange()
{
    // A flight that stops after its ServerKeyExchange: wholeFlight has its
    // answer, throughHelloDone waits for ServerHelloDone, with the ServerHello
    // (and the certificate) so far.
    TlsHelloSpec spec{0x0303, {0x0039}, QStringLiteral("hello.test"), {}, QByteArray(32, 'x'), {}, {}};
    const QByteArray flight =
        openSslServerFlight(buildTlsClientHello(spec), "DHE-RSA-AES256-SHA", TLS1_VERSION, TLS1_2_VERSION);
    const QByteArray cut = asRecords(handshakeBefore(handshakeOf(flight), 14));
    QVERIFY(!cut.isEmpty());
    QVERIFY(cut.size() < flight.size());

    ServerResponseReader whole(true);
    whole.feed(cut);
    QCOMPARE(int(whole.state()), int(ServerResponseReader::State::Done));
    QVERIFY(whole.response().dhBits > 0);

    ServerResponseReader through(false, true);
    through.feed(cut);
    QCOMPARE(int(through.state()), int(ServerResponseReader::State::NeedMore));
    QVERIFY(through.needMore() > 0);
    QVERIFY(through.helloSoFar());
    QCOMPARE(through.helloSoFar()->cipherSuite, quint16(0x0039));
    QVERIFY(!through.helloSoFar()->leafCertificate.isEmpty());
    QVERIFY(!through.helloSoFar()->helloDone);

    // ServerHelloDone then ends it.
    through.feed(QByteArray("\x16\x03\x03\x00\x04\x0e\x00\x00\x00", 9));
    QCOMPARE(int(through.state()), int(ServerResponseReader::State::Done));
    QVERIFY(through.response().helloDone);
    QCOMPARE(through.response().dhBits, whole.response().dhBits);
}

void TestHello::throughHelloDoneRealFlight_data()
{
    QTest::addColumn<bool>("requestCertificate");
    QTest::newRow("no CertificateRequest") << false;
    QTest::newRow("a CertificateRequest (client certificate optional)") << true;
}

// Read through ServerHelloDone (what the robot check answers): a real
// OpenSSL server's flight gives the leaf as sent and says whether it asked
// for a client certificate.
void TestHello::throughHelloDoneRealFlight()
{
    QFETCH(bool, requestCertificate);
    TlsHelloSpec spec{0x0303, {0x002F}, QStringLiteral("hello.test"), {}, QByteArray(32, 'x'), {}, {}};
    QByteArray der;
    const QByteArray flight = openSslServerFlight(buildTlsClientHello(spec), "AES128-SHA", TLS1_VERSION,
                                                  TLS1_2_VERSION, false, nullptr, requestCertificate, &der);
    ServerResponseReader reader(false, true);
    QCOMPARE(int(reader.feed(flight)), int(ServerResponseReader::State::Done));
    const ServerResponse &r = reader.response();
    QCOMPARE(int(r.cipherSuite), 0x002F);
    QVERIFY(r.helloDone);
    QCOMPARE(r.leafCertificate, der);
    QCOMPARE(r.certificateRequested, requestCertificate);
}

QTEST_GUILESS_MAIN(TestHello)
#include "tst_hello.moc"
