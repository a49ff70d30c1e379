#pragma once

// Certificates made for a test's chains (lab::makeChainCertificate), kept by
// name, and written as PEM files for servers and CA files: a root, an
// intermediate, an expired one, a leaf without serverAuth, as a case needs.

#include "lab/certificates.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace testchains {

// A PEM certificate as DER (what a server sends); empty when it cannot be read.
inline QByteArray derOf(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!cert)
        return {};
    const int len = i2d_X509(cert, nullptr);
    QByteArray der(len, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(cert, &p);
    X509_free(cert);
    return der;
}

class Chains
{
public:
    static constexpr long kDay = 24 * 3600;

    // A CA certificate (EC P-256), valid from..to seconds from now; issuer "" : self-signed.
    QString ca(const QString &name, const QString &commonName, long from, long to, const QString &issuer = {})
    {
        return make(name, {commonName, QStringLiteral("ec256"), from, to, true, {}}, issuer);
    }
    // A leaf (RSA 2048) for commonName with the given extended key usage.
    QString leaf(const QString &name, const QString &commonName, const QString &issuer, long from = -kDay,
                 long to = 30 * kDay, const QString &eku = QStringLiteral("serverAuth"),
                 const QString &key = QStringLiteral("rsa2048"))
    {
        return make(name, {commonName, key, from, to, false, eku}, issuer);
    }
    QString make(const QString &name, const mailtls::lab::ChainCertificateSpec &spec, const QString &issuer)
    {
        mailtls::lab::PemPair pair;
        const QString e = mailtls::lab::makeChainCertificate(spec, issuer.isEmpty() ? nullptr : &m_certs[issuer], &pair);
        m_certs.insert(name, pair);
        return e.isEmpty() ? e : name + QStringLiteral(": ") + e;
    }

    QByteArray pem(const QString &name) const { return m_certs.value(name).certificate; }
    QByteArray key(const QString &name) const { return m_certs.value(name).key; }

    // The certificates named, in order, in one PEM file; the path, or "" when it cannot be written.
    QString writeCertificates(const QString &file, const QStringList &names)
    {
        QFile f(m_dir.filePath(file));
        if (!m_dir.isValid() || !f.open(QIODevice::WriteOnly))
            return {};
        for (const QString &n : names)
            f.write(m_certs.value(n).certificate);
        return f.fileName();
    }
    QString writeKey(const QString &file, const QString &name)
    {
        QFile f(m_dir.filePath(file));
        if (!m_dir.isValid() || !f.open(QIODevice::WriteOnly))
            return {};
        f.write(m_certs.value(name).key);
        return f.fileName();
    }

private:
    QTemporaryDir m_dir;
    QHash<QString, mailtls::lab::PemPair> m_certs;
};

} // namespace testchains
