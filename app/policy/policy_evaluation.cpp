#include "app/policy/policy_evaluation.h"

#include "app/policy/policy_check.h"
#include "app/inventory/labels.h"
#include "app/evidence/link_state.h"
#include "app/evidence/received.h"
#include "probes/tls/cipher_registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <functional>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

} // namespace

// The helpers the checks share (policy_check.h).
namespace policy_check {

namespace {

bool couldNotAsk(ProbeStatus s)
{
    return s == ProbeStatus::Refused || s == ProbeStatus::Timeout || s == ProbeStatus::Unreachable ||
           s == ProbeStatus::RateLimited || s == ProbeStatus::Cancelled;
}

} // namespace

// 1. Evidence that the endpoint could be asked at all; empty when it could.
std::optional<Outcome> notAsked(const EndpointResult *r)
{
    if (!r)
        return Outcome{Verdict::Incomplete, {{QStringLiteral("status"), Tr::tr("not probed")}}, {}};
    if (couldNotAsk(r->status))
        return Outcome{Verdict::Incomplete,
                       {{QStringLiteral("status"),
                         QStringLiteral("%1: %2").arg(probeStatusKey(r->status), r->error)}},
                       {}};
    return std::nullopt;
}

// By the cipher suite catalog; a code point it cannot name counts as without.
bool hasForwardSecrecy(const QString &suite)
{
    const CipherSuiteEntry *e = cipherSuiteByName(suite);
    return e && e->forwardSecret;
}

QStringList acceptedVersions(const EndpointResult &r)
{
    QStringList names;
    for (auto it = r.versions.cbegin(); it != r.versions.cend(); ++it) {
        if (it->accepted.value_or(false))
            names << tlsVersionName(it.key());
    }
    return names;
}

bool anyTls(const EndpointResult &r)
{
    return !acceptedVersions(r).isEmpty();
}

// 2. For checks of TLS itself: nothing to judge on an endpoint without TLS (tls_offered says so).
std::optional<Outcome> notAskedOrNoTls(const EndpointResult *r)
{
    if (auto o = notAsked(r))
        return o;
    if (!anyTls(*r))
        return Outcome{Verdict::NotApplicable, {}, {}};
    return std::nullopt;
}

// The first few of a list, for evidence lines.
QString firstOf(const QStringList &items, qsizetype n)
{
    return items.mid(0, n).join(u", ") + (items.size() > n ? QStringLiteral(", ...") : QString());
}

} // namespace policy_check

namespace {

using namespace policy_check;

QString capabilityEvidence(const EndpointResult &r)
{
    if (r.cleartext.capabilities.isEmpty())
        return {};
    return Tr::tr("offered before TLS: %1").arg(r.cleartext.capabilities.join(QLatin1Char(' ')));
}

Outcome tlsOffered(const CheckInput &in)
{
    if (auto o = notAsked(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    if (r.target.protocol == Protocol::Http)
        return {Verdict::NotApplicable, {}, {}};
    const QStringList accepted = acceptedVersions(r);
    if (!accepted.isEmpty())
        return {Verdict::Pass, {{QStringLiteral("version"), Tr::tr("accepts %1").arg(accepted.join(u", "))}}, {}};
    Outcome o{Verdict::Fail, {}, {}};
    if (r.status == ProbeStatus::StartTlsNotOffered || r.starttlsOffered == false) {
        o.evidence.append({QStringLiteral("capability"), Tr::tr("STARTTLS not offered")});
        if (const QString caps = capabilityEvidence(r); !caps.isEmpty())
            o.evidence.append({QStringLiteral("capability"), caps});
    } else {
        const bool undecided = std::any_of(r.versions.cbegin(), r.versions.cend(),
                                           [](const VersionResult &v) { return !v.accepted.has_value(); });
        if (undecided)
            o.verdict = Verdict::Incomplete;
        o.evidence.append({QStringLiteral("status"), Tr::tr("no TLS version accepted (%1)")
                                                         .arg(probeStatusKey(r.status))});
    }
    return o;
}

// A parameter's versions (the loader checked every name).
QList<TlsVersion> versionsOf(const QJsonValue &names)
{
    QList<TlsVersion> versions;
    for (const QJsonValue &name : names.toArray())
        versions.append(tlsVersionFromName(name.toString()).value());
    return versions;
}

// The rule's "versions" parameter.
QList<TlsVersion> versionsParam(const Rule &rule)
{
    return versionsOf(rule.params.value(QLatin1StringView("versions")));
}

Outcome versionsRefused(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    Outcome o{Verdict::Pass, {}, {}};
    bool undecided = false;
    for (TlsVersion v : versionsParam(in.rule)) {
        const VersionResult vr = r.versions.value(v);
        if (!vr.accepted.has_value()) {
            undecided = true;
        } else if (*vr.accepted) {
            o.verdict = Verdict::Fail;
            QString detail = Tr::tr("accepts %1").arg(tlsVersionName(v));
            if (!vr.cipherSuites.isEmpty())
                detail += Tr::tr(" with %1").arg(firstOf(vr.cipherSuites, 3));
            o.evidence.append({QStringLiteral("version"), detail});
        }
    }
    if (o.verdict == Verdict::Pass && undecided)
        o.verdict = Verdict::Incomplete;
    if (o.verdict == Verdict::Pass)
        o.evidence.append({QStringLiteral("version"), Tr::tr("accepts only %1").arg(acceptedVersions(r).join(u", "))});
    return o;
}

Outcome versionsSupportedAny(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    bool undecided = false;
    for (TlsVersion v : versionsParam(in.rule)) {
        const VersionResult vr = r.versions.value(v);
        if (vr.accepted.value_or(false))
            return {Verdict::Pass, {{QStringLiteral("version"), Tr::tr("accepts %1").arg(tlsVersionName(v))}}, {}};
        undecided = undecided || !vr.accepted.has_value();
    }
    return {undecided ? Verdict::Incomplete : Verdict::Fail,
            {{QStringLiteral("version"), Tr::tr("accepts only %1").arg(acceptedVersions(r).join(u", "))}},
            {}};
}

Outcome forwardSecrecy(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    Outcome o{Verdict::Pass, {}, {}};
    // The suite the server chose for a modern client: the one most of its peers get.
    if (r.negotiated && !r.negotiated->error && !hasForwardSecrecy(r.negotiated->cipher)) {
        o.verdict = Verdict::Fail;
        o.evidence.append({QStringLiteral("suite"), Tr::tr("chooses %1 (%2) for a modern client")
                                                        .arg(r.negotiated->cipher, tlsVersionName(r.negotiated->version))});
    }
    QStringList nonFs;
    for (auto it = r.versions.cbegin(); it != r.versions.cend(); ++it) {
        if (!it->accepted.value_or(false) || it.key() == TlsVersion::Ssl2)
            continue;
        for (const QString &suite : it->cipherSuites) {
            if (!hasForwardSecrecy(suite))
                nonFs << Tr::tr("%1 %2").arg(tlsVersionName(it.key()), suite);
        }
    }
    if (!nonFs.isEmpty()) {
        if (o.verdict == Verdict::Pass) {
            o.verdict = Verdict::Fail;
            // Accepted but not chosen: only peers that offer nothing better get them.
            o.severity = severityFromKey(in.rule.params.value(QLatin1StringView("accepted_severity")).toString());
        }
        o.evidence.append({QStringLiteral("suite"),
                           Tr::tr("accepts %1 without forward secrecy: %2")
                                   .arg(nonFs.size() == 1 ? Tr::tr("1 suite")
                                                          : Tr::tr("%1 suites").arg(nonFs.size()),
                                        firstOf(nonFs, 4))});
    }
    if (o.verdict == Verdict::Pass)
        o.evidence.append({QStringLiteral("suite"), Tr::tr("every accepted suite has forward secrecy")});
    return o;
}

Outcome certificate(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    if (!r.certificate)
        return {Verdict::Incomplete, {{QStringLiteral("certificate"), Tr::tr("no certificate was read")}}, {}};
    const CertificateInfo &c = *r.certificate;
    Outcome o{Verdict::Pass, {}, {}};
    auto problem = [&](const QString &detail) {
        o.verdict = Verdict::Fail;
        o.evidence.append({QStringLiteral("certificate"), detail});
    };
    if (c.expired)
        problem(Tr::tr("expired on %1").arg(c.notAfter.toString(Qt::ISODate)));
    if (c.notYetValid)
        problem(Tr::tr("not valid before %1").arg(c.notBefore.toString(Qt::ISODate)));
    if (c.trusted == false)
        problem(Tr::tr("not trusted: %1").arg(c.trustError.isEmpty() ? Tr::tr("no chain to a trust anchor")
                                                                             : trustErrorText(c)));
    if (c.nameMatches == false)
        problem(Tr::tr("does not name %1 (subject %2)").arg(r.target.serverName, c.subject));
    if (c.keyType == QLatin1StringView("RSA") && c.keyBits > 0 && c.keyBits < 2048)
        problem(Tr::tr("RSA key of %1 bits").arg(c.keyBits));
    const QString sig = c.signatureAlgorithm.toLower();
    if (sig.startsWith(QLatin1StringView("sha1")) || sig.startsWith(QLatin1StringView("md5")))
        problem(Tr::tr("signed with %1").arg(c.signatureAlgorithm));
    if (o.verdict == Verdict::Pass && (!c.trusted.has_value() || !c.nameMatches.has_value())) {
        o.verdict = Verdict::Incomplete;
        o.evidence.append({QStringLiteral("certificate"), Tr::tr("trust or name not checked")});
    } else if (o.verdict == Verdict::Pass) {
        o.evidence.append({QStringLiteral("certificate"), Tr::tr("%1, valid until %2")
                                                              .arg(c.subject, c.notAfter.toString(Qt::ISODate))});
    }
    return o;
}

Outcome cleartextCredentials(const CheckInput &in)
{
    if (auto o = notAsked(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    Outcome o{Verdict::Pass, {}, {}};
    const QString upgrade = r.target.protocol == Protocol::Pop3 ? QStringLiteral("STLS") : QStringLiteral("STARTTLS");
    if (!r.cleartext.authMechanisms.isEmpty())
        o.evidence.append({QStringLiteral("capability"), Tr::tr("AUTH %1 offered before %2")
                                                             .arg(r.cleartext.authMechanisms.join(QLatin1Char(' ')), upgrade)});
    if (r.cleartext.plaintextLogin)
        o.evidence.append({QStringLiteral("capability"),
                           r.target.protocol == Protocol::Pop3 ? Tr::tr("USER/PASS accepted before STLS")
                                                               : Tr::tr("LOGIN accepted before STARTTLS (no LOGINDISABLED)")});
    if (!anyTls(r) && protocolInfo(r.target.protocol).carriesCredentials)
        o.evidence.append({QStringLiteral("status"), Tr::tr("no TLS at all: every login crosses in cleartext")});
    if (!o.evidence.isEmpty())
        o.verdict = Verdict::Fail;
    else
        o.evidence.append({QStringLiteral("capability"), protocolInfo(r.target.protocol).tlsMode == TlsMode::Implicit
                                                             ? Tr::tr("TLS from the first byte")
                                                             : Tr::tr("no login offered before %1").arg(upgrade)});
    return o;
}

Outcome httpsOnly(const CheckInput &in)
{
    if (auto o = notAsked(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    if (r.target.protocol != Protocol::Http)
        return anyTls(r) ? Outcome{Verdict::Pass, {{QStringLiteral("version"), QStringLiteral("HTTPS")}}, {}}
                         : Outcome{Verdict::Fail, {{QStringLiteral("status"), Tr::tr("no TLS")}}, {}};
    if (!r.http)
        return {Verdict::Incomplete, {{QStringLiteral("http"), Tr::tr("no HTTP response")}}, {}};
    if (r.http->redirectsToHttps)
        return {Verdict::Pass,
                {{QStringLiteral("http"), Tr::tr("%1 redirect to %2").arg(r.http->status).arg(r.http->location)}},
                {}};
    return {Verdict::Fail,
            {{QStringLiteral("http"), Tr::tr("plain HTTP answers %1 and serves the page").arg(r.http->status)}},
            {}};
}

Outcome hsts(const CheckInput &in)
{
    if (auto o = notAsked(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    if (r.target.protocol != Protocol::Https)
        return {Verdict::NotApplicable, {}, {}};
    if (!r.http)
        return {Verdict::Incomplete, {{QStringLiteral("http"), Tr::tr("no HTTPS response")}}, {}};
    if (r.http->hsts.isEmpty())
        return {Verdict::Fail, {{QStringLiteral("http"), Tr::tr("no Strict-Transport-Security header")}}, {}};
    return {Verdict::Pass, {{QStringLiteral("http"), Tr::tr("Strict-Transport-Security: %1").arg(r.http->hsts)}}, {}};
}

Outcome observedCleartext(const CheckInput &in)
{
    const LatestUse use = latestUse(in.observations);
    if (!use.latest)
        return {Verdict::NotApplicable, {}, {}}; // no real message crossed it (yet)
    const Observation &latest = *use.latest;
    const auto cite = [](const Observation &ob) {
        return Tr::tr("%1 on %2 (message %3, %4)")
            .arg(ob.transport == QLatin1StringView("tls")
                     ? QStringList{ob.tlsVersion.isEmpty() ? QStringLiteral("TLS") : ob.tlsVersion, ob.cipher}
                           .join(QLatin1Char(' '))
                           .trimmed()
                     : QStringLiteral("cleartext"),
                 ob.lastSeen.toString(Qt::ISODate), ob.messageId, ob.source);
    };
    if (latest.transport == QLatin1StringView("cleartext"))
        return {Verdict::Fail, {{QStringLiteral("observation"), Tr::tr("crossed in %1").arg(cite(latest))}}, {}};
    Outcome o{Verdict::Pass, {{QStringLiteral("observation"), Tr::tr("crossed with %1").arg(cite(latest))}}, {}};
    if (use.latestCleartext)
        o.evidence.append({QStringLiteral("observation"), Tr::tr("earlier in %1").arg(cite(*use.latestCleartext))});
    return o;
}

// The implicit-TLS service that RFC 8314 prefers to a STARTTLS one.
std::optional<Protocol> implicitCounterpart(Protocol p)
{
    switch (p) {
    case Protocol::Submission: return Protocol::Smtps;
    case Protocol::Imap: return Protocol::Imaps;
    case Protocol::Pop3: return Protocol::Pop3s;
    default: return std::nullopt;
    }
}

// By the inventory: the endpoint is implicit TLS, or its host also offers the
// implicit-TLS service (RFC 8314 lets STARTTLS stay beside it).
Outcome implicitTls(const CheckInput &in)
{
    const Endpoint *ep = in.index.endpoint(in.link.endpoint);
    if (!ep)
        return {Verdict::Incomplete, {{QStringLiteral("status"), Tr::tr("endpoint not in the inventory")}}, {}};
    if (protocolInfo(ep->protocol).tlsMode == TlsMode::Implicit)
        return {Verdict::Pass, {{QStringLiteral("capability"), Tr::tr("TLS from the first byte")}}, {}};
    const std::optional<Protocol> implicit = implicitCounterpart(ep->protocol);
    if (!implicit)
        return {Verdict::NotApplicable, {}, {}};
    const Host *host = in.index.host(in.link.endpoint.hostId);
    for (const Endpoint &other : host ? host->endpoints : QList<Endpoint>{}) {
        if (other.protocol == *implicit)
            return {Verdict::Pass,
                    {{QStringLiteral("capability"), Tr::tr("%1 also offered on port %2")
                                                        .arg(QString::fromLatin1(protocolInfo(*implicit).scheme))
                                                        .arg(other.port ? other.port : protocolInfo(*implicit).defaultPort)}},
                    {}};
    }
    return {Verdict::Fail,
            {{QStringLiteral("capability"), Tr::tr("only %1 with STARTTLS; no %2 (port %3) on this host")
                                                .arg(QString::fromLatin1(protocolInfo(ep->protocol).scheme),
                                                     QString::fromLatin1(protocolInfo(*implicit).scheme))
                                                .arg(protocolInfo(*implicit).defaultPort)}},
            {}};
}

const QList<std::pair<QString, Check>> &checks()
{
    static const QList<std::pair<QString, Check>> table{
        {QStringLiteral("tls_offered"), tlsOffered},
        {QStringLiteral("versions_refused"), versionsRefused},
        {QStringLiteral("versions_supported_any"), versionsSupportedAny},
        {QStringLiteral("forward_secrecy"), forwardSecrecy},
        {QStringLiteral("certificate"), certificate},
        {QStringLiteral("cleartext_credentials"), cleartextCredentials},
        {QStringLiteral("https_only"), httpsOnly},
        {QStringLiteral("hsts"), hsts},
        {QStringLiteral("observed_cleartext"), observedCleartext},
        {QStringLiteral("suites_allowed"), suitesAllowed},
        {QStringLiteral("suites_min_strength"), suitesMinStrength},
        {QStringLiteral("suites_classified"), suitesClassified},
        {QStringLiteral("versions_classified"), versionsClassified},
        {QStringLiteral("certificate_key"), certificateKey},
        {QStringLiteral("dh_min_bits"), dhMinBits},
        {QStringLiteral("implicit_tls"), implicitTls},
        {QStringLiteral("groups_allowed"), groupsAllowed},
    };
    return table;
}

Check checkNamed(const QString &name)
{
    for (const auto &[n, c] : checks()) {
        if (n == name)
            return c;
    }
    return {};
}

int verdictRank(Verdict v)
{
    // When links of one endpoint disagree (observations differ per link), the worst wins.
    switch (v) {
    case Verdict::Fail: return 3;
    case Verdict::Incomplete: return 2;
    case Verdict::Pass: return 1;
    case Verdict::NotApplicable: return 0;
    }
    return 0;
}

} // namespace

const QList<CheckSpec> &policyChecks()
{
    static const QList<CheckSpec> specs = [] {
        using T = ParamType;
        const QHash<QString, QList<ParamSpec>> params{
            {QStringLiteral("versions_refused"), {{QStringLiteral("versions"), T::Versions, true}}},
            {QStringLiteral("versions_supported_any"), {{QStringLiteral("versions"), T::Versions, true}}},
            {QStringLiteral("forward_secrecy"), {{QStringLiteral("accepted_severity"), T::Severity, false}}},
            {QStringLiteral("suites_allowed"), {{QStringLiteral("suites"), T::Suites, true}}},
            {QStringLiteral("suites_min_strength"), {{QStringLiteral("strength"), T::Strength, true}}},
            {QStringLiteral("suites_classified"),
             {{QStringLiteral("classes"), T::SuiteClasses, true},
              {QStringLiteral("otherwise"), T::ClassName, true},
              {QStringLiteral("class_severity"), T::ClassSeverities, true}}},
            {QStringLiteral("versions_classified"),
             {{QStringLiteral("classes"), T::VersionClasses, true},
              {QStringLiteral("otherwise"), T::ClassName, true},
              {QStringLiteral("class_severity"), T::ClassSeverities, true}}},
            {QStringLiteral("certificate_key"), {{QStringLiteral("types"), T::KeyTypes, true}}},
            {QStringLiteral("dh_min_bits"), {{QStringLiteral("bits"), T::Bits, true}}},
            {QStringLiteral("groups_allowed"), {{QStringLiteral("groups"), T::Groups, true}}},
        };
        QList<CheckSpec> list;
        for (const auto &[name, check] : checks())
            list.append({name, params.value(name)});
        return list;
    }();
    return specs;
}

QStringList policyCheckNames()
{
    QStringList names;
    for (const auto &[n, c] : checks())
        names << n;
    return names;
}

QString verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Pass: return QStringLiteral("pass");
    case Verdict::Fail: return QStringLiteral("fail");
    case Verdict::Incomplete: return QStringLiteral("incomplete");
    case Verdict::NotApplicable: return QStringLiteral("not_applicable");
    }
    return {};
}

QString verdictLabel(Verdict v)
{
    switch (v) {
    case Verdict::Pass: return Tr::tr("pass");
    case Verdict::Fail: return Tr::tr("fail");
    case Verdict::Incomplete: return Tr::tr("incomplete");
    case Verdict::NotApplicable: return Tr::tr("not applicable");
    }
    return {};
}

QList<RuleResult> Evaluation::findings() const
{
    QList<RuleResult> list;
    for (const RuleResult &r : results) {
        if (r.verdict == Verdict::Fail)
            list.append(r);
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const RuleResult &a, const RuleResult &b) { return a.severity > b.severity; });
    return list;
}

Evaluation evaluate(const Profile &profile, const Workspace &ws, const QHash<QString, EndpointResult> &results)
{
    Evaluation e;
    e.profileId = profile.id;
    e.profileVersion = profile.version;
    const WorkspaceIndex index(ws);
    QSet<QString> unprotected; // link ids with a high or critical failure, or such a rule incomplete
    QSet<QString> judged;      // link ids some rule of the profile applies to
    QMap<std::pair<QString, QString>, qsizetype> byRuleEndpoint; // (rule, endpoint) -> results index
    for (const Rule &rule : profile.rules) {
        const Check check = checkNamed(rule.check);
        for (const Link &link : ws.links) {
            if (!rule.appliesTo.contains(link.kind))
                continue;
            judged.insert(link.id);
            const Endpoint *ep = index.endpoint(link.endpoint);
            const QString key = ep ? EndpointRef{link.endpoint.hostId, ep->protocol, ep->port}.toString() : QString();
            const auto found = results.constFind(key);
            const Outcome o = check(CheckInput{rule, link, index, found != results.cend() ? &found.value() : nullptr,
                                               index.observations(link.id)});
            // A check that grades (a suite's class) never goes above the rule's severity for this role.
            const Severity severity = std::min(o.severity.value_or(Severity::Critical), rule.severityFor(link.kind));
            if (severity >= Severity::High && (o.verdict == Verdict::Fail || o.verdict == Verdict::Incomplete))
                unprotected.insert(link.id);
            const auto slot = byRuleEndpoint.constFind({rule.id, key});
            if (slot == byRuleEndpoint.cend()) {
                byRuleEndpoint.insert({rule.id, key}, e.results.size());
                e.results.append(RuleResult{rule.id, rule.measure, o.verdict, severity, key, {link.id}, {link.kind},
                                            o.evidence, rule.remedy.isEmpty() ? rule.id : rule.remedy});
                continue;
            }
            RuleResult &r = e.results[slot.value()];
            r.links.append(link.id);
            r.kinds.append(link.kind);
            if (verdictRank(o.verdict) > verdictRank(r.verdict)) {
                r.verdict = o.verdict;
                r.evidence = o.evidence;
            }
            if (o.verdict == r.verdict)
                r.severity = std::max(r.severity, severity);
        }
    }
    for (const Link &link : ws.links) {
        if (!judged.contains(link.id))
            continue; // a profile for submission and access says nothing of MX links
        const int measure = measureForLinkKind(link.kind);
        e.linksInScope[measure] += 1;
        if (!unprotected.contains(link.id))
            e.linksProtected[measure] += 1;
    }
    return e;
}

} // namespace mailtls
