#pragma once

// Steps 2 to 5 of an endpoint's probe, for one protocol version: is the
// version accepted, which suites (out of the whole IANA registry), in whose
// order, with which key exchange, and which groups.
//
//   SSL 2.0        one CLIENT-HELLO of ours: the SERVER-HELLO lists every common spec.
//   SSL 3.0-TLS 1.2 our own hellos (no crypto: the ServerHello and ServerKeyExchange
//                  decide), offering every registry code point OpenSSL 3 cannot send too;
//   TLS 1.3        our own hellos with no key share: the HelloRetryRequest names
//                  the suite and the group, and no key is made on either side
//                  (OpenSSL handshakes for a server that refuses such hellos).
//
// Per version: offer everything (accepted? first choice), then everything
// reversed (the same choice: the server imposes its order), then offer what is
// left until the server refuses, removing each choice: one chain in the
// server's order, or parallel chains over parts of the list when the client's
// order decides. A server that refuses a long ClientHello without a proper
// alert is asked again with a short one, and then enumerated in chunks.

#include "probes/attempt.h"
#include "probes/tls/tls_version.h"

#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

namespace mailtls {

// The ephemeral key exchange of one suite, as the server's key exchange showed it.
struct KeyExchangeInfo
{
    QString group; // named group ("x25519", "secp256r1", "ffdhe2048"); empty for a plain DH prime
    int bits = 0;  // key size; DHE: the prime's bits
    // DHE with a plain prime (no named group): the prime's SHA-256, first 16
    // hex digits (tells primes apart), and its name in the catalog of
    // well-known primes (dh_primes.h); empty when unknown or not asked.
    QString primeDigest;
    QString wellKnownPrime;
};

struct VersionResult
{
    std::optional<bool> accepted;         // nullopt: could not be decided (see note)
    QStringList cipherSuites;             // IANA names, in the server's order if it has one
    std::optional<bool> serverPreference; // nullopt with fewer than two suites
    QString group;                        // key exchange group chosen when offered all
    QStringList groups; // every group accepted (TLS 1.3; TLS 1.2 with ECDHE suites)
    int keyExchangeBits = 0;
    // Per accepted suite with an ephemeral key (DHE, ECDHE): what the server sent.
    QMap<QString, KeyExchangeInfo> keyExchange;
    // From this version's ServerHello (SSL 3.0 to TLS 1.2): RFC 5746 and RFC 7627.
    std::optional<bool> secureRenegotiation;
    std::optional<bool> extendedMasterSecret;
    // False when the suite or group enumeration was cut short (a drop, a
    // timeout, a violation: see note): what is listed was accepted, but more
    // may be, so no verdict may rest on the list being whole.
    bool suitesComplete = true;
    QString note; // why undecided, or what limited the test
};

// Every suite we offer for a version: TLS 1.3's five; for SSL 3.0 the
// SSL 3.0-era ranges; for TLS 1.0-1.2 every IANA-assigned suite of the catalog
// but the signalling values and TLS 1.3's.
QList<quint16> suitesToOffer(TlsVersion version);

// Probes one version. *failure is set when the endpoint could not be asked at all.
// firstAnswer, when given, is called once, as soon as whether the version is
// accepted is decided (or left undecided): with that, and when accepted, the
// first suite the server chose (suitesComplete false while the rest is asked).
VersionResult probeVersion(const ProbeContext &ctx, TlsVersion version, ProbeError *failure,
                           const std::function<void(const VersionResult &)> &firstAnswer = {});

} // namespace mailtls
