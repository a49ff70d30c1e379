// The checks of TLS parameters (policy_check.h): the suites accepted, against a
// list, a catalog strength class or classes of a guideline; the versions by
// class; the certificate's key; the DH prime; the named groups. Every suite is
// judged through the cipher suite catalog, by code point and class, never by
// matching names.

#include "app/policy/policy_check.h"

#include "probes/tls/cipher_registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace mailtls::policy_check {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

// A parameter's suites, by code point (the loader checked every name against the catalog).
QSet<quint16> suitesOf(const QJsonValue &names)
{
    QSet<quint16> codes;
    for (const QJsonValue &name : names.toArray())
        codes.insert(cipherSuiteByName(name.toString())->code);
    return codes;
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

} // namespace

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

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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

namespace {

// A suite with an ephemeral finite-field Diffie-Hellman key (DHE, DHE_PSK, anonymous DH).
bool finiteFieldEphemeral(const CipherSuiteEntry *e)
{
    return e && e->forwardSecret && e->family == CipherFamily::Tls &&
           (e->keyExchange == QLatin1StringView("DHE") || e->keyExchange == QLatin1StringView("DHE_PSK") ||
            e->keyExchange == QLatin1StringView("DH"));
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

namespace {

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
