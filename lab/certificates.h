#pragma once

// A throwaway certificate authority for the lab: a CA and leaf certificates
// with the names, key types and validity each lab service asks for (including
// expired and self-signed ones, which the audit must notice).

#include "lab/labspec.h"

#include <QByteArray>
#include <QString>

namespace mailtls::lab {

struct IssuedFiles
{
    QString certificate; // leaf only
    QString chain;       // leaf followed by the CA (what servers send)
    QString key;
};

// One certificate of a chain the lab's CA does not make, for tests: an
// intermediate, dates in the past or the future, a leaf without serverAuth.
// Times are seconds from now.
struct ChainCertificateSpec
{
    QString commonName;                 // also the leaf's DNS name
    QString key = QStringLiteral("rsa2048"); // as CertificateSpec::key
    long notBeforeSecs = -24 * 3600;
    long notAfterSecs = 30 * 24 * 3600;
    bool ca = false;
    QString extendedKeyUsage = QStringLiteral("serverAuth"); // a leaf's; empty: none
};

// A certificate and its private key, PEM.
struct PemPair
{
    QByteArray certificate;
    QByteArray key;
};

// Makes and signs a certificate in memory; issuer null: self-signed.
// Returns an error message or "".
QString makeChainCertificate(const ChainCertificateSpec &spec, const PemPair *issuer, PemPair *out);

// The SHA-256 of the SubjectPublicKeyInfo (DER) of the first certificate in
// pemFile, or of the private key in it when it holds no certificate: the data
// of a TLSA 3 1 1 record, in lower-case hex. Returns "" or an error.
QString publicKeySha256(const QString &pemFile, QString *hex);
// Generates a key (rsa2048, rsa1024, ec256, as CertificateSpec::key) into
// path, PEM: the next key of a server, made before its certificate.
QString writeKey(const QString &path, const QString &type);

class CertificateAuthority
{
public:
    // Creates the CA key and certificate in dir. Returns an error message or "".
    QString create(const QString &dir);
    // Uses the CA that create() made in dir earlier (to issue more certificates).
    void open(const QString &dir);
    QString caCertificatePath() const { return m_caCert; }

    // Issues a certificate for hostName (also its address as an IP SAN).
    // Returns an error message or "".
    QString issue(const QString &hostName, const QString &address, const CertificateSpec &spec,
                  const QString &dir, IssuedFiles *files) const;

    // Writes RFC 7919 ffdhe2048 parameters (Dovecot's ssl_dh), or another
    // named group of OpenSSL's ("modp_2048"), or, with generatedBits, a
    // freshly generated prime of that size.
    static QString writeDhParameters(const QString &path, int generatedBits = 0,
                                     const QString &group = QStringLiteral("ffdhe2048"));

private:
    QString m_dir;
    QString m_caCert;
    QString m_caKey;
};

} // namespace mailtls::lab
