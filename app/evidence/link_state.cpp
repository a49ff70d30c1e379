#include "app/evidence/link_state.h"

#include "app/evidence/outbound_verdict.h"
#include "app/evidence/received.h"
#include "probes/tls/cipher_registry.h"

#include <QCoreApplication>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::LinkState)
};

// A reason in both its forms: the stable English the JSON output keeps, and
// the translation people read. source is marked with QT_TRANSLATE_NOOP.
template <typename... Args>
void addReason(LinkAssessment *a, bool front, const char *source, const Args &...args)
{
    QString key = QString::fromLatin1(source);
    QString text = Tr::tr(source);
    if constexpr (sizeof...(Args) > 0) {
        key = key.arg(args...);
        text = text.arg(args...);
    }
    if (front) {
        a->reasons.prepend(key);
        a->reasonTexts.prepend(text);
    } else {
        a->reasons.append(key);
        a->reasonTexts.append(text);
    }
}

bool couldNotAsk(ProbeStatus s)
{
    return s == ProbeStatus::Refused || s == ProbeStatus::Timeout ||
           s == ProbeStatus::Unreachable || s == ProbeStatus::RateLimited ||
           s == ProbeStatus::Cancelled;
}

// The state of one address's result.
LinkAssessment assessAddress(const EndpointResult &r)
{
    LinkAssessment a;
    const bool anyTls =
        r.negotiated || std::any_of(r.versions.cbegin(), r.versions.cend(),
                                    [](const VersionResult &v) { return v.accepted.value_or(false); });
    const bool anyUndecided = std::any_of(r.versions.cbegin(), r.versions.cend(),
                                          [](const VersionResult &v) { return !v.accepted.has_value(); });
    // 1. Not asked at all; asked in part, what is known still counts (a
    //    version accepted is accepted, whatever was not answered after it).
    if (couldNotAsk(r.status)) {
        addReason(&a, false, QT_TRANSLATE_NOOP("mailtls::LinkState", "status %1"), probeStatusKey(r.status));
        if (!anyTls) {
            a.state = LinkState::Unreachable;
            return a;
        }
        a.incomplete = true;
    }
    // 2. No TLS on this hop: plain HTTP, or STARTTLS not in the capability list.
    if (r.target.protocol == Protocol::Http) {
        const bool redirects = r.http && r.http->redirectsToHttps;
        a.state = redirects ? LinkState::OptionalTls : LinkState::Cleartext;
        addReason(&a, false,
                  redirects
                      ? QT_TRANSLATE_NOOP("mailtls::LinkState", "plain HTTP redirects to HTTPS")
                      : QT_TRANSLATE_NOOP("mailtls::LinkState", "plain HTTP serves the page"));
        return a;
    }
    if (r.status != ProbeStatus::StartTlsNotOffered && !anyTls && anyUndecided) {
        // Nothing accepted, and not everything refused: no TLS is not shown.
        a.state = LinkState::Unreachable;
        a.incomplete = true;
        addReason(&a, false, QT_TRANSLATE_NOOP("mailtls::LinkState", "no TLS version accepted, and some undecided"));
        if (r.status != ProbeStatus::Ok)
            addReason(&a, false, QT_TRANSLATE_NOOP("mailtls::LinkState", "status %1: %2"),
                      probeStatusKey(r.status), r.error);
        return a;
    }
    if (r.status == ProbeStatus::StartTlsNotOffered || !anyTls) {
        a.state = LinkState::Cleartext;
        addReason(&a, false,
                  r.status == ProbeStatus::StartTlsNotOffered
                      ? QT_TRANSLATE_NOOP("mailtls::LinkState", "STARTTLS not offered")
                      : QT_TRANSLATE_NOOP("mailtls::LinkState", "no TLS version accepted"));
        if (r.status != ProbeStatus::Ok && r.status != ProbeStatus::StartTlsNotOffered)
            addReason(&a, false, QT_TRANSLATE_NOOP("mailtls::LinkState", "status %1: %2"),
                      probeStatusKey(r.status), r.error);
        return a;
    }
    // 3. TLS quality: versions, then every accepted suite by the cipher suite
    //    catalog: forward secret, and not insecure (RC4, 3DES, anonymous, ...).
    bool weak = false;
    for (auto it = r.versions.cbegin(); it != r.versions.cend(); ++it) {
        if (!it->accepted.has_value())
            a.incomplete = true;
        if (!it->accepted.value_or(false))
            continue;
        if (!it->suitesComplete)
            a.incomplete = true; // a suite not listed may be a weak one
        const TlsVersion v = it.key();
        if (v != TlsVersion::Tls12 && v != TlsVersion::Tls13) {
            weak = true;
            addReason(&a, false, QT_TRANSLATE_NOOP("mailtls::LinkState", "accepts %1"),
                      tlsVersionName(v));
        }
        if (v == TlsVersion::Ssl2)
            continue;
        for (const QString &suite : it->cipherSuites) {
            const CipherSuiteEntry *e =
                cipherSuiteByName(suite); // none: a code point it cannot name
            const char *why = nullptr;
            if (!e || !e->forwardSecret)
                why = QT_TRANSLATE_NOOP("mailtls::LinkState", "%1 without forward secrecy: %2");
            else if (e->strength == CipherStrength::Insecure)
                why = QT_TRANSLATE_NOOP("mailtls::LinkState", "%1 with an insecure suite: %2");
            if (!why)
                continue;
            weak = true;
            addReason(&a, false, why, tlsVersionName(v), suite);
            break; // one per version is evidence enough
        }
    }
    // 4. A server whose TLS itself can be broken, by the hygiene checks: an
    //    attack on it reads or alters what the link carries, whatever the
    //    suites. Undecided, it may be one: incomplete. (A result without
    //    hygiene checks, stored before them or probed with --no-hygiene,
    //    claims nothing either way.)
    if (r.hygiene) {
        const struct
        {
            const HygieneCheck &check;
            const char *name;
        } broken[] = {{r.hygiene->heartbleed, "Heartbleed"},
                      {r.hygiene->ccsInjection, "CCS injection"},
                      {r.hygiene->robot, "ROBOT"},
                      {r.hygiene->insecureRenegotiation, "renegotiation without RFC 5746"},
                      {r.hygiene->compression, "TLS compression (CRIME)"}};
        for (const auto &b : broken) {
            if (!b.check.value) {
                a.incomplete = true;
            } else if (*b.check.value) {
                weak = true;
                addReason(&a, false, QT_TRANSLATE_NOOP("mailtls::LinkState", "vulnerable: %1"),
                          QString::fromLatin1(b.name));
            }
        }
    }
    // 5. Credentials in cleartext before TLS.
    if (r.cleartextAuthOffered()) {
        a.state = LinkState::OptionalTls;
        if (r.cleartext.exposingMechanisms().isEmpty() && r.cleartext.simpleBindBeforeTls.value_or(false))
            addReason(&a, true,
                      QT_TRANSLATE_NOOP("mailtls::LinkState", "LDAP simple bind accepted before StartTLS"));
        else if (r.cleartext.exposingMechanisms().isEmpty())
            addReason(&a, true,
                      QT_TRANSLATE_NOOP("mailtls::LinkState", "cleartext login before STARTTLS"));
        else
            addReason(&a, true, QT_TRANSLATE_NOOP("mailtls::LinkState", "AUTH %1 before STARTTLS"),
                      r.cleartext.exposingMechanisms().join(QLatin1Char(' ')));
        return a;
    }
    // LDAP: whether a password is taken in a simple bind before StartTLS was
    // not decided; the link is no stronger than what is known.
    if (r.target.protocol == Protocol::Ldap && !r.cleartext.simpleBindBeforeTls)
        a.incomplete = true;
    a.state = weak ? LinkState::WeakTls : LinkState::StrongTls;
    return a;
}

// A state's label as the source text of its translation (stable English).
const char *linkStateSource(LinkState state)
{
    switch (state) {
    case LinkState::StrongTls: return QT_TRANSLATE_NOOP("mailtls::LinkState", "strong TLS");
    case LinkState::WeakTls: return QT_TRANSLATE_NOOP("mailtls::LinkState", "weak TLS");
    case LinkState::OptionalTls: return QT_TRANSLATE_NOOP("mailtls::LinkState", "optional TLS");
    case LinkState::Cleartext: return QT_TRANSLATE_NOOP("mailtls::LinkState", "cleartext");
    case LinkState::Unreachable: return QT_TRANSLATE_NOOP("mailtls::LinkState", "unreachable");
    case LinkState::NotProbed: return QT_TRANSLATE_NOOP("mailtls::LinkState", "not probed");
    }
    return "";
}

// How weak a state is, among those an address can take: the higher, the weaker.
// Unreachable is below every state an address answered with: an address that
// could not be asked hides nothing the others showed.
int weakness(LinkState s)
{
    switch (s) {
    case LinkState::Unreachable: return 0;
    case LinkState::StrongTls: return 1;
    case LinkState::WeakTls: return 2;
    case LinkState::OptionalTls: return 3;
    case LinkState::Cleartext: return 4;
    case LinkState::NotProbed: return -1;
    }
    return -1;
}

} // namespace

LinkAssessment assessEndpoint(const EndpointResult &result)
{
    if (result.otherAddresses.empty())
        return assessAddress(result);
    // Every address of the name: the weakest answer decides, and what any
    // address left undecided (or could not be asked at all, while others
    // answered) leaves the whole incomplete. The reasons name their address,
    // the weakest address first.
    struct Judged
    {
        const EndpointResult *result;
        LinkAssessment assessment;
    };
    QList<Judged> judged;
    for (const EndpointResult *r : result.addressResults())
        judged.append({r, assessAddress(*r)});
    std::stable_sort(judged.begin(), judged.end(), [](const Judged &x, const Judged &y) {
        return weakness(x.assessment.state) > weakness(y.assessment.state);
    });
    LinkAssessment a;
    a.state = judged.first().assessment.state;
    for (const Judged &j : judged) {
        a.incomplete = a.incomplete || j.assessment.incomplete || j.assessment.state == LinkState::Unreachable;
        const QString label = j.result->address.isEmpty() ? j.result->target.host : j.result->address;
        // An address with nothing against it says its state.
        const QStringList reasons = j.assessment.reasons.isEmpty()
                                        ? QStringList{QString::fromLatin1(linkStateSource(j.assessment.state))}
                                        : j.assessment.reasons;
        const QStringList texts = j.assessment.reasonTexts.isEmpty()
                                      ? QStringList{linkStateLabel(j.assessment.state)}
                                      : j.assessment.reasonTexts;
        for (const QString &reason : reasons)
            a.reasons.append(QStringLiteral("%1: %2").arg(label, reason));
        for (const QString &text : texts)
            a.reasonTexts.append(QStringLiteral("%1: %2").arg(label, text));
    }
    // Every address unreachable: the endpoint is, and that alone is not "incomplete".
    if (a.state == LinkState::Unreachable)
        a.incomplete = std::any_of(judged.cbegin(), judged.cend(), [](const Judged &j) { return j.assessment.incomplete; });
    return a;
}

LatestUse latestUse(const QList<Observation> &observations)
{
    LatestUse use;
    for (const Observation &ob : observations) {
        const bool clear = ob.transport == QLatin1StringView("cleartext");
        if (!clear && ob.transport != QLatin1StringView("tls"))
            continue; // local or unknown hops say nothing about this link's encryption
        if (!use.latest || ob.lastSeen > use.latest->lastSeen)
            use.latest = &ob;
        if (clear && (!use.latestCleartext || ob.lastSeen > use.latestCleartext->lastSeen))
            use.latestCleartext = &ob;
    }
    return use;
}

LinkAssessment assessLink(const EndpointResult *probe, const QList<Observation> &observations)
{
    LinkAssessment a = probe ? assessEndpoint(*probe) : LinkAssessment{};
    const LatestUse use = latestUse(observations);
    if (!use.latest)
        return a;
    const Observation *latest = use.latest;
    a.observed = ObservedUse{latest->transport, latest->tlsVersion, latest->cipher,
                             latest->lastSeen,  latest->messageId,  use.cleartextSeen()};
    const QString when = latest->lastSeen.toString(Qt::ISODate);
    const bool clear = latest->transport == QLatin1StringView("cleartext");
    const std::optional<bool> fs = cipherForwardSecret(latest->cipher, latest->tlsVersion);
    const bool legacy = !latest->tlsVersion.isEmpty() &&
                        latest->tlsVersion != QLatin1StringView("TLSv1.2") &&
                        latest->tlsVersion != QLatin1StringView("TLSv1.3");
    const bool weak = !clear && (legacy || fs == false);
    if (clear) {
        addReason(
            &a, false,
            QT_TRANSLATE_NOOP("mailtls::LinkState", "a real message crossed in cleartext on %1"),
            when);
    } else {
        const QString used =
            QStringList{latest->tlsVersion.isEmpty() ? QStringLiteral("TLS") : latest->tlsVersion,
                        latest->cipher}
                .join(QLatin1Char(' '))
                .trimmed();
        addReason(&a, false,
                  QT_TRANSLATE_NOOP("mailtls::LinkState", "a real message used %1 on %2"), used,
                  when);
    }
    if (a.state == LinkState::NotProbed) {
        a.state = clear ? LinkState::Cleartext : weak ? LinkState::WeakTls : LinkState::StrongTls;
        a.incomplete = !clear; // what one message used is not what the server accepts
        addReason(&a, false,
                  QT_TRANSLATE_NOOP("mailtls::LinkState", "not probed: state from real messages"));
    } else if (clear && (a.state == LinkState::StrongTls || a.state == LinkState::WeakTls)) {
        a.state = LinkState::OptionalTls; // TLS offered, yet mail still crosses in cleartext
    } else if (weak && a.state == LinkState::StrongTls) {
        a.state = LinkState::WeakTls; // the probe missed what a real peer negotiated
    }
    return a;
}

namespace {

// Weakest first: a link takes the lower of its two sides.
int stateStrength(LinkState s)
{
    switch (s) {
    case LinkState::NotProbed: return 0;
    case LinkState::Unreachable: return 1;
    case LinkState::Cleartext: return 2;
    case LinkState::OptionalTls: return 3;
    case LinkState::WeakTls: return 4;
    case LinkState::StrongTls: return 5;
    }
    return 0;
}

// What an outbound relay's tests say of its sending side, laid over the link.
void assessSending(LinkAssessment *a, const QList<OutboundTest> &tests)
{
    if (tests.isEmpty()) {
        a->incomplete = true;
        addReason(a, false,
                  QT_TRANSLATE_NOOP("mailtls::LinkState", "sending side not tested (the relay has not delivered "
                                                          "to the test receiver)"));
        return;
    }
    LinkState sending = LinkState::StrongTls;
    bool undecided = false;
    const auto lower = [&sending](LinkState s) {
        if (stateStrength(s) < stateStrength(sending))
            sending = s;
    };
    const SendingCheck starttls = sendingCheck(tests, OutboundCheckId::UsesStartTls);
    if (!starttls.record || !starttls.record->passed) {
        undecided = true;
    } else if (!*starttls.record->passed) {
        lower(LinkState::Cleartext);
        addReason(a, false,
                  QT_TRANSLATE_NOOP("mailtls::LinkState", "sending: no TLS where STARTTLS was offered (tested %1)"),
                  starttls.test->testedAt.toString(Qt::ISODate));
    }
    const SendingCheck version = sendingCheck(tests, OutboundCheckId::BestVersion);
    if (!version.record || !version.record->passed) {
        undecided = true;
    } else if (!*version.record->passed) {
        lower(LinkState::WeakTls);
        addReason(a, false,
                  QT_TRANSLATE_NOOP("mailtls::LinkState",
                                    "sending: took less than TLS 1.2 where 1.2 or 1.3 was offered (tested %1)"),
                  version.test->testedAt.toString(Qt::ISODate));
    }
    if (starttls.record && starttls.record->passed == true && version.record && version.record->passed == true)
        addReason(a, false,
                  QT_TRANSLATE_NOOP("mailtls::LinkState", "sending: STARTTLS with TLS 1.2 or 1.3 (tested %1)"),
                  version.test->testedAt.toString(Qt::ISODate));
    const SendingCheck fallback = sendingCheck(tests, OutboundCheckId::NoFallbackWhenRequired);
    const SendingCheck certificate = sendingCheck(tests, OutboundCheckId::ChecksCertificateWhenRequired);
    if (!fallback.record || !certificate.record) {
        undecided = true;
        addReason(a, false,
                  QT_TRANSLATE_NOOP("mailtls::LinkState",
                                    "sending: not tested toward a destination that requires TLS"));
    } else {
        if (!fallback.record->passed || !certificate.record->passed)
            undecided = true;
        if (fallback.record->passed == false) {
            lower(LinkState::WeakTls);
            addReason(a, false,
                      QT_TRANSLATE_NOOP("mailtls::LinkState",
                                        "sending: delivers without TLS where the destination requires it (tested %1)"),
                      fallback.test->testedAt.toString(Qt::ISODate));
        }
        if (certificate.record->passed == false) {
            lower(LinkState::WeakTls);
            addReason(a, false,
                      QT_TRANSLATE_NOOP("mailtls::LinkState", "sending: delivers over a certificate that does not "
                                                              "check where the destination requires TLS (tested %1)"),
                      certificate.test->testedAt.toString(Qt::ISODate));
        }
    }
    const SendingCheck sni = sendingCheck(tests, OutboundCheckId::SendsSni);
    if (sni.record && sni.record->passed == false)
        addReason(a, false, QT_TRANSLATE_NOOP("mailtls::LinkState", "sending: no SNI (tested %1)"),
                  sni.test->testedAt.toString(Qt::ISODate));
    if (undecided) {
        a->incomplete = true;
        addReason(a, false, QT_TRANSLATE_NOOP("mailtls::LinkState", "sending: some checks undecided"));
    }
    // A failure proven lowers the link whatever else is undecided; an
    // endpoint not probed takes the sending side's state only once STARTTLS
    // itself was decided (else nothing says the relay encrypts at all).
    const bool startTlsDecided = starttls.record && starttls.record->passed;
    if (a->state == LinkState::NotProbed) {
        if (startTlsDecided)
            a->state = sending;
    } else if (stateStrength(sending) < stateStrength(a->state)) {
        a->state = sending;
    }
}

} // namespace

LinkAssessment assessLink(const Link &link, const EndpointResult *probe, const WorkspaceIndex &index)
{
    LinkAssessment a = assessLink(probe, index.observations(link.id));
    if (link.kind == LinkKind::Outbound)
        assessSending(&a, index.outboundTests(link.from));
    return a;
}

QString linkStateKey(LinkState state)
{
    switch (state) {
    case LinkState::StrongTls:
        return QStringLiteral("strong_tls");
    case LinkState::WeakTls:
        return QStringLiteral("weak_tls");
    case LinkState::OptionalTls:
        return QStringLiteral("optional_tls");
    case LinkState::Cleartext:
        return QStringLiteral("cleartext");
    case LinkState::Unreachable:
        return QStringLiteral("unreachable");
    case LinkState::NotProbed:
        return QStringLiteral("not_probed");
    }
    return {};
}

std::optional<LinkState> linkStateFromKey(QStringView key)
{
    for (LinkState s : allLinkStates()) {
        if (linkStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString linkStateLabel(LinkState state) { return Tr::tr(linkStateSource(state)); }

QList<LinkState> allLinkStates()
{
    return {LinkState::StrongTls, LinkState::WeakTls,     LinkState::OptionalTls,
            LinkState::Cleartext, LinkState::Unreachable, LinkState::NotProbed};
}

} // namespace mailtls
