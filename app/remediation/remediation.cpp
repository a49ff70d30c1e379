#include "app/remediation/remediation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

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
// A field a spreadsheet would take for a formula (a server's text starting
// with = + - @) is kept as text by a leading apostrophe.
QString csvField(const QString &text)
{
    QString field = text;
    if (!field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front()))
        field.prepend(u'\'');
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    return u'"' + field.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
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

// The first {name} in a verify command that buildChecklist() does not fill in; empty when none.
QString unknownPlaceholder(const QString &command)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_]+)\\}"));
    static const QStringList known{QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("url"),
                                   QStringLiteral("workspace")};
    for (auto it = placeholder.globalMatch(command); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!known.contains(name))
            return u'{' + name + u'}';
    }
    return {};
}

} // namespace

QStringList remedyConfigFormats()
{
    return {QStringLiteral("postfix-main"), QStringLiteral("postfix-master"), QStringLiteral("dovecot"),
            QStringLiteral("nginx")};
}

QStringList remedyNginxContexts() { return {QStringLiteral("http"), QStringLiteral("server")}; }

QStringList remedyActions() { return {QStringLiteral("install-certificate")}; }

QString effortLabel(const QString &effort)
{
    if (effort == u"low")
        return Tr::tr("low", "effort");
    if (effort == u"medium")
        return Tr::tr("medium", "effort");
    if (effort == u"high")
        return Tr::tr("high", "effort");
    return effort;
}

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
        QString problem;
        for (const QJsonValue &sv : o.value(QLatin1StringView("steps")).toArray()) {
            const QJsonObject s = sv.toObject();
            RemedyStep step{readText(s.value(QLatin1StringView("text"))), s.value(QLatin1StringView("file")).toString(),
                            s.value(QLatin1StringView("config")).toString(),
                            s.value(QLatin1StringView("command")).toString(),
                            s.value(QLatin1StringView("format")).toString(),
                            s.value(QLatin1StringView("context")).toString(),
                            s.value(QLatin1StringView("action")).toString(),
                            false};
            const QString on = s.value(QLatin1StringView("on")).toString();
            step.onSender = on == QLatin1StringView("sender");
            if (!problem.isEmpty())
                continue;
            if (!on.isEmpty() && on != QLatin1StringView("endpoint") && !step.onSender)
                problem = Tr::tr("a step is on unknown side '%1'").arg(on);
            else if (!step.format.isEmpty() && !remedyConfigFormats().contains(step.format))
                problem = Tr::tr("a step has unknown config format '%1'").arg(step.format);
            else if (!step.format.isEmpty() && step.config.isEmpty())
                problem = Tr::tr("a step has a config format but no config");
            else if (step.format == QLatin1StringView("nginx") && !remedyNginxContexts().contains(step.context))
                problem = Tr::tr("an nginx step has unknown context '%1'").arg(step.context);
            else if (step.format != QLatin1StringView("nginx") && !step.context.isEmpty())
                problem = Tr::tr("only nginx steps have a context");
            else if (!step.action.isEmpty() && !remedyActions().contains(step.action))
                problem = Tr::tr("a step has unknown action '%1'").arg(step.action);
            r.steps.append(step);
        }
        if (problem.isEmpty()) { // a step's own problem comes first
            if (r.rules.isEmpty())
                problem = Tr::tr("names no rule");
            else if (r.software != QLatin1StringView("*") && !softwareFromKey(r.software))
                problem = Tr::tr("unknown software '%1'").arg(r.software);
            else if (!importance)
                problem = Tr::tr("unknown importance '%1'").arg(o.value(QLatin1StringView("importance")).toString());
            else if (r.effort != u"low" && r.effort != u"medium" && r.effort != u"high")
                problem = Tr::tr("unknown effort '%1' (low, medium or high)").arg(r.effort);
            else if (r.steps.isEmpty())
                problem = Tr::tr("has no steps");
        }
        for (const RemedyStep &s : std::as_const(r.steps)) {
            if (problem.isEmpty() && (s.text.en.isEmpty() || s.text.ja.isEmpty()))
                problem = Tr::tr("a step lacks its English or Japanese text");
        }
        if (problem.isEmpty() && r.verify.isEmpty())
            problem = Tr::tr("has no verify command");
        if (const QString unknown = unknownPlaceholder(r.verify); problem.isEmpty() && !unknown.isEmpty())
            problem = Tr::tr("the verify command names an unknown placeholder '%1'").arg(unknown);
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

RemediationReadResult loadRemediationFiles(const QString &directory)
{
    RemediationReadResult result;
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        result.error = Tr::tr("%1: no remediation files").arg(directory);
        return result;
    }
    // Which software already has a remedy for which rule: a second one would never be picked.
    QHash<QString, QString> fileOf;
    for (const QString &name : names) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            result = {{}, Tr::tr("%1: cannot be read").arg(name)};
            return result;
        }
        const RemediationReadResult one = parseRemediation(f.readAll(), name);
        if (!one.error.isEmpty()) {
            result = {{}, one.error};
            return result;
        }
        for (qsizetype i = 0; i < one.remedies.size(); ++i) {
            const Remedy &r = one.remedies.at(i);
            for (const QString &rule : r.rules) {
                const QString key = r.software + u' ' + rule;
                if (const auto it = fileOf.constFind(key); it != fileOf.cend()) {
                    result = {{},
                              QStringLiteral("%1: remedies[%2]: ").arg(name).arg(i) +
                                  Tr::tr("a second remedy for %1 on '%2' (the first is in %3)").arg(rule, r.software, *it)};
                    return result;
                }
                fileOf.insert(key, name);
            }
        }
        result.remedies += one.remedies;
    }
    return result;
}

const QList<Remedy> &builtinRemedies()
{
    static const QList<Remedy> remedies = [] {
        const RemediationReadResult r = loadRemediationFiles(QStringLiteral(":/remediation"));
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

bool replacesCertificate(const Remedy &remedy)
{
    return std::any_of(remedy.steps.cbegin(), remedy.steps.cend(), [](const RemedyStep &s) {
        return s.action == QLatin1StringView("install-certificate") && !s.onSender;
    });
}

namespace {

// What the finding asks of the key: a rule on the key's type or size, or the
// certificate check failing on an RSA key under 2048 bits (its weak-key
// problem, policy_checks_certificate.cpp), is fixed only by a new key.
KeyChange keyChangeFor(const Rule *rule, const EndpointResult &result)
{
    if (!rule)
        return KeyChange::MayKeep;
    if (rule->check == QLatin1StringView("certificate_key"))
        return KeyChange::New;
    if (rule->check == QLatin1StringView("certificate") && result.certificate) {
        const CertificateInfo &c = *result.certificate;
        if (c.keyType == QLatin1StringView("RSA") && c.keyBits > 0 && c.keyBits < 2048)
            return KeyChange::New;
    }
    return KeyChange::MayKeep;
}

// The DANE warning for replacing the certificate of the endpoint: in every
// domain whose MX the host is, when DANE senders check that certificate
// (the endpoint is the MX's port 25, or serves the certificate seen there).
std::optional<DaneWarning> daneWarningOf(const EndpointRef &ref, const EndpointResult &result, const Host *host,
                                         const DomainDefences &domains,
                                         const QHash<QString, EndpointResult> &results, KeyChange keyChange)
{
    if (!host || host->name.isEmpty())
        return std::nullopt;
    std::optional<DaneWarning> out;
    for (const DomainDefences::ForHost &f : domains.forHost(host->name)) {
        const EndpointResult *smtp = nullptr;
        for (const EndpointResult &r : results) {
            if (f.mx->endpoints.contains(r.target.url())) {
                smtp = &r;
                break;
            }
        }
        const CertificateInfo *seen = smtp && smtp->certificate ? &*smtp->certificate : nullptr;
        const bool port25 = (ref.protocol == Protocol::Smtp && ref.port == 25) ||
                            (!result.target.host.isEmpty() && f.mx->endpoints.contains(result.target.url()));
        const bool sameCertificate = seen && result.certificate &&
                                     seen->sha256Fingerprint == result.certificate->sha256Fingerprint;
        if (!port25 && !sameCertificate)
            continue;
        if (!out) {
            out = daneWarningFor(f.mx->dane, keyChange, seen);
            if (!out)
                continue;
        }
        out->domains << f.domain->check.domain;
    }
    return out;
}

} // namespace

QList<ChecklistItem> buildChecklist(const Evaluation &evaluation, const Workspace &ws,
                                    const QHash<QString, EndpointResult> &results, const DomainDefences *domains)
{
    const std::optional<Profile> profile = builtinProfile(evaluation.profileId);
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
        if (item.remedy && ref && domains && replacesCertificate(*item.remedy))
            item.dane = daneWarningOf(*ref, result, host, *domains, results,
                                      keyChangeFor(profile ? profile->rule(f.ruleId) : nullptr, result));
        items.append(item);
    }
    return items;
}

void attachTracking(QList<ChecklistItem> &items, const QString &profileId, const QList<TrackedItem> &tracked,
                    const QList<RiskAcceptance> &register_, QDate today)
{
    QHash<QString, const TrackedItem *> byKey;
    for (const TrackedItem &t : tracked) {
        if (t.profile == profileId)
            byKey.insert(t.key(), &t);
    }
    for (ChecklistItem &item : items) {
        if (const TrackedItem *t = byKey.value(item.finding.ruleId + u'@' + item.finding.endpoint)) {
            item.state = t->state;
            item.note = t->note;
            item.regressions = t->regressions;
        }
        item.acceptance.reset();
        for (const RiskAcceptance &a : register_) {
            if (acceptanceMatches(a, profileId, item.finding) &&
                (!item.acceptance || a.endpoint == item.finding.endpoint))
                item.acceptance = a;
        }
        item.acceptanceLapsed = item.acceptance && today > item.acceptance->expires;
    }
}

namespace {

// "open (2 regressions)", "accepted risk": an item's state as the exports show it.
QString stateText(const ChecklistItem &item)
{
    if (!item.state)
        return {};
    QString text = itemStateLabel(*item.state);
    if (item.regressions)
        text += QStringLiteral(" (") + Tr::tr("%n regression(s)", nullptr, item.regressions) + u')';
    return text;
}

QString acceptanceText(const ChecklistItem &item)
{
    if (!item.acceptance)
        return {};
    const RiskAcceptance &a = *item.acceptance;
    return (item.acceptanceLapsed ? Tr::tr("Accepted risk lapsed on %1 (owner %2): %3")
                                  : Tr::tr("Accepted risk until %1 (owner %2): %3"))
        .arg(a.expires.toString(Qt::ISODate), a.owner, a.justification);
}

} // namespace

void writeChecklistMarkdown(QIODevice &out, const QList<ChecklistItem> &items, const Profile &profile,
                            const QString &title, const QList<TrackedItem> &verified)
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
        if (item.state)
            md += QStringLiteral("- ") + Tr::tr("State: %1").arg(stateText(item)) + u'\n';
        if (!item.note.isEmpty())
            md += QStringLiteral("- ") + Tr::tr("Note: %1").arg(markdownText(item.note)) + u'\n';
        if (item.acceptance)
            md += QStringLiteral("- ") + markdownText(acceptanceText(item)) + u'\n';
        md += QStringLiteral("- ") + Tr::tr("Software: %1, %2").arg(softwareLabel(item.software.software),
                                                                    confidenceLabel(item.software.confidence)) +
              u'\n';
        for (const Evidence &e : item.finding.evidence)
            md += QStringLiteral("- ") + Tr::tr("Evidence: %1").arg(markdownText(e.detail)) + u'\n';
        if (item.dane)
            md += QStringLiteral("- **") + Tr::tr("Warning:") + QStringLiteral("** ") +
                  markdownText(daneWarningLine(*item.dane)) + u'\n';
        if (item.remedy) {
            md += QStringLiteral("- ") + Tr::tr("Importance: %1; effort: %2")
                                             .arg(severityLabel(item.remedy->importance), effortLabel(item.remedy->effort)) +
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
    if (!verified.isEmpty()) {
        md += QStringLiteral("## ") + Tr::tr("Verified: no longer found") + QStringLiteral("\n\n");
        for (const TrackedItem &t : verified) {
            const Rule *rule = profile.rule(t.rule);
            md += QStringLiteral("- ") +
                  Tr::tr("%1 %2 on %3: verified by run %4")
                      .arg(t.rule, rule ? rule->title.text() : QString(), markdownText(t.endpoint))
                      .arg(t.verifiedRun) +
                  u'\n';
        }
    }
    out.write(md.toUtf8());
}

void writeChecklistCsv(QIODevice &out, const QList<ChecklistItem> &items, const Profile &profile,
                       const QList<TrackedItem> &verified)
{
    QStringList lines{QStringLiteral("rule,severity,endpoint,links,software,confidence,title,evidence,steps,verify,"
                                     "state,regressions,note,accepted_until,accepted_by,justification,dane_impact,dane_warning")};
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
                             item.verify,
                             item.state ? itemStateKey(*item.state) : QString(),
                             QString::number(item.regressions),
                             item.note,
                             item.acceptance ? item.acceptance->expires.toString(Qt::ISODate) : QString(),
                             item.acceptance ? item.acceptance->owner : QString(),
                             item.acceptance ? item.acceptance->justification : QString(),
                             item.dane ? daneImpactKey(item.dane->impact) : QString(),
                             item.dane ? daneWarningLine(*item.dane) : QString()};
        for (QString &f : fields)
            f = csvField(f);
        lines << fields.join(u',');
    }
    for (const TrackedItem &t : verified) {
        const Rule *rule = profile.rule(t.rule);
        QStringList fields{t.rule, QString(), t.endpoint, QString(), QString(), QString(),
                           rule ? rule->title.text() : QString(), QString(), QString(), QString(),
                           itemStateKey(t.state), QString::number(t.regressions), t.note, QString(), QString(),
                           QString(), QString(), QString()};
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
