#pragma once

// Fetches a domain's MTA-STS policy the way a sending MTA must (RFC 8461 3.3),
// and says how it went. Steps:
//   1. resolve mta-sts.DOMAIN, A and AAAA at once, with the project's resolver
//      (on the caller's thread, event-driven);
//   2. on a worker thread: connect to the addresses in turn (A first) on port 443;
//   3. TLS 1.2 or later with SNI mta-sts.DOMAIN; the certificate must chain to a trusted
//      root (the system store or a CA file), name the host and be in date;
//   4. HTTP/1.1 GET /.well-known/mta-sts.txt with Host and Connection: close;
//   5. the response: status 200 (a 3xx is not followed: the RFC forbids it),
//      Content-Type text/plain, a body within the size cap (Content-Length,
//      chunked, or until the server closes; read by mta_sts_http.h);
//   6. the body parsed as a policy (mta_sts.h).
// One deadline covers all of it, so a server dripping bytes slowly ends as a
// timeout. A timeout, a failed lookup, a refused connection, a connection
// dropped before a complete answer or a broken dialogue decide nothing about
// the policy: the result says it could not be fetched, and why. A fatal TLS
// alert, a certificate senders refuse and a complete HTTP answer decide.

#include "probes/domain/mta_sts.h"
#include "probes/domain/mta_sts_http.h"
#include "probes/tls/certificate.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFuture>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace mailtls {

namespace dns {
class Resolver;
}

// How a fetch ended.
enum class PolicyFetchStatus {
    Ok,                 // 200, text/plain, within the cap: the body is the policy (which may still have errors)
    NoAddress,          // mta-sts.DOMAIN has no A or AAAA record (the name or the records do not exist)
    DnsFailure,         // the lookups failed (timeout, SERVFAIL, ...): undecided
    ConnectFailed,      // no address took a TCP connection on the port
    TlsFailed,          // the server ended the handshake with a fatal alert, or offers only TLS 1.1 or older
    CertificateInvalid, // the certificate is untrusted, for another name, or out of date
    HttpStatus,         // an HTTP status other than 200 and 3xx
    Redirect,           // a 3xx: senders must not follow it
    WrongMediaType,     // the Content-Type is not text/plain
    TooLarge,           // the body exceeds the size cap
    Timeout,            // the whole fetch did not finish before its deadline
    MalformedResponse,  // not an HTTP/1.x response, or its framing is broken: undecided
    Broken,             // the connection closed or the handshake broke off (no fatal alert)
                        // before a complete answer: undecided
};

QString policyFetchStatusKey(PolicyFetchStatus status); // "ok", "no_address", ...
std::optional<PolicyFetchStatus> policyFetchStatusFromKey(QStringView key);
QString policyFetchStatusLabel(PolicyFetchStatus status); // translated, for people

struct PolicyFetchOptions
{
    quint16 port = 443;         // senders always use 443; tests use another
    QString caFile;             // PEM trust anchors; empty: the system store
    // The whole fetch, lookups included. RFC 8461 names no value;
    // postfix-mta-sts-resolver, a common sender, gives the fetch 4 s in all.
    // We wait longer so that a slow host is reported as slow (see the note)
    // rather than as down.
    int timeoutMs = 10000;
    qsizetype maxBodyBytes = 64 * 1024; // RFC 8461 3.3 asks senders for a cap; 64 KiB is common
};

// What a sender of a strict sort would tolerate for the whole fetch; slower
// fetches get a note even when they succeed.
inline constexpr int kStsSenderTimeoutMs = 4000;

struct PolicyFetchResult
{
    PolicyFetchStatus status = PolicyFetchStatus::Timeout;
    QString url;                // https://mta-sts.DOMAIN/.well-known/mta-sts.txt
    QString host;               // mta-sts.DOMAIN
    QStringList addresses;      // what the lookups gave, A first
    QString address;            // the address whose answer counts ("" when none connected)
    std::optional<CertificateInfo> certificate; // as analysed for host (when TLS completed)
    int httpStatus = 0;         // 0: no status line read
    QString location;           // a 3xx's Location header
    QString contentType;        // as sent
    QByteArray body;            // the body as received (decoded from chunks), at most the cap
    std::optional<StsPolicy> policy; // the body parsed, when status is Ok or WrongMediaType
    qint64 elapsedMs = 0;
    QString note;               // for people: what happened, and what it means for senders
};

QString policyUrl(const QString &domain);

// Starts the fetch and returns at once. Call on the resolver's thread (it does
// the lookups there); the blocking part runs on the global thread pool, so the
// calling thread never blocks. The future finishes with a result (never
// cancelled) unless the resolver is deleted before the lookups end.
QFuture<PolicyFetchResult> fetchStsPolicy(dns::Resolver *resolver, const QString &domain,
                                          const PolicyFetchOptions &options = {});

// The blocking part alone (steps 2 to 6), for addresses already known: for
// worker threads and tests. *result has url, host and addresses set.
void fetchStsPolicyFrom(PolicyFetchResult *result, const PolicyFetchOptions &options, QDeadlineTimer deadline);

} // namespace mailtls
