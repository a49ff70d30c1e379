#include "app/core/policy_evaluation.h"

#include "app/core/labels.h"
#include "app/core/link_state.h"
#include "app/core/received.h"
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

// What one check concluded about one link.
struct Outcome
{
    Verdict verdict = Verdict::Incomplete;
    QList<Evidence> evidence;
    std::optional<Severity> severity; // when the check itself grades (forward secrecy)
};

struct CheckInput
{
    const Rule &rule;
    const Link &link;
    const WorkspaceIndex &index;
    const EndpointResult *result; // nullptr: not probed
    QList<Observation> observations;
};

using Check = std::function<Outcome(const CheckInput &)>;

bool couldNotAsk(ProbeStatus s)
{
    return s == ProbeStatus::Refused || s == ProbeStatus::Timeout || s == ProbeStatus::Unreachable ||
           s == ProbeStatus::RateLimited || s == ProbeStatus::Cancelled;
}

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

// A parameter's suites, by code point (the loader checked every name against the catalog).
QSet<quint16> suitesOf(const QJsonValue &names)
{
    QSet<quint16> codes;
    for (const QJsonValue &name : names.toArray())
        codes.insert(cipherSuiteByName(name.toString())->code);
    return codes;
}

// The first few of a list, for evidence lines.
QString firstOf(const QStringList &items, qsizetype n)
{
    return items.mid(0, n).join(u", ") + (items.size() > n ? QStringLiteral(", ...") : QString());
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
                                                                             : c.trustError));
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

// The groups a version showed: every one accepted where the probe enumerates
// them (TLS 1.3; TLS 1.2 with ECDHE suites), else the one chosen when offered all.
QStringList groupsSeen(const VersionResult &vr)
{
    if (!vr.groups.isEmpty())
        return vr.groups;
    return vr.group.isEmpty() ? QStringList{} : QStringList{vr.group};
}

// A version whose key exchange uses a named group: TLS 1.3, or an ECDHE suite (by the catalog).
bool usesNamedGroups(TlsVersion v, const VersionResult &vr)
{
    if (v == TlsVersion::Tls13)
        return true;
    return std::any_of(vr.cipherSuites.cbegin(), vr.cipherSuites.cend(), [](const QString &suite) {
        const CipherSuiteEntry *e = cipherSuiteByName(suite);
        return e && e->keyExchange.startsWith(QLatin1StringView("ECDHE"));
    });
}

Outcome groupsAllowed(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    QStringList allowed;
    for (const QJsonValue &g : in.rule.params.value(QLatin1StringView("groups")).toArray())
        allowed << g.toString();
    QStringList others;
    QStringList undecided;
    QStringList seen;
    for (auto it = r.versions.cbegin(); it != r.versions.cend(); ++it) {
        if (!it->accepted.has_value())
            undecided << tlsVersionName(it.key());
        if (!it->accepted.value_or(false) || it.key() == TlsVersion::Ssl2 || !usesNamedGroups(it.key(), *it))
            continue;
        const QStringList groups = groupsSeen(*it);
        if (groups.isEmpty())
            undecided << tlsVersionName(it.key());
        for (const QString &g : groups) {
            seen << g;
            if (!allowed.contains(g))
                others << Tr::tr("%1 %2").arg(tlsVersionName(it.key()), g);
        }
    }
    if (!others.isEmpty())
        return {Verdict::Fail,
                {{QStringLiteral("group"), Tr::tr("accepts groups not on the list: %1").arg(firstOf(others, 6))}},
                {}};
    if (!undecided.isEmpty())
        return {Verdict::Incomplete,
                {{QStringLiteral("group"), Tr::tr("groups not decided for %1").arg(undecided.join(u", "))}},
                {}};
    seen.removeDuplicates();
    return {Verdict::Pass,
            {{QStringLiteral("group"), seen.isEmpty() ? Tr::tr("no named-group key exchange accepted")
                                                      : Tr::tr("accepts %1").arg(seen.join(u", "))}},
            {}};
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

// Every suite accepted in every version the probe decided, and the versions it could not decide.
struct AcceptedSuite
{
    TlsVersion version;
    QString name;
    const CipherSuiteEntry *entry; // nullptr: SSL 2.0 spec, or a code point the catalog cannot name
};

struct AcceptedSuites
{
    QList<AcceptedSuite> suites;
    QStringList undecided; // versions undecided, or accepted without their suites listed
};

AcceptedSuites acceptedSuites(const EndpointResult &r)
{
    AcceptedSuites a;
    for (auto it = r.versions.cbegin(); it != r.versions.cend(); ++it) {
        if (!it->accepted.has_value() || (*it->accepted && it->cipherSuites.isEmpty()))
            a.undecided << tlsVersionName(it.key());
        if (!it->accepted.value_or(false))
            continue;
        for (const QString &suite : it->cipherSuites)
            a.suites.append({it.key(), suite, it.key() == TlsVersion::Ssl2 ? nullptr : cipherSuiteByName(suite)});
    }
    return a;
}

QString suiteText(const AcceptedSuite &s)
{
    return Tr::tr("%1 %2").arg(tlsVersionName(s.version), s.name);
}

QString countedSuites(qsizetype n)
{
    return n == 1 ? Tr::tr("1 suite") : Tr::tr("%1 suites").arg(n);
}

// The end of a suite check: pass with what passed, or incomplete when a version hides its suites.
Outcome passOrIncomplete(const AcceptedSuites &a, const QString &passed)
{
    if (!a.undecided.isEmpty())
        return {Verdict::Incomplete,
                {{QStringLiteral("version"), Tr::tr("suites not decided for %1").arg(a.undecided.join(u", "))}},
                {}};
    return {Verdict::Pass, {{QStringLiteral("suite"), passed}}, {}};
}

Outcome suitesAllowed(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const AcceptedSuites a = acceptedSuites(*in.result);
    const QSet<quint16> allowed = suitesOf(in.rule.params.value(QLatin1StringView("suites")));
    QStringList others;
    for (const AcceptedSuite &s : a.suites) {
        if (!s.entry || !allowed.contains(s.entry->code))
            others << suiteText(s);
    }
    if (!others.isEmpty())
        return {Verdict::Fail,
                {{QStringLiteral("suite"), Tr::tr("accepts %1 not on the list: %2")
                                               .arg(countedSuites(others.size()), firstOf(others, 6))}},
                {}};
    return passOrIncomplete(a, Tr::tr("every accepted suite is on the list (%1)").arg(countedSuites(a.suites.size())));
}

// Ordered weakest first.
int strengthRank(CipherStrength strength)
{
    switch (strength) {
    case CipherStrength::Insecure:
    case CipherStrength::Signalling: return 0;
    case CipherStrength::Weak: return 1;
    case CipherStrength::Secure: return 2;
    case CipherStrength::Recommended: return 3;
    }
    return 0;
}

// A spec or code point the catalog cannot vouch for counts as insecure.
int strengthRank(const CipherSuiteEntry *e)
{
    return e ? strengthRank(e->strength) : 0;
}

Outcome suitesMinStrength(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const AcceptedSuites a = acceptedSuites(*in.result);
    const QString minKey = in.rule.params.value(QLatin1StringView("strength")).toString();
    const int minimum = strengthRank(cipherStrengthFromKey(minKey).value());
    QStringList below;
    for (const AcceptedSuite &s : a.suites) {
        if (strengthRank(s.entry) < minimum)
            below << Tr::tr("%1 (%2)").arg(suiteText(s), s.entry ? cipherStrengthKey(s.entry->strength)
                                                                 : QStringLiteral("insecure"));
    }
    if (!below.isEmpty())
        return {Verdict::Fail,
                {{QStringLiteral("suite"), Tr::tr("accepts %1 below %2: %3")
                                               .arg(countedSuites(below.size()), minKey, firstOf(below, 5))}},
                {}};
    return passOrIncomplete(a, Tr::tr("no accepted suite below %1").arg(minKey));
}

// A class-based check's classes: each listed item's class, the class of the
// rest, and the severity of each class that is a finding.
struct Classes
{
    QHash<QString, QString> byItem; // version name or suite code (as text) -> class
    QString otherwise;
    QMap<QString, Severity> severity;

    Classes(const QJsonObject &params, bool suites)
        : otherwise(params.value(QLatin1StringView("otherwise")).toString())
    {
        const QJsonObject classes = params.value(QLatin1StringView("classes")).toObject();
        for (auto it = classes.begin(); it != classes.end(); ++it) {
            for (const QJsonValue &n : it.value().toArray())
                byItem.insert(suites ? QString::number(cipherSuiteByName(n.toString())->code) : n.toString(), it.key());
        }
        const QJsonObject sev = params.value(QLatin1StringView("class_severity")).toObject();
        for (auto it = sev.begin(); it != sev.end(); ++it)
            severity.insert(it.key(), severityFromKey(it.value().toString()).value());
    }

    QString classOf(const QString &item) const { return byItem.value(item, otherwise); }
};

// Fails with the worst class's severity; evidence per class found, the worst first.
Outcome classified(const Classes &classes, const QMap<QString, QStringList> &found, const QString &kind)
{
    QStringList bad;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (classes.severity.contains(it.key()))
            bad << it.key();
    }
    std::stable_sort(bad.begin(), bad.end(), [&](const QString &a, const QString &b) {
        return classes.severity.value(a) > classes.severity.value(b);
    });
    if (bad.isEmpty())
        return {Verdict::Pass, {}, {}};
    Outcome o{Verdict::Fail, {}, classes.severity.value(bad.constFirst())};
    for (const QString &c : bad)
        o.evidence.append({kind, Tr::tr("%1: %2").arg(c, firstOf(found.value(c), 5))});
    return o;
}

Outcome suitesClassified(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const AcceptedSuites a = acceptedSuites(*in.result);
    const Classes classes(in.rule.params, true);
    QMap<QString, QStringList> found;
    for (const AcceptedSuite &s : a.suites)
        found[s.entry ? classes.classOf(QString::number(s.entry->code)) : classes.otherwise] << suiteText(s);
    const Outcome o = classified(classes, found, QStringLiteral("suite"));
    if (o.verdict == Verdict::Fail)
        return o;
    return passOrIncomplete(a, Tr::tr("accepted suites' classes: %1").arg(found.keys().join(u", ")));
}

Outcome versionsClassified(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    const Classes classes(in.rule.params, false);
    QMap<QString, QStringList> found;
    bool undecided = false;
    for (auto it = r.versions.cbegin(); it != r.versions.cend(); ++it) {
        const QString name = tlsVersionName(it.key());
        if (it->accepted.value_or(false))
            found[classes.classOf(name)] << name;
        else if (!it->accepted.has_value() && classes.severity.contains(classes.classOf(name)))
            undecided = true;
    }
    Outcome o = classified(classes, found, QStringLiteral("version"));
    if (o.verdict == Verdict::Pass && undecided)
        return {Verdict::Incomplete, {{QStringLiteral("version"), Tr::tr("a version to judge was not decided")}}, {}};
    if (o.verdict == Verdict::Pass)
        o.evidence.append({QStringLiteral("version"), Tr::tr("accepts %1").arg(acceptedVersions(r).join(u", "))});
    return o;
}

Outcome certificateKey(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    if (!r.certificate || r.certificate->keyType.isEmpty() || r.certificate->keyBits <= 0)
        return {Verdict::Incomplete, {{QStringLiteral("certificate"), Tr::tr("no certificate key was read")}}, {}};
    const CertificateInfo &c = *r.certificate;
    const QJsonObject types = in.rule.params.value(QLatin1StringView("types")).toObject();
    const QString key = Tr::tr("%1 key of %2 bits").arg(c.keyType).arg(c.keyBits);
    if (!types.contains(c.keyType))
        return {Verdict::Fail,
                {{QStringLiteral("certificate"), Tr::tr("%1; allowed: %2").arg(key, types.keys().join(u", "))}},
                {}};
    const int minimum = types.value(c.keyType).toInt();
    if (c.keyBits < minimum)
        return {Verdict::Fail,
                {{QStringLiteral("certificate"), Tr::tr("%1; at least %2 wanted").arg(key).arg(minimum)}},
                {}};
    return {Verdict::Pass, {{QStringLiteral("certificate"), key}}, {}};
}

// A suite with an ephemeral finite-field Diffie-Hellman key (DHE, DHE_PSK, anonymous DH).
bool finiteFieldEphemeral(const CipherSuiteEntry *e)
{
    return e && e->forwardSecret && e->family == CipherFamily::Tls &&
           (e->keyExchange == QLatin1StringView("DHE") || e->keyExchange == QLatin1StringView("DHE_PSK") ||
            e->keyExchange == QLatin1StringView("DH"));
}

Outcome dhMinBits(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    const AcceptedSuites a = acceptedSuites(r);
    const int minimum = in.rule.params.value(QLatin1StringView("bits")).toInt();
    QStringList small;
    QStringList unknown;
    int dhe = 0;
    for (const AcceptedSuite &s : a.suites) {
        if (!finiteFieldEphemeral(s.entry))
            continue;
        ++dhe;
        const int bits = r.versions.value(s.version).keyExchange.value(s.name).bits;
        if (bits <= 0)
            unknown << suiteText(s);
        else if (bits < minimum)
            small << Tr::tr("%1 (DH %2 bits)").arg(suiteText(s)).arg(bits);
    }
    if (!small.isEmpty())
        return {Verdict::Fail,
                {{QStringLiteral("suite"), Tr::tr("Diffie-Hellman under %1 bits: %2").arg(minimum).arg(firstOf(small, 4))}},
                {}};
    if (!unknown.isEmpty())
        return {Verdict::Incomplete,
                {{QStringLiteral("suite"), Tr::tr("DH size not read for %1").arg(firstOf(unknown, 4))}},
                {}};
    return passOrIncomplete(a, dhe ? Tr::tr("every DHE key has %1 bits or more").arg(minimum)
                                   : Tr::tr("no finite-field DHE suite accepted"));
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
    QMap<std::pair<QString, QString>, qsizetype> byRuleEndpoint; // (rule, endpoint) -> results index
    for (const Rule &rule : profile.rules) {
        const Check check = checkNamed(rule.check);
        for (const Link &link : ws.links) {
            if (!rule.appliesTo.contains(link.kind))
                continue;
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
        const int measure = measureForLinkKind(link.kind);
        e.linksInScope[measure] += 1;
        if (!unprotected.contains(link.id))
            e.linksProtected[measure] += 1;
    }
    return e;
}

} // namespace mailtls
