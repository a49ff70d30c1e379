#include "probes/dialogues/sieve.h"

#include "probes/replies.h"

#include <QCoreApplication>

namespace mailtls {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::SieveDialogue)
};
} // namespace

// 1. Read capability lines up to "OK" (the greeting). "BYE" or "NO" end it.
ProbeError SieveDialogue::greet(DialogueContext &ctx, CleartextInfo *info)
{
    QList<QByteArray> lines;
    for (;;) {
        if (lines.size() >= kMaxReplyLines)
            return {ProbeStatus::ProtocolError, Tr::tr("greeting longer than %1 lines").arg(kMaxReplyLines)};
        QByteArray line;
        if (ProbeError e = readReplyLine(ctx, &line))
            return e;
        lines.append(line);
        if (line.startsWith("OK") || line.startsWith("NO") || line.startsWith("BYE"))
            break;
    }
    info->greeting = Transcript::printable(lines.constLast().trimmed());
    if (!lines.constLast().startsWith("OK"))
        return {ProbeStatus::ProtocolError, Tr::tr("unexpected greeting: %1").arg(info->greeting)};
    const auto caps = sieveCapabilities(lines);
    if (!caps)
        return {ProbeStatus::ProtocolError, Tr::tr("malformed capability list")};
    info->capabilities = caps->keywords;
    info->starttlsOffered = caps->keywords.contains(QStringLiteral("STARTTLS"));
    info->authMechanisms = caps->saslMechanisms;
    for (const QByteArray &l : std::as_const(lines)) {
        if (info->software.isEmpty())
            info->software = softwareFromGreeting(QString::fromLatin1(l));
    }
    return {};
}

// 2. STARTTLS, expect "OK".
ProbeError SieveDialogue::startTls(DialogueContext &ctx)
{
    if (ProbeError e = sendLine(ctx, "STARTTLS"))
        return e;
    QByteArray line;
    if (ProbeError e = readReplyLine(ctx, &line))
        return e;
    if (!line.startsWith("OK"))
        return {ProbeStatus::StartTlsRejected,
                Tr::tr("STARTTLS refused: %1").arg(Transcript::printable(line.trimmed()))};
    return checkNothingBuffered(ctx);
}

} // namespace mailtls
