// The checks of key exchange (policy_check.h): the finite-field Diffie-Hellman
// prime of DHE suites, and the named groups accepted. Suites are recognised
// through the cipher suite catalog, by key exchange, never by name.

#include "app/policy/policy_check.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailtls::policy_check {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

// A suite with an ephemeral finite-field Diffie-Hellman key (DHE, DHE_PSK, anonymous DH).
bool finiteFieldEphemeral(const CipherSuiteEntry *e)
{
    return e && e->forwardSecret && e->family == CipherFamily::Tls &&
           (e->keyExchange == QLatin1StringView("DHE") || e->keyExchange == QLatin1StringView("DHE_PSK") ||
            e->keyExchange == QLatin1StringView("DH"));
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

} // namespace

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

} // namespace mailtls::policy_check
