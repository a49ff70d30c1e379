#include "app/core/remediation.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Remediation)
};

LocalizedText readText(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {o.value(QLatin1StringView("en")).toString(), o.value(QLatin1StringView("ja")).toString()};
}

// CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

// Markdown: what servers sent (and names people typed) is shown as text, never as markup or HTML.
QString markdownText(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|!");
    QString out;
    for (const QChar c : text) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString fenced(const QString &code)
{
    // A fence longer than any run of backticks in the text.
    QString fence = QStringLiteral("```");
    while (code.contains(fence))
        fence += u'`';
    return fence + u'\n' + code + u'\n' + fence + u'\n';
}

} // namespace

RemediationReadResult parseRemediation(const QByteArray &json, const QString &sourceName)
{
    RemediationReadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = sourceName + QStringLiteral(": ") + parseError.errorString();
        return result;
    }
    const QJsonArray remedies = doc.object().value(QLatin1StringView("remedies")).toArray();
    for (qsizetype i = 0; i < remedies.size(); ++i) {
        const QString path = QStringLiteral("%1: remedies[%2]").arg(sourceName).arg(i);
        const QJsonObject o = remedies.at(i).toObject();
        Remedy r;
        for (const QJsonValue &id : o.value(QLatin1StringView("rules")).toArray())
            r.rules << id.toString();
        r.software = o.value(QLatin1StringView("software")).toString();
        const auto importance = severityFromKey(o.value(QLatin1StringView("importance")).toString());
        r.effort = o.value(QLatin1StringView("effort")).toString();
        r.verify = o.value(QLatin1StringView("verify")).toString();
        for (const QJsonValue &sv : o.value(QLatin1StringView("steps")).toArray()) {
            const QJsonObject s = sv.toObject();
            r.steps.append({readText(s.value(QLatin1StringView("text"))), s.value(QLatin1StringView("file")).toString(),
                            s.value(QLatin1StringView("config")).toString(),
                            s.value(QLatin1StringView("command")).toString()});
        }
        QString problem;
        if (r.rules.isEmpty())
            problem = Tr::tr("names no rule");
        else if (r.software != QLatin1StringView("*") && softwareKey(softwareFromText(r.software).value_or(Software::Unknown)) != r.software)
            problem = Tr::tr("unknown software '%1'").arg(r.software);
        else if (!importance)
            problem = Tr::tr("unknown importance '%1'").arg(o.value(QLatin1StringView("importance")).toString());
        else if (r.steps.isEmpty())
            problem = Tr::tr("has no steps");
        for (const RemedyStep &s : std::as_const(r.steps)) {
            if (problem.isEmpty() && (s.text.en.isEmpty() || s.text.ja.isEmpty()))
                problem = Tr::tr("a step lacks its English or Japanese text");
        }
        if (!problem.isEmpty()) {
            result.error = path + QStringLiteral(": ") + problem;
            result.remedies.clear();
            return result;
        }
        r.importance = *importance;
        result.remedies.append(r);
    }
    return result;
}

const QList<Remedy> &builtinRemedies()
{
    static const QList<Remedy> remedies = [] {
        QFile f(QStringLiteral(":/remediation/remediation.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing compiled-in remediation knowledge");
        const RemediationReadResult r = parseRemediation(f.readAll(), f.fileName());
        if (!r.error.isEmpty())
            qFatal("%s", qPrintable(r.error)); // compiled-in data is tested; never ship a broken one
        return r.remedies;
    }();
    return remedies;
}

const Remedy *remedyFor(const QList<Remedy> &remedies, QStringView ruleId, Software software)
{
    const QString key = softwareKey(software);
    for (const Remedy &r : remedies) {
        if (r.software == key && r.rules.contains(ruleId))
            return &r;
    }
    for (const Remedy &r : remedies) {
        if (r.software == QLatin1StringView("*") && r.rules.contains(ruleId))
            return &r;
    }
    return nullptr;
}

QList<ChecklistItem> buildChecklist(const Evaluation &evaluation, const Workspace &ws,
                                    const QHash<QString, EndpointResult> &results)
{
    QList<ChecklistItem> items;
    for (const RuleResult &f : evaluation.findings()) {
        ChecklistItem item;
        item.finding = f;
        const auto ref = EndpointRef::parse(f.endpoint);
        const Host *host = ref ? ws.host(ref->hostId) : nullptr;
        const EndpointResult result = results.value(f.endpoint);
        item.software = fingerprint(result, host ? host->software : QString());
        // A rule of another profile names the baseline rule whose remedy fixes it.
        item.remedy = remedyFor(builtinRemedies(), f.remedyRule.isEmpty() ? f.ruleId : f.remedyRule,
                                item.software.software);
        if (item.remedy) {
            item.verify = QString(item.remedy->verify)
                              .replace(QStringLiteral("{host}"), result.target.host)
                              .replace(QStringLiteral("{port}"), QString::number(result.target.port))
                              .replace(QStringLiteral("{url}"), result.target.url())
                              .replace(QStringLiteral("{workspace}"), ws.name);
        }
        items.append(item);
    }
    return items;
}

void writeChecklistMarkdown(QIODevice &out, const QList<ChecklistItem> &items, const Profile &profile,
                            const QString &title)
{
    QString md = QStringLiteral("# ") + markdownText(title) + QStringLiteral("\n\n");
    md += Tr::tr("%n item(s), profile %1 %2.", nullptr, static_cast<int>(items.size()))
              .arg(profile.title.text(), profile.version) +
          QStringLiteral("\n\n");
    int n = 0;
    for (const ChecklistItem &item : items) {
        const Rule *rule = profile.rule(item.finding.ruleId);
        md += QStringLiteral("## %1. [%2] %3 %4\n\n")
                  .arg(++n)
                  .arg(severityLabel(item.finding.severity).toUpper(), item.finding.ruleId,
                       rule ? rule->title.text() : QString());
        md += QStringLiteral("- ") + Tr::tr("Endpoint: %1 (%2)").arg(markdownText(item.finding.endpoint),
                                                                     markdownText(item.finding.links.join(u", "))) +
              u'\n';
        md += QStringLiteral("- ") + Tr::tr("Software: %1, %2").arg(softwareLabel(item.software.software),
                                                                    confidenceLabel(item.software.confidence)) +
              u'\n';
        for (const Evidence &e : item.finding.evidence)
            md += QStringLiteral("- ") + Tr::tr("Evidence: %1").arg(markdownText(e.detail)) + u'\n';
        if (item.remedy) {
            md += QStringLiteral("- ") + Tr::tr("Importance: %1; effort: %2")
                                             .arg(severityLabel(item.remedy->importance), item.remedy->effort) +
                  QStringLiteral("\n\n");
            int s = 0;
            for (const RemedyStep &step : item.remedy->steps) {
                md += QStringLiteral("%1. ").arg(++s) + step.text.text();
                if (!step.file.isEmpty())
                    md += QStringLiteral(" (`") + step.file + QStringLiteral("`)");
                md += QStringLiteral("\n\n");
                if (!step.config.isEmpty())
                    md += fenced(step.config) + u'\n';
                if (!step.command.isEmpty())
                    md += fenced(step.command) + u'\n';
            }
            md += Tr::tr("Verify:") + u'\n' + fenced(item.verify) + u'\n';
        }
    }
    out.write(md.toUtf8());
}

void writeChecklistCsv(QIODevice &out, const QList<ChecklistItem> &items, const Profile &profile)
{
    QStringList lines{QStringLiteral("rule,severity,endpoint,links,software,confidence,title,evidence,steps,verify")};
    for (const ChecklistItem &item : items) {
        const Rule *rule = profile.rule(item.finding.ruleId);
        QStringList evidence;
        for (const Evidence &e : item.finding.evidence)
            evidence << e.detail;
        QStringList steps;
        if (item.remedy) {
            for (const RemedyStep &s : item.remedy->steps)
                steps << QStringList{s.text.text(), s.file, s.config, s.command}.join(u'\n').trimmed();
        }
        QStringList fields{item.finding.ruleId,
                             severityKey(item.finding.severity),
                             item.finding.endpoint,
                             item.finding.links.join(u' '),
                             softwareKey(item.software.software),
                             confidenceKey(item.software.confidence),
                             rule ? rule->title.text() : QString(),
                             evidence.join(u'\n'),
                             steps.join(QStringLiteral("\n\n")),
                             item.verify};
        for (QString &f : fields)
            f = csvField(f);
        lines << fields.join(u',');
    }
    QString text;
    for (const QString &line : std::as_const(lines))
        text += line + QStringLiteral("\r\n");
    out.write(text.toUtf8());
}

} // namespace mailtls
