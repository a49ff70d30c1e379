#include "app/remediation/findings_json.h"

#include "app/policy/evaluation_json.h"

#include <QJsonArray>

namespace mailtls {

QJsonObject riskAcceptanceToJson(const RiskAcceptance &acceptance, bool lapsed)
{
    QJsonObject o;
    o.insert(QLatin1StringView("owner"), acceptance.owner);
    o.insert(QLatin1StringView("justification"), acceptance.justification);
    o.insert(QLatin1StringView("expires"), acceptance.expires.toString(Qt::ISODate));
    o.insert(QLatin1StringView("lapsed"), lapsed);
    return o;
}

QJsonObject findingsToJson(const QString &workspace, qint64 run, const Profile &profile,
                           const Evaluation &evaluation, const QList<TriagedFinding> &triaged)
{
    QHash<QString, const TriagedFinding *> byKey;
    for (const TriagedFinding &t : triaged)
        byKey.insert(t.finding.ruleId + u'@' + t.finding.endpoint, &t);
    QJsonObject root;
    root.insert(QLatin1StringView("workspace"), workspace);
    root.insert(QLatin1StringView("run"), run);
    root.insert(QLatin1StringView("profile"), profile.id);
    root.insert(QLatin1StringView("profile_version"), profile.version);
    root.insert(QLatin1StringView("measures"), measuresToJson(evaluation));
    QJsonArray all;
    for (const RuleResult &r : evaluation.results) {
        QJsonObject o = ruleResultToJson(r, *profile.rule(r.ruleId));
        if (const TriagedFinding *t = byKey.value(r.ruleId + u'@' + r.endpoint); t && t->acceptance)
            o.insert(QLatin1StringView("accepted_risk"), riskAcceptanceToJson(*t->acceptance, t->expired));
        all.append(o);
    }
    root.insert(QLatin1StringView("results"), all);
    return root;
}

} // namespace mailtls
