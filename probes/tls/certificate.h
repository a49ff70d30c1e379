#pragma once

// What an auditor needs to know about the certificate a hop presented:
// identity, validity, key, signature, and whether it is trusted and matches
// the name the hop is addressed by (RFC 6125 / RFC 7817). Trust ignores time,
// so an expired certificate from a trusted CA reads "trusted, expired".

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtls {

struct CertificateInfo
{
    QString subject;            // RFC 2253 form
    QStringList subjectAltNames; // "DNS:x", "IP:y"
    QString issuer;
    QDateTime notBefore;        // UTC
    QDateTime notAfter;         // UTC
    QString keyType;            // "RSA", "EC", "Ed25519", "DSA", ...
    int keyBits = 0;
    QString signatureAlgorithm; // e.g. "sha256WithRSAEncryption"
    QString sha256Fingerprint;  // hex, colon separated
    int chainLength = 0;        // certificates the server sent
    bool selfSigned = false;
    bool expired = false;       // notAfter before the time of the probe
    bool notYetValid = false;
    std::optional<bool> trusted; // chain to an anchor of the store or the CA file; nullopt: not checked
    QString trustError;          // why not, when not, in the language of the probe
    int trustErrorCode = 0;      // OpenSSL's X509_V_ERR_* for it; 0 when none or not OpenSSL's
    std::optional<bool> nameMatches; // nullopt when no name was given
};

// Why the chain is not trusted, in the language shown now (from the code when
// there is one: a result probed in English reads in Japanese later).
QString trustErrorText(const CertificateInfo &certificate);

// chainDer: as sent, leaf first. caFile: PEM anchors; empty means the system store.
std::optional<CertificateInfo> analyseCertificate(const QList<QByteArray> &chainDer,
                                                  const QString &expectedName,
                                                  const QString &caFile, const QDateTime &now);

} // namespace mailtls
