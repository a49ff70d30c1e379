// The helpers the policy checks share (policy_check.h): whether an endpoint
// could be asked at all, what it accepted, and the suites and classes that
// several families of checks judge.

#include "app/policy/policy_check.h"

#include "probes/tls/cipher_registry.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailtls::policy_check {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

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
                         QStringLiteral("%1: %2").arg(probeStatusLabel(r->status), r->error)}},
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

AcceptedSuites acceptedSuites(const EndpointResult &r)
{
    AcceptedSuites a;
    for (auto it = r.versions.cbegin(); it != r.versions.cend(); ++it) {
        // Undecided, or accepted with a suite list that is empty or was cut short.
        if (!it->accepted.has_value() || (*it->accepted && (it->cipherSuites.isEmpty() || !it->suitesComplete)))
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

Classes::Classes(const QJsonObject &params, bool suites)
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

} // namespace mailtls::policy_check
