#include "probes/dialogues/dialogue.h"

#include "probes/dialogues/imap.h"
#include "probes/dialogues/ldap.h"
#include "probes/dialogues/pop3.h"
#include "probes/dialogues/sieve.h"
#include "probes/dialogues/smtp.h"
#include "probes/replies.h"

#include <QCoreApplication>

namespace mailtls {

QStringList CleartextInfo::exposingMechanisms() const
{
    QStringList out;
    for (const QString &m : authMechanisms) {
        const QString upper = m.toUpper();
        const bool safe = upper == QLatin1StringView("GSSAPI") || upper.startsWith(QLatin1StringView("GS2-KRB5")) ||
                          upper == QLatin1StringView("EXTERNAL") || upper.startsWith(QLatin1StringView("SCRAM-")) ||
                          upper == QLatin1StringView("ANONYMOUS");
        if (!safe)
            out.append(m);
    }
    return out;
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Dialogue)
};
} // namespace

std::unique_ptr<Dialogue> makeDialogue(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
    case Protocol::Submission: return std::make_unique<SmtpDialogue>(SmtpDialogue::Variant::Smtp);
    case Protocol::Lmtp: return std::make_unique<SmtpDialogue>(SmtpDialogue::Variant::Lmtp);
    case Protocol::Imap: return std::make_unique<ImapDialogue>();
    case Protocol::Pop3: return std::make_unique<Pop3Dialogue>();
    case Protocol::Sieve: return std::make_unique<SieveDialogue>();
    case Protocol::Ldap: return std::make_unique<LdapDialogue>();
    case Protocol::Smtps:
    case Protocol::Imaps:
    case Protocol::Pop3s:
    case Protocol::Ldaps:
    case Protocol::Http:
    case Protocol::Https:
    case Protocol::Tls: return nullptr;
    }
    return nullptr;
}

QString softwareFromGreeting(QStringView greeting)
{
    static const char *const kNames[] = {"Postfix", "Exim", "Sendmail", "Microsoft ESMTP",
                                         "Microsoft Exchange", "Dovecot", "Cyrus", "Courier",
                                         "OpenSMTPD", "Haraka", "qmail"};
    for (const char *name : kNames) {
        if (greeting.contains(QLatin1StringView(name), Qt::CaseInsensitive))
            return QString::fromLatin1(name);
    }
    return {};
}

ProbeError readReplyLine(DialogueContext &ctx, QByteArray *line)
{
    const ProbeError e = ctx.connection.readLine(line, kMaxReplyLine, ctx.deadline);
    if (e) {
        ctx.transcript.note(e.message);
        return e;
    }
    ctx.transcript.server(*line);
    return {};
}

ProbeError sendLine(DialogueContext &ctx, QByteArrayView line)
{
    ctx.transcript.client(line);
    return ctx.connection.writeAll(QByteArray(line.toByteArray() + "\r\n"), ctx.deadline);
}

ProbeError checkNothingBuffered(DialogueContext &ctx)
{
    if (ctx.connection.pendingBytes() == 0)
        return {};
    const QByteArray extra = ctx.connection.takePending();
    ctx.transcript.server(extra);
    const QString message =
        Tr::tr("the server sent %1 bytes after accepting STARTTLS, before the handshake")
            .arg(extra.size());
    ctx.transcript.note(message);
    return {ProbeStatus::ProtocolError, message};
}

} // namespace mailtls
