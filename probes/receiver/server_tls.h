#pragma once

// The receiver's side of TLS: a server context per scenario (OpenSSL), the
// certificates it presents, and a TLS stream over an accepted connection
// with a deadline on every operation and bounded lines. Worker threads only.

#include "probes/connection.h"
#include "probes/receiver/received_session.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <memory>

struct ssl_ctx_st;
struct ssl_st;

namespace mailtls {

// A certificate chain and its private key, PEM.
struct ServerCredentials
{
    QByteArray chainPem; // leaf first
    QByteArray keyPem;
};

// A self-signed certificate (EC P-256) for name, valid from notBefore to
// notAfter. Empty chainPem with *error set on failure.
ServerCredentials makeSelfSigned(const QString &name, const QDateTime &notBefore, const QDateTime &notAfter,
                                 QString *error);

// One scenario's server context, shared by its sessions.
class ServerTlsContext
{
public:
    // Normal and LegacyOnly present credentials; BadCertificate ignores them
    // and presents one made here: self-signed, expired, for another name.
    static std::shared_ptr<ServerTlsContext> create(ReceiverScenario scenario, const ServerCredentials &credentials,
                                                    QString *error);
    ~ServerTlsContext();
    ssl_ctx_st *get() const { return m_ctx; }

private:
    ssl_ctx_st *m_ctx = nullptr;
};

// TLS over an accepted connection, once STARTTLS was answered 220.
class ServerTlsStream
{
public:
    // cancel: another thread may set it to make every waiting call fail as Cancelled.
    ServerTlsStream(std::shared_ptr<ServerTlsContext> context, const std::atomic_bool *cancel);
    ~ServerTlsStream();
    ServerTlsStream(const ServerTlsStream &) = delete;
    ServerTlsStream &operator=(const ServerTlsStream &) = delete;

    // The handshake on fd. On success *tls holds what was negotiated; on
    // failure the error says how (the client's alert when it sent one). The
    // client's highest offered version is noted either way once its hello came.
    // *clientAlert: the failure came with the client's fatal alert.
    ProbeError accept(int fd, QDeadlineTimer deadline, ReceivedTls *tls, std::optional<TlsVersion> *clientMax,
                      bool *clientAlert);
    // Reads up to and including the next LF; fails on close, deadline, or a
    // line longer than maxLength bytes.
    ProbeError readLine(QByteArray *line, qsizetype maxLength, QDeadlineTimer deadline);
    ProbeError writeAll(QByteArrayView data, QDeadlineTimer deadline);
    // Sends close_notify (best effort).
    void shutdown(QDeadlineTimer deadline);
    // How the client ended the TLS session after the handshake, when it did
    // so itself: its fatal alert ("fatal alert: bad certificate"), or
    // "close_notify". Both are the client's TLS layer speaking (no one on
    // the path can forge them); empty when the connection just closed.
    QString clientEnd() const;

private:
    std::shared_ptr<ServerTlsContext> m_context;
    const std::atomic_bool *m_cancel = nullptr;
    ssl_st *m_ssl = nullptr;
    int m_fd = -1;
    QByteArray m_buffer;
    QString m_alert; // the client's first alert after the handshake (the info callback)
};

} // namespace mailtls
