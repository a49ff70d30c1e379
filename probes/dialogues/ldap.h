#pragma once

#include "probes/dialogues/dialogue.h"

namespace mailtls {

// LDAP with StartTLS (RFC 4511 4.14, RFC 4513): no greeting; the root DSE
// says what the server offers before TLS, and StartTLS is an extended operation.
class LdapDialogue : public Dialogue
{
public:
    ProbeError greet(DialogueContext &ctx, CleartextInfo *info) override;
    ProbeError startTls(DialogueContext &ctx) override;
};

} // namespace mailtls
