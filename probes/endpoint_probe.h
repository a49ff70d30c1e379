#pragma once

// Probes one endpoint for real and returns its evidence: the cleartext
// dialogue (STARTTLS, credentials offered before TLS), every TLS version from
// TLS 1.0 to 1.3 decided by a handshake, the suites accepted per version and
// the server's order, the key exchange, and the certificate. Blocking: runs on
// a worker thread of the scheduler or the command line, never the GUI thread.
//
// Steps (one connection each, numbered as in probeEndpoint()):
//   1. main: cleartext dialogue, STARTTLS, a handshake offering everything
//      (certificate, preferred parameters), HTTP request where relevant;
//   2-5. per version (version_probe.h): accepted?, every suite out of the
//      IANA registry and the server's order, key exchange, groups;
//   6. the other certificates (certificate_variants.h): without SNI on the
//      SMTP family, and of the key type the main one is not (one handshake each);
//   8. the hygiene checks (hygiene/hygiene.h), once steps 2-5 are in: compression,
//      renegotiation, fallback protection, heartbeat, Heartbleed, CCS
//      injection, ROBOT, session resumption, OCSP stapling, DH primes,
//      Sweet32, POODLE; their connections run in parallel on the pool;
//   7. LDAP with StartTLS only: a simple bind with a made-up name and
//      password before TLS (dialogues/ldap.h), whether the server would
//      check a password sent in cleartext.
// The per-version steps and step 6 start as soon as step 1 has seen that TLS
// is offered, and run in parallel when a pool is given (step 6 then asks both
// key types and keeps the one the main certificate is not of; without a pool
// it waits for the main certificate); every connection holds a slot of the
// limiter, so caps always hold.
//
// Every address: an endpoint given by name is resolved once (the system
// resolver: /etc/hosts counts), and each of its A and AAAA addresses is
// probed as above as a result of its own, connecting to that literal address
// (the limiter's host is the address) while SNI and the certificate's name
// check still use the target's serverName. A round-robin name or a
// dual-stack MX whose IPv6 side differs is thus seen address by address. An
// address that times out or is unreachable does not stop the others. An
// endpoint given as a literal address has that one address.

#include "probes/attempt.h"
#include "probes/certificate_variants.h"
#include "probes/dialogues/dialogue.h"
#include "probes/hygiene/hygiene.h"
#include "probes/protocol.h"
#include "probes/status.h"
#include "probes/tls/certificate.h"
#include "probes/tls/handshake.h"
#include "probes/tls/tls_version.h"
#include "probes/transcript.h"
#include "probes/version_probe.h"

#include <QMap>

#include <atomic>
#include <optional>
#include <vector>

namespace mailtls {

struct HttpInfo
{
    int status = 0;
    QString location;        // Location header, printable
    bool redirectsToHttps = false;
    QString hsts;            // Strict-Transport-Security value, printable; empty: none
    QString server;          // Server header, printable
};

// The evidence of one endpoint. One EndpointResult per endpoint, whatever its
// name resolves to: everything keyed by the endpoint (the store, the history,
// the map, the findings) keeps one value per endpoint. The fields below are
// those of the first address probed (`address`); the endpoint's other
// addresses are whole results of their own in `otherAddresses`, each with the
// same target, its own address and no otherAddresses. Judging the endpoint
// (link state, policy) goes over addressResults(), so that the weakest
// address decides. std::vector: of the two, the container whose standard
// allows the element type to be incomplete where the member is declared.
struct EndpointResult
{
    ProbeTarget target; // the endpoint as given (its name, not the address probed)
    // The literal address this result probed; empty when the name did not
    // resolve (status Unreachable), and in results stored before addresses were recorded.
    QString address;
    ProbeStatus status = ProbeStatus::Ok;
    QString error;                           // set when status is not Ok
    std::optional<bool> starttlsOffered;     // nullopt: not a STARTTLS protocol
    std::optional<bool> starttlsSucceeded;
    CleartextInfo cleartext;
    QMap<TlsVersion, VersionResult> versions; // every TlsVersion has an entry
    std::optional<HandshakeResult> negotiated; // the main handshake
    std::optional<CertificateInfo> certificate;
    // Step 6: the certificates asked for apart (without SNI, of another key type), in the order asked.
    QList<CertificateVariant> certificateVariants;
    std::optional<HttpInfo> http;
    // Step 8; nullopt when TLS was not offered, the checks were off
    // (ProbeOptions::hygiene), or the probe was stopped before them.
    std::optional<HygieneResult> hygiene;
    int connections = 0;
    // The most connections at once the host allowed: it dropped more while we
    // probed, and the rest was asked with at most this many. 0: no limit met.
    int connectionLimit = 0;
    qint64 durationMs = 0;
    Transcript transcript; // the main connection's dialogue
    // The endpoint's other addresses, in the resolver's order; empty for a
    // single address (or a literal one). Only the first address's result has them.
    std::vector<EndpointResult> otherAddresses;

    // This result and its other addresses', the first address first: what
    // judging the endpoint must go over (never null, never empty).
    QList<const EndpointResult *> addressResults() const;
    // Every address probed, the first first (empty ones left out).
    QStringList addresses() const;

    // Credentials could cross in cleartext: a mechanism that exposes them
    // (CleartextInfo::exposingMechanisms), LOGIN or USER offered before TLS,
    // an LDAP simple bind evaluated before StartTLS, or webmail on plain HTTP
    // that does not redirect.
    bool cleartextAuthOffered() const;
};

EndpointResult probeEndpoint(const ProbeTarget &target, const ProbeOptions &options);

} // namespace mailtls
