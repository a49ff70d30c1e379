#include "probes/attempt.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::EndpointProbe)
};

// A connection the server dropped is asked again at most this often.
constexpr int kDropRetries = 4;
// Pause before asking again after a drop under load, times the drops so far
// (connections the server still counts close meanwhile); after a drop of our
// only connection, a short one.
constexpr qint64 kDropPauseMs = 250;
constexpr qint64 kAlonePauseMs = 50;

} // namespace

bool pauseProbe(const ProbeContext &ctx, qint64 ms)
{
    const QDeadlineTimer until(ms);
    while (!until.hasExpired()) {
        if ((ctx.options.cancel && ctx.options.cancel->load()) || ctx.deadline.hasExpired())
            return false;
        QThread::msleep(
            static_cast<unsigned long>(std::clamp<qint64>(until.remainingTime(), 1, 50)));
    }
    return true;
}

Attempt::Attempt(const ProbeContext &ctx, bool alone) : m_ctx(ctx), m_alone(alone)
{
    m_connection.setCancelFlag(ctx.options.cancel);
}

QDeadlineTimer Attempt::deadline() const
{
    const QDeadlineTimer op(m_ctx.options.operationTimeoutMs);
    return op.deadline() < m_ctx.deadline.deadline() ? op : m_ctx.deadline;
}

ProbeError Attempt::connectOnly(Transcript &transcript)
{
    ProbeError e = connect(transcript);
    m_opened = !e;
    return e;
}

ProbeError Attempt::connect(Transcript &transcript)
{
    const ProbeOptions &options = m_ctx.options;
    const ProbeTarget &target = m_ctx.target;
    if (options.limiter) {
        int slotId = -1;
        int level = -1;
        if (!options.limiter->acquire(target.host, m_ctx.deadline, options.cancel, m_alone, &slotId,
                                      &level)) {
            const bool cancelled = options.cancel && options.cancel->load();
            return {cancelled ? ProbeStatus::Cancelled : ProbeStatus::Timeout,
                    cancelled ? Tr::tr("cancelled")
                              : Tr::tr("no connection slot before the deadline")};
        }
        m_slot.emplace(options.limiter, target.host, m_alone, slotId, level);
    }
    ++*m_ctx.connections;
    if (ProbeError e = m_connection.connectTo(target.host, target.port, deadline())) {
        transcript.note(e.message);
        return e;
    }
    return {};
}

ProbeError Attempt::open(Transcript &transcript, CleartextInfo *info, bool *starttlsOffered,
                         const std::function<void()> &tlsAhead)
{
    const ProbeOptions &options = m_ctx.options;
    const ProbeTarget &target = m_ctx.target;
    if (ProbeError e = connect(transcript))
        return e;
    std::unique_ptr<Dialogue> dialogue = makeDialogue(target.protocol);
    if (!dialogue) {
        if (tlsAhead && protocolInfo(target.protocol).tlsMode == TlsMode::Implicit)
            tlsAhead();
        m_opened = true;
        return {};
    }
    DialogueContext ctx{m_connection,       transcript,      deadline(),
                        options.clientName, info != nullptr, m_ctx.starttlsFirst};
    CleartextInfo local;
    if (ProbeError e = dialogue->greet(ctx, info ? info : &local))
        return e;
    const bool offered = (info ? info : &local)->starttlsOffered;
    if (starttlsOffered)
        *starttlsOffered = offered;
    if (!offered)
        return {ProbeStatus::StartTlsNotOffered, Tr::tr("the server does not offer STARTTLS")};
    if (tlsAhead)
        tlsAhead();
    ctx.deadline = deadline();
    ProbeError e = dialogue->startTls(ctx);
    m_opened = !e;
    m_servedDialogue = !e;
    return e;
}

std::unique_ptr<TlsSession> Attempt::handshake(const HandshakeOptions &options,
                                               HandshakeResult *result)
{
    return tlsHandshake(m_connection, options, deadline(), result);
}

bool retryable(ProbeStatus status)
{
    return status == ProbeStatus::RateLimited;
}

ProbeError onFreshConnection(const ProbeContext &ctx,
                             const std::function<ProbeError(Attempt &)> &work, int *closedInAnswer,
                             int answersWanted, bool aloneFirst)
{
    ConnectionLimiter *limiter = ctx.options.limiter;
    int rateLimited = 0;
    int drops = 0;
    int answers = 0;        // drops in a row that answer the request (see below)
    int droppedUnasked = 0; // drops before the request with no other connection open
    int openAtFirstDrop =
        0; // connections open to the host when it first dropped one after our request
    bool alone = aloneFirst;
    for (;;) {
        ProbeError e;
        int open = 1;
        bool opened = false;
        bool served = false;
        {
            Attempt a(ctx, alone && limiter);
            e = work(a);
            opened = a.opened();
            served = a.servedDialogue();
            if (e.dropped && limiter)
                open = limiter->openTo(ctx.target.host); // ours included: the slot is still held
        } // the connection is closed and its slot free before any pause
        if (!e.dropped && alone && openAtFirstDrop > 1 && limiter)
            limiter->lowerCap(ctx.target.host, openAtFirstDrop); // answered alone: it was the load
        if (retryable(e.status) && rateLimited < ctx.options.rateLimitRetries) {
            ++rateLimited;
            if (!pauseProbe(ctx, qint64(ctx.options.rateLimitBackoffMs) * rateLimited))
                return e;
            continue;
        }
        if (!e.dropped || drops >= kDropRetries)
            return e;
        ++drops;
        qint64 wait = kAlonePauseMs;
        if (opened && (served || alone || open <= 1)) {
            // Closed after the request on a session the server had taken up
            // (its cleartext dialogue served, up to STARTTLS), or with no
            // other connection of ours open: no limit on connections does
            // that, the request did. Asked once more the same way, then left
            // as it is.
            ++answers;
            if (closedInAnswer)
                *closedInAnswer = answers;
            if (answers >= answersWanted)
                return e;
            // Asked again alone, a while later: a limit that counts our
            // connections some time after we closed them (a busy server, a
            // firewall's connection table) drops this one, not one asked
            // with nothing else of ours open after the pause.
            alone = true;
            wait = kDropPauseMs;
        } else if (!opened && (alone || open <= 1)) {
            // Dropped before anything was asked, alone: asked once more.
            if (++droppedUnasked > 1)
                return e;
        } else if (!opened) {
            // Dropped before it could ask anything, with others open: more
            // connections than the host allows at once. Fewer from now on.
            limiter->lowerCap(ctx.target.host, open);
            wait = kDropPauseMs * drops;
        } else {
            // Dropped right after the request on implicit TLS, with others
            // open: the load (a limit that closes what it accepted) or the
            // request. Asked again alone, which tells them apart.
            openAtFirstDrop = std::max(openAtFirstDrop, open);
            alone = true;
        }
        if (!pauseProbe(ctx, wait))
            return e;
    }
}

ProbeError handshakeOnce(const ProbeContext &ctx, const HandshakeOptions &hs,
                         HandshakeResult *result)
{
    return onFreshConnection(ctx, [&](Attempt &a) {
        Transcript scratch;
        if (ProbeError e = a.open(scratch, nullptr, nullptr))
            return e;
        a.handshake(hs, result);
        return result->error;
    });
}

ProbeError exchangeHello(Attempt &a, const QByteArray &hello, bool wholeFlight,
                         ServerResponse *response, bool throughHelloDone)
{
    const QDeadlineTimer deadline = a.deadline();
    ProbeError e = a.connection().writeAll(hello, deadline);
    ServerResponseReader reader(wholeFlight, throughHelloDone);
    while (!e && reader.state() == ServerResponseReader::State::NeedMore) {
        QByteArray more;
        e = a.connection().readExact(&more, reader.needMore(), deadline);
        if (!e)
            reader.feed(more);
    }
    if (reader.state() == ServerResponseReader::State::Done) {
        *response = reader.response();
        return {};
    }
    // The flight ended early, was cut, or was not TLS: the ServerHello alone
    // still decides the version and the suite.
    if (reader.helloSoFar()) {
        *response = *reader.helloSoFar();
        return {};
    }
    if (!e)
        response->kind = ServerResponse::Kind::NotTls;
    return e;
}

ProbeError sendHello(const ProbeContext &ctx, const QByteArray &hello, bool wholeFlight,
                     ServerResponse *response, HelloDrop helloDrop, bool *closedInAnswerOut)
{
    bool afterHello = false; // the last attempt got as far as sending the hello
    int closedInAnswer = 0;
    ProbeError e = onFreshConnection(
        ctx,
        [&](Attempt &a) {
            afterHello = false;
            Transcript scratch;
            if (ProbeError opened = a.open(scratch, nullptr, nullptr))
                return opened; // a drop before the hello is never an answer to it
            afterHello = true;
            ProbeError answered = exchangeHello(a, hello, wholeFlight, response);
            if (answered.dropped && helloDrop == HelloDrop::Answers)
                answered = {ProbeStatus::HandshakeFailed,
                            Tr::tr("the server closed the connection after our hello")};
            return answered;
        },
        &closedInAnswer, helloDrop == HelloDrop::Once || helloDrop == HelloDrop::OnceAlone ? 1 : 2,
        helloDrop == HelloDrop::OnceAlone);
    if (closedInAnswerOut)
        *closedInAnswerOut = e.dropped && afterHello && closedInAnswer >= 1;
    // Closed right after the hello, twice, where no limit on connections
    // explains it (see onFreshConnection): how the server refuses this hello
    // (Dovecot on versions it does not take, servers built without SSL 3.0).
    if (helloDrop == HelloDrop::Retried && e.dropped && afterHello && closedInAnswer >= 2)
        e = {ProbeStatus::HandshakeFailed,
             Tr::tr("the server closed the connection after our hello, twice")};
    return e;
}

} // namespace mailtls
