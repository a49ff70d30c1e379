#pragma once

// One probe connection to an endpoint and the options every probe of a run
// shares. An Attempt holds a slot of the run's ConnectionLimiter for as long as
// its connection is open, runs the cleartext dialogue up to STARTTLS, and then
// either an OpenSSL handshake or one of our own hellos.

#include "probes/connection.h"
#include "probes/dialogues/dialogue.h"
#include "probes/limiter.h"
#include "probes/protocol.h"
#include "probes/tls/handshake.h"
#include "probes/tls/hello.h"
#include "probes/transcript.h"

#include <QDeadlineTimer>

#include <atomic>
#include <functional>
#include <optional>

class QThreadPool;

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
    ConnectionLimiter *limiter = nullptr;
    // Where the per-version steps run in parallel; null: one after another.
    // Must not be the pool the endpoint itself runs on (the endpoint waits for them).
    QThreadPool *versionPool = nullptr;
    // Where the suite groups of one version run in parallel (client-ordered
    // servers); likewise not a pool that waits on it. Null: one after another.
    QThreadPool *suitePool = nullptr;
    // Where the other addresses of a name with several run in parallel with
    // its first; likewise not a pool that waits on it. Null: one after another.
    QThreadPool *addressPool = nullptr;
    // The hygiene checks that send what a fragile server may not survive
    // (heartbleed's heartbeat, ccs_injection's early ChangeCipherSpec,
    // robot's malformed key exchanges). False: they stay undecided, saying so.
    bool intrusive = true;
    // Step 8 of the endpoint's probe, the hygiene checks (hygiene/hygiene.h).
    bool hygiene = true;
};

// What every connection of one endpoint's probe shares.
struct ProbeContext
{
    const ProbeTarget &target;
    const ProbeOptions &options;
    QDeadlineTimer deadline;       // the whole endpoint
    std::atomic_int *connections;  // connections opened so far
    std::atomic_int *starttlsFirst = nullptr; // see DialogueContext
};

class Attempt
{
public:
    // alone: the connection waits to be our only one to the host (see ConnectionLimiter::acquire).
    explicit Attempt(const ProbeContext &ctx, bool alone = false);

    // The sooner of the operation timeout and the endpoint's deadline.
    QDeadlineTimer deadline() const;

    // Connects and runs the cleartext phase; for STARTTLS protocols, up to the upgrade.
    // tlsAhead is called once TLS is known to be offered (before the upgrade itself).
    ProbeError open(Transcript &transcript, CleartextInfo *info, bool *starttlsOffered,
                    const std::function<void()> &tlsAhead = {});

    // Connects and nothing more: a question of its own asked in cleartext
    // (LDAP's simple bind before StartTLS). Counts as opened once connected.
    ProbeError connectOnly(Transcript &transcript);

    std::unique_ptr<TlsSession> handshake(const HandshakeOptions &options, HandshakeResult *result);

    Connection &connection() { return m_connection; }
    // open() succeeded: what fails after it fails on what was asked, not on the connection's opening.
    bool opened() const { return m_opened; }
    // open() ran a cleartext dialogue up to an accepted STARTTLS: the server took up this session.
    bool servedDialogue() const { return m_servedDialogue; }

private:
    // Takes a slot of the limiter and connects.
    ProbeError connect(Transcript &transcript);

    const ProbeContext &m_ctx;
    bool m_alone = false;
    bool m_opened = false;
    bool m_servedDialogue = false;
    std::optional<ConnectionSlot> m_slot; // released after the connection closes (declared first)
    Connection m_connection;
};

// Waits ms, holding no slot, in short sleeps: false as soon as the run is
// cancelled or the endpoint's deadline passes (a back-off never outlives them).
bool pauseProbe(const ProbeContext &ctx, qint64 ms);

// Rate limiting (421 and the like) is worth a back-off and another try.
bool retryable(ProbeStatus status);

// Runs work on a fresh connection, and again: after a back-off when the
// server rate-limits us (retryable()); when it drops the connection
// (ProbeError::dropped), at most four times in all:
//   - dropped before anything was asked while other connections to the host
//     were open: more than the host allows at once, so the host's cap in the
//     limiter is lowered (to those open less one) and it is asked again;
//   - dropped after the request on a session the server had taken up (its
//     cleartext dialogue served up to STARTTLS), or with no other connection
//     open: the request's answer; asked once more, alone and after a pause
//     (a limit that counts our connections some time after we closed them
//     drops the first, not that one), then left as it is, with
//     *closedInAnswer counting such drops in a row;
//   - dropped right after the request on implicit TLS while others were
//     open: asked again alone (no other connection of ours to the host
//     meanwhile); an answer then shows it was the load, and lowers the cap;
//   - dropped before anything was asked, alone: asked once more.
// No slot is held while it waits; cancellation and the endpoint's deadline
// end the waiting. The last error is returned as it is: a drop still dropped
// decides nothing.
// answersWanted: how many such drops in a row end the asking (2: asked once more).
// aloneFirst: the first attempt too is made alone.
ProbeError onFreshConnection(const ProbeContext &ctx, const std::function<ProbeError(Attempt &)> &work,
                             int *closedInAnswer = nullptr, int answersWanted = 2, bool aloneFirst = false);

// One OpenSSL handshake on a fresh connection, backing off when rate limited.
ProbeError handshakeOnce(const ProbeContext &ctx, const HandshakeOptions &hs, HandshakeResult *result);

// Sends one of our own hellos on a fresh connection and reads what the server
// answers: with wholeFlight, up to its ServerKeyExchange or ServerHelloDone.
// A server that hangs up answers nothing (ProtocolError, dropped), unless it
// closes right after the hello twice where no limit on connections explains
// it (onFreshConnection): then it refuses the hello (HandshakeFailed).
// What a close right after the hello means:
//   Retried: asked once more; closed again, the server refuses the hello (HandshakeFailed);
//   Once: not asked again; the error stays a drop, *closedInAnswer says it
//     answered the hello (the caller asks its next question instead: a short hello);
//   OnceAlone: as Once, asked with no other connection of ours open to the
//     host: the second question after a close (the caller pauses first), so
//     that a limit still counting our closed connections cannot answer it;
//   Answers: the answer at once (an SSL 2.0 hello, which a TLS server has no
//     alert to refuse with): HandshakeFailed.
// A drop before the hello is retried whatever the policy.
enum class HelloDrop { Retried, Once, OnceAlone, Answers };

// One hello on an open attempt, and what the server answered: the whole
// flight with wholeFlight, up to its ServerHelloDone with throughHelloDone.
// The answer has one deadline however its bytes arrive. For checks that go on
// talking on the same connection; sendHello() is the one-question form.
ProbeError exchangeHello(Attempt &a, const QByteArray &hello, bool wholeFlight, ServerResponse *response,
                         bool throughHelloDone = false);
ProbeError sendHello(const ProbeContext &ctx, const QByteArray &hello, bool wholeFlight,
                     ServerResponse *response, HelloDrop helloDrop = HelloDrop::Retried,
                     bool *closedInAnswer = nullptr);

} // namespace mailtls
