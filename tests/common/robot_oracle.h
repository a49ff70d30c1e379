#pragma once

// A ROBOT oracle: a hand-written TLS server whose answer to an RSA key
// exchange depends on the premaster secret's PKCS#1 v1.5 padding, as the
// implementations the ROBOT paper found in 2017 did (different alerts, an
// alert or a close, an answer or silence). It exists because no current
// library behaves so: OpenSSL and GnuTLS answer every broken padding the same
// way (bad_record_mac once the Finished fails), so a test of the check's
// "true" needs a server written to be broken. A mode that always answers the
// same is there to show the same server decided false.
//
// How it answers one connection (serve()):
//   1. reads the ClientHello (scripted::parseClientHello) and picks the
//      first RSA key exchange suite the client offers (else handshake_failure);
//   2. sends ServerHello, Certificate (a real RSA certificate the test made),
//      a CertificateRequest when asked to, and ServerHelloDone;
//   3. reads the client's Certificate (when it asked for one: an empty one is
//      refused with certificate_required when one is required) and its
//      ClientKeyExchange, and decrypts the premaster block with raw RSA;
//   4. judges the block: starts 00 02; has the 0x00 separator after at least
//      8 bytes of padding; holds 48 bytes; starts with the hello's version;
//   5. answers after its mode (Mode below), then reads until the client closes.

#include "tests/common/scripted_tls.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

namespace scripted {

class RobotOracle
{
public:
    enum class Mode
    {
        // Not an oracle: reads ChangeCipherSpec and Finished whatever the
        // block, then bad_record_mac (as OpenSSL answers).
        NoOracle,
        // Strong: a block that does not start 00 02 gets decrypt_error at
        // once; any other goes on to bad_record_mac after the Finished.
        StrongAlerts,
        // Weak: a wholly valid block (48 bytes, the right version) goes on to
        // bad_record_mac; any other is a close without an alert.
        WeakClose,
        // By silence: a block that is not PKCS#1-conformant (no 00 02
        // start, or no separator) gets no answer at all, the connection
        // left open; a conformant one goes on to bad_record_mac.
        SilentOnBadPadding,
        // By a reset: a block that does not start 00 02 resets the
        // connection (RST) at once; any other goes on to bad_record_mac.
        ResetUnless0002,
        // Not to be trusted: the well-formed block's answer changes from one
        // connection to the next (bad_record_mac, then internal_error).
        Flaky,
    };

    struct Options
    {
        Mode mode = Mode::NoOracle;
        bool requestCertificate = false; // a CertificateRequest in the flight
        bool requireCertificate =
            false; // and an empty Certificate is refused (certificate_required)
    };

    // certificatePem, keyPem: an RSA certificate and its private key.
    RobotOracle(Options options, const QByteArray &certificatePem, const QByteArray &keyPem)
        : m_options(options)
    {
        m_certificate = derOf(certificatePem);
        BIO *bio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
        m_key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
    }
    ~RobotOracle() { EVP_PKEY_free(m_key); }
    RobotOracle(const RobotOracle &) = delete;
    RobotOracle &operator=(const RobotOracle &) = delete;

    bool ready() const { return m_key && !m_certificate.isEmpty(); }
    // Key exchanges decrypted so far.
    int keyExchanges() const { return m_keyExchanges; }

    void serve(int fd, const std::atomic_bool &stop)
    {
        QByteArray buffer;
        const std::optional<ClientHello> hello = parseClientHello(readTlsRecord(fd, &buffer, stop));
        if (!hello || hello->ssl2)
            return;
        static const QList<quint16> rsaSuites{0x009c, 0x009d, 0x002f, 0x0035,
                                              0x003c, 0x003d, 0x000a};
        quint16 suite = 0;
        for (quint16 s : hello->suites) {
            if (rsaSuites.contains(s)) {
                suite = s;
                break;
            }
        }
        if (!suite || hello->clientVersion < 0x0301) {
            TestServer::send(fd, alert(2, 40));
            drainUntilClosed(fd, stop);
            return;
        }
        const int version = std::min(hello->clientVersion, 0x0303);
        // 2. The flight.
        QByteArray certificates;
        put24(certificates, int(m_certificate.size()) + 3);
        put24(certificates, int(m_certificate.size()));
        certificates.append(m_certificate);
        QByteArray flight = serverHello(version, suite) + handshakeMessage(11, certificates);
        if (m_options.requestCertificate) {
            QByteArray request("\x01\x01", 2); // one type: rsa_sign
            if (version == 0x0303) {
                put16(request, 2);
                put16(request, 0x0401); // rsa_pkcs1_sha256
            }
            put16(request, 0); // any authority
            flight += handshakeMessage(13, request);
        }
        flight += handshakeMessage(14, {});
        TestServer::send(fd, record(0x16, version, flight));

        // 3. The client's Certificate and ClientKeyExchange, however the records cut them.
        QByteArray handshake;
        bool certificateSeen = false;
        for (;;) {
            const QByteArray r = readTlsRecord(fd, &buffer, stop);
            if (r.isEmpty() || r[0] != 0x16)
                return answerAndClose(fd, stop, alert(2, 10)); // unexpected_message
            handshake += r.mid(5);
            while (handshake.size() >= 4 && handshake.size() >= 4 + get24(handshake, 1)) {
                const int type = quint8(handshake[0]);
                const QByteArray body = handshake.mid(4, get24(handshake, 1));
                handshake.remove(0, 4 + body.size());
                if (m_options.requestCertificate && !certificateSeen) {
                    if (type != 11)
                        return answerAndClose(fd, stop, alert(2, 10));
                    certificateSeen = true;
                    if (m_options.requireCertificate && get24(body, 0) == 0)
                        return answerAndClose(fd, stop, alert(2, 116)); // certificate_required
                    continue;
                }
                if (type != 16 || body.size() < 2)
                    return answerAndClose(fd, stop, alert(2, 10));
                return keyExchange(fd, stop, &buffer, body.mid(2), hello->clientVersion);
            }
        }
    }

private:
    static void put24(QByteArray &b, int v)
    {
        b.append(char((v >> 16) & 0xff));
        put16(b, v & 0xffff);
    }
    static int get24(QByteArrayView b, qsizetype at)
    {
        return (quint8(b[at]) << 16) | (quint8(b[at + 1]) << 8) | quint8(b[at + 2]);
    }
    static QByteArray derOf(const QByteArray &pem)
    {
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        if (!cert)
            return {};
        QByteArray der(i2d_X509(cert, nullptr), Qt::Uninitialized);
        auto *p = reinterpret_cast<unsigned char *>(der.data());
        i2d_X509(cert, &p);
        X509_free(cert);
        return der;
    }

    static void answerAndClose(int fd, const std::atomic_bool &stop, const QByteArray &bytes)
    {
        TestServer::send(fd, bytes);
        drainUntilClosed(fd, stop);
    }

    // Reads the client's ChangeCipherSpec and Finished, then bad_record_mac:
    // the Finished of a premaster secret the server never shared fails.
    static void onToFinished(int fd, const std::atomic_bool &stop, QByteArray *buffer)
    {
        readTlsRecord(fd, buffer, stop); // ChangeCipherSpec
        readTlsRecord(fd, buffer, stop); // Finished
        answerAndClose(fd, stop, alert(2, 20));
    }

    // Steps 3 (decryption) to 5.
    void keyExchange(int fd, const std::atomic_bool &stop, QByteArray *buffer,
                     const QByteArray &encrypted, int clientVersion)
    {
        QByteArray block(EVP_PKEY_get_size(m_key), '\0');
        size_t length = size_t(block.size());
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> c(
            EVP_PKEY_CTX_new_from_pkey(nullptr, m_key, nullptr), EVP_PKEY_CTX_free);
        if (!c || EVP_PKEY_decrypt_init(c.get()) <= 0 ||
            EVP_PKEY_CTX_set_rsa_padding(c.get(), RSA_NO_PADDING) <= 0 ||
            EVP_PKEY_decrypt(c.get(), reinterpret_cast<unsigned char *>(block.data()), &length,
                             reinterpret_cast<const unsigned char *>(encrypted.constData()),
                             size_t(encrypted.size())) <= 0)
            return answerAndClose(fd, stop, alert(2, 80));
        block.truncate(qsizetype(length));
        m_keyExchanges++;
        // 4. What the block is.
        const bool startsRight = block.size() > 11 && block[0] == 0 && block[1] == 2;
        const qsizetype separator = startsRight ? block.indexOf('\0', 2) : -1;
        const bool conformant = separator >= 10;
        const bool fortyEight = conformant && block.size() - separator - 1 == 48;
        const bool versionRight = fortyEight && get16(block, separator + 1) == clientVersion;
        // 5. The answer.
        switch (m_options.mode) {
        case Mode::NoOracle:
            return onToFinished(fd, stop, buffer);
        case Mode::StrongAlerts:
            if (!startsRight)
                return answerAndClose(fd, stop, alert(2, 51)); // decrypt_error
            return onToFinished(fd, stop, buffer);
        case Mode::WeakClose:
            if (!versionRight) {
                drainUntilClosed(fd, stop,
                                 200); // what the client sent is read: a close, not a reset
                return;
            }
            return onToFinished(fd, stop, buffer);
        case Mode::SilentOnBadPadding:
            if (!conformant) {
                drainUntilClosed(fd, stop, 15000); // no word until the client gives up
                return;
            }
            return onToFinished(fd, stop, buffer);
        case Mode::ResetUnless0002:
            if (!startsRight) {
                resetConnection(fd);
                return;
            }
            return onToFinished(fd, stop, buffer);
        case Mode::Flaky:
            if (versionRight && ++m_wellFormed % 2 == 0)
                return answerAndClose(fd, stop, alert(2, 80)); // internal_error
            return onToFinished(fd, stop, buffer);
        }
    }

    Options m_options;
    QByteArray m_certificate;
    EVP_PKEY *m_key = nullptr;
    std::atomic_int m_keyExchanges{0};
    std::atomic_int m_wellFormed{0};
};

} // namespace scripted
