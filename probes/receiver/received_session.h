#pragma once

// What the test receiver saw of one client session: an outbound relay of
// ours (or any MTA) delivering to the receiver. The evidence the sending
// side's verdicts are made from: the dialogue, whether the client asked for
// STARTTLS and what it negotiated, and what it did when TLS was missing,
// refused, stripped or failed.

#include "probes/tls/tls_version.h"
#include "probes/transcript.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtls {

// How a listener of the receiver treats STARTTLS.
enum class ReceiverScenario {
    Normal,          // STARTTLS advertised; TLS 1.2 and 1.3; the given certificate or one made on the spot
    NoStartTls,      // STARTTLS not advertised, the command not implemented (a server without TLS)
    StartTlsRefused, // advertised, answered 454 (TLS not available for now)
    Stripped,        // the keyword rewritten to XXXXXXXA and the command unknown, as a middlebox on the path does
    BadCertificate,  // STARTTLS works, with a certificate self-signed, expired and for another name
    LegacyOnly,      // STARTTLS with TLS 1.0 and 1.1 only
};

QString receiverScenarioKey(ReceiverScenario s); // "normal", "no-starttls", ...
std::optional<ReceiverScenario> receiverScenarioFromKey(QStringView key);
QStringList receiverScenarioKeys();
// What the scenario offers, in a sentence for people.
QString receiverScenarioLabel(ReceiverScenario s);
// Whether the scenario advertises STARTTLS in its EHLO reply.
bool advertisesStartTls(ReceiverScenario s);

// How a session ended.
enum class SessionEnd {
    DeliveredTls,       // messages were taken, every one over TLS
    DeliveredCleartext, // at least one message was taken with no TLS
    NoMessage,          // the client quit or closed before a message was taken
    TlsFailed,          // the TLS handshake failed (the client's alert or close is in tlsFailure)
    ProtocolError,      // a line too long, too many errors, a broken dialogue
    TimedOut,           // the client went silent
};
QString sessionEndKey(SessionEnd e);

// A completed TLS handshake, as the receiver saw it.
struct ReceivedTls
{
    TlsVersion version = TlsVersion::Tls12;
    QString cipher;            // IANA name
    QString group;             // key exchange group, e.g. "x25519"
    QString serverName;        // SNI the client sent; empty: none
    QString clientCertificate; // the client certificate's subject; empty: none presented
};

struct ReceivedSession
{
    int id = 0;                 // 1, 2, ... in the order sessions began
    QString listener;           // "ADDR:PORT" the client connected to
    ReceiverScenario scenario = ReceiverScenario::Normal;
    QString clientAddress;
    quint16 clientPort = 0;
    QDateTime started;          // UTC
    QDateTime ended;            // UTC
    QString ehloName;           // the name of the last EHLO or HELO; empty: none
    bool esmtp = false;         // EHLO rather than HELO
    bool startTlsAsked = false; // the client sent STARTTLS
    int startTlsReply = 0;      // the code we answered it with (220, 454, 500, 502); 0: not asked
    // The highest version the client's hello offered (supported_versions, or
    // the legacy version field); empty when no hello came.
    std::optional<TlsVersion> clientMaxVersion;
    std::optional<ReceivedTls> tls; // the handshake completed
    // The handshake began and failed: the client's alert (e.g. "bad
    // certificate") or how the connection ended.
    QString tlsFailure;
    // The failure came with the client's own fatal alert: it refused. A
    // close with no alert (a drop) decides nothing about why.
    bool tlsFailureAlert = false;
    // After a completed handshake, the client's TLS layer ended the session
    // itself: "close_notify" or its fatal alert; empty when it did not (QUIT,
    // a plain close, no TLS). A client that checks the certificate after the
    // handshake (TLS 1.3) refuses this way.
    QString tlsEndedByClient;
    bool mailOverTls = false; // the client began a transaction (MAIL FROM) over TLS
    bool quit = false;        // the client ended with QUIT
    // The envelope of the last message taken (MAIL FROM, up to 100
    // recipients); aborted transactions leave no trace here.
    QString mailFrom;
    QStringList recipients;
    bool messageReceived = false; // at least one message was taken
    bool messageOverTls = false;  // every message taken came over TLS
    int messagesCleartext = 0;    // messages taken with no TLS
    int messagesTls = 0;          // messages taken over TLS
    qint64 messageBytes = 0;      // of all messages taken
    // Trace and identification headers of the message (Received, Message-ID,
    // Subject, From, To, Date), each cut at 1,000 characters, at most 50.
    QStringList headers;
    SessionEnd end = SessionEnd::NoMessage;
    QString note; // why the session ended as it did, when not by QUIT
    Transcript transcript;
};

QJsonObject receivedSessionToJson(const ReceivedSession &s);

} // namespace mailtls
