#include "probes/attempt.h"

#include <QCoreApplication>
#include <QThread>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::EndpointProbe)
};

void backOff(const ProbeOptions &options, int attempt)
{
    QThread::msleep(static_cast<unsigned long>(options.rateLimitBackoffMs * (attempt + 1)));
}

} // namespace

Attempt::Attempt(const ProbeContext &ctx) : m_ctx(ctx)
{
    m_connection.setCancelFlag(ctx.options.cancel);
}

QDeadlineTimer Attempt::deadline() const
{
    const QDeadlineTimer op(m_ctx.options.operationTimeoutMs);
    return op.deadline() < m_ctx.deadline.deadline() ? op : m_ctx.deadline;
}

ProbeError Attempt::open(Transcript &transcript, CleartextInfo *info, bool *starttlsOffered,
                         const std::function<void()> &tlsAhead)
{
    const ProbeOptions &options = m_ctx.options;
    const ProbeTarget &target = m_ctx.target;
    if (options.limiter) {
        if (!options.limiter->acquire(target.host, m_ctx.deadline, options.cancel)) {
            const bool cancelled = options.cancel && options.cancel->load();
            return {cancelled ? ProbeStatus::Cancelled : ProbeStatus::Timeout,
                    cancelled ? Tr::tr("cancelled") : Tr::tr("no connection slot before the deadline")};
        }
        m_slot.emplace(options.limiter, target.host);
    }
    ++*m_ctx.connections;
    if (ProbeError e = m_connection.connectTo(target.host, target.port, deadline())) {
        transcript.note(e.message);
        return e;
    }
    std::unique_ptr<Dialogue> dialogue = makeDialogue(target.protocol);
    if (!dialogue) {
        if (tlsAhead && protocolInfo(target.protocol).tlsMode == TlsMode::Implicit)
            tlsAhead();
        return {};
    }
    DialogueContext ctx{m_connection, transcript, deadline(), options.clientName, info != nullptr,
                        m_ctx.starttlsFirst};
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
    return dialogue->startTls(ctx);
}

std::unique_ptr<TlsSession> Attempt::handshake(const HandshakeOptions &options, HandshakeResult *result)
{
    return tlsHandshake(m_connection, options, deadline(), result);
}

bool retryable(ProbeStatus status) { return status == ProbeStatus::RateLimited; }

ProbeError handshakeOnce(const ProbeContext &ctx, const HandshakeOptions &hs, HandshakeResult *result)
{
    ProbeError e;
    for (int attempt = 0; attempt <= ctx.options.rateLimitRetries; ++attempt) {
        Attempt a(ctx);
        Transcript scratch;
        e = a.open(scratch, nullptr, nullptr);
        if (!e) {
            a.handshake(hs, result);
            e = result->error;
        }
        if (!retryable(e.status))
            return e;
        backOff(ctx.options, attempt);
    }
    return e;
}

ProbeError sendHello(const ProbeContext &ctx, const QByteArray &hello, bool wholeFlight,
                     ServerResponse *response)
{
    ProbeError e;
    for (int attempt = 0; attempt <= ctx.options.rateLimitRetries; ++attempt) {
        Attempt a(ctx);
        Transcript scratch;
        e = a.open(scratch, nullptr, nullptr);
        if (!e)
            e = a.connection().writeAll(hello, a.deadline());
        QByteArray received;
        while (!e) {
            qsizetype need = 0;
            QString error;
            if (auto r = parseServerResponse(received, &need, &error, wholeFlight)) {
                *response = *r;
                return {};
            }
            if (need == 0)
                break; // malformed: what the ServerHello alone says, if anything
            QByteArray more;
            e = a.connection().readExact(&more, need, a.deadline());
            received += more;
        }
        // The flight ended early, was cut, or was not TLS: the ServerHello alone
        // still decides the version and the suite.
        qsizetype need = 0;
        QString error;
        if (auto r = parseServerResponse(received, &need, &error, false)) {
            *response = *r;
            return {};
        }
        if (!e) {
            response->kind = ServerResponse::Kind::NotTls;
            return {};
        }
        if (!retryable(e.status))
            return e;
        backOff(ctx.options, attempt);
    }
    return e;
}

} // namespace mailtls
