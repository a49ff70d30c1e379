#pragma once

#include "probes/dialogues/dialogue.h"
#include "probes/replies.h"

namespace mailtls {

// SMTP, submission (RFC 3207) and LMTP (RFC 2033): EHLO or LHLO, STARTTLS.
class SmtpDialogue : public Dialogue
{
public:
    enum class Variant { Smtp, Lmtp };
    explicit SmtpDialogue(Variant variant) : m_variant(variant) {}

    ProbeError greet(DialogueContext &ctx, CleartextInfo *info) override;
    ProbeError startTls(DialogueContext &ctx) override;

private:
    ProbeError readReply(DialogueContext &ctx, SmtpReply *reply);
    ProbeError hello(DialogueContext &ctx, SmtpReply *reply);
    Variant m_variant;
    bool m_helloSkipped = false;
};

} // namespace mailtls
