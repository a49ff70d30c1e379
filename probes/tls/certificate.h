#pragma once

// What an auditor needs to know about the certificate a hop presented:
// identity, validity, key, signature, and whether it is trusted and matches
// the name the hop is addressed by (RFC 6125 / RFC 7817), and what is wrong
// with the chain the server sent. Trust is for a TLS server (the serverAuth
// purpose) and ignores the leaf's dates, so an expired certificate from a
// trusted CA reads "trusted, expired"; an expired or not yet valid CA
// certificate of the chain makes it untrusted.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct x509_store_st; // OpenSSL's X509_STORE

namespace mailtls {

// One thing wrong with the chain as the server sent it, about one certificate.
struct ChainIssue
{
    enum class Kind {
        CaExpired,           // a CA certificate of the chain (sent or built) has expired
        CaNotYetValid,       // ... is not valid yet
        OutOfOrder,          // the sent chain is not in issuing order (each certificate issued by the next)
        Unrelated,           // a certificate sent that is no part of the chain
        MissingIntermediate, // verified only with an intermediate the server did not send
        MissingIssuer,       // the chain stops at a certificate whose issuer neither the server nor the anchors have
    };
    Kind kind = Kind::OutOfOrder;
    QString subject; // the certificate it is about, RFC 2253
    QDateTime date;  // CaExpired: its notAfter; CaNotYetValid: its notBefore; else invalid
    QString issuer;  // MissingIssuer: the issuer's name
};

// Stable keys (JSON): "ca_expired", "ca_not_yet_valid", "out_of_order",
// "unrelated_certificate", "missing_intermediate", "missing_issuer".
QString chainIssueKey(ChainIssue::Kind kind);
std::optional<ChainIssue::Kind> chainIssueFromKey(const QString &key);
// What the issue means, in the language shown now.
QString chainIssueText(const ChainIssue &issue);

// What a TLSA record (RFC 6698 2.1) can be matched against, for one
// certificate the server sent: the digests of the whole certificate and of its
// SubjectPublicKeyInfo. A record with matching type 0 (the full data) is
// matched by the SHA-256 of its data, so nothing more is kept.
struct DaneDigests
{
    QString subject;       // RFC 2253, for people
    QByteArray certSha256; // raw digests
    QByteArray certSha512;
    QByteArray spkiSha256;
    QByteArray spkiSha512;

    bool operator==(const DaneDigests &) const = default;
};

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
    QList<ChainIssue> chainIssues;   // what is wrong with the chain as sent; empty: nothing
    QList<DaneDigests> daneDigests;  // every certificate as sent, leaf first (unreadable ones left out)
};

// Why the chain is not trusted, in the language shown now (from the code when
// there is one: a result probed in English reads in Japanese later).
QString trustErrorText(const CertificateInfo &certificate);

// chainDer: as sent, leaf first. caFile: PEM anchors; empty means the system store.
std::optional<CertificateInfo> analyseCertificate(const QList<QByteArray> &chainDer,
                                                  const QString &expectedName,
                                                  const QString &caFile, const QDateTime &now);

// The trust anchors of caFile (empty: the system store), loaded once per
// process and shared; the caller owns one reference (X509_STORE_free). Null
// when they cannot be loaded.
x509_store_st *sharedTrustStore(const QString &caFile);

} // namespace mailtls
