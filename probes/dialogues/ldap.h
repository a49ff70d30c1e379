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

// On a connection of its own, before any StartTLS (endpoint_probe.cpp asks it
// of every LDAP endpoint): whether the server takes a simple bind in
// cleartext. Never a real credential: the name is made up inside the naming
// context the root DSE shows (OpenLDAP checks confidentiality only inside a
// database it holds), the password is random and the transcript masks it.
// Sets info->simpleBindBeforeTls and info->simpleBindNote; returns the error
// that ended the dialogue (drop, timeout, busy), which leaves the question
// undecided and may be asked again.
ProbeError askSimpleBindBeforeTls(DialogueContext &ctx, CleartextInfo *info);

} // namespace mailtls
