#include "probes/tls/handshake.h"

#include <QCoreApplication>

#include "probes/protocol.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <poll.h>

#include <algorithm>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::TlsHandshake)
};

struct CtxDeleter
{
    void operator()(SSL_CTX *p) const { SSL_CTX_free(p); }
};

// Every group worth asking about, in the names SSL_group_to_name() reports.
const char *const kAllGroups[] = {
    "x25519", "secp256r1", "x448", "secp384r1", "secp521r1", "secp256k1", "secp224r1",
    "secp192r1", "brainpoolP256r1", "brainpoolP384r1", "brainpoolP512r1",
    "ffdhe2048", "ffdhe3072", "ffdhe4096", "ffdhe6144", "ffdhe8192"};

int opensslVersion(TlsVersion v)
{
    switch (v) {
    case TlsVersion::Ssl2: return 0; // not available in OpenSSL 3
    case TlsVersion::Ssl3: return SSL3_VERSION;
    case TlsVersion::Tls10: return TLS1_VERSION;
    case TlsVersion::Tls11: return TLS1_1_VERSION;
    case TlsVersion::Tls12: return TLS1_2_VERSION;
    case TlsVersion::Tls13: return TLS1_3_VERSION;
    }
    return 0;
}

TlsVersion fromOpenSsl(int v)
{
    switch (v) {
    case SSL3_VERSION: return TlsVersion::Ssl3;
    case TLS1_VERSION: return TlsVersion::Tls10;
    case TLS1_1_VERSION: return TlsVersion::Tls11;
    case TLS1_3_VERSION: return TlsVersion::Tls13;
    default: return TlsVersion::Tls12;
    }
}

QString errorQueue()
{
    QStringList parts;
    while (const unsigned long code = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        if (const char *reason = ERR_reason_error_string(code))
            parts.append(QString::fromLatin1(reason));
        else
            parts.append(QString::fromLatin1(buf));
    }
    return parts.join(QStringLiteral("; "));
}


// Drives a non-blocking OpenSSL call until it completes or the deadline passes.
template <typename Call>
ProbeError drive(SSL *ssl, int fd, QDeadlineTimer deadline, Call call, int *result,
                 const bool *stopWhenWaiting = nullptr)
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
            if (stopWhenWaiting && *stopWhenWaiting) {
                *result = 1;
                return {};
            }
            if (ProbeError e = Connection::waitFor(fd, err == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT,
                                                   deadline, nullptr))
                return e;
            continue;
        }
        *result = rc;
        if (err == SSL_ERROR_ZERO_RETURN)
            return {ProbeStatus::HandshakeFailed, Tr::tr("the server closed the TLS session")};
        // An end of the connection with no alert (OpenSSL 3 names it
        // "unexpected eof while reading") is a drop: it refuses nothing.
        const bool unexpectedEof = ERR_GET_REASON(ERR_peek_last_error()) == SSL_R_UNEXPECTED_EOF_WHILE_READING;
        const QString detail = errorQueue();
        if ((err == SSL_ERROR_SYSCALL && detail.isEmpty()) || unexpectedEof)
            return {ProbeStatus::HandshakeFailed,
                    Tr::tr("the server closed the connection during the handshake"), true};
        return {ProbeStatus::HandshakeFailed, detail.isEmpty() ? Tr::tr("TLS error %1").arg(err) : detail};
    }
}

// TLS 1.3: reads until the server's first NewSessionTicket has made the
// session resumable, or the deadline; application data meanwhile (an
// implicit-TLS greeting) is dropped.
void awaitTicket(SSL *ssl, int fd, QDeadlineTimer deadline)
{
    char buf[4096];
    while (!SSL_SESSION_is_resumable(SSL_get0_session(ssl))) {
        ERR_clear_error();
        const int n = SSL_read(ssl, buf, sizeof buf);
        if (n > 0)
            continue;
        if (SSL_get_error(ssl, n) != SSL_ERROR_WANT_READ || Connection::waitFor(fd, POLLIN, deadline, nullptr))
            break;
    }
    ERR_clear_error();
}

} // namespace

struct TlsSession::Private
{
    std::unique_ptr<SSL_CTX, CtxDeleter> ctx;
    SSL *ssl = nullptr;
    int fd = -1;
    // What the callbacks note (the SSL's app data is this Private).
    HandshakeResult *result = nullptr; // during tlsHandshake() only
    bool serverHelloSeen = false;
    QByteArray serverSessionId;
    int fatalAlert = -1;          // the last fatal alert the server sent
    bool noRenegotiation = false; // a no_renegotiation warning alert came
    int handshakesDone = 0;
    ~Private()
    {
        if (ssl)
            SSL_free(ssl);
    }
};

namespace {

constexpr int kNoRenegotiation = 100; // RFC 5246 7.2.2

// Notes the ServerHello: that it came (stopAfterServerHello) and its session ID.
void onMessage(int writeP, int, int contentType, const void *buf, size_t len, SSL *, void *arg)
{
    const auto *bytes = static_cast<const unsigned char *>(buf);
    if (writeP || contentType != SSL3_RT_HANDSHAKE || len == 0 || bytes[0] != SSL3_MT_SERVER_HELLO)
        return;
    auto *p = static_cast<TlsSession::Private *>(arg);
    p->serverHelloSeen = true;
    // type 1, length 3, version 2, random 32, then the session ID's length and the ID.
    constexpr size_t kIdAt = 1 + 3 + 2 + 32;
    if (len > kIdAt) {
        const size_t idLength = bytes[kIdAt];
        if (idLength <= 32 && len >= kIdAt + 1 + idLength)
            p->serverSessionId = QByteArray(reinterpret_cast<const char *>(bytes + kIdAt + 1),
                                            static_cast<qsizetype>(idLength));
    }
}

// Notes the alerts the server sends and the handshakes completed.
void onInfo(const SSL *ssl, int where, int ret)
{
    auto *p = static_cast<TlsSession::Private *>(SSL_get_app_data(ssl));
    if (!p)
        return;
    // SSL_CB_READ_ALERT and SSL_CB_WRITE_ALERT share the SSL_CB_ALERT bit:
    // only the alerts read are the server's.
    if ((where & SSL_CB_ALERT) && (where & SSL_CB_READ)) {
        if ((ret >> 8) == SSL3_AL_FATAL) {
            p->fatalAlert = ret & 0xff;
            if (p->result)
                p->result->fatalAlert = ret & 0xff;
        } else if ((ret & 0xff) == kNoRenegotiation) {
            p->noRenegotiation = true;
        }
    }
    if (where & SSL_CB_HANDSHAKE_DONE)
        ++p->handshakesDone;
}

} // namespace

TlsSession::~TlsSession() = default;

ProbeError TlsSession::write(QByteArrayView data, QDeadlineTimer deadline)
{
    while (!data.isEmpty()) {
        int n = 0;
        if (ProbeError e = drive(d->ssl, d->fd, deadline,
                                 [&] { return SSL_write(d->ssl, data.data(), static_cast<int>(data.size())); },
                                 &n))
            return e;
        data = data.sliced(n);
    }
    return {};
}

ProbeError TlsSession::readUntilClosed(QByteArray *out, qsizetype maxBytes, QDeadlineTimer deadline)
{
    out->clear();
    char buf[8192];
    while (out->size() < maxBytes) {
        int n = 0;
        const ProbeError e = drive(d->ssl, d->fd, deadline,
                                   [&] { return SSL_read(d->ssl, buf, sizeof buf); }, &n);
        if (e.status == ProbeStatus::HandshakeFailed) // closed or reset: the end of the response
            break;
        if (e)
            return e;
        out->append(buf, n);
    }
    out->truncate(maxBytes);
    return {};
}

ProbeError TlsSession::readSome(QByteArray *out, qsizetype maxBytes, QDeadlineTimer deadline, bool *closed)
{
    *closed = false;
    char buf[8192];
    int n = 0;
    const int want = static_cast<int>(qMin<qsizetype>(maxBytes, sizeof buf));
    const ProbeError e = drive(d->ssl, d->fd, deadline, [&] { return SSL_read(d->ssl, buf, want); }, &n);
    if (e.status == ProbeStatus::HandshakeFailed) { // closed or reset: the end of the stream
        *closed = true;
        return {};
    }
    if (e)
        return e;
    out->append(buf, n);
    return {};
}

ProbeError TlsSession::renegotiate(QDeadlineTimer deadline, RenegotiationAnswer *answer)
{
    SSL *ssl = d->ssl;
    // We audit: a server without RFC 5746 is asked too (insecure_renegotiation says what that means).
    SSL_set_options(ssl, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION);
    d->noRenegotiation = false;
    d->fatalAlert = -1;
    const int doneBefore = d->handshakesDone;
    ERR_clear_error();
    if (SSL_renegotiate(ssl) != 1) {
        *answer = RenegotiationAnswer::Failed;
        return {ProbeStatus::HandshakeFailed, Tr::tr("OpenSSL would not start a renegotiation: %1").arg(errorQueue())};
    }
    // 1. SSL_read sends our ClientHello (once what the server sent before is
    //    read) and reads what the server answers: its handshake, an alert,
    //    or application data it sent before it saw our hello (dropped).
    //    Not SSL_do_handshake: it takes application data in the middle of
    //    the handshake (an implicit-TLS greeting still unread) for an
    //    unexpected message and ends the session itself.
    // 2. The renegotiation has completed once a second handshake is done.
    char buf[4096];
    ERR_clear_error();
    int rc = SSL_read(ssl, buf, sizeof buf);
    for (;;) {
        if (d->handshakesDone > doneBefore && !SSL_renegotiate_pending(ssl)) {
            *answer = RenegotiationAnswer::Completed;
            return {};
        }
        if (rc <= 0) {
            const int err = SSL_get_error(ssl, rc);
            if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
                if (ProbeError e = Connection::waitFor(d->fd, err == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT,
                                                       deadline, nullptr)) {
                    *answer = e.status == ProbeStatus::Timeout ? RenegotiationAnswer::Timeout
                                                               : RenegotiationAnswer::Closed;
                    return e;
                }
            } else {
                const unsigned long code = ERR_peek_last_error();
                const QString detail = errorQueue();
                if (d->noRenegotiation || ERR_GET_REASON(code) == SSL_R_NO_RENEGOTIATION) {
                    *answer = RenegotiationAnswer::Refused;
                    return {ProbeStatus::HandshakeFailed, Tr::tr("no_renegotiation alert")};
                }
                if (d->fatalAlert >= 0) {
                    *answer = RenegotiationAnswer::FatalAlert;
                    return {ProbeStatus::HandshakeFailed, Tr::tr("fatal alert %1 (%2)")
                                                              .arg(d->fatalAlert)
                                                              .arg(QString::fromLatin1(SSL_alert_desc_string_long(
                                                                  (SSL3_AL_FATAL << 8) | d->fatalAlert)))};
                }
                const bool closed = err == SSL_ERROR_ZERO_RETURN || (err == SSL_ERROR_SYSCALL && detail.isEmpty()) ||
                                    ERR_GET_REASON(code) == SSL_R_UNEXPECTED_EOF_WHILE_READING;
                if (closed) {
                    *answer = RenegotiationAnswer::Closed;
                    return {ProbeStatus::HandshakeFailed, Tr::tr("the server closed the connection"), true};
                }
                *answer = RenegotiationAnswer::Failed;
                return {ProbeStatus::HandshakeFailed, detail.isEmpty() ? Tr::tr("TLS error %1").arg(err) : detail};
            }
        }
        ERR_clear_error();
        rc = SSL_read(ssl, buf, sizeof buf);
    }
}

ProbeError TlsSession::closeNotify(QDeadlineTimer deadline)
{
    int rc = 0;
    // SSL_shutdown returns 0 once ours is sent and the peer's has not come: enough.
    return drive(d->ssl, d->fd, deadline, [this] { return SSL_shutdown(d->ssl) >= 0 ? 1 : -1; }, &rc);
}

QStringList tls13SuiteNames()
{
    return {QStringLiteral("TLS_AES_128_GCM_SHA256"), QStringLiteral("TLS_AES_256_GCM_SHA384"),
            QStringLiteral("TLS_CHACHA20_POLY1305_SHA256"), QStringLiteral("TLS_AES_128_CCM_SHA256"),
            QStringLiteral("TLS_AES_128_CCM_8_SHA256")};
}

QStringList supportedGroups(bool includeFiniteField)
{
    // Names this build accepts, decided once by asking OpenSSL for each.
    static const QStringList available = [] {
        QStringList out;
        std::unique_ptr<SSL_CTX, CtxDeleter> ctx(SSL_CTX_new(TLS_client_method()));
        SSL_CTX_set_security_level(ctx.get(), 0);
        for (const char *g : kAllGroups) {
            if (SSL_CTX_set1_groups_list(ctx.get(), g) == 1)
                out.append(QString::fromLatin1(g));
        }
        ERR_clear_error();
        return out;
    }();
    if (includeFiniteField)
        return available;
    QStringList curves;
    for (const QString &g : available) {
        if (!g.startsWith(QLatin1String("ffdhe")))
            curves.append(g);
    }
    return curves;
}

// The context every audit handshake starts from, made once (an OpenSSL 3
// context costs more to make than a handshake on loopback): audit, don't
// protect: every version and suite OpenSSL still has, no verification during
// the handshake (the certificate is judged afterwards), and servers without
// RFC 5746 are still talked to. Each handshake sets what it offers on its own
// SSL. Returned with a reference taken for the caller.
namespace {
SSL_CTX *auditContext()
{
    static SSL_CTX *const shared = [] {
        SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
        if (!ctx)
            return ctx;
        SSL_CTX_set_security_level(ctx, 0);
        SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
        SSL_CTX_set_options(ctx, SSL_OP_LEGACY_SERVER_CONNECT | SSL_OP_IGNORE_UNEXPECTED_EOF);
        return ctx;
    }();
    if (shared)
        SSL_CTX_up_ref(shared);
    return shared;
}
} // namespace

std::unique_ptr<TlsSession> tlsHandshake(Connection &connection, const HandshakeOptions &options,
                                         QDeadlineTimer deadline, HandshakeResult *result)
{
    *result = {};
    Connection::blockBrokenPipeSignal();
    std::unique_ptr<TlsSession> session(new TlsSession);
    session->d = std::make_unique<TlsSession::Private>();
    auto &d = *session->d;
    d.fd = connection.fd();
    d.ctx.reset(auditContext());
    SSL_CTX *ctx = d.ctx.get();
    if (!ctx) {
        result->error = {ProbeStatus::HandshakeFailed, Tr::tr("OpenSSL: %1").arg(errorQueue())};
        return nullptr;
    }
    const int minV = options.onlyVersion ? opensslVersion(*options.onlyVersion) : TLS1_VERSION;
    const int maxV = options.onlyVersion ? opensslVersion(*options.onlyVersion) : TLS1_3_VERSION;
    if (minV == 0) {
        result->error = {ProbeStatus::HandshakeFailed, Tr::tr("OpenSSL cannot send SSLv2")};
        return nullptr;
    }
    d.ssl = SSL_new(ctx);
    SSL *ssl = d.ssl;
    if (!ssl) {
        result->error = {ProbeStatus::HandshakeFailed, Tr::tr("OpenSSL: %1").arg(errorQueue())};
        return nullptr;
    }
    // What this handshake offers is set on its own SSL, the shared context untouched.
    if (!options.offerTickets)
        SSL_set_options(ssl, SSL_OP_NO_TICKET);
    SSL_set_min_proto_version(ssl, minV);
    SSL_set_max_proto_version(ssl, maxV);
    const QByteArray cipherList =
        options.cipherList.isEmpty()
            ? QByteArray("ALL:COMPLEMENTOFALL:@SECLEVEL=0")
            : options.cipherList.join(QLatin1Char(':')).toLatin1() + ":@SECLEVEL=0";
    const QByteArray suites13 =
        (options.tls13Suites.isEmpty() ? tls13SuiteNames() : options.tls13Suites)
            .join(QLatin1Char(':'))
            .toLatin1();
    if ((maxV < TLS1_3_VERSION && SSL_set_cipher_list(ssl, cipherList.constData()) != 1) ||
        SSL_set_ciphersuites(ssl, suites13.constData()) != 1) {
        result->error = {ProbeStatus::HandshakeFailed,
                         Tr::tr("no cipher suite to offer: %1").arg(errorQueue())};
        return nullptr;
    }
    if (maxV == TLS1_3_VERSION && minV < TLS1_3_VERSION)
        SSL_set_cipher_list(ssl, cipherList.constData());
    const QByteArray groups =
        (options.groups.isEmpty() ? supportedGroups(true) : options.groups).join(QLatin1Char(':')).toLatin1();
    if (SSL_set1_groups_list(ssl, groups.constData()) != 1) {
        result->error = {ProbeStatus::HandshakeFailed, Tr::tr("no group to offer: %1").arg(errorQueue())};
        return nullptr;
    }

    if (!options.signatureAlgorithms.isEmpty() &&
        SSL_set1_sigalgs_list(ssl, options.signatureAlgorithms.toLatin1().constData()) != 1) {
        result->error = {ProbeStatus::HandshakeFailed,
                         Tr::tr("no signature algorithm to offer: %1").arg(errorQueue())};
        return nullptr;
    }

    SSL_set_fd(ssl, d.fd);
    d.result = result;
    SSL_set_app_data(ssl, &d);
    SSL_set_info_callback(ssl, onInfo);
    SSL_set_msg_callback(ssl, onMessage);
    SSL_set_msg_callback_arg(ssl, &d);
    if (!options.serverName.isEmpty() && !isIpLiteral(options.serverName))
        SSL_set_tlsext_host_name(ssl, options.serverName.toUtf8().constData());
    if (options.requestOcsp)
        SSL_set_tlsext_status_type(ssl, TLSEXT_STATUSTYPE_ocsp);
    if (options.resume)
        SSL_set_session(ssl, options.resume.get());

    // Only below TLS 1.3: there a ServerHello may be a HelloRetryRequest, and
    // the server's first flight completes the handshake anyway.
    const bool stopEarly = options.stopAfterServerHello && maxV < TLS1_3_VERSION;
    int rc = 0;
    result->error = drive(ssl, d.fd, deadline, [ssl] { return SSL_connect(ssl); }, &rc,
                          stopEarly ? &d.serverHelloSeen : nullptr);
    d.result = nullptr; // the result may not outlive the session
    if (result->error) {
        result->closedWithoutAlert = result->fatalAlert < 0 &&
                                     (result->error.dropped || (SSL_get_shutdown(ssl) & SSL_RECEIVED_SHUTDOWN));
        return nullptr;
    }

    result->version = fromOpenSsl(SSL_version(ssl));
    const SSL_CIPHER *cipher = SSL_get_current_cipher(ssl);
    result->cipher = QString::fromLatin1(SSL_CIPHER_standard_name(cipher));
    result->cipherOpenSsl = QString::fromLatin1(SSL_CIPHER_get_name(cipher));
    if (const int group = SSL_get_negotiated_group(ssl); group != 0) {
        if (const char *name = SSL_group_to_name(ssl, group))
            result->group = QString::fromLatin1(name);
    }
    EVP_PKEY *tmp = nullptr;
    if (SSL_get_peer_tmp_key(ssl, &tmp) == 1 && tmp) {
        result->keyExchangeBits = EVP_PKEY_get_bits(tmp);
        if (result->group.isEmpty() && EVP_PKEY_get_base_id(tmp) == EVP_PKEY_DH)
            result->group = QStringLiteral("DH");
        EVP_PKEY_free(tmp);
    }
    if (result->version != TlsVersion::Tls13) {
        result->secureRenegotiation = SSL_get_secure_renegotiation_support(ssl) == 1;
        result->extendedMasterSecret = SSL_get_extms_support(ssl) == 1;
    }
    if (STACK_OF(X509) *chain = SSL_get_peer_cert_chain(ssl)) {
        for (int i = 0; i < sk_X509_num(chain); ++i) {
            X509 *cert = sk_X509_value(chain, i);
            const int len = i2d_X509(cert, nullptr);
            if (len <= 0)
                continue;
            QByteArray der(len, Qt::Uninitialized);
            auto *p = reinterpret_cast<unsigned char *>(der.data());
            i2d_X509(cert, &p);
            result->chainDer.append(der);
        }
    }
    if (options.requestOcsp) {
        const unsigned char *response = nullptr;
        const long length = SSL_get_tlsext_status_ocsp_resp(ssl, &response);
        if (response && length > 0)
            result->ocspResponse = QByteArray(reinterpret_cast<const char *>(response), length);
    }
    result->resumed = SSL_session_reused(ssl) == 1;
    if (result->version != TlsVersion::Tls13)
        result->serverSessionId = d.serverSessionId;
    if (options.waitForTicketMs > 0 && result->version == TlsVersion::Tls13)
        awaitTicket(ssl, d.fd, std::min(QDeadlineTimer(options.waitForTicketMs), deadline));
    // A copy: OpenSSL marks the session itself not resumable when the
    // connection ends without our close_notify, as a probe's connection does.
    if (const SSL_SESSION *current = SSL_get0_session(ssl)) {
        if (SSL_SESSION *copy = SSL_SESSION_dup(current))
            result->session = ResumableSession(copy, SSL_SESSION_free);
    }
    return session;
}

} // namespace mailtls
