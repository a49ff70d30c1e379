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
//   2. one handshake per version, offering every suite of that version;
//   3. per accepted version, everything reversed: the same choice means the
//      server imposes its order (or takes a single suite);
//   4. offer what is left until the server refuses, removing each choice:
//      one chain in the server's order, or, when the client's order decides,
//      parallel chains over groups of the list (the order tells nothing there).
//   5. TLS 1.3 and 1.2: the key exchange groups accepted, by removal, in two
//      halves of the candidate list, alongside step 4.
// Steps 2 to 5 of different versions run in parallel when a pool is given;
// every connection holds a slot of the limiter, so caps always hold.

#include "probes/dialogues/dialogue.h"
#include "probes/protocol.h"
#include "probes/status.h"
#include "probes/tls/certificate.h"
#include "probes/tls/handshake.h"
#include "probes/tls/tls_version.h"
#include "probes/transcript.h"

#include <QMap>

class QThreadPool;

#include <atomic>
#include <optional>

namespace mailtls {

struct ProbeOptions
{
    QString caFile;                 // PEM trust anchors; empty: the system store
    int operationTimeoutMs = 10000; // every connect, read, write and handshake
    int endpointTimeoutMs = 180000; // the whole endpoint
    int rateLimitRetries = 2;       // back off and retry after 421 and the like
    int rateLimitBackoffMs = 3000;
    QString clientName = QStringLiteral("mailtls-auditor.invalid"); // EHLO argument
    const std::atomic_bool *cancel = nullptr;
    // Connection caps shared by every probe of a run; null: no cap.
    class ConnectionLimiter *limiter = nullptr;
    // Where the per-version steps run in parallel; null: one after another.
    // Must not be the pool the endpoint itself runs on (the endpoint waits for them).
    QThreadPool *versionPool = nullptr;
    // Where the suite groups of one version run in parallel (client-ordered
    // servers); likewise not a pool that waits on it. Null: one after another.
    QThreadPool *suitePool = nullptr;
};

struct VersionResult
{
    std::optional<bool> accepted;      // nullopt: could not be decided (see note)
    QStringList cipherSuites;          // IANA names, in the server's order if it has one
    std::optional<bool> serverPreference; // nullopt with fewer than two suites
    QString group;                     // key exchange group chosen when offered all
    QStringList groups;                // every group accepted (TLS 1.3; TLS 1.2 with ECDHE suites)
    int keyExchangeBits = 0;
    QString note;                      // why undecided, or what limited the test
};

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
    std::optional<HttpInfo> http;
    int connections = 0;
    qint64 durationMs = 0;
    Transcript transcript; // the main connection's dialogue

    // Credentials could cross in cleartext: AUTH/LOGIN/USER offered before TLS,
    // or webmail on plain HTTP that does not redirect.
    bool cleartextAuthOffered() const;
};

EndpointResult probeEndpoint(const ProbeTarget &target, const ProbeOptions &options);

} // namespace mailtls
