#include "probes/version_probe.h"

#include "probes/tls/cipher_registry.h"
#include "probes/tls/dh_primes.h"

#include <QCoreApplication>
#include <QFuture>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <array>
#include <atomic>
#include <functional>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::EndpointProbe)
};

constexpr qsizetype kChunk = 64; // suites per hello for servers that refuse long ones
constexpr qint64 kClosedPauseMs =
    250; // before the question that follows a close right after our hello

// One offer's outcome.
struct Pick
{
    ProbeError error; // Ok: the server chose `suite`; HandshakeFailed: it refused
    bool properRefusal =
        false; // refused with handshake_failure, protocol_version or insufficient_security
    quint16 suite = 0;
    std::optional<KeyExchangeInfo> keyExchange;
    std::optional<bool> secureRenegotiation;
    std::optional<bool> extendedMasterSecret;
    bool closedInAnswer =
        false; // dropped right after the hello, where no connection limit explains it
};

// One offer of suites; helloDrop says how a close right after the hello is
// taken (HelloDrop::Once: left unconfirmed, Pick::closedInAnswer set).
using Offer = std::function<Pick(const QList<quint16> &, HelloDrop)>;

QString wireVersionName(quint16 v)
{
    switch (v) {
    case 0x0300:
        return tlsVersionName(TlsVersion::Ssl3);
    case 0x0301:
        return tlsVersionName(TlsVersion::Tls10);
    case 0x0302:
        return tlsVersionName(TlsVersion::Tls11);
    case 0x0303:
        return tlsVersionName(TlsVersion::Tls12);
    case 0x0304:
        return tlsVersionName(TlsVersion::Tls13);
    default:
        return QStringLiteral("0x%1").arg(
            QString::number(v, 16).rightJustified(4, QLatin1Char('0')));
    }
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return out;
}

// Suites no version before TLS 1.2 can carry: the AEAD ones (GCM, CCM,
// ChaCha20-Poly1305), whose records TLS 1.0 and 1.1 have no format for.
bool suiteNeedsTls12(quint16 code)
{
    const CipherSuiteEntry *e = cipherSuiteByCode(code);
    return e && e->family == CipherFamily::Tls && e->aead;
}

// Our own hello; the first flight decides (TLS 1.3: the HelloRetryRequest).
Pick rawOffer(const ProbeContext &ctx, TlsVersion v, const QList<quint16> &suites,
              const QList<quint16> &groups = {}, HelloDrop helloDrop = HelloDrop::Retried)
{
    Pick pick;
    const ConnectionLabel label(
        tlsVersionName(v).toLatin1() + " suites=" + QByteArray::number(suites.size()) +
        (groups.isEmpty() ? QByteArray() : " groups=" + QByteArray::number(groups.size())) +
        (helloDrop == HelloDrop::OnceAlone ? " once-alone" : ""));
    QByteArray hello;
    if (v == TlsVersion::Ssl3) {
        hello = buildSsl3ClientHello(suites, randomBytes(32));
    } else {
        TlsHelloSpec spec;
        spec.version = tlsWireVersion(v);
        spec.suites = suites;
        spec.groups = groups;
        if (!isIpLiteral(ctx.target.serverName))
            spec.serverName = ctx.target.serverName;
        spec.random = randomBytes(32);
        hello = buildTlsClientHello(spec);
    }
    ServerResponse r;
    // A drop, a timeout or a broken dialogue refuses nothing: it stays an
    // error (undecided), never HandshakeFailed (refused).
    if (const ProbeError e = sendHello(ctx, hello, true, &r, helloDrop, &pick.closedInAnswer)) {
        pick.error = e;
        return pick;
    }
    switch (r.kind) {
    case ServerResponse::Kind::ServerHello:
        if (r.version > tlsWireVersion(v) && v != TlsVersion::Tls13) {
            // A server must not pick a version above the client's: a violation, not a refusal.
            pick.error = {
                ProbeStatus::ProtocolError,
                Tr::tr("protocol violation: the server answered with %1, above the %2 offered")
                    .arg(wireVersionName(r.version), wireVersionName(tlsWireVersion(v)))};
            return pick;
        }
        if (r.version != tlsWireVersion(v)) {
            pick.error = {ProbeStatus::HandshakeFailed,
                          Tr::tr("the server answered with %1").arg(wireVersionName(r.version))};
            pick.properRefusal = true;
            return pick;
        }
        if (suiteNeedsTls12(r.cipherSuite) && tlsWireVersion(v) < 0x0303) {
            // An AEAD suite exists from TLS 1.2 on: not an answer of this version.
            pick.error = {ProbeStatus::ProtocolError,
                          Tr::tr("protocol violation: the server chose %1, a TLS 1.2 suite, in %2")
                              .arg(cipherSuiteName(r.cipherSuite), wireVersionName(r.version))};
            return pick;
        }
        if (!suites.contains(r.cipherSuite)) {
            pick.error = {ProbeStatus::ProtocolError,
                          Tr::tr("the server chose %1, which was not offered")
                              .arg(cipherSuiteName(r.cipherSuite))};
            return pick;
        }
        pick.suite = r.cipherSuite;
        if (v != TlsVersion::Ssl3 && v != TlsVersion::Tls13) {
            pick.secureRenegotiation = r.secureRenegotiation;
            pick.extendedMasterSecret = r.extendedMasterSecret;
        }
        if (r.namedGroup)
            pick.keyExchange =
                KeyExchangeInfo{namedGroupName(r.namedGroup), namedGroupBits(r.namedGroup), {}, {}};
        else if (r.dhBits)
            pick.keyExchange = KeyExchangeInfo{QString(), r.dhBits, dhPrimeDigest(r.dhPrime),
                                               wellKnownDhPrime(r.dhPrime)};
        return pick;
    case ServerResponse::Kind::Alert:
        if (r.alertLevel != 2) {
            // close_notify, or a level TLS does not have: the server ended the
            // dialogue without refusing anything.
            pick.error = {ProbeStatus::ProtocolError,
                          Tr::tr("the server ended the handshake with alert %1 at level %2, which "
                                 "refuses nothing")
                              .arg(r.alertDescription)
                              .arg(r.alertLevel)};
            return pick;
        }
        // A fatal alert decides: the server refused this offer.
        pick.error = {ProbeStatus::HandshakeFailed, Tr::tr("alert %1").arg(r.alertDescription)};
        pick.properRefusal =
            r.alertDescription == 40 || r.alertDescription == 70 || r.alertDescription == 71;
        return pick;
    case ServerResponse::Kind::Ssl2ServerHello:
    case ServerResponse::Kind::NotTls:
        break;
    }
    // Not an answer to the hello: a broken dialogue decides nothing.
    pick.error = {ProbeStatus::ProtocolError,
                  Tr::tr("the server answered with bytes that are not TLS")};
    return pick;
}

// TLS 1.3 with OpenSSL, stopping after the ServerHello: for a server that
// refuses our hellos without a key share.
Pick openSslOffer(const ProbeContext &ctx, const QList<quint16> &suites,
                  const QStringList &groups = {})
{
    const ConnectionLabel label("OpenSSL TLSv1.3 suites=" + QByteArray::number(suites.size()) +
                                " groups=" + QByteArray::number(groups.size()));
    HandshakeOptions hs;
    hs.onlyVersion = TlsVersion::Tls13;
    hs.serverName = ctx.target.serverName;
    hs.stopAfterServerHello = true;
    for (quint16 s : suites)
        hs.tls13Suites.append(cipherSuiteName(s));
    hs.groups = groups;
    HandshakeResult r;
    Pick pick;
    pick.error = handshakeOnce(ctx, hs, &r);
    if (pick.error.dropped) // closed with no alert: refuses nothing
        pick.error.status = ProbeStatus::ProtocolError;
    if (pick.error)
        return pick;
    const std::optional<quint16> code = cipherSuiteCode(r.cipher);
    if (!code || !suites.contains(*code)) {
        pick.error = {ProbeStatus::ProtocolError,
                      Tr::tr("the server chose %1, which was not offered").arg(r.cipher)};
        return pick;
    }
    pick.suite = *code;
    if (!r.group.isEmpty())
        pick.keyExchange = KeyExchangeInfo{r.group, r.keyExchangeBits, {}, {}};
    return pick;
}

void record(const Pick &pick, VersionResult *out)
{
    const QString name = cipherSuiteName(pick.suite);
    if (!out->cipherSuites.contains(name))
        out->cipherSuites.append(name);
    if (pick.keyExchange)
        out->keyExchange.insert(name, *pick.keyExchange);
}

// Offers `remaining` until the server refuses, removing each choice: every
// suite of the list that the server accepts, in the order it chose them.
// With unconfirmed (one of parallel chains): a close right after a hello is
// not asked again alone here; the chain stops and leaves what it offered in
// *unconfirmed, for one confirming chain over every part's rest
// (confirmRests): a refusal of all of them refuses each, and a server that
// refuses by closing is asked alone once per version, not once per part.
QList<Pick> chain(const Offer &offer, QList<quint16> remaining, QString *note, bool *complete,
                  QList<quint16> *unconfirmed = nullptr)
{
    QList<Pick> found;
    while (!remaining.isEmpty()) {
        const Pick p = offer(remaining, unconfirmed ? HelloDrop::Once : HelloDrop::Retried);
        if (unconfirmed && p.closedInAnswer) {
            *unconfirmed = remaining;
            break;
        }
        if (p.error.status == ProbeStatus::HandshakeFailed)
            break; // nothing left that the server takes
        if (p.error) {
            *note = Tr::tr("suite list incomplete: %1").arg(p.error.message);
            *complete = false;
            break;
        }
        remaining.removeAll(p.suite);
        found.append(p);
    }
    return found;
}

// The rests of parallel chains that ended on an unconfirmed close, in the
// order of `order`, chained once more, each close confirmed.
QList<Pick> confirmRests(const Offer &offer, const QList<QList<quint16>> &rests,
                         const QList<quint16> &order, QString *note, bool *complete)
{
    QList<quint16> rest;
    for (quint16 s : order) {
        for (const QList<quint16> &part : rests) {
            if (part.contains(s)) {
                rest.append(s);
                break;
            }
        }
    }
    return rest.isEmpty() ? QList<Pick>() : chain(offer, rest, note, complete);
}

// Runs fn(i) for i in [0, n): on the pool when there is one, else here.
void forEachPart(QThreadPool *pool, int n, const std::function<void(int)> &fn)
{
    if (!pool || n < 2) {
        for (int i = 0; i < n; ++i)
            fn(i);
        return;
    }
    QList<QFuture<void>> running;
    const ConnectionPriority::Level level = ConnectionPriority::current();
    for (int i = 0; i < n; ++i) {
        running.append(QtConcurrent::run(pool, [&fn, i, level] {
            const ConnectionPriority priority(level);
            fn(i);
        }));
    }
    for (QFuture<void> &f : running)
        f.waitForFinished();
}

// Steps 3 and 4 for one version whose first choice (offering `all`) is known.
// `reversed` is everything offered in reverse order, when already asked.
void enumerateSuites(const ProbeContext &ctx, const Offer &offer, const QList<quint16> &all,
                     const Pick &first, std::optional<Pick> reversedAhead, VersionResult *out)
{
    record(first, out);
    QList<quint16> remaining = all;
    remaining.removeAll(first.suite);
    if (remaining.isEmpty())
        return;
    const Pick reversed =
        reversedAhead ? *reversedAhead
                      : offer(QList<quint16>(all.crbegin(), all.crend()), HelloDrop::Retried);
    if (reversed.error) {
        out->note = Tr::tr("suite list incomplete: %1").arg(reversed.error.message);
        out->suitesComplete = false;
        return;
    }
    if (reversed.suite == first.suite) {
        const QList<Pick> rest = chain(offer, remaining, &out->note, &out->suitesComplete);
        for (const Pick &p : rest)
            record(p, out);
        if (!rest.isEmpty())
            out->serverPreference = true;
        return;
    }
    // The client's order decides: one part per connection slot the host
    // allows (at most 4: each part costs a refusal), round robin over our
    // order, chained in parallel.
    out->serverPreference = false;
    remaining.removeAll(reversed.suite);
    const int parts =
        std::clamp(ctx.options.limiter ? ctx.options.limiter->capFor(ctx.target.host) : 1, 1, 4);
    QList<QList<quint16>> offered(parts);
    for (qsizetype i = 0; i < remaining.size(); ++i)
        offered[i % parts].append(remaining.at(i));
    QList<QList<Pick>> found(parts + 1);
    QStringList notes(parts + 1);
    QList<bool> complete(parts + 1, true);
    QList<QList<quint16>> rests(parts);
    forEachPart(ctx.options.suitePool, parts, [&](int g) {
        bool whole = true;
        found[g] = chain(offer, offered.at(g), &notes[g], &whole, parts > 1 ? &rests[g] : nullptr);
        complete[g] = whole;
    });
    {
        bool whole = true;
        found[parts] = confirmRests(offer, rests, remaining, &notes[parts], &whole);
        complete[parts] = whole;
    }
    // Reported in our offer order: with the client's order deciding, that is the order that
    // matters.
    QMap<quint16, Pick> accepted{{first.suite, first}, {reversed.suite, reversed}};
    for (int g = 0; g <= parts; ++g) {
        for (const Pick &p : std::as_const(found.at(g)))
            accepted.insert(p.suite, p);
        if (out->note.isEmpty())
            out->note = notes.at(g);
        out->suitesComplete = out->suitesComplete && complete.at(g);
    }
    out->cipherSuites.clear();
    for (quint16 s : all) {
        if (accepted.contains(s))
            record(accepted.value(s), out);
    }
}

// A server that takes short hellos only: every chunk enumerated on its own, so
// no order across chunks can be told.
void enumerateInChunks(const Offer &offer, const QList<quint16> &all, VersionResult *out)
{
    out->note = Tr::tr("the server refuses long ClientHellos; suites were offered %1 at a time")
                    .arg(kChunk);
    for (qsizetype at = 0; at < all.size(); at += kChunk) {
        QString note;
        for (const Pick &p : chain(offer, all.mid(at, kChunk), &note, &out->suitesComplete))
            record(p, out);
        if (!note.isEmpty())
            out->note += QStringLiteral("; ") + note;
    }
}

// Suites most servers of any age know: what a short hello offers to tell a
// server that refuses long hellos from one that refuses the version.
QList<quint16> commonSuites()
{
    return {0xC02F, 0xC030, 0xC02B, 0xC02C, 0xCCA8, 0xCCA9, 0xC013, 0xC014, 0xC009, 0xC00A, 0x009E,
            0x009F, 0x0033, 0x0039, 0x009C, 0x009D, 0x002F, 0x0035, 0x003C, 0x003D, 0xC012, 0x0016,
            0x000A, 0x0005, 0x0004, 0xC011, 0x0041, 0x0084, 0x0096, 0x0009, 0x0003, 0x0008};
}

// The short hello for a server that chokes on long ones: the common suites
// (for SSL 3.0, those of them SSL 3.0 has).
QList<quint16> shortOffer(TlsVersion v)
{
    if (v != TlsVersion::Ssl3)
        return commonSuites();
    const QList<quint16> ssl3 = ssl3CipherSuites();
    QList<quint16> out;
    for (quint16 s : commonSuites()) {
        if (ssl3.contains(s))
            out.append(s);
    }
    return out;
}

// SSL 2.0: one CLIENT-HELLO; the SERVER-HELLO lists every spec both sides know.
VersionResult probeSsl2(const ProbeContext &ctx, ProbeError *failure)
{
    VersionResult vr;
    ServerResponse response;
    const ConnectionLabel label("SSLv2");
    const ProbeError e = sendHello(ctx, buildSsl2ClientHello(ssl2CipherSpecs(), randomBytes(16)),
                                   false, &response, HelloDrop::Answers);
    // Refused: a hang-up right after the hello (a server without SSL 2.0 has
    // no SSL 2.0 error to send), or a TLS alert. Anything else before an
    // answer, or bytes that are neither, decide nothing.
    if (e.status == ProbeStatus::HandshakeFailed ||
        (!e && response.kind == ServerResponse::Kind::Alert)) {
        vr.accepted = false;
        return vr;
    }
    if (e || response.kind != ServerResponse::Kind::Ssl2ServerHello) {
        vr.note = e ? e.message : Tr::tr("the server answered with bytes that are not TLS");
        *failure = e ? e : ProbeError{ProbeStatus::ProtocolError, vr.note};
        return vr;
    }
    vr.accepted = response.version == 0x0002 && !response.ssl2Specs.isEmpty();
    for (quint32 spec : std::as_const(response.ssl2Specs))
        vr.cipherSuites.append(ssl2CipherSpecName(spec));
    return vr;
}

// Step 5: the groups accepted out of `candidates`, removing each choice.
// TLS 1.3 through our hellos (the HelloRetryRequest names the group) or
// OpenSSL; TLS 1.2 through our hellos with every ECDHE suite.
// With unconfirmed, as chain() does with it.
QStringList chainGroups(const ProbeContext &ctx, TlsVersion v, bool viaOpenSsl,
                        QList<quint16> remaining, QString *note, bool *complete,
                        QList<quint16> *unconfirmed = nullptr)
{
    const HelloDrop helloDrop = unconfirmed ? HelloDrop::Once : HelloDrop::Retried;
    QList<quint16> ecdhe;
    if (v != TlsVersion::Tls13) {
        for (quint16 s : suitesToOffer(v)) {
            if (keyExchangeKind(s) == KeyExchangeKind::Ecdhe)
                ecdhe.append(s);
        }
    }
    QStringList accepted;
    while (!remaining.isEmpty()) {
        Pick p;
        if (v == TlsVersion::Tls13 && !viaOpenSsl) {
            p = rawOffer(ctx, v, suitesToOffer(v), remaining, helloDrop);
        } else if (v == TlsVersion::Tls13) {
            QStringList names;
            for (quint16 g : std::as_const(remaining))
                names.append(namedGroupName(g));
            p = openSslOffer(ctx, suitesToOffer(v), names);
        } else {
            p = rawOffer(ctx, v, ecdhe, remaining, helloDrop);
        }
        if (unconfirmed && p.closedInAnswer) {
            *unconfirmed = remaining;
            break;
        }
        if (p.error.status == ProbeStatus::HandshakeFailed)
            break;
        if (p.error) {
            *note = Tr::tr("group list incomplete: %1").arg(p.error.message);
            *complete = false;
            break;
        }
        const QString group = p.keyExchange ? p.keyExchange->group : QString();
        qsizetype index = -1;
        for (qsizetype i = 0; i < remaining.size(); ++i) {
            if (namedGroupName(remaining.at(i)) == group)
                index = i;
        }
        if (index < 0) {
            *note = Tr::tr("the server chose group %1, which was not offered")
                        .arg(group.isEmpty() ? Tr::tr("(none)") : group);
            *complete = false;
            break;
        }
        remaining.removeAt(index);
        accepted.append(group);
    }
    return accepted;
}

// Candidate groups: for TLS 1.2 every named curve of the registry; for TLS 1.3
// every group it allows, or, through OpenSSL, those OpenSSL can offer.
QList<quint16> groupCandidates(TlsVersion v, bool viaOpenSsl)
{
    if (v != TlsVersion::Tls13)
        return helloNamedGroups();
    if (!viaOpenSsl)
        return helloNamedGroupsTls13();
    QList<quint16> out;
    const QStringList names = supportedGroups(true);
    for (quint16 g : helloNamedGroupsTls13()) {
        if (names.contains(namedGroupName(g)))
            out.append(g);
    }
    return out;
}

// Refused without a proper alert, dropped even when asked again, or no
// answer in time: perhaps the hello, not the version.
bool improperAnswer(const Pick &first)
{
    return (first.error.status == ProbeStatus::HandshakeFailed && !first.properRefusal) ||
           first.error.dropped || first.error.status == ProbeStatus::Timeout;
}

// A long hello is what old servers and middleboxes choke on: a short one
// decides. A fatal alert to the long hello still decides unless the short one
// is answered; a drop or a timeout is replaced by whatever the short one gets.
// *chunked: the server takes the version, in short hellos only.
Pick askShort(const ProbeContext &ctx, TlsVersion v, const QList<quint16> &all, const Pick &first,
              bool *chunked)
{
    const bool longClosed = first.closedInAnswer;
    // After a close, a pause and a question alone: a limit that still counts
    // the connections we closed must not pass for the server's answer.
    if (longClosed && !pauseProbe(ctx, kClosedPauseMs))
        return first;
    Pick retry =
        rawOffer(ctx, v, shortOffer(v), {}, longClosed ? HelloDrop::OnceAlone : HelloDrop::Retried);
    if (!retry.error) {
        if (longClosed) {
            // The short hello answered: the long one again, alone, tells a
            // server that refuses long hellos from a limit that closed the
            // first for our other connections.
            if (!pauseProbe(ctx, kClosedPauseMs))
                return retry;
            Pick again = rawOffer(ctx, v, all, {}, HelloDrop::OnceAlone);
            if (!again.error)
                return again;
        }
        *chunked = true;
        return retry;
    }
    if (longClosed && retry.closedInAnswer) {
        // Closed right after the long hello and the short one: how this
        // server refuses the version (Dovecot does so).
        retry.error = {
            ProbeStatus::HandshakeFailed,
            Tr::tr("the server closed the connection after our long and our short hello")};
        return retry;
    }
    return first.error.status != ProbeStatus::HandshakeFailed ? retry : first;
}

// Step 5 for TLS 1.2 and 1.3: the groups, in two parts dealt round robin
// (common groups lead the list, so each gets some), one chain per part on the
// suite pool while the suites are enumerated. Each part costs a refusal: more
// parts only add connections once the per-host cap is what limits. The group
// of the first choice (offered every group) is known already and not asked
// again. The chains reference this object: it waits for them when destroyed.
class GroupChains
{
public:
    GroupChains(const ProbeContext &ctx, TlsVersion v, bool viaOpenSsl, const Pick &first,
                bool wanted)
        : m_wanted(wanted),
          m_candidates(wanted ? groupCandidates(v, viaOpenSsl) : QList<quint16>()),
          m_knownGroup(first.keyExchange ? first.keyExchange->group : QString())
    {
        if (!wanted)
            return;
        qsizetype dealt = 0;
        for (quint16 g : std::as_const(m_candidates)) {
            if (namedGroupName(g) != m_knownGroup)
                m_parts[dealt++ % kParts].halves.append(g);
        }
        for (int i = 0; i < kParts; ++i) {
            Part &part = m_parts[i];
            // The last part to end chains the rests that ended on a close,
            // confirming it (chain() says why): m_parts' last entry.
            auto task = [this, &ctx, v, viaOpenSsl, &part] {
                const ConnectionPriority priority(
                    ConnectionPriority::Critical); // TLS 1.2 and 1.3 only
                part.found = chainGroups(ctx, v, viaOpenSsl, part.halves, &part.note,
                                         &part.complete, &part.rest);
                if (--m_pending > 0)
                    return;
                QList<quint16> rests;
                for (quint16 g : std::as_const(m_candidates)) {
                    for (int j = 0; j < kParts; ++j) {
                        if (m_parts[j].rest.contains(g))
                            rests.append(g);
                    }
                }
                Part &confirming = m_parts[kParts];
                if (!rests.isEmpty())
                    confirming.found = chainGroups(ctx, v, viaOpenSsl, rests, &confirming.note,
                                                   &confirming.complete);
            };
            if (ctx.options.suitePool)
                m_tasks.append(QtConcurrent::run(ctx.options.suitePool, task));
            else
                task();
        }
    }
    ~GroupChains() { wait(); }
    GroupChains(const GroupChains &) = delete;
    GroupChains &operator=(const GroupChains &) = delete;

    // Waits for the chains; the groups in our offer order, their notes and completeness.
    void finish(VersionResult *vr)
    {
        wait();
        if (!m_wanted)
            return;
        QStringList found;
        if (!m_knownGroup.isEmpty())
            found.append(m_knownGroup);
        for (const Part &part : std::as_const(m_parts)) {
            found += part.found;
            if (vr->note.isEmpty())
                vr->note = part.note;
            vr->suitesComplete = vr->suitesComplete && part.complete;
        }
        for (quint16 g : std::as_const(m_candidates)) {
            if (found.contains(namedGroupName(g)))
                vr->groups.append(namedGroupName(g));
        }
    }

private:
    static constexpr int kParts = 2;
    struct Part
    {
        QList<quint16> halves;
        QStringList found;
        QString note;
        bool complete = true;
        QList<quint16> rest; // offered when the chain ended on an unconfirmed close
    };
    void wait()
    {
        for (QFuture<void> &f : m_tasks)
            f.waitForFinished();
        m_tasks.clear();
    }

    bool m_wanted;
    QList<quint16> m_candidates;
    QString m_knownGroup;
    std::array<Part, kParts + 1> m_parts; // the parts, then the confirming chain of their rests
    std::atomic_int m_pending{kParts};
    QList<QFuture<void>> m_tasks;
};

} // namespace

QList<quint16> suitesToOffer(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Ssl2:
        return {};
    case TlsVersion::Ssl3:
        return ssl3CipherSuites();
    case TlsVersion::Tls13:
        return {0x1302, 0x1303, 0x1301, 0x1304, 0x1305};
    default:
        break;
    }
    QList<quint16> out;
    for (const CipherSuiteEntry &e : cipherSuiteRegistry()) {
        // Not NULL_WITH_NULL_NULL, the signalling values, TLS 1.3's, nor unassigned code points.
        if (e.code != 0x0000 && e.family == CipherFamily::Tls && e.source == CipherSource::Iana)
            out.append(e.code);
    }
    return out;
}

VersionResult probeVersion(const ProbeContext &ctx, TlsVersion v, ProbeError *failure,
                           const std::function<void(const VersionResult &)> &firstAnswer)
{
    const auto answered = [&firstAnswer](const VersionResult &vr) -> const VersionResult & {
        if (firstAnswer)
            firstAnswer(vr);
        return vr;
    };
    // TLS 1.2 and 1.3, whose chains are the longest on most servers, before
    // the older versions.
    const ConnectionPriority priority(v >= TlsVersion::Tls12 ? ConnectionPriority::Critical
                                                             : ConnectionPriority::Normal);
    if (v == TlsVersion::Ssl2)
        return answered(probeSsl2(ctx, failure));
    const bool tls13 = v == TlsVersion::Tls13;
    bool viaOpenSsl = false; // TLS 1.3 servers that want a key share in the first hello
    const Offer offer = [&ctx, v, &viaOpenSsl](const QList<quint16> &suites, HelloDrop helloDrop) {
        // OpenSSL's hellos: a close is never a refusal there (openSslOffer).
        return viaOpenSsl ? openSslOffer(ctx, suites) : rawOffer(ctx, v, suites, {}, helloDrop);
    };
    const QList<quint16> all = suitesToOffer(v);
    VersionResult vr;
    // TLS 1.2 and 1.3, which nearly every server takes: the reversed offer
    // (step 3) goes out with the first one instead of after it, one
    // connection's latency less; a server that refuses the version costs one
    // connection more.
    QFuture<Pick> reversedAhead;
    if ((v == TlsVersion::Tls12 || tls13) && ctx.options.suitePool && all.size() > 1) {
        reversedAhead = QtConcurrent::run(ctx.options.suitePool, [&offer, &all] {
            const ConnectionPriority critical(ConnectionPriority::Critical);
            return offer(QList<quint16>(all.crbegin(), all.crend()), HelloDrop::Retried);
        });
    }
    struct WaitOnExit
    {
        QFuture<Pick> &future;
        ~WaitOnExit()
        {
            if (future.isValid())
                future.waitForFinished(); // it references this frame
        }
    } waitOnExit{reversedAhead};
    // Asked once: a close right after this long hello is asked again with
    // the short one, which says whether the length or the version was refused.
    Pick first =
        tls13 ? offer(all, HelloDrop::Retried) : rawOffer(ctx, v, all, {}, HelloDrop::Once);
    bool chunked = false;
    if (improperAnswer(first) && !tls13)
        first = askShort(ctx, v, all, first, &chunked);
    if (improperAnswer(first) && tls13) {
        // Perhaps a server that will not answer a hello without a key share:
        // OpenSSL's hello (with one) decides, and asks the rest.
        const Pick retry = openSslOffer(ctx, all);
        if (!retry.error) {
            if (reversedAhead.isValid())
                reversedAhead.waitForFinished();
            reversedAhead = {}; // asked with our hello: not comparable
            viaOpenSsl = true;
            first = retry;
        } else if (first.error.status != ProbeStatus::HandshakeFailed) {
            first = retry;
        }
    }
    if (first.error.status == ProbeStatus::HandshakeFailed) {
        vr.accepted = false;
        return answered(vr);
    }
    if (first.error) {
        vr.note = first.error.message;
        *failure = first.error;
        return answered(vr);
    }
    vr.accepted = true;
    if (firstAnswer) {
        VersionResult sofar = vr;
        record(first, &sofar);
        sofar.suitesComplete = false;
        firstAnswer(sofar);
    }

    vr.secureRenegotiation = first.secureRenegotiation;
    vr.extendedMasterSecret = first.extendedMasterSecret;
    if (first.keyExchange) {
        vr.group = first.keyExchange->group;
        vr.keyExchangeBits = first.keyExchange->bits;
    }
    GroupChains groups(ctx, v, viaOpenSsl, first, !chunked && (v == TlsVersion::Tls12 || tls13));
    if (chunked)
        enumerateInChunks(offer, all, &vr);
    else
        enumerateSuites(ctx, offer, all, first,
                        reversedAhead.isValid() ? std::optional<Pick>(reversedAhead.result())
                                                : std::nullopt,
                        &vr);
    groups.finish(&vr);
    return vr;
}

} // namespace mailtls
