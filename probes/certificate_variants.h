#pragma once

// The server's certificates beyond the one the main handshake got, as other
// clients get them:
//   - without SNI, on the SMTP family (SMTP, submission, SMTPS, LMTP): most
//     sending MTAs send no server name, so the certificate they see may not
//     be the one a name gets;
//   - of the other key type: a server may hold an RSA and an ECDSA
//     certificate (Postfix's smtpd_tls_eccert_file, s_server -dcert) and
//     choose by the client's signature algorithms; a handshake offering only
//     RSA (or only ECDSA) signatures asks for that one.
// One connection each, through onFreshConnection (the limiter's caps, the
// drop and rate-limit retries).

#include "probes/attempt.h"
#include "probes/tls/certificate.h"

#include <QList>
#include <QString>

#include <optional>

namespace mailtls {

struct CertificateVariant
{
    enum class Asked {
        NoSni, // a handshake without SNI
        Rsa,   // RSA signatures only (rsa_pkcs1_*, rsa_pss_*), RSA-authenticated suites
        Ecdsa, // ECDSA signatures only, ECDSA-authenticated suites
    };
    Asked asked = Asked::NoSni;
    // true: the server sent a certificate; false: it refused the handshake
    // with a fatal handshake_failure alert (it has no certificate of that
    // type; without SNI, it serves no client that sends no name); nullopt:
    // undecided (a drop, a timeout, another error: note says why).
    std::optional<bool> sent;
    std::optional<CertificateInfo> certificate; // when sent
    bool sameAsMain = false;                    // the main handshake's certificate (same SHA-256)
    QString note;                               // why undecided, in the language of the probe
};

// "no_sni", "rsa", "ecdsa" (JSON).
QString certificateVariantKey(CertificateVariant::Asked asked);
std::optional<CertificateVariant::Asked> certificateVariantFromKey(const QString &key);
// For people: "without SNI", "RSA", "ECDSA", in the language shown now.
QString certificateVariantLabel(CertificateVariant::Asked asked);

// What to ask beyond the main certificate main: without SNI on the SMTP
// family when a name was sent; the key type(s) main is not of. Nothing
// without a main certificate.
// Every variant that may be wanted, before the main certificate is known:
// without SNI (as certificateVariantsToAsk), and both key types. Asked this
// early, they run beside the version steps instead of after the main
// handshake; the one of the main certificate's own type is dropped afterwards.
QList<CertificateVariant::Asked> certificateVariantsAhead(const ProbeTarget &target);
QList<CertificateVariant::Asked> certificateVariantsToAsk(const ProbeTarget &target,
                                                          const std::optional<CertificateInfo> &main);

// Asks on a fresh connection and analyses what came (name and trust as the
// main certificate's).
CertificateVariant askCertificateVariant(const ProbeContext &ctx, CertificateVariant::Asked asked,
                                         const std::optional<CertificateInfo> &main);

} // namespace mailtls
