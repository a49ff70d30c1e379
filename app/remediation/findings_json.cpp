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

QJsonObject checklistToJson(const QString &workspace, qint64 run, const Profile &profile,
                            const QList<ChecklistItem> &items, const QList<TrackedItem> &verified)
{
    QJsonObject root;
    root.insert(QLatin1StringView("workspace"), workspace);
    root.insert(QLatin1StringView("run"), run);
    root.insert(QLatin1StringView("profile"), profile.id);
    root.insert(QLatin1StringView("profile_version"), profile.version);
    QJsonArray open;
    for (const ChecklistItem &i : items) {
        QJsonObject o;
        o.insert(QLatin1StringView("rule"), i.finding.ruleId);
        o.insert(QLatin1StringView("endpoint"), i.finding.endpoint);
        o.insert(QLatin1StringView("severity"), severityKey(i.finding.severity));
        o.insert(QLatin1StringView("links"), QJsonArray::fromStringList(i.finding.links));
        o.insert(QLatin1StringView("software"), softwareKey(i.software.software));
        o.insert(QLatin1StringView("confidence"), confidenceKey(i.software.confidence));
        o.insert(QLatin1StringView("remedy"), i.remedy ? QJsonValue(i.remedy->software) : QJsonValue());
        if (i.remedy) {
            o.insert(QLatin1StringView("importance"), severityKey(i.remedy->importance));
            o.insert(QLatin1StringView("effort"), i.remedy->effort);
            QJsonArray steps;
            for (const RemedyStep &s : i.remedy->steps)
                steps.append(s.text.text());
            o.insert(QLatin1StringView("steps"), steps);
            o.insert(QLatin1StringView("verify"), i.verify);
        }
        o.insert(QLatin1StringView("state"), i.state ? QJsonValue(itemStateKey(*i.state)) : QJsonValue());
        o.insert(QLatin1StringView("regressions"), i.regressions);
        if (!i.note.isEmpty())
            o.insert(QLatin1StringView("note"), i.note);
        if (i.acceptance)
            o.insert(QLatin1StringView("accepted_risk"), riskAcceptanceToJson(*i.acceptance, i.acceptanceLapsed));
        if (i.dane)
            o.insert(QLatin1StringView("dane_warning"), daneWarningToJson(*i.dane));
        open.append(o);
    }
    root.insert(QLatin1StringView("items"), open);
    QJsonArray done;
    for (const TrackedItem &t : verified)
        done.append(QJsonObject{{QLatin1StringView("rule"), t.rule},
                                {QLatin1StringView("endpoint"), t.endpoint},
                                {QLatin1StringView("verified_run"), t.verifiedRun}});
    root.insert(QLatin1StringView("verified"), done);
    return root;
}

} // namespace mailtls
