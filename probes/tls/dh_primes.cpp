#include "probes/tls/dh_primes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <algorithm>
#include <memory>

namespace mailtls {

namespace {

QByteArray stripped(QByteArrayView prime)
{
    while (!prime.isEmpty() && prime[0] == '\0')
        prime = prime.sliced(1);
    return prime.toByteArray();
}

// The prime's size in bits, as BN_num_bits counts it (leading zeros ignored).
int bitLength(QByteArrayView prime)
{
    const QByteArray p = stripped(prime);
    if (p.isEmpty())
        return 0;
    int bits = static_cast<int>(p.size()) * 8;
    for (unsigned char top = static_cast<unsigned char>(p[0]); (top & 0x80) == 0; top <<= 1)
        --bits;
    return bits;
}

// A hex string with nothing else in it (QByteArray::fromHex skips what is not hex).
bool pureHex(const QString &s)
{
    if (s.isEmpty() || s.size() % 2 != 0)
        return false;
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
    });
}

QByteArray bnBytes(const BIGNUM *bn)
{
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

// The prime of one of OpenSSL's named finite-field groups ("ffdhe2048",
// "modp_2048", "dh_1024_160", ...); empty when this build lacks it.
QByteArray namedGroupPrime(const char *group)
{
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr), EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_paramgen_init(ctx.get()) != 1)
        return {};
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char *>(group), 0),
        OSSL_PARAM_construct_end()};
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_CTX_set_params(ctx.get(), params) != 1 || EVP_PKEY_paramgen(ctx.get(), &raw) != 1)
        return {};
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(raw, EVP_PKEY_free);
    BIGNUM *p = nullptr;
    if (EVP_PKEY_get_bn_param(pkey.get(), OSSL_PKEY_PARAM_FFC_P, &p) != 1)
        return {};
    const QByteArray out = bnBytes(p);
    BN_free(p);
    return out;
}

QByteArray rfc2409Prime(BIGNUM *(*get)(BIGNUM *))
{
    BIGNUM *p = get(nullptr);
    if (!p)
        return {};
    const QByteArray out = bnBytes(p);
    BN_free(p);
    return out;
}

struct Catalog
{
    QList<KnownDhPrime> entries;
    QHash<QByteArray, qsizetype> byPrime; // prime -> index in entries
};

void add(Catalog &c, const QByteArray &prime, const QString &name, const QString &source)
{
    if (prime.isEmpty() || c.byPrime.contains(prime))
        return;
    c.byPrime.insert(prime, c.entries.size());
    c.entries.append({name, source, bitLength(prime)});
}

const Catalog &catalog()
{
    static const Catalog c = [] {
        Catalog out;
        add(out, rfc2409Prime(BN_get_rfc2409_prime_768),
            QStringLiteral("RFC 2409 group 1 (768-bit MODP)"),
            QStringLiteral("RFC 2409 6.1; Java SunJSSE's 768-bit DHE prime"));
        add(out, rfc2409Prime(BN_get_rfc2409_prime_1024),
            QStringLiteral("RFC 2409 group 2 (1024-bit MODP)"),
            QStringLiteral(
                "RFC 2409 6.2; the built-in prime of Apache httpd 2.2.30 and later and "
                "2.4.7 and later for keys under 2048 bits, and Java SunJSSE's 1024-bit DHE prime"));
        const struct
        {
            const char *group;
            const char *name;
            const char *source;
        } named[] = {
            {"modp_1536", "RFC 3526 group 5 (1536-bit MODP)",
             "RFC 3526 2; Java SunJSSE's 1536-bit DHE prime"},
            {"modp_2048", "RFC 3526 group 14 (2048-bit MODP)",
             "RFC 3526 3; Apache httpd's built-in prime (2.2.30 and later, 2.4.7 and later) for "
             "2048-bit keys"},
            {"modp_3072", "RFC 3526 group 15 (3072-bit MODP)",
             "RFC 3526 4; Apache httpd's built-in prime (2.2.30 and later, 2.4.7 and later) for "
             "3072-bit keys"},
            {"modp_4096", "RFC 3526 group 16 (4096-bit MODP)",
             "RFC 3526 5; Apache httpd's built-in prime (2.2.30 and later, 2.4.7 and later) for "
             "4096-bit keys"},
            {"modp_6144", "RFC 3526 group 17 (6144-bit MODP)",
             "RFC 3526 6; Apache httpd's built-in prime (2.2.30 and later, 2.4.x) for keys over "
             "4096 bits"},
            {"modp_8192", "RFC 3526 group 18 (8192-bit MODP)",
             "RFC 3526 7; Apache httpd's built-in prime (2.2.30 and later, 2.4.x) for keys over "
             "6144 bits"},
            {"dh_1024_160", "RFC 5114 1024-bit MODP with 160-bit subgroup", "RFC 5114 2.1"},
            {"dh_2048_224", "RFC 5114 2048-bit MODP with 224-bit subgroup",
             "RFC 5114 2.2; Exim 4.80 to 4.94's default with OpenSSL (ike23)"},
            {"dh_2048_256", "RFC 5114 2048-bit MODP with 256-bit subgroup", "RFC 5114 2.3"},
            {"ffdhe2048", "RFC 7919 ffdhe2048", "RFC 7919 A.1; Java SunJSSE's 2048-bit DHE prime"},
            {"ffdhe3072", "RFC 7919 ffdhe3072", "RFC 7919 A.2"},
            {"ffdhe4096", "RFC 7919 ffdhe4096", "RFC 7919 A.3"},
            {"ffdhe6144", "RFC 7919 ffdhe6144", "RFC 7919 A.4"},
            {"ffdhe8192", "RFC 7919 ffdhe8192", "RFC 7919 A.5"},
        };
        for (const auto &n : named)
            add(out, namedGroupPrime(n.group), QString::fromLatin1(n.name),
                QString::fromLatin1(n.source));
        // The servers' own defaults, as data. An entry whose prime is not pure
        // hex, whose size is not the declared "bits", or that has no name is
        // left out with a warning (tst_dh_primes checks that none is).
        QFile file(QStringLiteral(":/data/dh-primes.json"));
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonArray primes =
                QJsonDocument::fromJson(file.readAll()).object().value(u"primes").toArray();
            for (const QJsonValue &v : primes) {
                const QJsonObject o = v.toObject();
                const QString name = o.value(u"name").toString();
                const QString hex = o.value(u"prime").toString();
                const QByteArray prime = stripped(QByteArray::fromHex(hex.toLatin1()));
                if (name.isEmpty() || !pureHex(hex) ||
                    bitLength(prime) != o.value(u"bits").toInt(-1)) {
                    qWarning("dh-primes.json: entry \"%s\" left out: its prime is not hex of the "
                             "declared size",
                             qUtf8Printable(name));
                    continue;
                }
                add(out, prime, name, o.value(u"source").toString());
            }
        }
        return out;
    }();
    return c;
}

} // namespace

QString wellKnownDhPrime(QByteArrayView prime)
{
    const Catalog &c = catalog();
    const auto it = c.byPrime.constFind(stripped(prime));
    return it == c.byPrime.cend() ? QString() : c.entries.at(*it).name;
}

QString dhPrimeDigest(QByteArrayView prime)
{
    const QByteArray p = stripped(prime);
    if (p.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(p, QCryptographicHash::Sha256).toHex().left(16));
}

QList<KnownDhPrime> knownDhPrimes()
{
    return catalog().entries;
}

} // namespace mailtls
