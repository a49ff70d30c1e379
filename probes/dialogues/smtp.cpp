#include "probes/dialogues/smtp.h"

#include <QCoreApplication>

namespace mailtls {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::SmtpDialogue)
};

} // namespace

ProbeError SmtpDialogue::readReply(DialogueContext &ctx, SmtpReply *reply)
{
    SmtpReplyParser parser;
    for (;;) {
        QByteArray line;
        if (ProbeError e = readReplyLine(ctx, &line))
            return e;
        switch (parser.feed(line)) {
        case SmtpReplyParser::State::NeedMore: continue;
        case SmtpReplyParser::State::Complete: *reply = parser.reply(); return {};
        case SmtpReplyParser::State::Error:
            ctx.transcript.note(parser.error());
            return {ProbeStatus::ProtocolError, parser.error()};
        }
    }
}

ProbeError SmtpDialogue::hello(DialogueContext &ctx, SmtpReply *reply)
{
    const QByteArray verb = m_variant == Variant::Lmtp ? "LHLO " : "EHLO ";
    if (ProbeError e = sendLine(ctx, QByteArray(verb + ctx.clientName.toLatin1())))
        return e;
    if (ProbeError e = readReply(ctx, reply))
        return e;
    if (reply->code == 421)
        return {ProbeStatus::RateLimited, Tr::tr("the server closed the session (421)")};
    if (reply->code != 250) {
        return {ProbeStatus::ProtocolError,
                Tr::tr("%1 was refused with %2").arg(QString::fromLatin1(verb.trimmed())).arg(reply->code)};
    }
    return {};
}

// 1. Read the greeting (220; 421 or 4xx means come back later, 554 no service).
// 2. EHLO (LHLO for LMTP) and parse the multi-line capability reply. On the
//    connections that only enumerate TLS (the main one has the evidence),
//    SMTP goes to STARTTLS straight away, one round trip less, as long as the
//    server takes it (RFC 5321 4.1.4 says SHOULD for EHLO first); a server
//    that refuses gets EHLO and STARTTLS again, and is not asked that way again.
ProbeError SmtpDialogue::greet(DialogueContext &ctx, CleartextInfo *info)
{
    SmtpReply greeting;
    if (ProbeError e = readReply(ctx, &greeting))
        return e;
    info->greeting = Transcript::printable(QByteArray(QByteArray::number(greeting.code) + ' ' +
                                           greeting.lines.value(0)));
    info->software = softwareFromGreeting(info->greeting);
    if (greeting.code == 421 || greeting.code / 100 == 4)
        return {ProbeStatus::RateLimited, Tr::tr("the server is not accepting sessions now: %1").arg(info->greeting)};
    if (greeting.code != 220)
        return {ProbeStatus::ProtocolError, Tr::tr("unexpected greeting: %1").arg(info->greeting)};
    if (!ctx.wantEvidence && m_variant == Variant::Smtp && ctx.starttlsFirst &&
        ctx.starttlsFirst->load() >= 0) {
        m_helloSkipped = true;
        info->starttlsOffered = true;
        return {};
    }
    SmtpReply ehlo;
    if (ProbeError e = hello(ctx, &ehlo))
        return e;
    info->capabilities = ehloKeywords(ehlo);
    info->starttlsOffered = info->capabilities.contains(QStringLiteral("STARTTLS"));
    info->authMechanisms = ehloAuthMechanisms(ehlo);
    return {};
}

// 3. STARTTLS, expect 220; then nothing may be buffered before the handshake.
ProbeError SmtpDialogue::startTls(DialogueContext &ctx)
{
    if (ProbeError e = sendLine(ctx, "STARTTLS"))
        return e;
    SmtpReply reply;
    if (ProbeError e = readReply(ctx, &reply))
        return e;
    if (reply.code == 421)
        return {ProbeStatus::RateLimited, Tr::tr("STARTTLS answered with 421")};
    if (m_helloSkipped) {
        m_helloSkipped = false;
        ctx.starttlsFirst->store(reply.code == 220 ? 1 : -1);
        if (reply.code != 220) {
            SmtpReply ehlo;
            if (ProbeError e = hello(ctx, &ehlo))
                return e;
            return startTls(ctx);
        }
    }
    if (reply.code != 220) {
        return {ProbeStatus::StartTlsRejected,
                Tr::tr("STARTTLS refused: %1 %2")
                    .arg(reply.code)
                    .arg(Transcript::printable(reply.lines.value(0)))};
    }
    return checkNothingBuffered(ctx);
}

} // namespace mailtls
