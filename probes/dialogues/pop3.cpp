#include "probes/dialogues/pop3.h"

#include "probes/replies.h"

#include <QCoreApplication>

namespace mailtls {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Pop3Dialogue)
};

bool isRateLimit(QByteArrayView line)
{
    return line.contains("[IN-USE]") || line.contains("[SYS/TEMP]") || line.contains("[LOGIN-DELAY]");
}
} // namespace

// 1. Greeting "+OK"; "-ERR" ends the session.
// 2. CAPA: multi-line "+OK", keywords, "." (RFC 2449); a server without CAPA
//    (-ERR) offers neither STLS nor a way to know, reported as not offered.
//    Skipped on the connections that only enumerate TLS (RFC 2595 allows STLS
//    in the AUTHORIZATION state at any time).
ProbeError Pop3Dialogue::greet(DialogueContext &ctx, CleartextInfo *info)
{
    QByteArray line;
    if (ProbeError e = readReplyLine(ctx, &line))
        return e;
    info->greeting = Transcript::printable(line.trimmed());
    info->software = softwareFromGreeting(info->greeting);
    if (!line.startsWith("+OK"))
        return {isRateLimit(line) ? ProbeStatus::RateLimited : ProbeStatus::ProtocolError,
                Tr::tr("unexpected greeting: %1").arg(info->greeting)};
    if (!ctx.wantEvidence) {
        info->starttlsOffered = true; // known from the main connection: STLS straight away
        return {};
    }
    if (ProbeError e = sendLine(ctx, "CAPA"))
        return e;
    if (ProbeError e = readReplyLine(ctx, &line))
        return e;
    if (!line.startsWith("+OK")) {
        // Without CAPA, USER/PASS is the POP3 default: a cleartext login is possible.
        info->plaintextLogin = true;
        return {};
    }
    QList<QByteArray> lines;
    for (;;) {
        if (lines.size() >= kMaxReplyLines)
            return {ProbeStatus::ProtocolError, Tr::tr("CAPA longer than %1 lines").arg(kMaxReplyLines)};
        if (ProbeError e = readReplyLine(ctx, &line))
            return e;
        if (line.trimmed() == ".")
            break;
        lines.append(line);
    }
    const Pop3Capabilities caps = pop3Capabilities(lines);
    info->capabilities = caps.keywords;
    info->starttlsOffered = caps.keywords.contains(QStringLiteral("STLS"));
    info->authMechanisms = caps.saslMechanisms;
    info->plaintextLogin = caps.keywords.contains(QStringLiteral("USER"));
    return {};
}

// 3. STLS, expect "+OK".
ProbeError Pop3Dialogue::startTls(DialogueContext &ctx)
{
    if (ProbeError e = sendLine(ctx, "STLS"))
        return e;
    QByteArray line;
    if (ProbeError e = readReplyLine(ctx, &line))
        return e;
    if (!line.startsWith("+OK"))
        return {isRateLimit(line) ? ProbeStatus::RateLimited : ProbeStatus::StartTlsRejected,
                Tr::tr("STLS refused: %1").arg(Transcript::printable(line.trimmed()))};
    return checkNothingBuffered(ctx);
}

} // namespace mailtls
