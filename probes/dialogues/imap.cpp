#include "probes/dialogues/imap.h"

#include "probes/replies.h"

#include <QCoreApplication>

namespace mailtls {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ImapDialogue)
};

bool isRateLimit(QByteArrayView line)
{
    return line.contains("[UNAVAILABLE]") || line.contains("[LIMIT]") ||
           line.contains("Too many") || line.contains("too many");
}
} // namespace

ProbeError ImapDialogue::command(DialogueContext &ctx, QByteArrayView cmd, QByteArray *tagged,
                                 QList<QByteArray> *untagged)
{
    const QByteArray tag = "a" + QByteArray::number(++m_tag);
    if (ProbeError e = sendLine(ctx, QByteArray(tag + ' ' + cmd.toByteArray())))
        return e;
    for (int i = 0; i < kMaxReplyLines; ++i) {
        QByteArray line;
        if (ProbeError e = readReplyLine(ctx, &line))
            return e;
        if (line.startsWith(QByteArray(tag + ' '))) {
            *tagged = line.mid(tag.size() + 1).trimmed();
            return {};
        }
        if (line.startsWith("* BYE"))
            return {isRateLimit(line) ? ProbeStatus::RateLimited : ProbeStatus::ProtocolError,
                    Tr::tr("the server said BYE: %1").arg(Transcript::printable(line.trimmed()))};
        untagged->append(line);
    }
    return {ProbeStatus::ProtocolError, Tr::tr("no tagged reply after %1 lines").arg(kMaxReplyLines)};
}

// 1. Read the greeting: "* OK" (maybe with [CAPABILITY ...]); "* PREAUTH" or "* BYE" end it.
// 2. CAPABILITY, unless the greeting listed them.
ProbeError ImapDialogue::greet(DialogueContext &ctx, CleartextInfo *info)
{
    QByteArray line;
    if (ProbeError e = readReplyLine(ctx, &line))
        return e;
    info->greeting = Transcript::printable(line.trimmed());
    info->software = softwareFromGreeting(info->greeting);
    if (line.startsWith("* BYE"))
        return {isRateLimit(line) ? ProbeStatus::RateLimited : ProbeStatus::ProtocolError,
                Tr::tr("the server said BYE: %1").arg(info->greeting)};
    if (!line.startsWith("* OK"))
        return {ProbeStatus::ProtocolError, Tr::tr("unexpected greeting: %1").arg(info->greeting)};
    std::optional<QStringList> caps = imapCapabilities(line);
    if (!caps) {
        QByteArray tagged;
        QList<QByteArray> untagged;
        if (ProbeError e = command(ctx, "CAPABILITY", &tagged, &untagged))
            return e;
        for (const QByteArray &u : std::as_const(untagged)) {
            if (auto c = imapCapabilities(u))
                caps = c;
        }
        if (!tagged.startsWith("OK") || !caps)
            return {ProbeStatus::ProtocolError, Tr::tr("CAPABILITY failed")};
    }
    info->capabilities = *caps;
    info->starttlsOffered = caps->contains(QStringLiteral("STARTTLS"));
    for (const QString &c : std::as_const(*caps)) {
        if (c.startsWith(QLatin1String("AUTH=")))
            info->authMechanisms.append(c.mid(5));
    }
    // Without LOGINDISABLED the LOGIN command takes a password in cleartext (RFC 2595 3.2).
    info->plaintextLogin = !caps->contains(QStringLiteral("LOGINDISABLED"));
    return {};
}

// 3. STARTTLS, expect a tagged OK.
ProbeError ImapDialogue::startTls(DialogueContext &ctx)
{
    QByteArray tagged;
    QList<QByteArray> untagged;
    if (ProbeError e = command(ctx, "STARTTLS", &tagged, &untagged))
        return e;
    if (!tagged.startsWith("OK"))
        return {ProbeStatus::StartTlsRejected,
                Tr::tr("STARTTLS refused: %1").arg(Transcript::printable(tagged))};
    return checkNothingBuffered(ctx);
}

} // namespace mailtls
