#include "app/cli/findings_command.h"

#include "app/cli/checked_run.h"
#include "app/cli/cli.h"
#include "app/inventory/labels.h"
#include "app/remediation/findings_json.h"
#include "app/remediation/risk_register.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::FindingsCommand)
};

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

// The run and profile, each measure's protected links, the open findings by severity.
void printSummary(QTextStream &out, const CheckedRun &checked, const QList<TriagedFinding> &triaged)
{
    const StoredRun &run = checked.run;
    const Profile &profile = checked.profile;
    const Evaluation &evaluation = checked.evaluation;
    out << Tr::tr("%1: run %2 started %3 (%4), profile: %5 %6")
               .arg(checked.workspace.name)
               .arg(run.id)
               .arg(run.startedAt.toString(Qt::ISODate), run.state, profile.title.text(), profile.version)
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
}

// The open findings, then those accepted as a risk, then the register's entries no finding needs;
// with all, the rules that could not be decided.
void printFindings(QTextStream &out, const CheckedRun &checked, const QList<TriagedFinding> &triaged, bool all)
{
    const Profile &profile = checked.profile;
    const bool anyAccepted = std::any_of(triaged.cbegin(), triaged.cend(),
                                         [](const TriagedFinding &t) { return t.accepted(); });
    for (const TriagedFinding &t : triaged) {
        if (!t.accepted())
            printResult(out, t.finding, *profile.rule(t.finding.ruleId), t.acceptance, t.expired);
    }
    if (anyAccepted) {
        out << Qt::endl << Tr::tr("Accepted as a risk:") << Qt::endl;
        for (const TriagedFinding &t : triaged) {
            if (t.accepted())
                printResult(out, t.finding, *profile.rule(t.finding.ruleId), t.acceptance, false);
        }
    }
    const QList<RiskAcceptance> unused = unusedAcceptances(checked.evaluation, checked.workspace.acceptedRisks);
    if (!unused.isEmpty()) {
        out << Qt::endl << Tr::tr("Accepted risks no finding needs any more (remove them with 'accept --revoke'):")
            << Qt::endl;
        for (const RiskAcceptance &a : unused)
            out << QStringLiteral("  %1@%2").arg(a.rule, a.endpoint) << Qt::endl;
    }
    if (all) {
        for (const RuleResult &r : checked.evaluation.results) {
            if (r.verdict == Verdict::Incomplete)
                printResult(out, r, *profile.rule(r.ruleId));
        }
    }
}

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
    const auto loaded = options.load(parser, QStringLiteral("findings"), err);
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const CheckedRun &checked = std::get<CheckedRun>(loaded);
    const QList<TriagedFinding> triaged =
        triageFindings(checked.evaluation, checked.workspace.acceptedRisks, checked.today);
    if (parser.isSet(jsonOption)) {
        out << QString::fromUtf8(QJsonDocument(findingsToJson(checked.workspace.name, checked.run.id,
                                                              checked.profile, checked.evaluation, triaged))
                                     .toJson(QJsonDocument::Indented));
        return 0;
    }
    printSummary(out, checked, triaged);
    printFindings(out, checked, triaged, parser.isSet(allOption));
    return 0;
}

} // namespace mailtls::cli
