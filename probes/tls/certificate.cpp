#include "probes/tls/certificate.h"

#include <QCoreApplication>

#include "probes/protocol.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QMutex>

#include <map>
#include <memory>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::CertificateInfo)
};

struct Deleter
{
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509_STORE *p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX *p) const { X509_STORE_CTX_free(p); }
    void operator()(STACK_OF(X509) *p) const { sk_X509_pop_free(p, X509_free); }
    void operator()(GENERAL_NAMES *p) const { GENERAL_NAMES_free(p); }
};

// The trust anchors of the system store or a CA file, loaded once per process:
// parsing the system bundle costs tens of milliseconds, once per endpoint was
// most of a large run's CPU. X509_STORE is reference-counted and safe to verify
// against from many threads; null when the anchors cannot be loaded.
std::unique_ptr<X509_STORE, Deleter> trustStore(const QString &caFile)
{
    static QMutex mutex;
    static std::map<QString, X509_STORE *> stores; // never freed: lives as long as the process
    const QMutexLocker lock(&mutex);
    auto it = stores.find(caFile);
    if (it == stores.end()) {
        X509_STORE *store = X509_STORE_new();
        const bool loaded = caFile.isEmpty()
                                ? X509_STORE_set_default_paths(store) == 1
                                : X509_STORE_load_file(store, caFile.toLocal8Bit().constData()) == 1;
        if (!loaded) {
            X509_STORE_free(store);
            return nullptr; // not cached: the file may appear or be fixed later
        }
        it = stores.emplace(caFile, store).first;
    }
    X509_STORE_up_ref(it->second);
    return std::unique_ptr<X509_STORE, Deleter>(it->second);
}

std::unique_ptr<X509, Deleter> fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return std::unique_ptr<X509, Deleter>(d2i_X509(nullptr, &p, der.size()));
}

QString nameText(const X509_NAME *name)
{
    std::unique_ptr<BIO, Deleter> bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, len);
}

QDateTime timeOf(const ASN1_TIME *t)
{
    tm parts{};
    if (ASN1_TIME_to_tm(t, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QStringList altNames(X509 *cert)
{
    QStringList out;
    std::unique_ptr<GENERAL_NAMES, Deleter> names(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return out;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *gn = sk_GENERAL_NAME_value(names.get(), i);
        if (gn->type == GEN_DNS) {
            const ASN1_IA5STRING *s = gn->d.dNSName;
            out.append(QStringLiteral("DNS:") +
                       QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                           ASN1_STRING_length(s)));
        } else if (gn->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *ip = gn->d.iPAddress;
            const unsigned char *b = ASN1_STRING_get0_data(ip);
            if (ASN1_STRING_length(ip) == 4) {
                out.append(QStringLiteral("IP:%1.%2.%3.%4").arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]));
            } else if (ASN1_STRING_length(ip) == 16) {
                QStringList groups;
                for (int g = 0; g < 8; ++g)
                    groups.append(QString::number((b[2 * g] << 8) | b[2 * g + 1], 16));
                out.append(QStringLiteral("IP:") + groups.join(QLatin1Char(':')));
            }
        }
    }
    return out;
}

QString keyTypeName(const EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA: return QStringLiteral("RSA");
    case EVP_PKEY_EC: return QStringLiteral("EC");
    case EVP_PKEY_ED25519: return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448: return QStringLiteral("Ed448");
    case EVP_PKEY_DSA: return QStringLiteral("DSA");
    default: return QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
    }
}


// OpenSSL's words for the verification errors a mail admin meets, translated;
// the rarer ones as OpenSSL says them.
QString verifyErrorText(int error)
{
    switch (error) {
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT: return Tr::tr("self-signed certificate");
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN: return Tr::tr("self-signed certificate in certificate chain");
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY: return Tr::tr("unable to get local issuer certificate");
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT: return Tr::tr("unable to get issuer certificate");
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE: return Tr::tr("unable to verify the first certificate");
    case X509_V_ERR_CERT_SIGNATURE_FAILURE: return Tr::tr("certificate signature failure");
    case X509_V_ERR_INVALID_CA: return Tr::tr("invalid CA certificate");
    case X509_V_ERR_CERT_UNTRUSTED: return Tr::tr("certificate not trusted");
    case X509_V_ERR_CERT_REJECTED: return Tr::tr("certificate rejected");
    case X509_V_ERR_EE_KEY_TOO_SMALL: return Tr::tr("EE certificate key too weak");
    case X509_V_ERR_CA_MD_TOO_WEAK: return Tr::tr("CA signature digest algorithm too weak");
    case X509_V_ERR_INVALID_PURPOSE:
        return Tr::tr("not a certificate for a TLS server (its extended key usage lacks serverAuth)");
    // The leaf's own dates are reported apart: these are a CA's of the chain.
    case X509_V_ERR_CERT_HAS_EXPIRED: return Tr::tr("a CA certificate of the chain has expired");
    case X509_V_ERR_CERT_NOT_YET_VALID: return Tr::tr("a CA certificate of the chain is not valid yet");
    default: return QString::fromLatin1(X509_verify_cert_error_string(error));
    }
}

std::unique_ptr<STACK_OF(X509), Deleter> untrustedOf(const QList<QByteArray> &chainDer)
{
    std::unique_ptr<STACK_OF(X509), Deleter> untrusted(sk_X509_new_null());
    for (qsizetype i = 1; i < chainDer.size(); ++i) {
        if (auto c = fromDer(chainDer.at(i)))
            sk_X509_push(untrusted.get(), c.release());
    }
    return untrusted;
}

// One verification for a TLS server at the time now; ignoreTime: no date checked.
std::unique_ptr<X509_STORE_CTX, Deleter> verified(X509_STORE *store, X509 *leaf, STACK_OF(X509) *untrusted,
                                                  const QDateTime &now, bool ignoreTime)
{
    std::unique_ptr<X509_STORE_CTX, Deleter> ctx(X509_STORE_CTX_new());
    X509_STORE_CTX_init(ctx.get(), store, leaf, untrusted);
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_SERVER);
    if (ignoreTime)
        X509_STORE_CTX_set_flags(ctx.get(), X509_V_FLAG_NO_CHECK_TIME);
    else
        X509_STORE_CTX_set_time(ctx.get(), 0, static_cast<time_t>(now.toSecsSinceEpoch()));
    X509_verify_cert(ctx.get());
    return ctx;
}

bool contains(STACK_OF(X509) *list, X509 *cert)
{
    for (int i = 0; list && i < sk_X509_num(list); ++i) {
        if (X509_cmp(sk_X509_value(list, i), cert) == 0)
            return true;
    }
    return false;
}

// What is wrong with the chain as sent (leaf, then untrusted), given the path
// the verification built (null when none) and its error.
QList<ChainIssue> chainIssues(X509 *leaf, STACK_OF(X509) *sent, STACK_OF(X509) *built, int error,
                              const QDateTime &now)
{
    QList<ChainIssue> issues;
    const int sentCount = sk_X509_num(sent);
    // The sent certificates in issuing order, from the leaf up, following
    // issuers among what was sent.
    QList<int> order; // indices into sent
    X509 *top = leaf;
    for (;;) {
        if (X509_check_issued(top, top) == X509_V_OK)
            break; // self-signed: the end
        int next = -1;
        for (int i = 0; i < sentCount && next < 0; ++i) {
            if (!order.contains(i) && X509_check_issued(sk_X509_value(sent, i), top) == X509_V_OK)
                next = i;
        }
        if (next < 0)
            break;
        order.append(next);
        top = sk_X509_value(sent, next);
    }
    for (qsizetype k = 0; k < order.size(); ++k) {
        if (order.at(k) != k) {
            issues.append({ChainIssue::Kind::OutOfOrder, nameText(X509_get_subject_name(sk_X509_value(sent, order.at(k)))),
                           {}, {}});
            break;
        }
    }
    for (int i = 0; i < sentCount; ++i) {
        if (!order.contains(i))
            issues.append({ChainIssue::Kind::Unrelated, nameText(X509_get_subject_name(sk_X509_value(sent, i))), {}, {}});
    }
    // The path built with the anchors: an intermediate in it that the server
    // did not send came from the anchors, which most clients do not have.
    const int builtCount = built ? sk_X509_num(built) : 0;
    if (error == X509_V_OK) {
        for (int i = 1; i + 1 < builtCount; ++i) {
            X509 *ca = sk_X509_value(built, i);
            if (!contains(sent, ca))
                issues.append({ChainIssue::Kind::MissingIntermediate, nameText(X509_get_subject_name(ca)), {}, {}});
        }
    } else if ((error == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY ||
                error == X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE) &&
               X509_check_issued(top, top) != X509_V_OK) {
        issues.append({ChainIssue::Kind::MissingIssuer, nameText(X509_get_subject_name(top)), {},
                       nameText(X509_get_issuer_name(top))});
    }
    // Every CA certificate sent or in the path, each once: its dates.
    std::unique_ptr<STACK_OF(X509), Deleter> seen(sk_X509_new_null());
    auto checkDates = [&](X509 *ca) {
        if (contains(seen.get(), ca))
            return;
        X509_up_ref(ca);
        sk_X509_push(seen.get(), ca);
        const QDateTime notAfter = timeOf(X509_get0_notAfter(ca));
        const QDateTime notBefore = timeOf(X509_get0_notBefore(ca));
        if (notAfter.isValid() && notAfter < now)
            issues.append({ChainIssue::Kind::CaExpired, nameText(X509_get_subject_name(ca)), notAfter, {}});
        else if (notBefore.isValid() && notBefore > now)
            issues.append({ChainIssue::Kind::CaNotYetValid, nameText(X509_get_subject_name(ca)), notBefore, {}});
    };
    for (int i = 0; i < sentCount; ++i)
        checkDates(sk_X509_value(sent, i));
    for (int i = 1; i < builtCount; ++i)
        checkDates(sk_X509_value(built, i));
    return issues;
}

QByteArray digestOf(QByteArrayView data, const EVP_MD *md)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), out, &length, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
}

QList<DaneDigests> daneDigestsOf(const QList<QByteArray> &chainDer)
{
    QList<DaneDigests> out;
    for (const QByteArray &der : chainDer) {
        auto cert = fromDer(der);
        if (!cert)
            continue;
        unsigned char *spki = nullptr;
        const int spkiLength = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert.get()), &spki);
        if (spkiLength <= 0)
            continue;
        const QByteArray spkiDer(reinterpret_cast<const char *>(spki), spkiLength);
        OPENSSL_free(spki);
        out.append({nameText(X509_get_subject_name(cert.get())), digestOf(der, EVP_sha256()),
                    digestOf(der, EVP_sha512()), digestOf(spkiDer, EVP_sha256()), digestOf(spkiDer, EVP_sha512())});
    }
    return out;
}

} // namespace

x509_store_st *sharedTrustStore(const QString &caFile)
{
    return trustStore(caFile).release();
}

std::optional<CertificateInfo> analyseCertificate(const QList<QByteArray> &chainDer,
                                                  const QString &expectedName,
                                                  const QString &caFile, const QDateTime &now)
{
    if (chainDer.isEmpty())
        return std::nullopt;
    auto leaf = fromDer(chainDer.first());
    if (!leaf)
        return std::nullopt;
    CertificateInfo info;
    info.chainLength = static_cast<int>(chainDer.size());
    info.subject = nameText(X509_get_subject_name(leaf.get()));
    info.issuer = nameText(X509_get_issuer_name(leaf.get()));
    info.subjectAltNames = altNames(leaf.get());
    info.notBefore = timeOf(X509_get0_notBefore(leaf.get()));
    info.notAfter = timeOf(X509_get0_notAfter(leaf.get()));
    info.expired = info.notAfter.isValid() && info.notAfter < now;
    info.notYetValid = info.notBefore.isValid() && info.notBefore > now;
    if (EVP_PKEY *key = X509_get0_pubkey(leaf.get())) {
        info.keyType = keyTypeName(key);
        info.keyBits = EVP_PKEY_get_bits(key);
    }
    info.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(leaf.get())));
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    X509_digest(leaf.get(), EVP_sha256(), md, &mdLen);
    info.sha256Fingerprint = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(md), static_cast<int>(mdLen)).toHex(':').toUpper());
    info.selfSigned = X509_check_issued(leaf.get(), leaf.get()) == X509_V_OK;
    info.daneDigests = daneDigestsOf(chainDer);

    if (!expectedName.isEmpty()) {
        const QByteArray name = expectedName.toUtf8();
        info.nameMatches = isIpLiteral(expectedName)
                               ? X509_check_ip_asc(leaf.get(), name.constData(), 0) == 1
                               : X509_check_host(leaf.get(), name.constData(),
                                                 static_cast<size_t>(name.size()),
                                                 X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, nullptr) == 1;
    }

    // Trust: a path to an anchor for a TLS server, ignoring the leaf's dates
    // (reported apart); the CA certificates' dates count.
    std::unique_ptr<X509_STORE, Deleter> store = trustStore(caFile);
    if (!store) {
        info.trustError = Tr::tr("cannot load the trust anchors from %1")
                              .arg(caFile.isEmpty() ? Tr::tr("the system store") : caFile);
        info.chainIssues = chainIssues(leaf.get(), untrustedOf(chainDer).get(), nullptr, 0, now);
        return info;
    }
    std::unique_ptr<STACK_OF(X509), Deleter> untrusted = untrustedOf(chainDer);
    std::unique_ptr<X509_STORE_CTX, Deleter> ctx = verified(store.get(), leaf.get(), untrusted.get(), now, false);
    bool ok = X509_STORE_CTX_get_error(ctx.get()) == X509_V_OK;
    if (!ok && X509_STORE_CTX_get_error_depth(ctx.get()) == 0 &&
        (X509_STORE_CTX_get_error(ctx.get()) == X509_V_ERR_CERT_HAS_EXPIRED ||
         X509_STORE_CTX_get_error(ctx.get()) == X509_V_ERR_CERT_NOT_YET_VALID)) {
        ctx = verified(store.get(), leaf.get(), untrusted.get(), now, true);
        ok = X509_STORE_CTX_get_error(ctx.get()) == X509_V_OK;
    }
    int error = X509_STORE_CTX_get_error(ctx.get());
    info.chainIssues = chainIssues(leaf.get(), untrusted.get(), X509_STORE_CTX_get0_chain(ctx.get()), error, now);
    if (ok) {
        // Verified without the dates (the leaf's expired): a CA of the path
        // out of its dates still breaks it.
        STACK_OF(X509) *path = X509_STORE_CTX_get0_chain(ctx.get());
        for (int i = 1; ok && path && i < sk_X509_num(path); ++i) {
            X509 *ca = sk_X509_value(path, i);
            if (timeOf(X509_get0_notAfter(ca)) < now)
                error = X509_V_ERR_CERT_HAS_EXPIRED;
            else if (timeOf(X509_get0_notBefore(ca)) > now)
                error = X509_V_ERR_CERT_NOT_YET_VALID;
            ok = error == X509_V_OK;
        }
    }
    info.trusted = ok;
    if (!ok) {
        info.trustErrorCode = error;
        info.trustError = verifyErrorText(info.trustErrorCode);
    }
    return info;
}

namespace {

struct IssueKey
{
    ChainIssue::Kind kind;
    const char *key;
};

constexpr IssueKey kIssueKeys[] = {
    {ChainIssue::Kind::CaExpired, "ca_expired"},
    {ChainIssue::Kind::CaNotYetValid, "ca_not_yet_valid"},
    {ChainIssue::Kind::OutOfOrder, "out_of_order"},
    {ChainIssue::Kind::Unrelated, "unrelated_certificate"},
    {ChainIssue::Kind::MissingIntermediate, "missing_intermediate"},
    {ChainIssue::Kind::MissingIssuer, "missing_issuer"},
};

} // namespace

QString chainIssueKey(ChainIssue::Kind kind)
{
    for (const IssueKey &k : kIssueKeys) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<ChainIssue::Kind> chainIssueFromKey(const QString &key)
{
    for (const IssueKey &k : kIssueKeys) {
        if (key == QLatin1StringView(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString chainIssueText(const ChainIssue &issue)
{
    const QString date = issue.date.toString(Qt::ISODate);
    switch (issue.kind) {
    case ChainIssue::Kind::CaExpired:
        return Tr::tr("the CA certificate %1 of the chain expired on %2").arg(issue.subject, date);
    case ChainIssue::Kind::CaNotYetValid:
        return Tr::tr("the CA certificate %1 of the chain is not valid before %2").arg(issue.subject, date);
    case ChainIssue::Kind::OutOfOrder:
        return Tr::tr("the chain is sent out of order: %1 does not follow the certificate it issued")
            .arg(issue.subject);
    case ChainIssue::Kind::Unrelated:
        return Tr::tr("%1 is sent but is no part of the chain").arg(issue.subject);
    case ChainIssue::Kind::MissingIntermediate:
        return Tr::tr("the intermediate %1 is not sent: only clients that already hold it can verify the "
                      "chain")
            .arg(issue.subject);
    case ChainIssue::Kind::MissingIssuer:
        return Tr::tr("the issuer of %1 (%2) is not sent, and the trust anchors do not hold it")
            .arg(issue.subject, issue.issuer);
    }
    return {};
}

QString trustErrorText(const CertificateInfo &certificate)
{
    return certificate.trustErrorCode != 0 ? verifyErrorText(certificate.trustErrorCode) : certificate.trustError;
}

} // namespace mailtls
