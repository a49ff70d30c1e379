#include "probes/receiver/server_tls.h"

#include "probes/transcript.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <poll.h>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ServerTls)
};

struct Deleter
{
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};

QString opensslErrors()
{
    QStringList parts;
    while (const unsigned long code = ERR_get_error()) {
        if (const char *reason = ERR_reason_error_string(code))
            parts.append(QString::fromLatin1(reason));
        else
            parts.append(QStringLiteral("error %1").arg(code));
    }
    return parts.join(QStringLiteral("; "));
}

QByteArray toPem(X509 *cert)
{
    std::unique_ptr<BIO, Deleter> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, n);
}

QByteArray toPem(EVP_PKEY *key)
{
    std::unique_ptr<BIO, Deleter> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, n);
}

// The client's hello: its highest version (supported_versions, else the
// legacy field), kept in the SSL's ex data slot for the accepting thread.
int exIndex()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

std::optional<TlsVersion> fromWire(unsigned int wire)
{
    switch (wire) {
    case 0x0300: return TlsVersion::Ssl3;
    case 0x0301: return TlsVersion::Tls10;
    case 0x0302: return TlsVersion::Tls11;
    case 0x0303: return TlsVersion::Tls12;
    case 0x0304: return TlsVersion::Tls13;
    default: return std::nullopt;
    }
}

int onClientHello(SSL *ssl, int *, void *)
{
    auto *clientMax = static_cast<std::optional<TlsVersion> *>(SSL_get_ex_data(ssl, exIndex()));
    if (!clientMax)
        return SSL_CLIENT_HELLO_SUCCESS;
    std::optional<TlsVersion> best = fromWire(SSL_client_hello_get0_legacy_version(ssl));
    const unsigned char *ext = nullptr;
    size_t len = 0;
    if (SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_supported_versions, &ext, &len) == 1 && len >= 1) {
        // A one-byte length, then two bytes per version (GREASE values are skipped).
        const size_t listLen = std::min<size_t>(ext[0], len - 1);
        for (size_t i = 1; i + 1 <= listLen; i += 2) {
            if (const std::optional<TlsVersion> v = fromWire((ext[i] << 8) | ext[i + 1]); v && (!best || *v > *best))
                best = v;
        }
    }
    *clientMax = best;
    return SSL_CLIENT_HELLO_SUCCESS;
}

// The client's alert, read by the info callback: a description such as "bad certificate".
int alertIndex()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

void onInfo(const SSL *ssl, int where, int ret)
{
    // SSL_CB_READ_ALERT shares its alert bit with SSL_CB_WRITE_ALERT: the
    // whole value must match, or our own alerts would read as the client's.
    if ((where & SSL_CB_READ_ALERT) != SSL_CB_READ_ALERT)
        return;
    if (auto *alert = static_cast<QString *>(SSL_get_ex_data(ssl, alertIndex())); alert && alert->isEmpty())
        *alert = QStringLiteral("%1 alert: %2")
                     .arg(QString::fromLatin1(SSL_alert_type_string_long(ret)),
                          QString::fromLatin1(SSL_alert_desc_string_long(ret)));
}

int acceptAnyClientCertificate(int, X509_STORE_CTX *)
{
    return 1; // asked for to see whether the client has one, never to judge it
}

template <typename Call>
ProbeError drive(SSL *ssl, int fd, QDeadlineTimer deadline, const std::atomic_bool *cancel, Call call, int *result)
{
    for (;;) {
        ERR_clear_error();
        const int rc = call();
        if (rc > 0) {
            *result = rc;
            return {};
        }
        const int err = SSL_get_error(ssl, rc);
        if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
            if (ProbeError e = Connection::waitFor(fd, err == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, deadline,
                                                   cancel))
                return e;
            continue;
        }
        *result = rc;
        if (err == SSL_ERROR_ZERO_RETURN)
            return {ProbeStatus::HandshakeFailed, Tr::tr("the client closed the TLS session"), true};
        const QString detail = opensslErrors();
        if (err == SSL_ERROR_SYSCALL || detail.contains(QLatin1StringView("unexpected eof")))
            return {ProbeStatus::HandshakeFailed, Tr::tr("the client closed the connection"), true};
        return {ProbeStatus::HandshakeFailed, detail.isEmpty() ? Tr::tr("TLS error %1").arg(err) : detail};
    }
}

} // namespace

ServerCredentials makeSelfSigned(const QString &name, const QDateTime &notBefore, const QDateTime &notAfter,
                                 QString *error)
{
    std::unique_ptr<EVP_PKEY, Deleter> key(EVP_EC_gen("P-256"));
    std::unique_ptr<X509, Deleter> cert(X509_new());
    std::unique_ptr<BIGNUM, Deleter> serial(BN_new());
    const QByteArray cn = name.toUtf8();
    const auto fail = [&](const char *what) {
        *error = Tr::tr("cannot make a certificate (%1): %2").arg(QString::fromLatin1(what), opensslErrors());
        return ServerCredentials{};
    };
    if (!key || !cert || !serial)
        return fail("allocation");
    if (X509_set_version(cert.get(), X509_VERSION_3) != 1 ||
        BN_rand(serial.get(), 120, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return fail("serial");
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), notBefore.toSecsSinceEpoch()) ||
        !ASN1_TIME_set(X509_getm_notAfter(cert.get()), notAfter.toSecsSinceEpoch()))
        return fail("validity");
    X509_NAME *subject = X509_get_subject_name(cert.get());
    if (X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                   -1, -1, 0) != 1 ||
        X509_set_issuer_name(cert.get(), subject) != 1 || X509_set_pubkey(cert.get(), key.get()) != 1)
        return fail("names");
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    const QByteArray san = "DNS:" + cn;
    if (X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, san.constData())) {
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return fail("signature");
    return {toPem(cert.get()), toPem(key.get())};
}

std::shared_ptr<ServerTlsContext> ServerTlsContext::create(ReceiverScenario scenario,
                                                           const ServerCredentials &credentials, QString *error)
{
    auto context = std::shared_ptr<ServerTlsContext>(new ServerTlsContext);
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx) {
        *error = Tr::tr("OpenSSL: %1").arg(opensslErrors());
        return nullptr;
    }
    context->m_ctx = ctx;
    ServerCredentials used = credentials;
    if (scenario == ReceiverScenario::BadCertificate) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        used = makeSelfSigned(QStringLiteral("wrong-name.invalid"), now.addDays(-60), now.addDays(-30), error);
        if (used.chainPem.isEmpty())
            return nullptr;
    }
    SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET | SSL_OP_IGNORE_UNEXPECTED_EOF);
    if (scenario == ReceiverScenario::LegacyOnly) {
        // TLS 1.0 and 1.1 need security level 0 and their SHA-1 suites.
        SSL_CTX_set_security_level(ctx, 0);
        SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
        SSL_CTX_set_max_proto_version(ctx, TLS1_1_VERSION);
        SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");
    } else {
        SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
        SSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION);
    }
    {
        std::unique_ptr<BIO, Deleter> bio(BIO_new_mem_buf(used.chainPem.constData(), int(used.chainPem.size())));
        X509 *leaf = bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr;
        if (!leaf || SSL_CTX_use_certificate(ctx, leaf) != 1) {
            X509_free(leaf);
            *error = Tr::tr("the certificate is not PEM: %1").arg(opensslErrors());
            return nullptr;
        }
        X509_free(leaf);
        while (X509 *extra = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            if (SSL_CTX_add0_chain_cert(ctx, extra) != 1) {
                X509_free(extra);
                break;
            }
        }
        ERR_clear_error(); // the end of the chain
    }
    {
        std::unique_ptr<BIO, Deleter> bio(BIO_new_mem_buf(used.keyPem.constData(), int(used.keyPem.size())));
        EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
        const bool ok = key && SSL_CTX_use_PrivateKey(ctx, key) == 1 && SSL_CTX_check_private_key(ctx) == 1;
        EVP_PKEY_free(key);
        if (!ok) {
            *error = Tr::tr("the private key is not PEM or does not match the certificate: %1").arg(opensslErrors());
            return nullptr;
        }
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_CLIENT_ONCE, acceptAnyClientCertificate);
    SSL_CTX_set_client_hello_cb(ctx, onClientHello, nullptr);
    SSL_CTX_set_info_callback(ctx, onInfo);
    // Sessions are not resumed: each one is a fresh handshake to look at.
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    const QByteArray sid = "mailtls-receiver";
    SSL_CTX_set_session_id_context(ctx, reinterpret_cast<const unsigned char *>(sid.constData()),
                                   static_cast<unsigned int>(sid.size()));
    return context;
}

ServerTlsContext::~ServerTlsContext()
{
    SSL_CTX_free(m_ctx);
}

ServerTlsStream::ServerTlsStream(std::shared_ptr<ServerTlsContext> context, const std::atomic_bool *cancel)
    : m_context(std::move(context)), m_cancel(cancel)
{
}

ServerTlsStream::~ServerTlsStream()
{
    SSL_free(m_ssl);
}

ProbeError ServerTlsStream::accept(int fd, QDeadlineTimer deadline, ReceivedTls *tls,
                                   std::optional<TlsVersion> *clientMax, bool *clientAlert)
{
    *clientAlert = false;
    m_fd = fd;
    m_ssl = SSL_new(m_context->get());
    if (!m_ssl)
        return {ProbeStatus::HandshakeFailed, Tr::tr("OpenSSL: %1").arg(opensslErrors())};
    QString alert;
    SSL_set_ex_data(m_ssl, exIndex(), clientMax);
    SSL_set_ex_data(m_ssl, alertIndex(), &alert);
    SSL_set_fd(m_ssl, fd);
    int rc = 0;
    ProbeError e = drive(m_ssl, fd, deadline, m_cancel, [this] { return SSL_accept(m_ssl); }, &rc);
    SSL_set_ex_data(m_ssl, exIndex(), nullptr);
    // From here on the client's alerts are the session's (clientEnd()).
    SSL_set_ex_data(m_ssl, alertIndex(), e ? nullptr : &m_alert);
    if (e) {
        if (!alert.isEmpty()) {
            e.message = alert; // the client said why
            *clientAlert = alert.startsWith(QLatin1StringView("fatal"));
        }
        return e;
    }
    tls->version = TlsVersion::Tls12;
    switch (SSL_version(m_ssl)) {
    case TLS1_VERSION: tls->version = TlsVersion::Tls10; break;
    case TLS1_1_VERSION: tls->version = TlsVersion::Tls11; break;
    case TLS1_3_VERSION: tls->version = TlsVersion::Tls13; break;
    default: break;
    }
    tls->cipher = QString::fromLatin1(SSL_CIPHER_standard_name(SSL_get_current_cipher(m_ssl)));
    if (const int group = SSL_get_negotiated_group(m_ssl); group != 0) {
        if (const char *name = SSL_group_to_name(m_ssl, group))
            tls->group = QString::fromLatin1(name);
    }
    if (const char *sni = SSL_get_servername(m_ssl, TLSEXT_NAMETYPE_host_name))
        tls->serverName = Transcript::printable(QByteArrayView(sni)).left(255);
    if (X509 *peer = SSL_get1_peer_certificate(m_ssl)) {
        char buf[512];
        X509_NAME_oneline(X509_get_subject_name(peer), buf, sizeof buf);
        tls->clientCertificate = QString::fromUtf8(buf);
        X509_free(peer);
    }
    return {};
}

ProbeError ServerTlsStream::readLine(QByteArray *line, qsizetype maxLength, QDeadlineTimer deadline)
{
    for (;;) {
        if (const qsizetype nl = m_buffer.indexOf('\n'); nl >= 0) {
            if (nl + 1 > maxLength)
                return {ProbeStatus::ProtocolError, Tr::tr("a line longer than %1 bytes").arg(maxLength)};
            *line = m_buffer.left(nl + 1);
            m_buffer.remove(0, nl + 1);
            return {};
        }
        if (m_buffer.size() > maxLength)
            return {ProbeStatus::ProtocolError, Tr::tr("a line longer than %1 bytes").arg(maxLength)};
        char buf[16384];
        int n = 0;
        if (ProbeError e = drive(m_ssl, m_fd, deadline, m_cancel, [&] { return SSL_read(m_ssl, buf, sizeof buf); }, &n))
            return e;
        m_buffer.append(buf, n);
    }
}

QString ServerTlsStream::clientEnd() const
{
    if (m_alert.startsWith(QLatin1StringView("fatal")))
        return m_alert;
    if (m_ssl && (SSL_get_shutdown(m_ssl) & SSL_RECEIVED_SHUTDOWN) != 0)
        return QStringLiteral("close_notify");
    return {};
}

ProbeError ServerTlsStream::writeAll(QByteArrayView data, QDeadlineTimer deadline)
{
    while (!data.isEmpty()) {
        int n = 0;
        if (ProbeError e = drive(m_ssl, m_fd, deadline, m_cancel,
                                 [&] { return SSL_write(m_ssl, data.data(), static_cast<int>(data.size())); }, &n))
            return e;
        data = data.sliced(n);
    }
    return {};
}

void ServerTlsStream::shutdown(QDeadlineTimer deadline)
{
    if (!m_ssl)
        return;
    int rc = 0;
    (void)drive(m_ssl, m_fd, deadline, m_cancel, [this] { return SSL_shutdown(m_ssl) >= 0 ? 1 : -1; }, &rc);
}

} // namespace mailtls
