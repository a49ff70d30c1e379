#pragma once

#include "probes/dialogues/dialogue.h"

namespace mailtls {

// POP3 with STLS (RFC 2595 4, capabilities from RFC 2449 CAPA).
class Pop3Dialogue : public Dialogue
{
public:
    ProbeError greet(DialogueContext &ctx, CleartextInfo *info) override;
    ProbeError startTls(DialogueContext &ctx) override;
};

} // namespace mailtls
