// session_resumption: whether a client can resume a session, by session ID
// and by session ticket, each on its own (SessionResumption), and the
// ticket's lifetime hint. OpenSSL handshakes, each closed with our
// close_notify (servers forget a session whose connection ends without one):
//
// Up to TLS 1.2 (the newest accepted version there), 2 to 4 connections in
// two rounds, each round's in parallel on suitePool:
//   1. Two full handshakes: one offering tickets (the ticket, if the server
//      issues one, and its lifetime hint), one offering none (the session
//      ID: OpenSSL servers send an empty one when they issue a ticket).
//   2. The ticket's session resumed with its ticket; the other resumed by
//      its session ID with no ticket offered.
//   No ticket issued decides tickets false, an empty session ID decides IDs
//   false, without a connection of round 2.
// Only TLS 1.3, 2 connections: a handshake, then a bounded wait for the
// server's NewSessionTicket (TLS 1.3 sends tickets after the handshake,
// within a round trip of our Finished: a server that sends none would
// otherwise hold us until the operation timeout), then a resumption with
// it. TLS 1.3 has no resumption by session ID: ids is false, not applicable.

#include "probes/hygiene/hygiene_checks.h"

#include <QCoreApplication>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/ssl.h>

#include <algorithm>
#include <climits>

namespace mailtls::hygiene {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Hygiene)
};

// How long a TLS 1.3 handshake waits for the server's first ticket.
constexpr int kTicketWaitMs = 1500;

bool legacyVersion(TlsVersion v)
{
    return v == TlsVersion::Ssl3 || v == TlsVersion::Tls10 || v == TlsVersion::Tls11 || v == TlsVersion::Tls12;
}

// One handshake on a fresh connection, closed with our close_notify.
struct Resumption
{
    HandshakeOptions options;
    HandshakeResult result;
    ProbeError error;
};

ProbeError handshakeAndClose(const ProbeContext &ctx, const HandshakeOptions &options, HandshakeResult *result)
{
    return onFreshConnection(ctx, [&](Attempt &a) {
        Transcript scratch;
        if (ProbeError e = a.open(scratch, nullptr, nullptr))
            return e;
        std::unique_ptr<TlsSession> session = a.handshake(options, result);
        if (session)
            session->closeNotify(a.deadline()); // the session is kept whether it arrives or not
        return result->error;
    });
}

void runAll(const ProbeContext &ctx, QList<Resumption *> asks)
{
    if (ctx.options.suitePool && asks.size() > 1) {
        QList<QFuture<void>> running;
        for (Resumption *r : asks)
            running.append(QtConcurrent::run(ctx.options.suitePool, [&ctx, r] {
                r->error = handshakeAndClose(ctx, r->options, &r->result);
            }));
        for (QFuture<void> &f : running)
            f.waitForFinished(); // they reference this frame
        return;
    }
    for (Resumption *r : asks)
        r->error = handshakeAndClose(ctx, r->options, &r->result);
}

// Sets *way from a resumption's answer, with its evidence line or note.
void judge(const Resumption &r, const QString &version, const QString &what, std::optional<bool> *way,
           HygieneCheck *check, QStringList *undecidedWhy)
{
    if (r.error) {
        undecidedWhy->append(Tr::tr("%1: resuming by %2, the handshake failed: %3").arg(version, what, r.error.message));
        return;
    }
    *way = r.result.resumed;
    check->evidence.append(r.result.resumed ? Tr::tr("%1: a session was resumed by %2").arg(version, what)
                                            : Tr::tr("%1: a session offered by %2 was not resumed (full handshake)")
                                                  .arg(version, what));
}

} // namespace

void askSessionResumption(const ProbeContext &ctx, const Plan &plan, HygieneCheck *check, SessionResumption *detail)
{
    const bool tls13 = !plan.legacy && plan.accepted.contains(TlsVersion::Tls13);
    bool legacyAccepted = false;
    for (TlsVersion accepted : plan.accepted)
        legacyAccepted = legacyAccepted || legacyVersion(accepted);
    if (!plan.legacy && !tls13) {
        undecided(check, legacyAccepted ? Tr::tr("no suite of the versions up to TLS 1.2 is known to ask with")
                                        : Tr::tr("no version OpenSSL can resume with is known to be accepted"));
        return;
    }
    const TlsVersion v = tls13 ? TlsVersion::Tls13 : *plan.legacy;
    const QString version = tlsVersionName(v);
    const QString byId = Tr::tr("session ID");
    const QString byTicket = Tr::tr("session ticket");

    // 1. The full handshakes: offering tickets, and (up to TLS 1.2) offering none.
    Resumption full;
    full.options.serverName = ctx.target.serverName;
    full.options.onlyVersion = v;
    full.options.offerTickets = true;
    if (tls13)
        full.options.waitForTicketMs = kTicketWaitMs;
    Resumption fullNoTicket;
    fullNoTicket.options = full.options;
    fullNoTicket.options.offerTickets = false;
    QList<Resumption *> firsts{&full};
    if (!tls13)
        firsts.append(&fullNoTicket);
    runAll(ctx, firsts);
    QStringList undecidedWhy;

    // 2. The resumptions they make possible.
    Resumption withTicket;
    Resumption withId;
    QList<Resumption *> asks;
    if (full.error || !full.result.session) {
        undecidedWhy.append(Tr::tr("%1: the handshake offering tickets failed: %2")
                                .arg(version, full.error ? full.error.message : Tr::tr("it left no session")));
    } else if (SSL_SESSION *session = full.result.session.get();
               SSL_SESSION_has_ticket(session) == 1 && SSL_SESSION_is_resumable(session) == 1) {
        detail->ticketLifetimeHint = static_cast<int>(std::min<unsigned long>(
            SSL_SESSION_get_ticket_lifetime_hint(session), static_cast<unsigned long>(INT_MAX)));
        check->evidence.append(Tr::tr("%1: the server issued a session ticket (lifetime hint %2 s)")
                                   .arg(version)
                                   .arg(detail->ticketLifetimeHint));
        withTicket.options = full.options;
        withTicket.options.waitForTicketMs = 0;
        withTicket.options.resume = full.result.session;
        asks.append(&withTicket);
    } else {
        detail->tickets = false;
        check->evidence.append(tls13 ? Tr::tr("%1: no session ticket within %2 s of the handshake")
                                           .arg(version)
                                           .arg(kTicketWaitMs / 1000.0)
                                     : Tr::tr("%1: no session ticket issued to a hello offering the extension")
                                           .arg(version));
    }
    if (tls13 && legacyAccepted) {
        undecidedWhy.append(Tr::tr("no suite of the versions up to TLS 1.2 is known to resume by session ID with"));
    } else if (tls13) {
        detail->ids = false;
        check->evidence.append(Tr::tr("TLS 1.3 has no resumption by session ID (only TLS 1.3 is accepted)"));
    } else if (fullNoTicket.error || !fullNoTicket.result.session) {
        undecidedWhy.append(Tr::tr("%1: the handshake offering no ticket failed: %2")
                                .arg(version, fullNoTicket.error ? fullNoTicket.error.message
                                                                 : Tr::tr("it left no session")));
    } else if (fullNoTicket.result.serverSessionId.isEmpty()) {
        detail->ids = false;
        check->evidence.append(Tr::tr("%1: the ServerHello has no session ID (no session cache)").arg(version));
    } else {
        withId.options = fullNoTicket.options;
        withId.options.resume = fullNoTicket.result.session;
        asks.append(&withId);
    }
    runAll(ctx, asks);
    if (asks.contains(&withTicket))
        judge(withTicket, version, byTicket, &detail->tickets, check, &undecidedWhy);
    if (asks.contains(&withId))
        judge(withId, version, byId, &detail->ids, check, &undecidedWhy);

    if (detail->ids.value_or(false) || detail->tickets.value_or(false)) {
        check->value = true;
        check->note = undecidedWhy.join(QStringLiteral("; "));
    } else if (detail->ids && detail->tickets) {
        check->value = false;
    } else {
        undecided(check, undecidedWhy.join(QStringLiteral("; ")));
    }
}

} // namespace mailtls::hygiene
