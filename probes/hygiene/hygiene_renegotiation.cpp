// client_renegotiation: whether the server goes through a renegotiation that
// the client starts (a lever for denial of service: each one costs the
// server a handshake's private-key operation, RFC 9325 4.2). One OpenSSL
// handshake at the newest accepted version up to TLS 1.2, then a
// renegotiation on the same session; TLS 1.3 has none.
//
// What decides:
//   completed                                  true
//   no_renegotiation warning, or a fatal alert false
//   the connection closed, and again on a fresh one
//                                              false (the server closes connections that renegotiate)
//   no answer by the deadline, a failed first handshake
//                                              undecided
// The server reads our renegotiation's ClientHello when it next reads the
// connection; every server we know reads there, waiting for the client's
// next command (SMTP after STARTTLS waits for EHLO), so no command is sent.

#include "probes/hygiene/hygiene_checks.h"

#include <QCoreApplication>

namespace mailtls::hygiene {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Hygiene)
};

bool renegotiates(TlsVersion v)
{
    return v == TlsVersion::Ssl3 || v == TlsVersion::Tls10 || v == TlsVersion::Tls11 || v == TlsVersion::Tls12;
}

} // namespace

void askClientRenegotiation(const ProbeContext &ctx, const Plan &plan, HygieneCheck *check)
{
    if (!plan.legacy) {
        bool legacyAccepted = false;
        for (TlsVersion v : plan.accepted)
            legacyAccepted = legacyAccepted || renegotiates(v);
        if (legacyAccepted)
            undecided(check, Tr::tr("no suite of the versions up to TLS 1.2 is known to ask with"));
        else if (plan.anyUndecided)
            undecided(check, Tr::tr("a version that could renegotiate is undecided"));
        else
            decided(check, false, Tr::tr("no version before TLS 1.3 is accepted, and TLS 1.3 has no renegotiation"));
        return;
    }
    const QString version = tlsVersionName(*plan.legacy);
    HandshakeOptions hs;
    hs.serverName = ctx.target.serverName;
    hs.onlyVersion = *plan.legacy;

    RenegotiationAnswer answer = RenegotiationAnswer::Failed;
    bool asked = false;    // the last attempt's handshake completed and the renegotiation was started
    int closedAfter = 0;   // attempts the server closed after our renegotiation's hello
    ProbeError handshakeError;
    const ProbeError e = onFreshConnection(ctx, [&](Attempt &a) {
        asked = false;
        Transcript scratch;
        if (ProbeError opened = a.open(scratch, nullptr, nullptr))
            return opened;
        HandshakeResult result;
        std::unique_ptr<TlsSession> session = a.handshake(hs, &result);
        if (!session) {
            handshakeError = result.error;
            return result.error;
        }
        asked = true;
        ProbeError renegotiated = session->renegotiate(a.deadline(), &answer);
        if (answer == RenegotiationAnswer::Closed) {
            ++closedAfter;
            renegotiated.dropped = true; // asked once more on a fresh connection (onFreshConnection)
        }
        return renegotiated;
    });

    if (!asked) {
        undecided(check, Tr::tr("%1: the handshake before the renegotiation failed: %2")
                             .arg(version, (handshakeError ? handshakeError : e).message));
        return;
    }
    switch (answer) {
    case RenegotiationAnswer::Completed:
        decided(check, true, Tr::tr("%1: a renegotiation the client started completed").arg(version));
        return;
    case RenegotiationAnswer::Refused:
        decided(check, false, Tr::tr("%1: the server refused a renegotiation the client started (no_renegotiation alert)")
                                  .arg(version));
        return;
    case RenegotiationAnswer::FatalAlert:
        decided(check, false, Tr::tr("%1: the server ended a renegotiation the client started: %2").arg(version, e.message));
        return;
    case RenegotiationAnswer::Closed:
        if (closedAfter >= 2) {
            decided(check, false, Tr::tr("%1: the server closed the connection after the client's renegotiation hello, "
                                         "twice")
                                      .arg(version));
            check->note = Tr::tr("the server closes connections that renegotiate");
        } else {
            undecided(check, Tr::tr("%1: the connection closed after the client's renegotiation hello, and was not "
                                    "asked again")
                                 .arg(version));
        }
        return;
    case RenegotiationAnswer::Timeout:
        undecided(check, Tr::tr("%1: no answer to the client's renegotiation hello by the deadline").arg(version));
        return;
    case RenegotiationAnswer::Failed:
        break;
    }
    undecided(check, Tr::tr("%1: the renegotiation could not be asked: %2").arg(version, e.message));
}

} // namespace mailtls::hygiene
