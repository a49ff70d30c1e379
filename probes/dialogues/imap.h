#pragma once

#include "probes/dialogues/dialogue.h"

namespace mailtls {

// IMAP with STARTTLS (RFC 3501 6.2.1, RFC 2595).
class ImapDialogue : public Dialogue
{
public:
    ProbeError greet(DialogueContext &ctx, CleartextInfo *info) override;
    ProbeError startTls(DialogueContext &ctx) override;

private:
    // Sends "tag command" and reads until the tagged reply; untagged lines go to untagged.
    ProbeError command(DialogueContext &ctx, QByteArrayView cmd, QByteArray *tagged,
                       QList<QByteArray> *untagged);
    int m_tag = 0;
};

} // namespace mailtls
