#pragma once

// The cleartext phase of a mail protocol: greeting, capabilities, and the
// upgrade to TLS. One class per protocol, chosen by an explicit registry
// (makeDialogue), after sslyze's connection helpers.

#include "probes/connection.h"
#include "probes/protocol.h"
#include "probes/transcript.h"

#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace mailtls {

// What the cleartext phase showed; the evidence for measure M3 and for STARTTLS.
struct CleartextInfo
{
    QString greeting;            // first line of the greeting, printable
    QStringList capabilities;    // keywords offered before TLS, upper case
    bool starttlsOffered = false;
    QStringList authMechanisms;  // SASL mechanisms offered before TLS
    bool plaintextLogin = false; // IMAP LOGIN without LOGINDISABLED, POP3 USER
    QString software;            // what the greeting suggests, e.g. "Postfix" (may be empty)
    // LDAP: whether the server evaluates a simple bind (a name and a password)
    // sent before StartTLS. true: a client's password crosses in cleartext and
    // is checked; false: simple binds are refused before TLS; nullopt: not
    // asked or undecided (simpleBindNote says why). Other protocols: nullopt.
    std::optional<bool> simpleBindBeforeTls;
    QString simpleBindNote; // the server's answer to that bind, or why there is none

    // The mechanisms offered before TLS that let an eavesdropper read or
    // crack the credential: a password in the clear (PLAIN, LOGIN), a bearer
    // token (XOAUTH2, OAUTHBEARER), a crackable challenge-response (CRAM-MD5,
    // DIGEST-MD5, NTLM), and any mechanism not known to be safe. Kerberos
    // (GSSAPI, GS2-KRB5), EXTERNAL (the client's certificate), SCRAM (RFC
    // 5802: nothing the wire shows reveals the password) and ANONYMOUS expose
    // none.
    QStringList exposingMechanisms() const;
};

struct DialogueContext
{
    Connection &connection;
    Transcript &transcript;
    QDeadlineTimer deadline;
    QString clientName; // EHLO/LHLO argument
    // False on the connections that only enumerate TLS: a dialogue may then
    // skip what is there only as evidence (LDAP's root DSE search) and go
    // straight to STARTTLS.
    bool wantEvidence = true;
    // Shared by one endpoint's connections: whether STARTTLS right after the
    // greeting works there (1), is refused (-1), or is not known yet (0).
    std::atomic_int *starttlsFirst = nullptr;
};

class Dialogue
{
public:
    virtual ~Dialogue() = default;
    // Reads the greeting and the capabilities (steps numbered in each class).
    virtual ProbeError greet(DialogueContext &ctx, CleartextInfo *info) = 0;
    // Asks for TLS; on success the next bytes on the connection are TLS.
    virtual ProbeError startTls(DialogueContext &ctx) = 0;
};

// The dialogue for a STARTTLS protocol; nullptr for implicit TLS and plain HTTP.
std::unique_ptr<Dialogue> makeDialogue(Protocol protocol);

// The mail software a greeting names, e.g. "Postfix", "Dovecot"; empty when none.
QString softwareFromGreeting(QStringView greeting);

// Reads one line for a dialogue, records it, and enforces the line bound.
ProbeError readReplyLine(DialogueContext &ctx, QByteArray *line);
ProbeError sendLine(DialogueContext &ctx, QByteArrayView line);
// After a positive STARTTLS reply nothing else may be buffered: bytes already
// here were sent in cleartext before the handshake (response injection).
ProbeError checkNothingBuffered(DialogueContext &ctx);

} // namespace mailtls
