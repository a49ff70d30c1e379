#pragma once

#include "probes/dialogues/dialogue.h"

namespace mailtls {

// ManageSieve (RFC 5804): capabilities are the greeting; STARTTLS, then "OK".
class SieveDialogue : public Dialogue
{
public:
    ProbeError greet(DialogueContext &ctx, CleartextInfo *info) override;
    ProbeError startTls(DialogueContext &ctx) override;
};

} // namespace mailtls
