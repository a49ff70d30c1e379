#pragma once

// Our own ClientHello and ServerHello code, for what OpenSSL 3 cannot send:
// SSL 2.0 (the SSLv2 CLIENT-HELLO of the 1995 draft), SSL 3.0 (RFC 6101), and
// TLS 1.0-1.2 ClientHellos offering any code point of the IANA registry (RC4,
// 3DES, export, NULL, anonymous, IDEA, SEED, CAMELLIA, ARIA, CCM, ...), the way
// sslscan and testssl.sh enumerate. No crypto: the server's first flight
// (ServerHello, and the ServerKeyExchange for the key exchange parameters)
// decides. Builders return bytes; parsers take bytes and never trust a length.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace mailtls {

// SSL 2.0 cipher specs (3 bytes each): every one the spec defines.
QList<quint32> ssl2CipherSpecs();
// Cipher suites an SSL 3.0 server could pick: the SSL 3.0 / TLS 1.0-era registry ranges.
QList<quint16> ssl3CipherSuites();

QByteArray buildSsl2ClientHello(const QList<quint32> &specs, const QByteArray &challenge);
// An SSL 3.0 ClientHello record (client_version and record version 0x0300), no extensions.
QByteArray buildSsl3ClientHello(const QList<quint16> &suites, const QByteArray &random32);

struct TlsHelloSpec
{
    // client_version: 0x0301 TLS 1.0, 0x0302 TLS 1.1, 0x0303 TLS 1.2; 0x0304 a
    // TLS 1.3 hello (supported_versions) with an empty key_share, which a
    // TLS 1.3 server answers with a HelloRetryRequest: suite and group, no crypto.
    quint16 version = 0x0303;
    QList<quint16> suites;      // in our order of preference
    QString serverName;         // SNI host name; empty: none (IP literals)
    QList<quint16> groups;      // supported_groups; empty: helloNamedGroups()
    QByteArray random;          // 32 bytes (padded or cut)
    // compression_methods after null's place: empty offers null only; else
    // these in order (1: DEFLATE), null always last.
    QList<quint8> compressionMethods;
    // Extensions appended as given (type, data): heartbeat, status_request, ...
    QList<QPair<quint16, QByteArray>> extraExtensions;
};
// A TLS ClientHello record (record version 0x0301, as clients send it) with
// server_name, supported_groups (every named group), ec_point_formats,
// signature_algorithms (TLS 1.2), renegotiation_info, extended_master_secret,
// and padding (RFC 7685) that keeps the handshake message out of the 256-511
// byte range some middleboxes choke on.
QByteArray buildTlsClientHello(const TlsHelloSpec &spec);

// IANA named groups (TLS Supported Groups registry) we offer in TLS 1.0-1.2:
// every elliptic curve.
QList<quint16> helloNamedGroups();
// Named groups for TLS 1.3 hellos (see hello.cpp).
QList<quint16> helloNamedGroupsTls13();
// "secp256r1", "x25519", "ffdhe2048", ...; "0xHHHH" when unassigned.
QString namedGroupName(quint16 group);
// Key size in bits as OpenSSL reports it (x25519: 253); 0 when unknown.
int namedGroupBits(quint16 group);

// The key exchange family of a suite, which decides the ServerKeyExchange layout.
enum class KeyExchangeKind { None, Dhe, Ecdhe };
KeyExchangeKind keyExchangeKind(quint16 suite);

struct ServerResponse
{
    enum class Kind {
        ServerHello,     // SSL 3.0 / TLS ServerHello
        Ssl2ServerHello, // SSL 2.0 SERVER-HELLO
        Alert,           // a TLS alert record
        NotTls,          // bytes that are no TLS or SSL record
    };
    Kind kind = Kind::NotTls;
    quint16 version = 0;        // ServerHello server_version, or 0x0002 for SSL 2.0
    quint16 cipherSuite = 0;    // ServerHello's chosen suite
    QList<quint32> ssl2Specs;   // SERVER-HELLO's cipher specs
    int alertLevel = 0;         // Alert: 2 (fatal); warnings do not end the answer
    int alertDescription = 0;
    QList<int> warningAlerts;   // warning alerts read before the answer (112: unrecognized_name)
    QList<quint16> extensions;  // ServerHello extension types, as sent
    bool secureRenegotiation = false;  // renegotiation_info echoed (RFC 5746)
    bool extendedMasterSecret = false; // extended_master_secret echoed (RFC 7627)
    bool helloRetryRequest = false;    // TLS 1.3: the server asked for a key share of namedGroup
    // With the whole flight read (wholeFlight below):
    bool flightComplete = false; // read up to ServerKeyExchange or ServerHelloDone
    quint16 namedGroup = 0;      // ECDHE: the server's curve; TLS 1.3: key_share's group
    int dhBits = 0;              // DHE: the prime's size in bits
    QByteArray dhPrime;          // DHE: the prime, big-endian, no leading zeros (at most 1 KiB; larger: empty)
    int compressionMethod = 0;   // ServerHello's compression method (1: DEFLATE)
    // With throughHelloDone (ServerResponseReader): the leaf of the Certificate
    // message (DER; empty when none came) and whether ServerHelloDone was read.
    QByteArray leafCertificate;
    bool helloDone = false;
    // With throughHelloDone: the flight had a CertificateRequest (the client
    // then sends a Certificate, empty when it has none, before its key exchange).
    bool certificateRequested = false;
};

// Reads what a server sent back to one of our hellos, as its bytes arrive:
// each byte is looked at once, so a flight cut into 1-byte records costs
// linear time. With wholeFlight, reads on past the ServerHello to the
// ServerKeyExchange or ServerHelloDone (at most 64 KiB of handshake in all);
// when those never come, helloSoFar() has the ServerHello alone. Warning
// alerts before the ServerHello are skipped (at most 16); a fatal alert is
// the answer. Bytes that are not TLS, or break its framing, are malformed.
class ServerResponseReader
{
public:
    enum class State { NeedMore, Done, Malformed };

    // throughHelloDone: read the whole flight to its ServerHelloDone (wholeFlight
    // implied), keeping the leaf certificate, for checks that answer it.
    explicit ServerResponseReader(bool wholeFlight, bool throughHelloDone = false);
    // Takes the next bytes the server sent; once Done or Malformed, ignores the rest.
    State feed(QByteArrayView bytes);
    State state() const { return m_state; }
    // NeedMore: at least this many more bytes (never more than the record needs).
    qsizetype needMore() const { return m_need; }
    // Done: the answer.
    const ServerResponse &response() const { return m_response; }
    // Malformed: why.
    const QString &error() const { return m_error; }
    // The ServerHello, once read, even when the flight after it never ended
    // or broke: it still decides the version and the suite.
    const std::optional<ServerResponse> &helloSoFar() const { return m_hello; }

private:
    State record(int type, QByteArrayView body);
    State endOfFlight();
    State done(const ServerResponse &response);
    State malformed(const QString &error);

    bool m_wholeFlight = false;
    bool m_throughHelloDone = false;
    State m_state = State::NeedMore;
    QByteArray m_pending;      // bytes not yet taken as whole records
    qsizetype m_consumed = 0;  // of m_pending, taken already
    qsizetype m_need = 5;      // a record header, to begin with
    bool m_first = true;       // no record read yet
    QByteArray m_handshake;    // handshake payloads joined (a message may span records)
    qsizetype m_message = 0;   // next handshake message in m_handshake
    QList<int> m_warnings;     // warning alerts before the ServerHello
    std::optional<ServerResponse> m_hello;
    ServerResponse m_response;
    QString m_error;
};

// One-shot form of the reader. nullopt with *needMore set: give it more
// bytes (at most *needMore); nullopt without: malformed (see error).
std::optional<ServerResponse> parseServerResponse(QByteArrayView bytes, qsizetype *needMore,
                                                  QString *error, bool wholeFlight = false);

} // namespace mailtls
