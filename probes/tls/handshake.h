#pragma once

// A full TLS handshake with OpenSSL over a probe's connection, configured for
// auditing rather than for safety: security level 0 and every suite OpenSSL
// has, so that what the server accepts decides, not our client's defaults.
// Used for the main connection (certificate, negotiated parameters) and for
// TLS 1.3 servers that refuse our hellos without a key share; everything else
// is decided by our own hellos (hello.h).

#include "probes/connection.h"
#include "probes/tls/tls_version.h"
#include "probes/transcript.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

struct ssl_session_st; // OpenSSL's SSL_SESSION

namespace mailtls {

// A TLS session as the server left it for resuming (OpenSSL's SSL_SESSION),
// shared; freed with the last copy.
using ResumableSession = std::shared_ptr<ssl_session_st>;

struct HandshakeOptions
{
    std::optional<TlsVersion> onlyVersion; // empty: TLS 1.0 to 1.3
    QString serverName;                    // SNI; not sent for IP literals
    // OpenSSL names of the TLS 1.2-and-older suites to offer, in order; empty: all.
    QStringList cipherList;
    // TLS 1.3 suites to offer (IANA names); empty: all five.
    QStringList tls13Suites;
    // For acceptance tests: the ServerHello decides, so with TLS 1.2 and older
    // stop there instead of waiting for the server's Finished (one round trip
    // less). The result then has no certificate chain and no session.
    bool stopAfterServerHello = false;
    // Key exchange groups to offer, OpenSSL names; empty: every group we know.
    QStringList groups;
    // Signature algorithms to offer (OpenSSL's list form, e.g.
    // "ECDSA+SHA256:ECDSA+SHA384"); empty: OpenSSL's own. Asks for the
    // server's certificate of one key type.
    QString signatureAlgorithms;
    // Ask for a stapled OCSP response (status_request, RFC 6066 8); the
    // result's ocspResponse has what the server sent.
    bool requestOcsp = false;
    // Offer session tickets (RFC 5077; our handshakes offer none unless asked).
    bool offerTickets = false;
    // A session of an earlier handshake to resume (its ID, or its ticket
    // when it has one and offerTickets is set); the result's resumed says
    // whether the server took it.
    ResumableSession resume;
    // TLS 1.3: the server's tickets come after the handshake (NewSessionTicket);
    // wait up to this long for the first one before returning (0: not at all).
    int waitForTicketMs = 0;
};

struct HandshakeResult
{
    ProbeError error;                 // Ok when the handshake completed
    TlsVersion version = TlsVersion::Tls12;
    QString cipher;                   // IANA name of the negotiated suite
    QString cipherOpenSsl;            // OpenSSL's name for it
    QString group;                    // key exchange group, e.g. "x25519", "secp256r1", "ffdhe2048"
    int keyExchangeBits = 0;          // size of the server's ephemeral key (DHE: modulus bits)
    std::optional<bool> secureRenegotiation; // RFC 5746, TLS 1.2 and older
    std::optional<bool> extendedMasterSecret; // RFC 7627, TLS 1.2 and older
    QList<QByteArray> chainDer;       // certificates as sent, leaf first
    int fatalAlert = -1;              // the fatal alert the server sent (its description), -1: none
    // The handshake failed because the server closed the connection (or sent
    // close_notify) with no fatal alert: what Dovecot and slapd do when they
    // have nothing for the hello, and what a drop looks like.
    bool closedWithoutAlert = false;
    // With HandshakeOptions::requestOcsp: the stapled OCSP response (DER) as
    // sent; empty when the server stapled none.
    QByteArray ocspResponse;
    // The session the handshake left (for resuming it); with waitForTicketMs,
    // the one the server's first TLS 1.3 ticket made, when it came.
    ResumableSession session;
    bool resumed = false;             // the server took HandshakeOptions::resume
    QByteArray serverSessionId;       // the ServerHello's session ID (TLS 1.2 and older), as sent
};

// What the server did with a renegotiation the client started (TlsSession::renegotiate).
enum class RenegotiationAnswer {
    Completed,      // a new handshake completed on the session
    Refused,        // a no_renegotiation warning alert (RFC 5246 7.2.2)
    FatalAlert,     // a fatal alert (its description in the error message)
    Closed,         // the connection closed with no alert
    Timeout,        // no answer by the deadline
    Failed,         // our side could not start or go on (an OpenSSL error, not the server's answer)
};

// An established TLS session on a connection; application data with deadlines.
class TlsSession
{
public:
    ~TlsSession();
    ProbeError write(QByteArrayView data, QDeadlineTimer deadline);
    // Reads until the peer closes, maxBytes, or the deadline (HTTP responses).
    ProbeError readUntilClosed(QByteArray *out, qsizetype maxBytes, QDeadlineTimer deadline);
    // Appends what arrives next (at least one byte, at most maxBytes), waiting
    // until the deadline; *closed is set, with nothing appended, when the peer
    // has ended the session (close_notify, or the connection closed or reset).
    ProbeError readSome(QByteArray *out, qsizetype maxBytes, QDeadlineTimer deadline, bool *closed);
    // Starts a renegotiation (TLS 1.2 and older) and drives it to its end.
    // Application data the server sends meanwhile is read and dropped: many
    // servers only see our ClientHello when they read, and an implicit-TLS
    // server's greeting may still be unread. *answer says how it ended; the
    // error carries the detail (Ok only for Completed).
    ProbeError renegotiate(QDeadlineTimer deadline, RenegotiationAnswer *answer);
    // Sends our close_notify (not waiting for the server's). Servers drop a
    // session from their cache when its connection ends without one.
    ProbeError closeNotify(QDeadlineTimer deadline);

    struct Private; // OpenSSL's objects and what its callbacks note (handshake.cpp)

private:
    friend std::unique_ptr<TlsSession> tlsHandshake(Connection &, const HandshakeOptions &,
                                                    QDeadlineTimer, HandshakeResult *);
    TlsSession() = default;
    std::unique_ptr<Private> d;
};

// Runs the handshake; returns the session when it completed (result->error is Ok).
std::unique_ptr<TlsSession> tlsHandshake(Connection &connection, const HandshakeOptions &options,
                                         QDeadlineTimer deadline, HandshakeResult *result);

// The five TLS 1.3 suites (IANA names).
QStringList tls13SuiteNames();
// Key exchange groups this OpenSSL build can offer (names as SSL_group_to_name
// reports them), elliptic curves first; for TLS 1.2 only the curves apply.
QStringList supportedGroups(bool includeFiniteField);

} // namespace mailtls
