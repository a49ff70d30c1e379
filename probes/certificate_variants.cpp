#include "probes/certificate_variants.h"

#include <QCoreApplication>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::CertificateInfo)
};

// TLS alert handshake_failure (RFC 8446, 6.2): the server has nothing for what was offered.
constexpr int kHandshakeFailureAlert = 40;

const char kRsaSignatures[] = "RSA+SHA256:RSA+SHA384:RSA+SHA512:RSA+SHA224:RSA+SHA1:"
                              "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:"
                              "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512";
const char kEcdsaSignatures[] = "ECDSA+SHA256:ECDSA+SHA384:ECDSA+SHA512:ECDSA+SHA224:ECDSA+SHA1";

bool smtpFamily(Protocol p)
{
    return p == Protocol::Smtp || p == Protocol::Submission || p == Protocol::Smtps || p == Protocol::Lmtp;
}

} // namespace

QString certificateVariantKey(CertificateVariant::Asked asked)
{
    switch (asked) {
    case CertificateVariant::Asked::NoSni: return QStringLiteral("no_sni");
    case CertificateVariant::Asked::Rsa: return QStringLiteral("rsa");
    case CertificateVariant::Asked::Ecdsa: return QStringLiteral("ecdsa");
    }
    return {};
}

std::optional<CertificateVariant::Asked> certificateVariantFromKey(const QString &key)
{
    for (auto a : {CertificateVariant::Asked::NoSni, CertificateVariant::Asked::Rsa, CertificateVariant::Asked::Ecdsa}) {
        if (certificateVariantKey(a) == key)
            return a;
    }
    return std::nullopt;
}

QString certificateVariantLabel(CertificateVariant::Asked asked)
{
    switch (asked) {
    case CertificateVariant::Asked::NoSni: return Tr::tr("without SNI");
    case CertificateVariant::Asked::Rsa: return Tr::tr("RSA");
    case CertificateVariant::Asked::Ecdsa: return Tr::tr("ECDSA");
    }
    return {};
}

QList<CertificateVariant::Asked> certificateVariantsAhead(const ProbeTarget &target)
{
    QList<CertificateVariant::Asked> asks;
    if (smtpFamily(target.protocol) && !target.serverName.isEmpty() && !isIpLiteral(target.serverName))
        asks.append(CertificateVariant::Asked::NoSni);
    asks.append(CertificateVariant::Asked::Rsa);
    asks.append(CertificateVariant::Asked::Ecdsa);
    return asks;
}

QList<CertificateVariant::Asked> certificateVariantsToAsk(const ProbeTarget &target,
                                                          const std::optional<CertificateInfo> &main)
{
    QList<CertificateVariant::Asked> asks;
    if (!main)
        return asks;
    if (smtpFamily(target.protocol) && !target.serverName.isEmpty() && !isIpLiteral(target.serverName))
        asks.append(CertificateVariant::Asked::NoSni);
    if (main->keyType != QLatin1StringView("RSA"))
        asks.append(CertificateVariant::Asked::Rsa);
    if (main->keyType != QLatin1StringView("EC"))
        asks.append(CertificateVariant::Asked::Ecdsa);
    return asks;
}

CertificateVariant askCertificateVariant(const ProbeContext &ctx, CertificateVariant::Asked asked,
                                         const std::optional<CertificateInfo> &main)
{
    CertificateVariant variant;
    variant.asked = asked;
    HandshakeOptions hs;
    if (asked != CertificateVariant::Asked::NoSni)
        hs.serverName = ctx.target.serverName;
    if (asked == CertificateVariant::Asked::Rsa) {
        hs.signatureAlgorithms = QString::fromLatin1(kRsaSignatures);
        hs.cipherList = {QStringLiteral("aRSA")};
    } else if (asked == CertificateVariant::Asked::Ecdsa) {
        hs.signatureAlgorithms = QString::fromLatin1(kEcdsaSignatures);
        hs.cipherList = {QStringLiteral("aECDSA")};
    }
    // A close with no alert right after our hello counts as a drop: asked
    // again (alone, when others were open), and closed twice where no limit
    // on connections explains it, it refuses, as sendHello() decides
    // versions (attempt.h).
    HandshakeResult result;
    bool afterHello = false;
    int closedInAnswer = 0;
    const ProbeError e = onFreshConnection(
        ctx,
        [&](Attempt &a) {
            afterHello = false;
            Transcript scratch;
            if (ProbeError opened = a.open(scratch, nullptr, nullptr))
                return opened;
            afterHello = true;
            a.handshake(hs, &result);
            ProbeError answered = result.error;
            if (answered && result.closedWithoutAlert)
                answered.dropped = true;
            return answered;
        },
        &closedInAnswer);
    if (!e) {
        variant.certificate = analyseCertificate(result.chainDer, ctx.target.serverName, ctx.options.caFile,
                                                 QDateTime::currentDateTimeUtc());
        variant.sent = variant.certificate.has_value();
        if (!variant.certificate)
            variant.note = Tr::tr("the handshake completed without a certificate we could read");
        variant.sameAsMain = variant.certificate && main &&
                             variant.certificate->sha256Fingerprint == main->sha256Fingerprint;
    } else if (e.status == ProbeStatus::HandshakeFailed && !e.dropped &&
               result.fatalAlert == kHandshakeFailureAlert) {
        variant.sent = false;
    } else if (e.dropped && afterHello && closedInAnswer >= 2) {
        variant.sent = false;
        variant.note = Tr::tr("the server closed the connection after our hello, twice");
    } else {
        variant.note = e.message;
    }
    return variant;
}

} // namespace mailtls
