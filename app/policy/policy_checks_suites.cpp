// The checks of cipher suites (policy_check.h): forward secrecy, the suites
// accepted against a list, a catalog strength class or classes of a guideline.
// Every suite is judged through the cipher suite catalog, by code point and
// class, never by matching names.

#include "app/policy/policy_check.h"

#include <QCoreApplication>
#include <QJsonArray>
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
        return passOrIncomplete(acceptedSuites(r), Tr::tr("every accepted suite has forward secrecy"));
    return o;
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

} // namespace mailtls::policy_check
