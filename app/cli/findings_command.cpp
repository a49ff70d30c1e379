#include "app/cli/findings_command.h"

#include "app/cli/cli.h"
#include "app/cli/store_options.h"
#include "app/store/audit_store.h"
#include "app/inventory/labels.h"
#include "app/policy/policy_evaluation.h"
#include "app/remediation/remediation.h"
#include "app/remediation/risk_register.h"
#include "app/inventory/workspace_io.h"
#include "probes/result_json.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <variant>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::FindingsCommand)
};

QJsonObject acceptanceJson(const RiskAcceptance &a, bool lapsed)
{
    QJsonObject o;
    o.insert(QLatin1StringView("owner"), a.owner);
    o.insert(QLatin1StringView("justification"), a.justification);
    o.insert(QLatin1StringView("expires"), a.expires.toString(Qt::ISODate));
    o.insert(QLatin1StringView("lapsed"), lapsed);
    return o;
}

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

void printResult(QTextStream &out, const RuleResult &r, const Rule &rule,
                 const std::optional<RiskAcceptance> &acceptance = std::nullopt, bool lapsed = false)
{
    out << QStringLiteral("[%1] %2 %3").arg(severityLabel(r.severity).toUpper(), r.ruleId, rule.title.text());
    if (r.verdict != Verdict::Fail)
        out << QStringLiteral(" (") << verdictLabel(r.verdict) << QLatin1Char(')');
    out << Qt::endl;
    out << QStringLiteral("    ") << Tr::tr("Endpoint: %1; links: %2").arg(r.endpoint, r.links.join(QStringLiteral(", ")))
        << Qt::endl;
    if (acceptance) {
        out << QStringLiteral("    ")
            << (lapsed ? Tr::tr("Accepted risk lapsed on %1 (owner %2): %3")
                       : Tr::tr("Accepted risk until %1 (owner %2): %3"))
                   .arg(acceptance->expires.toString(Qt::ISODate), acceptance->owner, acceptance->justification)
            << Qt::endl;
    }
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

// What findings and checklist both need: the workspace, its stored run, the
// probe results read back, the profile, and the evaluation.
struct CheckedRun
{
    Workspace workspace;
    StoredRun run;
    Profile profile;
    QHash<QString, EndpointResult> results;
    Evaluation evaluation;
    std::unique_ptr<AuditStore> store;
    QDate today = QDate::currentDate(); // decides lapsed acceptances
};

struct RunOptions
{
    QCommandLineOption workspace{QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
                                 Tr::tr("The workspace the run audited."), Tr::tr("file")};
    QCommandLineOption db = dbOption();
    QCommandLineOption run{QStringLiteral("run"), Tr::tr("The run to check (default: the latest)."), Tr::tr("id")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               Tr::tr("The policy profile (default: m3aawg; 'profiles' lists them)."), Tr::tr("id")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({workspace, db, run, profile}); }

    // The checked run, or the exit code after a message on err.
    std::variant<CheckedRun, int> load(const QCommandLineParser &parser, const QString &command, QTextStream &err) const
    {
        if (!parser.isSet(workspace)) {
            err << Tr::tr("%1: --workspace FILE is required").arg(command) << Qt::endl;
            return 2;
        }
        const QString profileId = parser.isSet(profile) ? parser.value(profile) : QStringLiteral("m3aawg");
        const std::optional<Profile> p = builtinProfile(profileId);
        if (!p) {
            QStringList known;
            for (const Profile &b : builtinProfiles())
                known << b.id;
            err << Tr::tr("%1: unknown profile '%2' (known: %3)").arg(command, profileId, known.join(u", "))
                << Qt::endl;
            return 2;
        }
        bool runOk = true;
        const qint64 wantedRun = parser.isSet(run) ? parser.value(run).toLongLong(&runOk) : 0;
        if (!runOk || wantedRun < 0) {
            err << Tr::tr("%1: --run takes a run id (see 'runs')").arg(command) << Qt::endl;
            return 2;
        }
        const std::optional<StoreLocation> location = dbLocation(parser, db, command, err);
        if (!location)
            return 2;
        const WorkspaceReadResult loaded = loadWorkspaceFile(parser.value(workspace));
        if (!loaded.workspace) {
            err << loaded.error << Qt::endl;
            return 1;
        }
        CheckedRun c{*loaded.workspace, {}, *p, {}, {}, {}};
        QString error;
        c.store = AuditStore::open(*location, &error);
        AuditStore *store = c.store.get();
        if (!store) {
            err << Tr::tr("%1: %2").arg(command, error) << Qt::endl;
            return 1;
        }
        bool found = false;
        for (const StoredRun &r : store->runs(c.workspace.name)) {
            if (wantedRun == 0 || r.id == wantedRun) {
                c.run = r;
                found = true;
                break;
            }
        }
        if (!found) {
            err << (wantedRun ? Tr::tr("%1: run %2 of %3 is not in %4")
                                    .arg(command)
                                    .arg(wantedRun)
                                    .arg(c.workspace.name, store->location())
                              : Tr::tr("%1: %2 has no run of %3 yet; run 'audit' first")
                                    .arg(command, store->location(), c.workspace.name))
                << Qt::endl;
            return 1;
        }
        for (const StoredResult &s : store->results(c.run.id)) {
            if (std::optional<EndpointResult> r = endpointResultFromJson(s.result))
                c.results.insert(s.endpoint, *r);
        }
        c.evaluation = evaluate(c.profile, c.workspace, c.results);
        return c;
    }
};

} // namespace

int runFindings(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Check a stored audit run against a policy profile and print the findings, most severe first."));
    parser.addHelpOption();
    const RunOptions options;
    options.addTo(parser);
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       Tr::tr("Also print the rules that could not be decided (incomplete)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print every rule's result as JSON."));
    parser.addOptions({allOption, jsonOption});
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    auto loaded = options.load(parser, QStringLiteral("findings"), err);
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const CheckedRun &checked = std::get<CheckedRun>(loaded);
    const Workspace &ws = checked.workspace;
    const StoredRun *run = &checked.run;
    const Profile *profile = &checked.profile;
    const Evaluation &evaluation = checked.evaluation;
    const QList<TriagedFinding> triaged = triageFindings(evaluation, ws.acceptedRisks, checked.today);

    if (parser.isSet(jsonOption)) {
        QHash<QString, const TriagedFinding *> byKey;
        for (const TriagedFinding &t : triaged)
            byKey.insert(t.finding.ruleId + u'@' + t.finding.endpoint, &t);
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
        for (const RuleResult &r : evaluation.results) {
            QJsonObject o = resultJson(r, *profile->rule(r.ruleId));
            if (const TriagedFinding *t = byKey.value(r.ruleId + u'@' + r.endpoint); t && t->acceptance)
                o.insert(QLatin1StringView("accepted_risk"), acceptanceJson(*t->acceptance, t->expired));
            all.append(o);
        }
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
    QMap<Severity, int> bySeverity;
    int accepted = 0;
    for (const TriagedFinding &t : triaged) {
        if (t.accepted())
            ++accepted;
        else
            bySeverity[t.finding.severity] += 1;
    }
    QStringList counts;
    for (Severity s : allSeverities()) {
        if (bySeverity.value(s))
            counts << QStringLiteral("%1 %2").arg(severityLabel(s)).arg(bySeverity.value(s));
    }
    const int open = static_cast<int>(triaged.size()) - accepted;
    out << Tr::tr("%n open finding(s)", nullptr, open)
        << (counts.isEmpty() ? QString() : QStringLiteral(": ") + counts.join(QStringLiteral(", ")));
    if (accepted)
        out << QStringLiteral("; ") << Tr::tr("%n accepted as a risk", nullptr, accepted);
    out << Qt::endl << Qt::endl;
    for (const TriagedFinding &t : triaged) {
        if (!t.accepted())
            printResult(out, t.finding, *profile->rule(t.finding.ruleId), t.acceptance, t.expired);
    }
    if (accepted) {
        out << Qt::endl << Tr::tr("Accepted as a risk:") << Qt::endl;
        for (const TriagedFinding &t : triaged) {
            if (t.accepted())
                printResult(out, t.finding, *profile->rule(t.finding.ruleId), t.acceptance, false);
        }
    }
    const QList<RiskAcceptance> unused = unusedAcceptances(evaluation, ws.acceptedRisks);
    if (!unused.isEmpty()) {
        out << Qt::endl << Tr::tr("Accepted risks no finding needs any more (remove them with 'accept --revoke'):")
            << Qt::endl;
        for (const RiskAcceptance &a : unused)
            out << QStringLiteral("  %1@%2").arg(a.rule, a.endpoint) << Qt::endl;
    }
    if (parser.isSet(allOption)) {
        for (const RuleResult &r : evaluation.results) {
            if (r.verdict == Verdict::Incomplete)
                printResult(out, r, *profile->rule(r.ruleId));
        }
    }
    return 0;
}

namespace {

void printHistory(QTextStream &out, const QList<ItemEvent> &events)
{
    for (const ItemEvent &e : events) {
        out << e.at.toString(Qt::ISODate) << QStringLiteral("  ")
            << (e.run ? Tr::tr("run %1").arg(e.run) : Tr::tr("by hand")) << QStringLiteral("  ") << e.rule
            << u'@' << e.endpoint << QStringLiteral("  ")
            << (e.from ? itemStateLabel(*e.from) + QStringLiteral(" -> ") : QString()) << itemStateLabel(e.to)
            << QStringLiteral("  (") << itemChangeLabel(e.change) << u')';
        if (!e.note.isEmpty())
            out << QStringLiteral(": ") << e.note;
        out << Qt::endl;
    }
}

// `--set KEY=STATE`: a person's change, kept in the store with its note.
int setState(CheckedRun &c, const QString &assignment, const QString &note, QTextStream &out, QTextStream &err)
{
    const qsizetype eq = assignment.lastIndexOf(u'=');
    const QString key = assignment.left(eq);
    const std::optional<ItemState> state =
        eq > 0 ? itemStateFromKey(assignment.mid(eq + 1)) : std::optional<ItemState>();
    if (!state) {
        err << Tr::tr("checklist: --set takes RULE@ENDPOINT=STATE, STATE one of open, in_progress, done "
                      "(got '%1')")
                   .arg(assignment)
            << Qt::endl;
        return 2;
    }
    QString error;
    const QList<TrackedItem> items = c.store->checklistItems(c.workspace.name, c.profile.id);
    const auto it = std::find_if(items.cbegin(), items.cend(), [&](const TrackedItem &t) { return t.key() == key; });
    const ItemState before = it != items.cend() ? it->state : ItemState::Open;
    if (!setChecklistItemState(*c.store, c.workspace.name, c.profile.id, key, *state, note,
                               QDateTime::currentDateTimeUtc(), &error)) {
        err << Tr::tr("checklist: %1").arg(error) << Qt::endl;
        return it == items.cend() ? 1 : 2;
    }
    out << Tr::tr("%1: %2 -> %3").arg(key, itemStateLabel(before), itemStateLabel(*state)) << Qt::endl;
    return 0;
}

} // namespace

int runChecklist(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the remediation checklist of a stored audit run: for each finding, the steps with the "
               "configuration for the software found, the command that verifies it, and the item's state, "
               "carried from one audit to the next."));
    parser.addHelpOption();
    const RunOptions options;
    options.addTo(parser);
    const QCommandLineOption csvOption(QStringLiteral("csv"), Tr::tr("Print CSV instead of Markdown."));
    const QCommandLineOption setOption(
        QStringLiteral("set"), Tr::tr("Set an item's state: RULE@ENDPOINT=open, in_progress or done."),
        Tr::tr("item=state"));
    const QCommandLineOption noteOption(QStringLiteral("note"), Tr::tr("A note kept with --set."), Tr::tr("text"));
    const QCommandLineOption historyOption(QStringLiteral("history"),
                                           Tr::tr("Print every change of the items, oldest first."));
    parser.addOptions({csvOption, setOption, noteOption, historyOption});
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    auto loaded = options.load(parser, QStringLiteral("checklist"), err);
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    CheckedRun &c = std::get<CheckedRun>(loaded);

    // The checklist catches up with the run first (a run newer than it has seen).
    QString error;
    const std::optional<Reconciliation> update =
        updateChecklist(*c.store, c.workspace, c.evaluation, c.run, c.today, &error);
    if (!update) {
        err << Tr::tr("checklist: %1").arg(error) << Qt::endl;
        return 1;
    }
    if (parser.isSet(setOption))
        return setState(c, parser.value(setOption), parser.value(noteOption), out, err);
    if (parser.isSet(historyOption)) {
        printHistory(out, c.store->checklistEvents(c.workspace.name, c.profile.id));
        return 0;
    }

    QList<ChecklistItem> items = buildChecklist(c.evaluation, c.workspace, c.results);
    attachTracking(items, c.profile.id, update->items, c.workspace.acceptedRisks, c.today);
    QList<TrackedItem> verified;
    for (const TrackedItem &t : update->items) {
        if (t.state == ItemState::Verified)
            verified.append(t);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (parser.isSet(csvOption))
        writeChecklistCsv(buffer, items, c.profile, verified);
    else
        writeChecklistMarkdown(buffer, items, c.profile,
                               Tr::tr("Remediation checklist: %1, run %2").arg(c.workspace.name).arg(c.run.id),
                               verified);
    out << QString::fromUtf8(buffer.data());
    return 0;
}

int runProfiles(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List the built-in policy profiles: id (for --profile), version, rules and title."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the list as JSON."));
    parser.addOption(jsonOption);
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    const QList<Profile> profiles = builtinProfiles();
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const Profile &p : profiles) {
            QJsonObject o;
            o.insert(QLatin1StringView("id"), p.id);
            o.insert(QLatin1StringView("version"), p.version);
            o.insert(QLatin1StringView("title"), p.title.text());
            o.insert(QLatin1StringView("rules"), static_cast<int>(p.rules.size()));
            o.insert(QLatin1StringView("source"), p.source);
            list.append(o);
        }
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    // Columns: id (for --profile), version, rule count, title.
    qsizetype idWidth = 0;
    qsizetype versionWidth = 0;
    for (const Profile &p : profiles) {
        idWidth = std::max(idWidth, p.id.size());
        versionWidth = std::max(versionWidth, p.version.size());
    }
    qsizetype countWidth = 0;
    for (const Profile &p : profiles)
        countWidth = std::max(countWidth, Tr::tr("%n rule(s)", nullptr, static_cast<int>(p.rules.size())).size());
    for (const Profile &p : profiles) {
        out << QStringLiteral("%1  %2  %3  ")
                   .arg(p.id, -int(idWidth))
                   .arg(p.version, -int(versionWidth))
                   .arg(Tr::tr("%n rule(s)", nullptr, static_cast<int>(p.rules.size())), -int(countWidth))
            << p.title.text() << Qt::endl;
    }
    return 0;
}

} // namespace mailtls::cli
