#include "lab/certificates.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace mailtls::lab {

namespace {

struct Deleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter>;
using Cert = std::unique_ptr<X509, Deleter>;
using Bio = std::unique_ptr<BIO, Deleter>;

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char buf[256] = {};
    ERR_error_string_n(code, buf, sizeof buf);
    ERR_clear_error();
    return QStringLiteral("%1: %2").arg(QLatin1StringView(what), QString::fromLatin1(buf));
}

PKey generateKey(const QString &type)
{
    if (type == QLatin1String("ec256"))
        return PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    const size_t bits = type == QLatin1String("rsa1024") ? 1024 : 2048;
    return PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", bits));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QString &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.toLatin1().constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool setName(X509_NAME *name, const QString &commonName)
{
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>("MailTLS Auditor lab"),
                                      -1, -1, 0) == 1 &&
           X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(
                                          commonName.toUtf8().constData()),
                                      -1, -1, 0) == 1;
}

bool setRandomSerial(X509 *cert)
{
    std::unique_ptr<BIGNUM, Deleter> bn(BN_new());
    if (!bn || BN_rand(bn.get(), 120, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1)
        return false;
    return BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

QString writePem(const QString &path, const QList<X509 *> &certs, EVP_PKEY *key)
{
    Bio bio(BIO_new_file(path.toLocal8Bit().constData(), "w"));
    if (!bio)
        return opensslError("cannot write certificate file");
    for (X509 *c : certs) {
        if (PEM_write_bio_X509(bio.get(), c) != 1)
            return opensslError("PEM_write_bio_X509");
    }
    if (key && PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return opensslError("PEM_write_bio_PrivateKey");
    return {};
}

template <typename T, typename Reader>
std::unique_ptr<T, Deleter> readPem(const QString &path, Reader reader)
{
    Bio bio(BIO_new_file(path.toLocal8Bit().constData(), "r"));
    if (!bio)
        return nullptr;
    return std::unique_ptr<T, Deleter>(reader(bio.get(), nullptr, nullptr, nullptr));
}

// Builds and signs one certificate. issuerCert/issuerKey null: self-signed.
// extendedKeyUsage: a leaf's; empty: none.
Cert makeCertificate(EVP_PKEY *key, const QString &commonName, long notBeforeSecs,
                     long notAfterSecs, bool ca, const QString &subjectAltName, X509 *issuerCert,
                     EVP_PKEY *issuerKey, const QString &extendedKeyUsage = QStringLiteral("serverAuth"))
{
    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get()))
        return nullptr;
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), notBeforeSecs);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), notAfterSecs);
    if (X509_set_pubkey(cert.get(), key) != 1 ||
        !setName(X509_get_subject_name(cert.get()), commonName))
        return nullptr;
    X509 *issuer = issuerCert ? issuerCert : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer)) != 1)
        return nullptr;
    bool ok = addExtension(cert.get(), issuer, NID_subject_key_identifier, QStringLiteral("hash")) &&
              addExtension(cert.get(), issuer, NID_authority_key_identifier,
                           QStringLiteral("keyid:always"));
    if (ca) {
        ok = ok &&
             addExtension(cert.get(), issuer, NID_basic_constraints, QStringLiteral("critical,CA:TRUE")) &&
             addExtension(cert.get(), issuer, NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign"));
    } else {
        ok = ok &&
             addExtension(cert.get(), issuer, NID_basic_constraints, QStringLiteral("critical,CA:FALSE")) &&
             (extendedKeyUsage.isEmpty() ||
              addExtension(cert.get(), issuer, NID_ext_key_usage, extendedKeyUsage)) &&
             addExtension(cert.get(), issuer, NID_subject_alt_name, subjectAltName);
    }
    if (!ok)
        return nullptr;
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

constexpr long kDay = 24 * 3600;

} // namespace

QString CertificateAuthority::create(const QString &dir)
{
    m_dir = dir;
    m_caCert = dir + QStringLiteral("/ca.pem");
    m_caKey = dir + QStringLiteral("/ca-key.pem");
    PKey key = generateKey(QStringLiteral("ec256"));
    if (!key)
        return opensslError("CA key generation");
    Cert cert = makeCertificate(key.get(), QStringLiteral("MailTLS Auditor Lab CA"), -kDay,
                                30 * kDay, true, {}, nullptr, nullptr);
    if (!cert)
        return opensslError("CA certificate");
    if (QString e = writePem(m_caCert, {cert.get()}, nullptr); !e.isEmpty())
        return e;
    return writePem(m_caKey, {}, key.get());
}

void CertificateAuthority::open(const QString &dir)
{
    m_dir = dir;
    m_caCert = dir + QStringLiteral("/ca.pem");
    m_caKey = dir + QStringLiteral("/ca-key.pem");
}

QString CertificateAuthority::issue(const QString &hostName, const QString &address,
                                    const CertificateSpec &spec, const QString &dir,
                                    IssuedFiles *files) const
{
    Cert caCert = readPem<X509>(m_caCert, PEM_read_bio_X509);
    PKey caKey = readPem<EVP_PKEY>(m_caKey, PEM_read_bio_PrivateKey);
    if (!caCert || !caKey)
        return opensslError("reading the lab CA");
    PKey key = generateKey(spec.key);
    if (!key)
        return opensslError("key generation");
    // An expired certificate ended yesterday, after a year of validity.
    const long notBefore = spec.expired ? -366 * kDay : -kDay;
    const long notAfter = spec.expired ? -kDay : 30 * kDay;
    const QString san = QStringLiteral("DNS:%1,IP:%2").arg(hostName, address);
    Cert cert = spec.selfSigned
                    ? makeCertificate(key.get(), hostName, notBefore, notAfter, false, san, nullptr,
                                      nullptr)
                    : makeCertificate(key.get(), hostName, notBefore, notAfter, false, san,
                                      caCert.get(), caKey.get());
    if (!cert)
        return opensslError("leaf certificate");
    files->certificate = dir + QStringLiteral("/cert.pem");
    files->chain = dir + QStringLiteral("/chain.pem");
    files->key = dir + QStringLiteral("/key.pem");
    if (QString e = writePem(files->certificate, {cert.get()}, nullptr); !e.isEmpty())
        return e;
    QList<X509 *> chain{cert.get()};
    if (!spec.selfSigned)
        chain.append(caCert.get());
    if (QString e = writePem(files->chain, chain, nullptr); !e.isEmpty())
        return e;
    return writePem(files->key, {}, key.get());
}

QString publicKeySha256(const QString &pemFile, QString *hex)
{
    // The SubjectPublicKeyInfo of the certificate, or of the key.
    unsigned char *der = nullptr;
    int length = -1;
    if (Cert cert = readPem<X509>(pemFile, PEM_read_bio_X509)) {
        length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert.get()), &der);
    } else if (ERR_clear_error(); PKey key = readPem<EVP_PKEY>(pemFile, PEM_read_bio_PrivateKey)) {
        length = i2d_PUBKEY(key.get(), &der);
    } else {
        return opensslError(qPrintable(QStringLiteral("no certificate or key in %1").arg(pemFile)));
    }
    if (length <= 0)
        return opensslError("i2d SubjectPublicKeyInfo");
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    const bool ok = EVP_Digest(der, static_cast<size_t>(length), digest, &digestLength, EVP_sha256(), nullptr) == 1;
    OPENSSL_free(der);
    if (!ok)
        return opensslError("SHA-256");
    *hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), digestLength).toHex());
    return {};
}

QString writeKey(const QString &path, const QString &type)
{
    PKey key = generateKey(type);
    if (!key)
        return opensslError("key generation");
    return writePem(path, {}, key.get());
}

QString makeChainCertificate(const ChainCertificateSpec &spec, const PemPair *issuer, PemPair *out)
{
    PKey key = generateKey(spec.key);
    if (!key)
        return opensslError("key generation");
    Cert issuerCert;
    PKey issuerKey;
    if (issuer) {
        Bio certBio(BIO_new_mem_buf(issuer->certificate.constData(), static_cast<int>(issuer->certificate.size())));
        Bio keyBio(BIO_new_mem_buf(issuer->key.constData(), static_cast<int>(issuer->key.size())));
        issuerCert.reset(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
        issuerKey.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
        if (!issuerCert || !issuerKey)
            return opensslError("reading the issuer");
    }
    Cert cert = makeCertificate(key.get(), spec.commonName, spec.notBeforeSecs, spec.notAfterSecs, spec.ca,
                                QStringLiteral("DNS:") + spec.commonName, issuerCert.get(), issuerKey.get(),
                                spec.extendedKeyUsage);
    if (!cert)
        return opensslError("chain certificate");
    Bio certOut(BIO_new(BIO_s_mem()));
    Bio keyOut(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certOut.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return opensslError("writing the chain certificate");
    char *data = nullptr;
    long len = BIO_get_mem_data(certOut.get(), &data);
    out->certificate = QByteArray(data, static_cast<qsizetype>(len));
    len = BIO_get_mem_data(keyOut.get(), &data);
    out->key = QByteArray(data, static_cast<qsizetype>(len));
    return {};
}

QString CertificateAuthority::writeDhParameters(const QString &path, int generatedBits, const QString &groupName)
{
    std::unique_ptr<EVP_PKEY_CTX, Deleter> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr));
    if (!ctx || EVP_PKEY_paramgen_init(ctx.get()) <= 0)
        return opensslError("DH parameter context");
    // Named: groupName (RFC 7919 ffdhe2048 unless said). Generated: a fresh
    // safe prime with generator 2, written as PKCS #3 (what gnutls-serv reads).
    QByteArray group = groupName.toLatin1();
    char type[] = "generator";
    size_t bits = static_cast<size_t>(generatedBits);
    int generator = 2;
    const OSSL_PARAM named[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group.data(), 0),
        OSSL_PARAM_construct_end(),
    };
    const OSSL_PARAM generated[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_FFC_TYPE, type, 0),
        OSSL_PARAM_construct_size_t(OSSL_PKEY_PARAM_FFC_PBITS, &bits),
        OSSL_PARAM_construct_int(OSSL_PKEY_PARAM_DH_GENERATOR, &generator),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_PKEY_CTX_set_params(ctx.get(), generatedBits > 0 ? generated : named) <= 0)
        return opensslError("DH parameter settings");
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_paramgen(ctx.get(), &raw) <= 0)
        return opensslError("DH parameters");
    PKey dh(raw);
    Bio bio(BIO_new_file(path.toLocal8Bit().constData(), "w"));
    if (!bio || PEM_write_bio_Parameters(bio.get(), dh.get()) != 1)
        return opensslError("writing DH parameters");
    return {};
}

} // namespace mailtls::lab
