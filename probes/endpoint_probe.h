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
//      SMTP family, and of the key type the main one is not (one handshake each).
// The per-version steps start as soon as step 1 has seen that TLS is offered,
// step 6 once step 1 has its certificate; they run in parallel when a pool is
// given; every connection holds a slot of the limiter, so caps always hold.

#include "probes/attempt.h"
#include "probes/certificate_variants.h"
#include "probes/dialogues/dialogue.h"
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

namespace mailtls {

struct HttpInfo
{
    int status = 0;
    QString location;        // Location header, printable
    bool redirectsToHttps = false;
    QString hsts;            // Strict-Transport-Security value, printable; empty: none
    QString server;          // Server header, printable
};

struct EndpointResult
{
    ProbeTarget target;
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
    int connections = 0;
    // The most connections at once the host allowed: it dropped more while we
    // probed, and the rest was asked with at most this many. 0: no limit met.
    int connectionLimit = 0;
    qint64 durationMs = 0;
    Transcript transcript; // the main connection's dialogue

    // Credentials could cross in cleartext: a mechanism that exposes them
    // (CleartextInfo::exposingMechanisms), LOGIN or USER offered before TLS,
    // or webmail on plain HTTP that does not redirect.
    bool cleartextAuthOffered() const;
};

EndpointResult probeEndpoint(const ProbeTarget &target, const ProbeOptions &options);

} // namespace mailtls
