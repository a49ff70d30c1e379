// The checks of protocol versions (policy_check.h): TLS offered at all, versions
// refused or supported, versions by a guideline's classes.

#include "app/policy/policy_check.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailtls::policy_check {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

QString capabilityEvidence(const EndpointResult &r)
{
    if (r.cleartext.capabilities.isEmpty())
        return {};
    return Tr::tr("offered before TLS: %1").arg(r.cleartext.capabilities.join(QLatin1Char(' ')));
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

} // namespace

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
                                                         .arg(probeStatusLabel(r.status))});
    }
    return o;
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

} // namespace mailtls::policy_check
