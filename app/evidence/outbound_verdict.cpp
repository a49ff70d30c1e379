#include "app/evidence/outbound_verdict.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

#include <algorithm>
#include <tuple>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::OutboundVerdict)
};

using Sessions = QList<const ReceivedSession *>;

Sessions ofScenario(const Sessions &all, std::initializer_list<ReceiverScenario> scenarios)
{
    Sessions out;
    for (const ReceivedSession *s : all) {
        if (std::find(scenarios.begin(), scenarios.end(), s->scenario) != scenarios.end())
            out.append(s);
    }
    return out;
}

QList<int> ids(const Sessions &sessions)
{
    QList<int> out;
    for (const ReceivedSession *s : sessions)
        out.append(s->id);
    return out;
}

// "#3 (stripped)": a session in words no language needs to translate.
QString sessionText(const ReceivedSession &s)
{
    return QStringLiteral("#%1 (%2)").arg(s.id).arg(receiverScenarioKey(s.scenario));
}

OutboundPhrase phrase(const char *source, const QStringList &args = {}, int count = -1)
{
    return OutboundPhrase{QString::fromLatin1(source), args, count};
}

OutboundCheck undecided(OutboundCheckId id, const OutboundPhrase &why)
{
    OutboundCheck c;
    c.id = id;
    c.say(why);
    return c;
}

// Arguments applied in one pass: text an argument brings ("%2" in an EHLO name) is never substituted again.
QString withArgs(QString text, const QStringList &args)
{
    switch (args.size()) {
    case 0: return text;
    case 1: return text.arg(args.at(0));
    case 2: return text.arg(args.at(0), args.at(1));
    case 3: return text.arg(args.at(0), args.at(1), args.at(2));
    default: return text.arg(args.at(0), args.at(1), args.at(2), args.at(3));
    }
}

// 1. STARTTLS when offered: the sessions to a normal listener.
OutboundCheck usesStartTls(const Sessions &all)
{
    const Sessions normal = ofScenario(all, {ReceiverScenario::Normal});
    if (normal.isEmpty())
        return undecided(OutboundCheckId::UsesStartTls, phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "no session came to a normal listener")));
    OutboundCheck c;
    c.id = OutboundCheckId::UsesStartTls;
    for (const ReceivedSession *s : normal) {
        if (s->messagesCleartext > 0) {
            c.passed = false;
            c.sessions = {s->id};
            c.say(s->startTlsAsked ? phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "%1: STARTTLS was offered and asked for, and a "
                                                                         "message still came in cleartext"),
                                            {sessionText(*s)})
                                   : phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "%1: STARTTLS was offered; the message came in cleartext"),
                                            {sessionText(*s)}));
            return c;
        }
        // Only the client's own alert decides: a drop says nothing about why.
        if (s->tlsFailureAlert && !s->messageReceived) {
            c.passed = false;
            c.sessions = {s->id};
            c.say(phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "%1: the handshake with a server offering TLS 1.2 and 1.3 failed: %2"),
                         {sessionText(*s), s->tlsFailure}));
            return c;
        }
    }
    Sessions delivered;
    for (const ReceivedSession *s : normal) {
        if (s->messagesTls > 0)
            delivered.append(s);
    }
    if (delivered.isEmpty())
        return undecided(OutboundCheckId::UsesStartTls,
                         phrase(QT_TRANSLATE_N_NOOP("mailtls::OutboundVerdict", "%n session(s) to a normal listener, none with a message"), {},
                                static_cast<int>(normal.size())));
    c.passed = true;
    c.sessions = ids(delivered);
    c.say(phrase(QT_TRANSLATE_N_NOOP("mailtls::OutboundVerdict", "%n message(s) delivered over STARTTLS"), {}, static_cast<int>(delivered.size())));
    return c;
}

// 2. The best version offered: TLS 1.2 or 1.3 toward a server that has them.
OutboundCheck bestVersion(const Sessions &all)
{
    const Sessions normal = ofScenario(all, {ReceiverScenario::Normal});
    OutboundCheck c;
    c.id = OutboundCheckId::BestVersion;
    Sessions decided;
    for (const ReceivedSession *s : normal) {
        if (s->clientMaxVersion && *s->clientMaxVersion < TlsVersion::Tls12) {
            c.passed = false;
            c.sessions = {s->id};
            c.say(phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "%1: its hello offered at most %2 to a server with TLS 1.2 and 1.3"),
                         {sessionText(*s), tlsVersionName(*s->clientMaxVersion)}));
            return c;
        }
        if (s->tls)
            decided.append(s);
    }
    if (decided.isEmpty())
        return undecided(OutboundCheckId::BestVersion, phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "no TLS session with a normal listener")));
    c.passed = true;
    c.sessions = ids(decided);
    QStringList versions;
    for (const ReceivedSession *s : decided) {
        const QString v = tlsVersionName(s->tls->version);
        if (!versions.contains(v))
            versions.append(v);
    }
    c.say(phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "negotiated %1"), {versions.join(QStringLiteral(", "))}));
    // A server with nothing newer than TLS 1.1 decides that version, not the client.
    for (const ReceivedSession *s : ofScenario(all, {ReceiverScenario::LegacyOnly})) {
        if (s->tls && s->clientMaxVersion && *s->clientMaxVersion >= TlsVersion::Tls12) {
            c.say(phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "negotiated %1; took %2 from a server with nothing newer, "
                                                           "while offering %3"),
                         {versions.join(QStringLiteral(", ")), tlsVersionName(s->tls->version),
                          tlsVersionName(*s->clientMaxVersion)}));
            break;
        }
    }
    return c;
}

// 3. SNI in every TLS session.
OutboundCheck sendsSni(const Sessions &all)
{
    OutboundCheck c;
    c.id = OutboundCheckId::SendsSni;
    Sessions tls;
    for (const ReceivedSession *s : all) {
        if (s->tls)
            tls.append(s);
    }
    if (tls.isEmpty())
        return undecided(OutboundCheckId::SendsSni, phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "no TLS session")));
    for (const ReceivedSession *s : tls) {
        if (s->tls->serverName.isEmpty()) {
            c.passed = false;
            c.sessions = {s->id};
            c.say(phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "%1: no SNI"), {sessionText(*s)}));
            return c;
        }
    }
    c.passed = true;
    c.sessions = ids(tls);
    c.say(phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "SNI %1"), {tls.constFirst()->tls->serverName}));
    return c;
}

// 4. TLS missing, refused or stripped: the message kept (policy), or what happened (no policy).
OutboundCheck fallback(const Sessions &all, DestinationPolicy policy)
{
    const OutboundCheckId id = policy == DestinationPolicy::RequiresTls ? OutboundCheckId::NoFallbackWhenRequired
                                                                        : OutboundCheckId::FallbackOpportunistic;
    const Sessions without = ofScenario(
        all, {ReceiverScenario::NoStartTls, ReceiverScenario::StartTlsRefused, ReceiverScenario::Stripped});
    if (without.isEmpty())
        return undecided(id, phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "no session came to a no-starttls, starttls-refused or stripped listener")));
    OutboundCheck c;
    c.id = id;
    c.informational = policy == DestinationPolicy::None;
    Sessions cleartext;
    for (const ReceivedSession *s : without) {
        if (s->messagesCleartext > 0)
            cleartext.append(s);
    }
    if (policy == DestinationPolicy::None) {
        c.passed = true;
        c.sessions = ids(without);
        c.say(cleartext.isEmpty()
                  ? phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "held the message when TLS was missing (stricter than opportunistic TLS asks)"))
                  : phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "delivered in cleartext when TLS was missing, as opportunistic TLS does (RFC 7435)")));
        return c;
    }
    if (!cleartext.isEmpty()) {
        c.passed = false;
        c.sessions = ids(cleartext);
        c.say(phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "%1: delivered in cleartext although the destination's policy requires TLS"),
                     {sessionText(*cleartext.constFirst())}));
        return c;
    }
    c.passed = true;
    c.sessions = ids(without);
    c.say(phrase(QT_TRANSLATE_N_NOOP("mailtls::OutboundVerdict", "held the message in %n session(s) without TLS"), {}, static_cast<int>(without.size())));
    return c;
}

// 5. A certificate that does not check (policy only).
OutboundCheck checksCertificate(const Sessions &all)
{
    const Sessions bad = ofScenario(all, {ReceiverScenario::BadCertificate});
    if (bad.isEmpty())
        return undecided(OutboundCheckId::ChecksCertificateWhenRequired,
                         phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "no session came to a bad-certificate listener")));
    OutboundCheck c;
    c.id = OutboundCheckId::ChecksCertificateWhenRequired;
    for (const ReceivedSession *s : bad) {
        if (s->messageReceived) {
            c.passed = false;
            c.sessions = {s->id};
            c.say(phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "%1: delivered over a certificate self-signed, expired and for another name"),
                         {sessionText(*s)}));
            return c;
        }
    }
    // Refused: the client's fatal alert, in the handshake or right after it
    // (a TLS 1.3 client checks the certificate once the handshake is done:
    // Exim with GnuTLS sends "bad certificate" then); or the client ending
    // the session itself before any transaction (QUIT, close_notify: each
    // something only the client says) while it delivers over TLS to a normal
    // listener, so that the certificate is what differed. A drop with no
    // alert decides nothing (a limit, a crash, a network fault).
    const Sessions normal = ofScenario(all, {ReceiverScenario::Normal});
    const bool deliversOverTls = std::any_of(normal.cbegin(), normal.cend(),
                                             [](const ReceivedSession *s) { return s->messagesTls > 0; });
    Sessions refused;
    for (const ReceivedSession *s : bad) {
        const bool alertAfterHandshake = s->tls && s->tlsEndedByClient.startsWith(QLatin1StringView("fatal"));
        const bool endedAfterHandshake = deliversOverTls && s->tls && !s->mailOverTls &&
                                         (s->quit || s->tlsEndedByClient == QLatin1StringView("close_notify"));
        if (s->tlsFailureAlert || alertAfterHandshake || endedAfterHandshake)
            refused.append(s);
    }
    if (refused.isEmpty())
        return undecided(OutboundCheckId::ChecksCertificateWhenRequired,
                         phrase(QT_TRANSLATE_N_NOOP("mailtls::OutboundVerdict", "%n session(s) to a bad-certificate listener, none refused the "
                                                            "certificate with an alert"),
                                {}, static_cast<int>(bad.size())));
    c.passed = true;
    c.sessions = ids(refused);
    const ReceivedSession &first = *refused.constFirst();
    c.say(first.tlsFailureAlert
              ? phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "refused the certificate: %1"), {first.tlsFailure})
              : phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "%1: completed the handshake, then ended the session before sending mail (%2)"),
                       {sessionText(first), first.quit ? QStringLiteral("QUIT") : first.tlsEndedByClient}));
    return c;
}

} // namespace

QString OutboundPhrase::english() const
{
    QString s = source;
    if (count >= 0)
        s.replace(QLatin1StringView("%n"), QString::number(count));
    return withArgs(s, args);
}

QString OutboundPhrase::text() const
{
    const QByteArray key = source.toUtf8();
    return withArgs(QCoreApplication::translate("mailtls::OutboundVerdict", key.constData(), nullptr, count), args);
}

QString outboundEvidenceText(const OutboundCheckRecord &r)
{
    if (r.evidenceSource.isEmpty())
        return r.evidence;
    return OutboundPhrase{r.evidenceSource, r.evidenceArgs, r.evidenceCount}.text();
}

QString outboundCheckKey(OutboundCheckId id)
{
    switch (id) {
    case OutboundCheckId::UsesStartTls: return QStringLiteral("uses_starttls");
    case OutboundCheckId::BestVersion: return QStringLiteral("best_version");
    case OutboundCheckId::SendsSni: return QStringLiteral("sends_sni");
    case OutboundCheckId::NoFallbackWhenRequired: return QStringLiteral("no_fallback_when_required");
    case OutboundCheckId::ChecksCertificateWhenRequired: return QStringLiteral("checks_certificate_when_required");
    case OutboundCheckId::FallbackOpportunistic: return QStringLiteral("fallback_opportunistic");
    }
    return {};
}

std::optional<OutboundCheckId> outboundCheckFromKey(QStringView key)
{
    for (OutboundCheckId id : {OutboundCheckId::UsesStartTls, OutboundCheckId::BestVersion, OutboundCheckId::SendsSni,
                               OutboundCheckId::NoFallbackWhenRequired,
                               OutboundCheckId::ChecksCertificateWhenRequired,
                               OutboundCheckId::FallbackOpportunistic}) {
        if (key == outboundCheckKey(id))
            return id;
    }
    return std::nullopt;
}

QString outboundCheckTitle(OutboundCheckId id)
{
    switch (id) {
    case OutboundCheckId::UsesStartTls: return Tr::tr("Uses STARTTLS when it is offered (M1)");
    case OutboundCheckId::BestVersion: return Tr::tr("Takes TLS 1.2 or 1.3 when they are offered");
    case OutboundCheckId::SendsSni: return Tr::tr("Sends SNI");
    case OutboundCheckId::NoFallbackWhenRequired:
        return Tr::tr("Keeps the message when the destination requires TLS and it is missing");
    case OutboundCheckId::ChecksCertificateWhenRequired:
        return Tr::tr("Keeps the message when the destination requires TLS and the certificate does not check");
    case OutboundCheckId::FallbackOpportunistic: return Tr::tr("When TLS is missing (no policy at the destination)");
    }
    return {};
}

QString destinationPolicyKey(DestinationPolicy p)
{
    return p == DestinationPolicy::RequiresTls ? QStringLiteral("requires-tls") : QStringLiteral("none");
}

std::optional<DestinationPolicy> destinationPolicyFromKey(QStringView key)
{
    if (key == QLatin1StringView("none"))
        return DestinationPolicy::None;
    if (key == QLatin1StringView("requires-tls"))
        return DestinationPolicy::RequiresTls;
    return std::nullopt;
}

QJsonObject outboundVerdictToJson(const OutboundVerdict &v)
{
    QJsonArray checks;
    for (const OutboundCheck &c : v.checks) {
        QJsonArray sessions;
        for (const int id : c.sessions)
            sessions.append(id);
        checks.append(QJsonObject{{QStringLiteral("check"), outboundCheckKey(c.id)},
                                  {QStringLiteral("title"), outboundCheckTitle(c.id)},
                                  {QStringLiteral("passed"), c.passed ? QJsonValue(*c.passed) : QJsonValue()},
                                  {QStringLiteral("informational"), c.informational},
                                  {QStringLiteral("evidence"), c.phrase.english()},
                                  {QStringLiteral("sessions"), sessions}});
    }
    return {{QStringLiteral("client_address"), v.clientAddress},
            {QStringLiteral("ehlo"), v.ehloName.isEmpty() ? QJsonValue() : QJsonValue(v.ehloName)},
            {QStringLiteral("checks"), checks}};
}

namespace {

OutboundVerdict judgeAll(const Sessions &all, DestinationPolicy policy)
{
    OutboundVerdict v;
    QStringList addresses;
    v.sessions = static_cast<int>(all.size());
    for (const ReceivedSession *s : all) {
        if (!addresses.contains(s->clientAddress))
            addresses.append(s->clientAddress);
        if (!s->ehloName.isEmpty())
            v.ehloName = s->ehloName;
        if (!v.lastSession.isValid() || s->ended > v.lastSession)
            v.lastSession = s->ended;
        const QString scenario = receiverScenarioKey(s->scenario);
        if (!v.scenarios.contains(scenario))
            v.scenarios.append(scenario);
    }
    v.clientAddress = addresses.join(QStringLiteral(", "));
    v.checks = {usesStartTls(all), bestVersion(all), sendsSni(all), fallback(all, policy)};
    if (policy == DestinationPolicy::RequiresTls)
        v.checks.append(checksCertificate(all));
    return v;
}

QString clientText(const ReceivedSession &s)
{
    return s.ehloName.isEmpty() ? s.clientAddress : Tr::tr("%1 (%2)").arg(s.clientAddress, s.ehloName);
}

} // namespace

QList<OutboundVerdict> judgeOutbound(const QList<ReceivedSession> &sessions, DestinationPolicy policy)
{
    QStringList order;
    QHash<QString, Sessions> byClient;
    for (const ReceivedSession &s : sessions) {
        if (!byClient.contains(s.clientAddress))
            order.append(s.clientAddress);
        byClient[s.clientAddress].append(&s);
    }
    QList<OutboundVerdict> verdicts;
    for (const QString &client : std::as_const(order))
        verdicts.append(judgeAll(byClient[client], policy));
    return verdicts;
}

OutboundVerdict judgeSessions(const QList<ReceivedSession> &sessions, DestinationPolicy policy)
{
    Sessions all;
    for (const ReceivedSession &s : sessions)
        all.append(&s);
    return judgeAll(all, policy);
}

namespace {

// An address as one text, whatever way it was written; empty when it is none.
QString canonicalAddress(const QString &text)
{
    QHostAddress a(text);
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped);
    if (mapped)
        a = QHostAddress(v4);
    return a.isNull() ? QString() : a.toString();
}

} // namespace

RelayMatcher::RelayMatcher(const Workspace &ws)
{
    for (const Host &h : ws.hosts) {
        for (const QString &a : h.addresses) {
            if (const QString key = canonicalAddress(a); !key.isEmpty() && !m_byAddress.contains(key))
                m_byAddress.insert(key, h.id);
        }
        if (const QString name = h.name.toLower(); !name.isEmpty() && !m_byName.contains(name))
            m_byName.insert(name, h.id);
    }
}

QString RelayMatcher::relayOf(const QString &address, const QString &ehlo, bool *byName) const
{
    if (byName)
        *byName = false;
    if (const QString id = m_byAddress.value(canonicalAddress(address)); !id.isEmpty())
        return id;
    const QString id = ehlo.isEmpty() ? QString() : m_byName.value(ehlo.toLower());
    if (byName)
        *byName = !id.isEmpty();
    return id;
}

RelayJudgement judgeRelays(const Workspace &ws, const QList<ReceivedSession> &sessions, DestinationPolicy policy)
{
    RelayJudgement out;
    const RelayMatcher matcher(ws);
    QStringList order;
    QHash<QString, Sessions> byAddress; // relay -> its sessions from its own addresses
    QHash<QString, Sessions> byName;    // relay -> sessions that only greeted with its name
    for (const ReceivedSession &s : sessions) {
        bool named = false;
        const QString relay = matcher.relayOf(s.clientAddress, s.ehloName, &named);
        if (relay.isEmpty()) {
            if (!out.unmatched.contains(clientText(s)))
                out.unmatched.append(clientText(s));
            continue;
        }
        if (!order.contains(relay))
            order.append(relay);
        (named ? byName : byAddress)[relay].append(&s);
    }
    for (const QString &relay : std::as_const(order)) {
        RelayVerdict rv;
        rv.relay = relay;
        if (!byAddress.value(relay).isEmpty()) {
            rv.verdict = judgeAll(byAddress.value(relay), policy);
            for (const ReceivedSession *s : byName.value(relay)) {
                if (!out.ignored.contains(clientText(*s)))
                    out.ignored.append(clientText(*s));
            }
        } else {
            rv.byName = true;
            rv.verdict = judgeAll(byName.value(relay), policy);
            for (OutboundCheck &c : rv.verdict.checks) {
                if (c.passed == true && !c.informational) {
                    c.passed.reset();
                    c.say(phrase(QT_TRANSLATE_NOOP("mailtls::OutboundVerdict", "known by its EHLO name only (from %1): a pass needs the "
                                                           "relay's own address (add it to the host)"),
                                 {rv.verdict.clientAddress}));
                }
            }
        }
        out.relays.append(rv);
    }
    return out;
}

void recordOutboundVerdict(Workspace *ws, const QString &relay, const OutboundVerdict &v, DestinationPolicy policy,
                           const QString &source)
{
    OutboundTest t;
    t.relay = relay;
    t.clientAddress = v.clientAddress;
    t.ehlo = v.ehloName;
    t.testedAt = v.lastSession.isValid() ? v.lastSession.toUTC() : QDateTime::currentDateTimeUtc();
    t.testedAt.setTime(QTime(t.testedAt.time().hour(), t.testedAt.time().minute(), t.testedAt.time().second()));
    t.policy = destinationPolicyKey(policy);
    t.scenarios = v.scenarios;
    t.sessions = v.sessions;
    t.source = source;
    for (const OutboundCheck &c : v.checks)
        t.checks.append(OutboundCheckRecord{outboundCheckKey(c.id), c.passed, c.informational, c.phrase.english(),
                                            c.sessions, c.phrase.source, c.phrase.args, c.phrase.count});
    const auto decides = [&t](const QString &check) {
        return std::any_of(t.checks.cbegin(), t.checks.cend(),
                           [&](const OutboundCheckRecord &c) { return c.check == check && c.passed; });
    };
    ws->outboundTests.removeIf([&](const OutboundTest &old) {
        if (old.relay != relay || old.policy != t.policy)
            return false;
        return std::all_of(old.checks.cbegin(), old.checks.cend(),
                           [&](const OutboundCheckRecord &c) { return !c.passed || decides(c.check); });
    });
    ws->outboundTests.append(t);
    std::stable_sort(ws->outboundTests.begin(), ws->outboundTests.end(),
                     [](const OutboundTest &a, const OutboundTest &b) {
                         return std::tuple(a.relay, a.policy, a.testedAt) < std::tuple(b.relay, b.policy, b.testedAt);
                     });
}

OutboundRecording recordOutboundTests(Workspace *ws, const QList<ReceivedSession> &sessions, DestinationPolicy policy,
                                      const QString &source)
{
    const RelayJudgement judged = judgeRelays(*ws, sessions, policy);
    OutboundRecording out;
    out.unmatched = judged.unmatched;
    out.ignored = judged.ignored;
    for (const RelayVerdict &rv : judged.relays) {
        recordOutboundVerdict(ws, rv.relay, rv.verdict, policy, source);
        out.recorded.append(rv.byName ? Tr::tr("%1 (%2, by its EHLO name %3)")
                                            .arg(rv.relay, rv.verdict.clientAddress, rv.verdict.ehloName)
                                      : Tr::tr("%1 (%2)").arg(rv.relay, rv.verdict.clientAddress));
    }
    return out;
}

SendingCheck sendingCheck(const QList<OutboundTest> &tests, OutboundCheckId id)
{
    const QString key = outboundCheckKey(id);
    SendingCheck undecidedOne;
    for (const OutboundTest &t : tests) {
        for (const OutboundCheckRecord &c : t.checks) {
            if (c.check != key)
                continue;
            if (c.passed)
                return SendingCheck{&c, &t};
            if (!undecidedOne.record)
                undecidedOne = SendingCheck{&c, &t};
        }
    }
    return undecidedOne;
}

} // namespace mailtls
