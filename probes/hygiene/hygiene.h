#pragma once

// Step 8 of an endpoint's probe: the TLS hygiene checks the peers make
// (testssl.sh, sslyze, sslscan), beside the versions and suites. Each check
// answers true, false or undecided (nullopt, with a note saying why), and
// keeps what decided it as evidence lines. Blocking: runs on the probe's
// worker threads, after the per-version steps (it asks the versions and
// suites they found, so that the server answers the hellos it is sent).
//
// Which way each answer points (docs/probe-json.md has the JSON):
//   compression            true: the server takes TLS compression (CRIME)
//   client_renegotiation   true: a renegotiation the client starts is accepted
//   insecure_renegotiation true: the server renegotiates without RFC 5746
//   fallback_scsv          true: TLS_FALLBACK_SCSV is honoured (good)
//   heartbeat              true: the heartbeat extension is offered
//   heartbleed             true: vulnerable to CVE-2014-0160
//   ccs_injection          true: vulnerable to CVE-2014-0224
//   robot                  true: an RSA padding oracle (ROBOT)
//   session_resumption     true: a session can be resumed (IDs or tickets)
//   ocsp_stapling          true: an OCSP response is stapled (good)
//   dh                     true: a DHE prime is weak (Logjam: under 1024 bits,
//                          export-grade, or a well-known prime of 1024 bits)
//   sweet32                true: a suite with a 64-bit block cipher is accepted
//   poodle_ssl3            true: SSL 3.0 is accepted with a CBC suite
//
// Where a check is off (the intrusive ones with ProbeOptions::intrusive
// false), or cannot apply (no TLS 1.2 or older, no RSA key exchange), it
// says so in its note: off leaves it undecided, not applicable decides it.
//
// The checks, one connection each unless said (hygiene_*.cpp):
//   derived (no connection): insecure_renegotiation, dh, sweet32, poodle_ssl3;
//   one hello of ours offering DEFLATE and the heartbeat extension:
//     compression, heartbeat;
//   one hello of ours below the highest version with the SCSV: fallback_scsv;
//   intrusive, with hellos of ours: heartbleed (only when heartbeat is
//     offered), ccs_injection, robot (only with RSA key exchange; a few
//     handshakes);
//   OpenSSL handshakes: client_renegotiation (one renegotiation, as every
//     client may start: not intrusive),
//     session_resumption (a first handshake and resumptions);
//   the main handshake (no connection of its own): ocsp_stapling.

#include "probes/attempt.h"
#include "probes/tls/tls_version.h"
#include "probes/version_probe.h"

#include <QDateTime>
#include <QFuture>
#include <QMap>
#include <QMutex>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace mailtls {

// One check's answer.
struct HygieneCheck
{
    std::optional<bool> value; // nullopt: undecided, or not asked (note says which)
    QStringList evidence;      // what decided it, printable lines
    QString note;              // why undecided, or what limited the check
};

// session_resumption's detail: each way of resuming on its own.
struct SessionResumption
{
    std::optional<bool> ids;     // resumed by session ID (TLS 1.2 and older)
    std::optional<bool> tickets; // resumed by a session ticket (RFC 5077, or TLS 1.3)
    int ticketLifetimeHint = -1; // seconds, from the server's ticket; -1: no ticket seen
};

// ocsp_stapling's detail: the stapled response, judged against the certificate.
struct OcspStaple
{
    QString responseStatus; // "successful", "tryLater", ...; empty: nothing stapled
    QString certStatus;     // "good", "revoked", "unknown"; empty: not for this certificate
    std::optional<bool>
        signatureValid;        // signed by the issuer or its delegate, per OCSP_basic_verify
    std::optional<bool> fresh; // now within thisUpdate and nextUpdate (5 minutes' leeway)
    std::optional<bool> forCertificate; // the response names the leaf certificate
    QDateTime thisUpdate;
    QDateTime nextUpdate;
    // Nothing stapled: whether the certificate names an OCSP responder
    // (authorityInfoAccess). False: there is nothing to staple (CAs that
    // dropped OCSP); nullopt: not known, or something was stapled.
    std::optional<bool> responderNamed;
};

// dh's detail: one entry per distinct DHE prime seen.
struct DhPrime
{
    int bits = 0;
    QString wellKnown;  // the catalog's name ("RFC 3526 group 14", ...); empty: not in the catalog
    QStringList suites; // "TLSv1.2 TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", ...
};

struct HygieneResult
{
    HygieneCheck compression;
    HygieneCheck clientRenegotiation;
    HygieneCheck insecureRenegotiation;
    HygieneCheck fallbackScsv;
    HygieneCheck heartbeat;
    HygieneCheck heartbleed;
    HygieneCheck ccsInjection;
    HygieneCheck robot;
    HygieneCheck sessionResumption;
    SessionResumption resumption;
    HygieneCheck ocspStapling;
    OcspStaple ocsp;
    HygieneCheck dh;
    QList<DhPrime> dhPrimes;
    HygieneCheck sweet32;
    HygieneCheck poodleSsl3;

    // The checks by JSON key, in the order above (for the JSON, the details pane and the report).
    struct Entry
    {
        const char *key; // "compression", "client_renegotiation", ...
        const HygieneCheck *check;
    };
    QList<Entry> entries() const;
    HygieneCheck *check(QStringView key);
    const HygieneCheck *check(QStringView key) const;
};

// Every JSON key of a HygieneResult, in order.
const QStringList &hygieneKeys();
// Checks that send what can harm a fragile server: off with ProbeOptions::intrusive false.
bool hygieneKeyIntrusive(QStringView key);
// A check's name for people, translated ("TLS compression (CRIME)"); the key itself when unknown.
QString hygieneCheckLabel(QStringView key);
// The value a check should have on a well-kept server: false for all but
// fallback_scsv and ocsp_stapling (true), and session_resumption (either:
// nullopt).
std::optional<bool> hygieneGoodValue(QStringView key);

// What the hygiene checks need of the probe so far.
struct HygieneInput
{
    QMap<TlsVersion, VersionResult> versions;
    // The main handshake's stapled OCSP response (DER; empty: none), its
    // chain (leaf first) and whether the main handshake completed.
    bool mainHandshake = false;
    QByteArray ocspResponse;
    QList<QByteArray> chainDer;
    QString caFile;
};

namespace hygiene {
struct Plan;
}

// Step 8 in two parts, so that most of it runs while the suites are still
// being enumerated. start() asks, on ProbeOptions::versionPool, the checks
// whose hello only has to be one the server takes at a version (compression
// and heartbeat with heartbleed, fallback_scsv, ccs_injection,
// client_renegotiation, session_resumption): every version's first answer
// (accepted or not, and one suite it took) is all they need. finish() asks
// ROBOT (which must know every accepted RSA suite), derives the checks that
// need no connection from the whole results, asks what start() did not, and
// waits for every check. The connections of both go to the host's slots in
// the background (BackgroundConnections): the enumeration's come first.
class HygieneProbe
{
public:
    explicit HygieneProbe(const ProbeContext &ctx);
    ~HygieneProbe();
    HygieneProbe(const HygieneProbe &) = delete;
    HygieneProbe &operator=(const HygieneProbe &) = delete;

    // Thread-safe; once, and only with a pool (without one, finish() asks everything).
    void start(const QMap<TlsVersion, VersionResult> &firstAnswers);
    HygieneResult finish(const HygieneInput &input);

private:
    QList<std::function<void()>> helloChecks(const std::shared_ptr<const hygiene::Plan> &plan);
    void run(const QList<std::function<void()>> &jobs);
    void wait();
    static QString intrusiveOff();

    const ProbeContext &m_ctx;
    HygieneResult m_result;
    QMutex m_startMutex;
    bool m_started = false;
    QList<QFuture<void>> m_running;
};

// Every check at once (HygieneProbe::finish without start).
HygieneResult probeHygiene(const ProbeContext &ctx, const HygieneInput &input);

} // namespace mailtls
