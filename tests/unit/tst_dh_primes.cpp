#include "probes/tls/dh_primes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

using namespace mailtls;

// The catalog of well-known DH primes (probes/tls/dh_primes.cpp and
// resources/data/dh-primes.json): every RFC group is recognised in the form
// OpenSSL's own tool writes it, a prime of one's own is not, leading zeros do
// not matter, and every data entry is a prime of its declared size that the
// loader keeps under its own name.
class TestDhPrimes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfcGroups_data();
    void rfcGroups();
    void rfc2409_data();
    void rfc2409();
    void ownPrimeUnknown();
    void nearMissUnknown();
    void leadingZerosIgnored();
    void digest();
    void jsonEntries();
    void catalogWhole();
};

namespace {

using Bn = std::unique_ptr<BIGNUM, decltype(&BN_free)>;

QByteArray bnBytes(const BIGNUM *bn)
{
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray hexPrime(const char *hex)
{
    BIGNUM *raw = nullptr;
    if (BN_hex2bn(&raw, hex) == 0)
        return {};
    Bn bn(raw, BN_free);
    return bnBytes(bn.get());
}

// The prime of a named group as `openssl genpkey -genparam` writes it (PEM),
// read back with OpenSSL's decoder: not the catalog's own way of asking.
QByteArray primeFromOpensslTool(const QString &group)
{
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("genpkey"), QStringLiteral("-genparam"), QStringLiteral("-algorithm"),
             QStringLiteral("DH"), QStringLiteral("-pkeyopt"), QStringLiteral("group:") + group});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    const QByteArray pem = p.readAllStandardOutput();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        PEM_read_bio_Parameters(bio.get(), nullptr), EVP_PKEY_free);
    if (!pkey)
        return {};
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(pkey.get(), OSSL_PKEY_PARAM_FFC_P, &raw) != 1)
        return {};
    Bn bn(raw, BN_free);
    return bnBytes(bn.get());
}

int bitsOf(const QByteArray &prime)
{
    Bn bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(prime.constData()), int(prime.size()),
                    nullptr),
          BN_free);
    return BN_num_bits(bn.get());
}

QJsonArray jsonPrimes()
{
    QFile file(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/data/dh-primes.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"primes").toArray();
}

const KnownDhPrime *entryNamed(const QList<KnownDhPrime> &all, const QString &name)
{
    for (const KnownDhPrime &k : all) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}

// The RFC 2409 primes, from the RFC's text (6.1 and 6.2): OpenSSL's tool has
// no group name for them.
const char *const oakley1 = "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74"
                            "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437"
                            "4FE1356D6D51C245E485B576625E7EC6F44C42E9A63A3620FFFFFFFFFFFFFFFF";
const char *const oakley2 = "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74"
                            "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437"
                            "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
                            "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF";

} // namespace

void TestDhPrimes::rfcGroups_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("bits");
    QTest::newRow("modp_1536") << "modp_1536"
                               << "RFC 3526 group 5 (1536-bit MODP)" << 1536;
    QTest::newRow("modp_2048") << "modp_2048"
                               << "RFC 3526 group 14 (2048-bit MODP)" << 2048;
    QTest::newRow("modp_3072") << "modp_3072"
                               << "RFC 3526 group 15 (3072-bit MODP)" << 3072;
    QTest::newRow("modp_4096") << "modp_4096"
                               << "RFC 3526 group 16 (4096-bit MODP)" << 4096;
    QTest::newRow("modp_6144") << "modp_6144"
                               << "RFC 3526 group 17 (6144-bit MODP)" << 6144;
    QTest::newRow("modp_8192") << "modp_8192"
                               << "RFC 3526 group 18 (8192-bit MODP)" << 8192;
    QTest::newRow("dh_1024_160") << "dh_1024_160"
                                 << "RFC 5114 1024-bit MODP with 160-bit subgroup" << 1024;
    QTest::newRow("dh_2048_224") << "dh_2048_224"
                                 << "RFC 5114 2048-bit MODP with 224-bit subgroup" << 2048;
    QTest::newRow("dh_2048_256") << "dh_2048_256"
                                 << "RFC 5114 2048-bit MODP with 256-bit subgroup" << 2048;
    QTest::newRow("ffdhe2048") << "ffdhe2048"
                               << "RFC 7919 ffdhe2048" << 2048;
    QTest::newRow("ffdhe3072") << "ffdhe3072"
                               << "RFC 7919 ffdhe3072" << 3072;
    QTest::newRow("ffdhe4096") << "ffdhe4096"
                               << "RFC 7919 ffdhe4096" << 4096;
    QTest::newRow("ffdhe6144") << "ffdhe6144"
                               << "RFC 7919 ffdhe6144" << 6144;
    QTest::newRow("ffdhe8192") << "ffdhe8192"
                               << "RFC 7919 ffdhe8192" << 8192;
}

void TestDhPrimes::rfcGroups()
{
    QFETCH(QString, group);
    QFETCH(QString, name);
    QFETCH(int, bits);
    const QByteArray prime = primeFromOpensslTool(group);
    QVERIFY2(!prime.isEmpty(), qPrintable(u"openssl genpkey gave no prime for " + group));
    QCOMPARE(bitsOf(prime), bits);
    QCOMPARE(wellKnownDhPrime(prime), name);
    const KnownDhPrime *entry = entryNamed(knownDhPrimes(), name);
    QVERIFY(entry);
    QCOMPARE(entry->bits, bits);
    QVERIFY(!entry->source.isEmpty());
}

void TestDhPrimes::rfc2409_data()
{
    QTest::addColumn<QByteArray>("prime");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("bits");
    QTest::newRow("group 1") << hexPrime(oakley1) << "RFC 2409 group 1 (768-bit MODP)" << 768;
    QTest::newRow("group 2") << hexPrime(oakley2) << "RFC 2409 group 2 (1024-bit MODP)" << 1024;
}

void TestDhPrimes::rfc2409()
{
    QFETCH(QByteArray, prime);
    QFETCH(QString, name);
    QFETCH(int, bits);
    QCOMPARE(bitsOf(prime), bits);
    QCOMPARE(wellKnownDhPrime(prime), name);
    const KnownDhPrime *entry = entryNamed(knownDhPrimes(), name);
    QVERIFY(entry);
    QCOMPARE(entry->bits, bits);
}

void TestDhPrimes::ownPrimeUnknown()
{
    // A safe prime made now, as `openssl dhparam` makes one: in no catalog.
    Bn p(BN_new(), BN_free);
    QVERIFY(BN_generate_prime_ex(p.get(), 512, 1, nullptr, nullptr, nullptr) == 1);
    const QByteArray prime = bnBytes(p.get());
    QCOMPARE(prime.size(), 64);
    QCOMPARE(wellKnownDhPrime(prime), QString());
    QCOMPARE(dhPrimeDigest(prime).size(), 16);
}

void TestDhPrimes::nearMissUnknown()
{
    // One bit away from ffdhe2048, and ffdhe2048 cut short: neither is it.
    QByteArray prime = primeFromOpensslTool(QStringLiteral("ffdhe2048"));
    QVERIFY(!prime.isEmpty());
    QByteArray flipped = prime;
    flipped[100] = char(flipped[100] ^ 0x01);
    QCOMPARE(wellKnownDhPrime(flipped), QString());
    QCOMPARE(wellKnownDhPrime(prime.left(prime.size() - 1)), QString());
    QCOMPARE(wellKnownDhPrime(QByteArray()), QString());
}

void TestDhPrimes::leadingZerosIgnored()
{
    const QByteArray prime = primeFromOpensslTool(QStringLiteral("modp_2048"));
    QVERIFY(!prime.isEmpty());
    // A key exchange may send the prime with a leading zero byte (as a
    // DER INTEGER would), or padded to a longer length.
    const QByteArray padded = QByteArray(1, '\0') + prime;
    const QByteArray morePadded = QByteArray(3, '\0') + prime;
    QCOMPARE(wellKnownDhPrime(padded), QStringLiteral("RFC 3526 group 14 (2048-bit MODP)"));
    QCOMPARE(wellKnownDhPrime(morePadded), QStringLiteral("RFC 3526 group 14 (2048-bit MODP)"));
    QCOMPARE(dhPrimeDigest(padded), dhPrimeDigest(prime));
    QCOMPARE(dhPrimeDigest(morePadded), dhPrimeDigest(prime));
}

void TestDhPrimes::digest()
{
    QCOMPARE(dhPrimeDigest(QByteArray()), QString());
    QCOMPARE(dhPrimeDigest(QByteArray(4, '\0')), QString());
    const QByteArray a = hexPrime(oakley1);
    const QByteArray b = hexPrime(oakley2);
    QCOMPARE(dhPrimeDigest(a).size(), 16);
    QVERIFY(dhPrimeDigest(a) != dhPrimeDigest(b));
    QVERIFY(
        QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(dhPrimeDigest(a)).hasMatch());
}

void TestDhPrimes::jsonEntries()
{
    const QJsonArray primes = jsonPrimes();
    QVERIFY(!primes.isEmpty());
    const QList<KnownDhPrime> all = knownDhPrimes();
    const QRegularExpression sizeInName(QStringLiteral("\\((\\d+)-bit\\)$"));
    const QRegularExpression pureHex(QStringLiteral("^(?:[0-9A-Fa-f]{2})+$"));
    QSet<QString> names;
    QSet<QString> values;
    for (const QJsonValue &v : primes) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(u"name").toString();
        const QString hex = o.value(u"prime").toString();
        const int bits = o.value(u"bits").toInt(-1);
        QVERIFY2(!name.isEmpty(), "an entry without a name");
        QVERIFY2(!names.contains(name), qPrintable(u"name twice: " + name));
        names.insert(name);
        QVERIFY2(!o.value(u"source").toString().isEmpty(), qPrintable(u"no source: " + name));
        QVERIFY2(pureHex.match(hex).hasMatch(), qPrintable(u"prime is not hex: " + name));
        QVERIFY2(!values.contains(hex.toUpper()), qPrintable(u"prime twice: " + name));
        values.insert(hex.toUpper());

        // The declared size, in "bits" and at the end of the name, is the prime's.
        const QRegularExpressionMatch m = sizeInName.match(name);
        QVERIFY2(m.hasMatch(), qPrintable(u"no \"(N-bit)\" at the end of " + name));
        QCOMPARE(m.captured(1).toInt(), bits);
        const QByteArray prime = hexPrime(hex.toLatin1().constData());
        QCOMPARE(bitsOf(prime), bits);

        // A prime indeed (and a safe one, as `openssl dhparam -2` makes them).
        Bn p(BN_bin2bn(reinterpret_cast<const unsigned char *>(prime.constData()),
                       int(prime.size()), nullptr),
             BN_free);
        std::unique_ptr<BN_CTX, decltype(&BN_CTX_free)> ctx(BN_CTX_new(), BN_CTX_free);
        QVERIFY2(BN_check_prime(p.get(), ctx.get(), nullptr) == 1,
                 qPrintable(u"not a prime: " + name));
        Bn q(BN_dup(p.get()), BN_free);
        QVERIFY(BN_rshift1(q.get(), q.get()) == 1);
        QVERIFY2(BN_check_prime(q.get(), ctx.get(), nullptr) == 1,
                 qPrintable(u"not a safe prime: " + name));

        // Kept by the loader under this name: not dropped as malformed, and no
        // duplicate of an RFC prime (which would carry the RFC's name).
        QCOMPARE(wellKnownDhPrime(prime), name);
        const KnownDhPrime *entry = entryNamed(all, name);
        QVERIFY(entry);
        QCOMPARE(entry->bits, bits);
        QCOMPARE(entry->source, o.value(u"source").toString());
    }
}

void TestDhPrimes::catalogWhole()
{
    // 2 RFC 2409 + 6 RFC 3526 + 3 RFC 5114 + 5 RFC 7919 groups, then the data.
    const QList<KnownDhPrime> all = knownDhPrimes();
    QCOMPARE(all.size(), 16 + jsonPrimes().size());
    QSet<QString> names;
    for (const KnownDhPrime &k : all) {
        QVERIFY2(!names.contains(k.name), qPrintable(u"name twice: " + k.name));
        names.insert(k.name);
        QVERIFY2(k.bits >= 512 && k.bits <= 8192, qPrintable(k.name));
        QVERIFY(!k.source.isEmpty());
    }
    QVERIFY(all.first().name.startsWith(u"RFC 2409"));
}

QTEST_GUILESS_MAIN(TestDhPrimes)
#include "tst_dh_primes.moc"
