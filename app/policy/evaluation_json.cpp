#include "app/policy/evaluation_json.h"

#include <QJsonArray>

namespace mailtls {

QJsonObject ruleResultToJson(const RuleResult &result, const Rule &rule)
{
    QJsonObject o;
    o.insert(QLatin1StringView("rule"), result.ruleId);
    o.insert(QLatin1StringView("measure"), result.measure);
    o.insert(QLatin1StringView("title"), rule.title.text());
    o.insert(QLatin1StringView("verdict"), verdictKey(result.verdict));
    o.insert(QLatin1StringView("severity"), severityKey(result.severity));
    o.insert(QLatin1StringView("endpoint"), result.endpoint);
    o.insert(QLatin1StringView("links"), QJsonArray::fromStringList(result.links));
    QJsonArray evidence;
    for (const Evidence &e : result.evidence) {
        QJsonObject eo;
        eo.insert(QLatin1StringView("kind"), e.kind);
        eo.insert(QLatin1StringView("detail"), e.detail);
        evidence.append(eo);
    }
    o.insert(QLatin1StringView("evidence"), evidence);
    o.insert(QLatin1StringView("rationale"), rule.rationale.text());
    o.insert(QLatin1StringView("references"), QJsonArray::fromStringList(rule.references));
    return o;
}

QJsonObject measuresToJson(const Evaluation &evaluation)
{
    QJsonObject measures;
    for (auto it = evaluation.linksInScope.cbegin(); it != evaluation.linksInScope.cend(); ++it) {
        QJsonObject m;
        m.insert(QLatin1StringView("links"), it.value());
        m.insert(QLatin1StringView("protected"), evaluation.linksProtected.value(it.key()));
        measures.insert(QString::number(it.key()), m);
    }
    return measures;
}

QJsonObject profileSummaryToJson(const Profile &profile)
{
    QJsonObject o;
    o.insert(QLatin1StringView("id"), profile.id);
    o.insert(QLatin1StringView("version"), profile.version);
    o.insert(QLatin1StringView("title"), profile.title.text());
    o.insert(QLatin1StringView("rules"), static_cast<int>(profile.rules.size()));
    o.insert(QLatin1StringView("source"), profile.source);
    return o;
}

} // namespace mailtls
