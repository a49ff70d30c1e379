// The check of what real messages showed (policy_check.h): the latest message
// on a link crossed it in cleartext (observations recorded by path --record).

#include "app/policy/policy_check.h"

#include <QCoreApplication>

namespace mailtls::policy_check {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

} // namespace

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

} // namespace mailtls::policy_check
