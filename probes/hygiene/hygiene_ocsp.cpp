// ocsp_stapling, from the main handshake (no connection of its own): whether
// the server stapled an OCSP response to our status_request (RFC 6066 8),
// and that response judged against the certificate the server sent: its
// status, its signature (OCSP_basic_verify against the chain and the trust
// store), the leaf's certificate status, and its freshness. The value says
// only that a response is stapled; the rest is the detail (OcspStaple) and
// evidence lines, which the profiles' rules read. The bytes are the
// server's: everything is parsed defensively, and what cannot be judged is
// left undecided in the detail.

#include "probes/hygiene/hygiene_checks.h"

#include "probes/tls/certificate.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <openssl/err.h>
#include <openssl/ocsp.h>
#include <openssl/x509.h>

#include <ctime>
#include <memory>

namespace mailtls::hygiene {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Hygiene)
};

// Leeway for clocks on thisUpdate and nextUpdate.
constexpr long kLeewaySeconds = 300;

struct Free
{
    void operator()(OCSP_RESPONSE *p) const { OCSP_RESPONSE_free(p); }
    void operator()(OCSP_BASICRESP *p) const { OCSP_BASICRESP_free(p); }
    void operator()(OCSP_CERTID *p) const { OCSP_CERTID_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_STORE *p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX *p) const { X509_STORE_CTX_free(p); }
    void operator()(STACK_OF(X509) *p) const { sk_X509_pop_free(p, X509_free); }
};
template <typename T>
using Owned = std::unique_ptr<T, Free>;

// RFC 6960 4.2.1's names of OCSPResponseStatus.
QString responseStatusName(int status)
{
    switch (status) {
    case OCSP_RESPONSE_STATUS_SUCCESSFUL: return QStringLiteral("successful");
    case OCSP_RESPONSE_STATUS_MALFORMEDREQUEST: return QStringLiteral("malformedRequest");
    case OCSP_RESPONSE_STATUS_INTERNALERROR: return QStringLiteral("internalError");
    case OCSP_RESPONSE_STATUS_TRYLATER: return QStringLiteral("tryLater");
    case OCSP_RESPONSE_STATUS_SIGREQUIRED: return QStringLiteral("sigRequired");
    case OCSP_RESPONSE_STATUS_UNAUTHORIZED: return QStringLiteral("unauthorized");
    }
    return QStringLiteral("status %1").arg(status);
}

QString certStatusName(int status)
{
    switch (status) {
    case V_OCSP_CERTSTATUS_GOOD: return QStringLiteral("good");
    case V_OCSP_CERTSTATUS_REVOKED: return QStringLiteral("revoked");
    default: return QStringLiteral("unknown");
    }
}

QDateTime toDateTime(const ASN1_GENERALIZEDTIME *t)
{
    std::tm tm{};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::utc());
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : Tr::tr("none");
}

Owned<X509> fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Owned<X509>(d2i_X509(nullptr, &p, der.size()));
}

// The leaf's issuer: from the chain as sent, else from the trust store.
Owned<X509> issuerOf(X509 *leaf, STACK_OF(X509) *chain, X509_STORE *store)
{
    for (int i = 1; i < sk_X509_num(chain); ++i) {
        X509 *candidate = sk_X509_value(chain, i);
        if (X509_check_issued(candidate, leaf) == X509_V_OK) {
            X509_up_ref(candidate);
            return Owned<X509>(candidate);
        }
    }
    if (!store)
        return nullptr;
    Owned<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store, leaf, chain) != 1)
        return nullptr;
    X509 *issuer = nullptr;
    if (X509_STORE_CTX_get1_issuer(&issuer, ctx.get(), leaf) == 1)
        return Owned<X509>(issuer);
    return nullptr;
}

// The single response for the leaf, matched with the hash the response uses.
OCSP_SINGLERESP *findLeaf(OCSP_BASICRESP *basic, X509 *leaf, X509 *issuer)
{
    const int count = OCSP_resp_count(basic);
    for (int i = 0; i < count; ++i) {
        OCSP_SINGLERESP *single = OCSP_resp_get0(basic, i);
        const OCSP_CERTID *id = single ? OCSP_SINGLERESP_get0_id(single) : nullptr;
        ASN1_OBJECT *hashOid = nullptr;
        if (!id || OCSP_id_get0_info(nullptr, &hashOid, nullptr, nullptr, const_cast<OCSP_CERTID *>(id)) != 1)
            continue;
        const EVP_MD *md = EVP_get_digestbyobj(hashOid);
        if (!md)
            continue;
        Owned<OCSP_CERTID> ours(OCSP_cert_to_id(md, leaf, issuer));
        if (ours && OCSP_id_cmp(ours.get(), id) == 0)
            return single;
    }
    return nullptr;
}

} // namespace

void judgeOcspStaple(const HygieneInput &input, HygieneCheck *check, OcspStaple *detail)
{
    if (!input.mainHandshake) {
        undecided(check, Tr::tr("no TLS handshake completed: whether a response is stapled is not known"));
        return;
    }
    if (input.ocspResponse.isEmpty()) {
        decided(check, false, Tr::tr("no OCSP response stapled"));
        if (Owned<X509> leaf = input.chainDer.isEmpty() ? Owned<X509>() : fromDer(input.chainDer.first())) {
            STACK_OF(OPENSSL_STRING) *urls = X509_get1_ocsp(leaf.get());
            detail->responderNamed = urls && sk_OPENSSL_STRING_num(urls) > 0;
            X509_email_free(urls); // frees a list of strings, as X509_get1_ocsp asks
            if (!*detail->responderNamed)
                check->evidence.append(Tr::tr("the certificate names no OCSP responder: there is nothing to staple"));
        }
        return;
    }
    check->value = true;
    const auto *p = reinterpret_cast<const unsigned char *>(input.ocspResponse.constData());
    Owned<OCSP_RESPONSE> response(d2i_OCSP_RESPONSE(nullptr, &p, input.ocspResponse.size()));
    ERR_clear_error();
    if (!response) {
        detail->responseStatus = QStringLiteral("malformed");
        check->evidence.append(
            Tr::tr("a response is stapled, but it is not an OCSP response (%n byte(s))", nullptr,
                   static_cast<int>(input.ocspResponse.size())));
        return;
    }
    const int status = OCSP_response_status(response.get());
    detail->responseStatus = responseStatusName(status);
    if (status != OCSP_RESPONSE_STATUS_SUCCESSFUL) {
        check->evidence.append(
            Tr::tr("stapled OCSP response: %1, with no certificate status").arg(detail->responseStatus));
        return;
    }
    Owned<OCSP_BASICRESP> basic(OCSP_response_get1_basic(response.get()));
    if (!basic) {
        check->evidence.append(Tr::tr("stapled OCSP response: successful, but not a basic response"));
        return;
    }

    Owned<STACK_OF(X509)> chain(sk_X509_new_null());
    for (const QByteArray &der : input.chainDer) {
        if (Owned<X509> cert = fromDer(der))
            sk_X509_push(chain.get(), cert.release());
    }
    Owned<X509_STORE> store(sharedTrustStore(input.caFile));
    X509 *leaf = sk_X509_num(chain.get()) > 0 ? sk_X509_value(chain.get(), 0) : nullptr;

    // The signature: by the issuer, or a responder it delegated to, chained to the store.
    if (store) {
        const int verified = OCSP_basic_verify(basic.get(), chain.get(), store.get(), 0);
        detail->signatureValid = verified == 1;
        if (verified == 1) {
            check->evidence.append(Tr::tr("the response's signature verifies (the issuer or its delegated responder)"));
        } else {
            const unsigned long code = ERR_peek_last_error();
            const char *reason = code ? ERR_reason_error_string(code) : nullptr;
            check->evidence.append(Tr::tr("the response's signature does not verify: %1")
                                       .arg(reason ? QString::fromLatin1(reason) : Tr::tr("unknown reason")));
        }
        ERR_clear_error();
    } else {
        check->evidence.append(Tr::tr("the trust store could not be loaded: the signature is not judged"));
    }

    Owned<X509> issuer = leaf ? issuerOf(leaf, chain.get(), store.get()) : nullptr;
    if (!leaf || !issuer) {
        check->evidence.append(leaf ? Tr::tr("the leaf's issuer is not known: whether the response is for it is not judged")
                                    : Tr::tr("no certificate to judge the response against"));
        return;
    }
    OCSP_SINGLERESP *single = findLeaf(basic.get(), leaf, issuer.get());
    if (!single) {
        detail->forCertificate = false;
        check->evidence.append(Tr::tr("the response names %n other certificate(s), not the server's", nullptr,
                                      OCSP_resp_count(basic.get())));
        return;
    }
    detail->forCertificate = true;
    int reason = -1;
    ASN1_GENERALIZEDTIME *revoked = nullptr;
    ASN1_GENERALIZEDTIME *thisUpdate = nullptr;
    ASN1_GENERALIZEDTIME *nextUpdate = nullptr;
    const int certStatus = OCSP_single_get0_status(single, &reason, &revoked, &thisUpdate, &nextUpdate);
    detail->certStatus = certStatusName(certStatus);
    detail->thisUpdate = toDateTime(thisUpdate);
    detail->nextUpdate = toDateTime(nextUpdate);
    if (certStatus == V_OCSP_CERTSTATUS_REVOKED)
        check->evidence.append(Tr::tr("the server's certificate is revoked (since %1)").arg(when(toDateTime(revoked))));
    else
        check->evidence.append(Tr::tr("certificate status: %1").arg(detail->certStatus));
    detail->fresh = thisUpdate && OCSP_check_validity(thisUpdate, nextUpdate, kLeewaySeconds, -1) == 1;
    ERR_clear_error();
    check->evidence.append((*detail->fresh ? Tr::tr("fresh: this update %1, next update %2")
                                           : Tr::tr("not fresh: this update %1, next update %2"))
                               .arg(when(detail->thisUpdate), when(detail->nextUpdate)));
}

} // namespace mailtls::hygiene
