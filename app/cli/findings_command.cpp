#include "app/cli/findings_command.h"

#include "app/cli/cli.h"
#include "app/cli/store_options.h"
#include "app/core/audit_store.h"
#include "app/core/labels.h"
#include "app/core/policy_evaluation.h"
#include "app/core/workspace_io.h"
#include "probes/result_json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::FindingsCommand)
};

QJsonObject resultJson(const RuleResult &r, const Rule &rule)
{
    QJsonObject o;
    o.insert(QLatin1StringView("rule"), r.ruleId);
    o.insert(QLatin1StringView("measure"), r.measure);
    o.insert(QLatin1StringView("title"), rule.title.text());
    o.insert(QLatin1StringView("verdict"), verdictKey(r.verdict));
    o.insert(QLatin1StringView("severity"), severityKey(r.severity));
    o.insert(QLatin1StringView("endpoint"), r.endpoint);
    o.insert(QLatin1StringView("links"), QJsonArray::fromStringList(r.links));
    QJsonArray evidence;
    for (const Evidence &e : r.evidence) {
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

void printResult(QTextStream &out, const RuleResult &r, const Rule &rule)
{
    out << QStringLiteral("[%1] %2 %3").arg(severityLabel(r.severity).toUpper(), r.ruleId, rule.title.text());
    if (r.verdict != Verdict::Fail)
        out << QStringLiteral(" (") << verdictLabel(r.verdict) << QLatin1Char(')');
    out << Qt::endl;
    out << QStringLiteral("    ") << Tr::tr("Endpoint: %1; links: %2").arg(r.endpoint, r.links.join(QStringLiteral(", ")))
        << Qt::endl;
    for (const Evidence &e : r.evidence)
        out << QStringLiteral("    - ") << e.detail << Qt::endl;
    for (LinkKind kind : r.kinds) {
        if (rule.noteByKind.contains(kind)) {
            out << QStringLiteral("    ") << Tr::tr("Note: %1").arg(rule.noteByKind.value(kind).text()) << Qt::endl;
            break;
        }
    }
    out << QStringLiteral("    ") << Tr::tr("Why: %1").arg(rule.rationale.text()) << Qt::endl;
    out << QStringLiteral("    ") << Tr::tr("References: %1").arg(rule.references.join(QStringLiteral(", ")))
        << Qt::endl;
}

} // namespace

int runFindings(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Check a stored audit run against a policy profile and print the findings, most severe first."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
                                             Tr::tr("The workspace the run audited."), Tr::tr("file"));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption runOption(QStringLiteral("run"), Tr::tr("The run to check (default: the latest)."),
                                       Tr::tr("id"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Tr::tr("The policy profile (default: m3aawg)."), Tr::tr("id"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       Tr::tr("Also print the rules that could not be decided (incomplete)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print every rule's result as JSON."));
    parser.addOptions({workspaceOption, db, runOption, profileOption, allOption, jsonOption});
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    if (!parser.isSet(workspaceOption)) {
        err << Tr::tr("findings: --workspace FILE is required") << Qt::endl;
        return 2;
    }
    const QString profileId = parser.isSet(profileOption) ? parser.value(profileOption) : QStringLiteral("m3aawg");
    const std::optional<Profile> profile = builtinProfile(profileId);
    if (!profile) {
        QStringList known;
        for (const Profile &p : builtinProfiles())
            known << p.id;
        err << Tr::tr("findings: unknown profile '%1' (known: %2)").arg(profileId, known.join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    bool runOk = true;
    const qint64 wantedRun = parser.isSet(runOption) ? parser.value(runOption).toLongLong(&runOk) : 0;
    if (!runOk || wantedRun < 0) {
        err << Tr::tr("findings: --run takes a run id (see 'runs')") << Qt::endl;
        return 2;
    }
    const std::optional<StoreLocation> location = dbLocation(parser, db, QStringLiteral("findings"), err);
    if (!location)
        return 2;
    const WorkspaceReadResult loaded = loadWorkspaceFile(parser.value(workspaceOption));
    if (!loaded.workspace) {
        err << loaded.error << Qt::endl;
        return 1;
    }
    const Workspace &ws = *loaded.workspace;
    QString error;
    const std::unique_ptr<AuditStore> store = AuditStore::open(*location, &error);
    if (!store) {
        err << Tr::tr("findings: %1").arg(error) << Qt::endl;
        return 1;
    }
    std::optional<StoredRun> run;
    for (const StoredRun &r : store->runs(ws.name)) {
        if (wantedRun == 0 || r.id == wantedRun) {
            run = r;
            break;
        }
    }
    if (!run) {
        err << (wantedRun ? Tr::tr("findings: run %1 of %2 is not in %3").arg(wantedRun).arg(ws.name, store->location())
                          : Tr::tr("findings: %1 has no run of %2 yet; run 'audit' first").arg(store->location(), ws.name))
            << Qt::endl;
        return 1;
    }
    QHash<QString, EndpointResult> results;
    for (const StoredResult &s : store->results(run->id)) {
        if (std::optional<EndpointResult> r = endpointResultFromJson(s.result))
            results.insert(s.endpoint, *r);
    }
    const Evaluation evaluation = evaluate(*profile, ws, results);

    if (parser.isSet(jsonOption)) {
        QJsonObject root;
        root.insert(QLatin1StringView("workspace"), ws.name);
        root.insert(QLatin1StringView("run"), run->id);
        root.insert(QLatin1StringView("profile"), profile->id);
        root.insert(QLatin1StringView("profile_version"), profile->version);
        QJsonObject measures;
        for (auto it = evaluation.linksInScope.cbegin(); it != evaluation.linksInScope.cend(); ++it) {
            QJsonObject m;
            m.insert(QLatin1StringView("links"), it.value());
            m.insert(QLatin1StringView("protected"), evaluation.linksProtected.value(it.key()));
            measures.insert(QString::number(it.key()), m);
        }
        root.insert(QLatin1StringView("measures"), measures);
        QJsonArray all;
        for (const RuleResult &r : evaluation.results)
            all.append(resultJson(r, *profile->rule(r.ruleId)));
        root.insert(QLatin1StringView("results"), all);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }

    out << Tr::tr("%1: run %2 started %3 (%4), profile: %5 %6")
               .arg(ws.name)
               .arg(run->id)
               .arg(run->startedAt.toString(Qt::ISODate), run->state, profile->title.text(), profile->version)
        << Qt::endl;
    for (auto it = evaluation.linksInScope.cbegin(); it != evaluation.linksInScope.cend(); ++it) {
        out << QStringLiteral("  ")
            << Tr::tr("Measure %1: %2 of %3 links protected")
                   .arg(it.key())
                   .arg(evaluation.linksProtected.value(it.key()))
                   .arg(it.value())
            << Qt::endl;
    }
    const QList<RuleResult> findings = evaluation.findings();
    QMap<Severity, int> bySeverity;
    for (const RuleResult &r : findings)
        bySeverity[r.severity] += 1;
    QStringList counts;
    for (Severity s : allSeverities()) {
        if (bySeverity.value(s))
            counts << QStringLiteral("%1 %2").arg(severityLabel(s)).arg(bySeverity.value(s));
    }
    out << Tr::tr("%n finding(s)", nullptr, static_cast<int>(findings.size()))
        << (counts.isEmpty() ? QString() : QStringLiteral(": ") + counts.join(QStringLiteral(", "))) << Qt::endl;
    out << Qt::endl;
    for (const RuleResult &r : findings)
        printResult(out, r, *profile->rule(r.ruleId));
    if (parser.isSet(allOption)) {
        for (const RuleResult &r : evaluation.results) {
            if (r.verdict == Verdict::Incomplete)
                printResult(out, r, *profile->rule(r.ruleId));
        }
    }
    return 0;
}

} // namespace mailtls::cli
