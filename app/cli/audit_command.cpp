#include "app/cli/audit_command.h"

#include "app/cli/cli.h"
#include "app/cli/network_options.h"
#include "app/cli/notification.h"
#include "app/cli/outbound_plan.h"
#include "app/cli/probe_command.h"
#include "app/cli/store_options.h"
#include "app/evidence/evidence_json.h"
#include "app/evidence/link_state.h"
#include "app/history/run_changes.h"
#include "app/inventory/labels.h"
#include "app/inventory/workspace_io.h"
#include "app/remediation/risk_register.h"
#include "app/session/audit_session.h"
#include "app/session/store_worker.h"
#include "probes/result_json.h"
#include "probes/when_finished.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <unistd.h>

#include <variant>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::AuditCommand)
};

// What the command line asked for.
struct AuditRequest
{
    Workspace workspace;
    StoreLocation location;
    Profile profile;
    ProbeOptions options;
    SchedulerLimits limits;
    std::optional<QString> jsonPath; // --json: where the whole run goes
    std::optional<dns::ResolverOptions>
        domainDns;                  // the domain checks' DNS; nullopt: --no-domain-checks
    quint16 policyPort = 443;       // where MTA-STS policies are fetched
    std::optional<Severity> failOn; // --fail-on: open findings this severe or worse end with 1
    bool comparePrevious = false;   // --compare-previous: a regression ends with 1
    bool verbose = false;           // --verbose: the links and checklist even on success
    int expiryDays = 21;            // --expiry-days: a certificate this close to its end is news
    NotifyOptions notify;           // --notify-mail, --notify-command, --sendmail
    bool outboundTest = false;      // --outbound-test: run the workspace's outbound test plan first
    QString workspacePath;          // where the outbound tests are recorded
};

// What the run left, for the summary and the JSON file.
struct AuditOutcome
{
    bool ended = false; // false: the store could not be opened, or the run begun or finished
    qint64 run = 0;
    QString store; // where, for people
    QList<AuditJob> jobs;
    QHash<QString, EndpointResult> results;
    QList<LinkAssessment> links; // one per link of the workspace, in its order
    DomainDefences domains;
    int storeErrors = 0;
    int failing = 0; // open findings (not accepted as a risk) at or above --fail-on
    QString listing; // the links, the domains and the checklist, for people
    QMap<LinkState, int> linkCounts;
};

// The request, or the exit code after a message on err.
std::variant<AuditRequest, int> parseAudit(const QStringList &arguments, QTextStream &out,
                                           QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Probe every endpoint of a workspace, keep the run in "
                                            "the audit store, and print the links by state."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption(Tr::tr("The workspace file to audit."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Also write the whole run as JSON to this file."),
                                        Tr::tr("file"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        Tr::tr("The policy profile whose checklist the run brings up to date (default: m3aawg)."),
        Tr::tr("id"));
    const NetworkOptions network;
    const QCommandLineOption noDomainsOption(
        QStringLiteral("no-domain-checks"),
        Tr::tr("Do not check the workspace domains' MTA-STS, TLS-RPT and DANE (measure 4 stays "
               "undecided)."));
    const QCommandLineOption dnsServerOption(
        QStringLiteral("dns-server"),
        Tr::tr("Nameserver for the domain checks, ADDR or ADDR:PORT (repeatable; default: "
               "/etc/resolv.conf)."),
        Tr::tr("address"));
    const QCommandLineOption anchorOption(
        QStringLiteral("trust-anchor"),
        Tr::tr("DNSSEC trust anchors for the domain checks (default: the system's root key)."),
        Tr::tr("file"));
    const QCommandLineOption policyPortOption(
        QStringLiteral("policy-port"),
        Tr::tr("Fetch the MTA-STS policies on this port instead of 443 (a test "
               "lab's policy host)."),
        Tr::tr("port"), QStringLiteral("443"));
    const QCommandLineOption failOnOption(
        QStringLiteral("fail-on"),
        Tr::tr("End with status 1 when the run has open findings of this severity or worse "
               "(critical, high, medium, "
               "low, info); findings accepted as a risk do not count."),
        Tr::tr("severity"));
    const QCommandLineOption compareOption(
        QStringLiteral("compare-previous"),
        Tr::tr("Compare the run with the previous complete run of the workspace, print what "
               "changed, and end "
               "with status 1 when a link regressed or a finding opened."));
    const QCommandLineOption expiryOption(
        QStringLiteral("expiry-days"),
        Tr::tr("A certificate that ends within this many days is news (default: 21)."),
        Tr::tr("days"), QStringLiteral("21"));
    const QCommandLineOption mailOption(
        QStringLiteral("notify-mail"),
        Tr::tr("When the run has news (a regression, a new finding, a link left undecided, a "
               "certificate "
               "expiring), mail it to this address through the local sendmail (repeatable)."),
        Tr::tr("address"));
    const QCommandLineOption sendmailOption(
        QStringLiteral("sendmail"),
        Tr::tr("The sendmail program for --notify-mail, with its own arguments (default: "
               "/usr/sbin/sendmail); "
               "it is given -t -oi."),
        Tr::tr("command"));
    const QCommandLineOption commandOption(
        QStringLiteral("notify-command"),
        Tr::tr("When the run has news, run this shell command with the changes as JSON on its "
               "standard input."),
        Tr::tr("command"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           Tr::tr("Print the links, the domains and the checklist "
                                                  "even when all went well (by default the command "
                                                  "is quiet on success, as cron expects)."));
    const QCommandLineOption outboundOption(
        QStringLiteral("outbound-test"),
        Tr::tr("First run the workspace's outbound test plan (outbound_test: the test receiver, and the command "
               "that makes each relay send to it), record each relay's verdict in the workspace file, then audit. "
               "The plan's commands run only with this option."));
    parser.addOptions({workspace, db, jsonOption, profileOption, noDomainsOption, dnsServerOption,
                       anchorOption, policyPortOption, failOnOption, compareOption, expiryOption,
                       mailOption, sendmailOption, commandOption, verboseOption, outboundOption});
    network.addTo(parser);
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    if (!parser.isSet(workspace)) {
        err << Tr::tr("audit: --workspace FILE is required") << Qt::endl;
        return 2;
    }
    AuditRequest request;
    const std::optional<StoreLocation> location =
        dbLocation(parser, db, QStringLiteral("audit"), err);
    if (!location)
        return 2;
    request.location = *location;
    if (!network.read(parser, QStringLiteral("audit"), err, &request.options, &request.limits))
        return 2;
    const QString profileId =
        parser.isSet(profileOption) ? parser.value(profileOption) : QStringLiteral("m3aawg");
    const std::optional<Profile> profile = builtinProfile(profileId);
    if (!profile) {
        err << Tr::tr("audit: unknown profile '%1'").arg(profileId) << Qt::endl;
        return 2;
    }
    request.profile = *profile;
    if (parser.isSet(failOnOption)) {
        request.failOn = severityFromKey(parser.value(failOnOption));
        if (!request.failOn) {
            err << Tr::tr("audit: --fail-on takes critical, high, medium, low or info (got '%1')")
                       .arg(parser.value(failOnOption))
                << Qt::endl;
            return ExitUsage;
        }
    }
    request.comparePrevious = parser.isSet(compareOption);
    request.verbose = parser.isSet(verboseOption);
    bool daysOk = false;
    request.expiryDays = parser.value(expiryOption).toInt(&daysOk);
    if (!daysOk || request.expiryDays < 0 || request.expiryDays > 3650) {
        err << Tr::tr("audit: --expiry-days takes a number of days from 0 to 3650") << Qt::endl;
        return ExitUsage;
    }
    for (const QString &address : parser.values(mailOption)) {
        // One address each, printable ASCII: nothing that could end the header,
        // add another or hide in an encoding (anchored: "$" alone would let "root\n" by).
        static const QRegularExpression plain(QRegularExpression::anchoredPattern(
            QStringLiteral("[!#-'*+\\-./0-9=?@A-Z\\[\\]^_`a-z{|}~]+")));
        if (!plain.match(address).hasMatch()) {
            err << Tr::tr("audit: --notify-mail takes one mail address (got '%1')").arg(address)
                << Qt::endl;
            return ExitUsage;
        }
        request.notify.mailTo << address;
    }
    if (parser.isSet(sendmailOption))
        request.notify.sendmail = parser.value(sendmailOption);
    request.notify.command = parser.value(commandOption);
    request.notify.workspaceFile = QFileInfo(parser.value(workspace)).absoluteFilePath();
    request.notify.store = request.location.display();
    const WorkspaceReadResult loaded = loadWorkspaceFile(parser.value(workspace));
    if (!loaded.workspace) {
        err << loaded.error << Qt::endl;
        return ExitFileError;
    }
    request.workspace = *loaded.workspace;
    request.workspacePath = parser.value(workspace);
    request.outboundTest = parser.isSet(outboundOption);
    if (request.outboundTest && !request.workspace.outboundTestPlan) {
        err << Tr::tr("audit: --outbound-test: %1 has no outbound_test plan (docs/workspace-format.md)")
                   .arg(request.workspacePath)
            << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(jsonOption))
        request.jsonPath = parser.value(jsonOption);
    if (!parser.isSet(noDomainsOption)) {
        dns::ResolverOptions dnsOptions;
        for (const QString &value : parser.values(dnsServerOption)) {
            QString error;
            const auto ns = dns::parseNameserver(value, &error);
            if (!ns) {
                err << Tr::tr("audit: --dns-server: %1").arg(error) << Qt::endl;
                return 2;
            }
            dnsOptions.servers.append(*ns);
        }
        dnsOptions.trustAnchorFile = parser.value(anchorOption);
        request.domainDns = dnsOptions;
        bool portOk = false;
        const uint policyPort = parser.value(policyPortOption).toUInt(&portOk);
        if (!portOk || policyPort == 0 || policyPort > 65535) {
            err << Tr::tr("audit: --policy-port takes a port from 1 to 65535") << Qt::endl;
            return 2;
        }
        request.policyPort = static_cast<quint16>(policyPort);
    }
    return request;
}

// The key of the endpoint a link names, as auditJobs() keys it; empty when it names none.
QString linkEndpointKey(const WorkspaceIndex &ws, const Link &l)
{
    const Endpoint *e = ws.endpoint(l.endpoint);
    return e ? EndpointRef{l.endpoint.hostId, e->protocol, e->port}.toString() : QString();
}

QString linkSummary(const QMap<LinkState, int> &counts)
{
    QStringList summary;
    for (LinkState s : allLinkStates()) {
        if (counts.value(s))
            summary.append(QStringLiteral("%1 %2").arg(linkStateLabel(s)).arg(counts.value(s)));
    }
    return summary.join(QStringLiteral(", "));
}

QList<LinkAssessment> assessLinks(const Workspace &ws,
                                  const QHash<QString, EndpointResult> &results)
{
    QList<LinkAssessment> links;
    const WorkspaceIndex index(ws);
    for (const Link &l : ws.links) {
        const auto probed = results.constFind(linkEndpointKey(index, l));
        links.append(assessLink(l, probed != results.cend() ? &probed.value() : nullptr, index));
    }
    return links;
}

// The links by state; counts gets how many of each.
void printLinks(QTextStream &out, const Workspace &ws, const QList<LinkAssessment> &links,
                QMap<LinkState, int> &counts)
{
    out << Tr::tr("Links:") << Qt::endl;
    for (qsizetype i = 0; i < ws.links.size(); ++i) {
        const Link &l = ws.links.at(i);
        const LinkAssessment &a = links.at(i);
        counts[a.state] += 1;
        out << QStringLiteral("  M%1  %2 -> %3: %4")
                   .arg(measureForLinkKind(l.kind))
                   .arg(ws.nodeName(l.from), l.endpoint.toString(), linkStateLabel(a.state));
        if (!a.reasonTexts.isEmpty())
            out << QStringLiteral(" (") << a.reasonTexts.join(QStringLiteral("; "))
                << QLatin1Char(')');
        out << Qt::endl;
    }
    out << Tr::tr("Summary: %1").arg(linkSummary(counts)) << Qt::endl;
}

// The checklist as the run left it: items by state, and what the run changed.
void printChecklist(QTextStream &out, const QString &profile, const Reconciliation &update)
{
    QMap<ItemChange, int> changes;
    for (const ItemEvent &e : update.events)
        changes[e.change] += 1;
    QMap<ItemState, int> states;
    for (const TrackedItem &t : update.items)
        states[t.state] += 1;
    QStringList parts;
    for (ItemState s : allItemStates()) {
        if (states.value(s))
            parts << QStringLiteral("%1 %2").arg(itemStateLabel(s)).arg(states.value(s));
    }
    out << Tr::tr("Checklist (%1): %2").arg(profile, parts.join(QStringLiteral(", ")));
    QStringList news;
    if (changes.value(ItemChange::Found))
        news << Tr::tr("%n new", nullptr, changes.value(ItemChange::Found));
    if (changes.value(ItemChange::Verified))
        news << Tr::tr("%n verified", nullptr, changes.value(ItemChange::Verified));
    if (changes.value(ItemChange::Regressed))
        news << Tr::tr("%n regressed", nullptr, changes.value(ItemChange::Regressed));
    if (changes.value(ItemChange::StillFound))
        news << Tr::tr("%n still found after done", nullptr, changes.value(ItemChange::StillFound));
    if (!news.isEmpty())
        out << QStringLiteral("; ") << news.join(QStringLiteral(", "));
    out << Qt::endl;
}

// Runs the audit session to its end (its figures kept). Progress (the run,
// each endpoint) goes to err when err is a terminal, store errors to err
// always; the links, domains and checklist into the outcome's listing.
AuditOutcome auditWorkspace(const AuditRequest &request, QTextStream &err, bool terminal)
{
    AuditOutcome outcome;
    outcome.jobs = auditJobs(request.workspace);
    const Workspace &ws = request.workspace;
    QTextStream out(&outcome.listing);
    StoreWorker store(request.location);
    AuditSession session(&store, request.limits, request.options);
    if (request.domainDns)
        session.setDomainChecks(*request.domainDns, request.policyPort);
    QEventLoop loop;
    bool checklistUpdated = true;
    // 1. The store opens (or says why not) before anything is probed.
    whenFinished(&session, store.location(), [&](const StoreReply<QString> &where) {
        if (!where.error.isEmpty()) {
            err << Tr::tr("audit: %1").arg(where.error) << Qt::endl;
            loop.quit();
            return;
        }
        outcome.store = where.value;
        session.start(ws, outcome.jobs, request.profile);
    });
    QObject::connect(&session, &AuditSession::started, &loop, [&](qint64 run, int endpoints) {
        if (terminal || request.verbose)
            err << Tr::tr("audit: run %1 of %2, %n endpoint(s), stored in %3", nullptr, endpoints)
                       .arg(run)
                       .arg(ws.name, outcome.store)
                << Qt::endl;
    });
    QObject::connect(&session, &AuditSession::endpointFinished, &loop,
                     [&](const QString &ref, const EndpointResult &r) {
                         if (terminal) {
                             err << QStringLiteral("[%1/%2] ")
                                        .arg(session.results().size())
                                        .arg(outcome.jobs.size())
                                 << ref << QStringLiteral(": ")
                                 << linkStateLabel(assessEndpoint(r).state) << Qt::endl;
                         }
                     });
    QObject::connect(
        &session, &AuditSession::storeError, &loop,
        [&](AuditSession::StoreStep step, const QString &error) {
            if (step == AuditSession::StoreStep::Checklist) {
                err << Tr::tr("audit: the checklist was not updated: %1").arg(error) << Qt::endl;
                checklistUpdated = false;
                return;
            }
            err << Tr::tr("audit: %1").arg(error) << Qt::endl;
            if (step == AuditSession::StoreStep::Begin || step == AuditSession::StoreStep::Finish)
                loop.quit(); // the run ends here
        });
    // 2. The links by state; 3. the checklist, caught up with the run.
    QObject::connect(
        &session, &AuditSession::finished, &loop,
        [&](qint64, bool, const Evaluation &evaluation, const Reconciliation &checklist) {
            outcome.ended = true;
            if (request.failOn) {
                for (const TriagedFinding &t :
                     triageFindings(evaluation, ws.acceptedRisks, QDate::currentDate())) {
                    if (!t.accepted() && t.finding.severity >= *request.failOn)
                        ++outcome.failing;
                }
            }
            outcome.links = assessLinks(ws, session.results());
            printLinks(out, ws, outcome.links, outcome.linkCounts);
            outcome.domains = session.domainDefences();
            for (const DomainDefence &d : std::as_const(outcome.domains.domains))
                out << Tr::tr("Domain %1, defence against downgrade: %2; MTA-STS: %3; TLS-RPT: %4")
                           .arg(d.check.domain, mxSummary(d), mtaStsSummary(d), tlsRptSummary(d))
                    << Qt::endl;
            if (checklistUpdated)
                printChecklist(out, request.profile.id, checklist);
        });
    // The run's figures for the history, with the checklist as this run left it.
    QObject::connect(&session, &AuditSession::figuresRecorded, &loop, &QEventLoop::quit);
    loop.exec();
    outcome.run = session.run();
    outcome.results = session.results();
    outcome.storeErrors = session.storeErrors();
    return outcome;
}

// How many complete runs before the previous one a comparison may read,
// for what the newer runs left undecided (a server that did not answer for
// a week is compared with what it answered before).
constexpr int kRunsLookedBack = 7;

// 4. What changed since the previous complete run (read back from the store,
// with older runs as far as the newer ones left things undecided); nullopt
// after a message on err.
std::optional<RunChanges> compareWithPrevious(const AuditRequest &request, qint64 run,
                                              QTextStream &err)
{
    QString error;
    const std::unique_ptr<AuditStore> store = AuditStore::open(request.location, &error);
    if (!store) {
        err << Tr::tr("audit: %1").arg(error) << Qt::endl;
        return std::nullopt;
    }
    QList<qint64> earlierIds;
    for (const StoredRun &r : store->runs(request.workspace.name)) { // newest first
        if (r.id < run && r.state == QLatin1String("complete") &&
            earlierIds.size() <= kRunsLookedBack)
            earlierIds.append(r.id);
    }
    const QString &profile = request.profile.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Each input and report stays where it was made: the RunViews point at them.
    std::vector<std::unique_ptr<ReportInput>> inputs;
    std::vector<std::unique_ptr<ComplianceReport>> reports;
    auto load = [&](qint64 id) -> bool {
        std::optional<ReportInput> input = loadReportInput(*store, request.workspace, id, profile,
                                                           &error, ReportParts::FiguresOnly);
        if (!input) {
            err << Tr::tr("audit: %1").arg(error) << Qt::endl;
            return false;
        }
        inputs.push_back(std::make_unique<ReportInput>(std::move(*input)));
        reports.push_back(std::make_unique<ComplianceReport>(buildComplianceReport(
            *inputs.back(), request.profile, {}, now, ReportParts::FiguresOnly)));
        return true;
    };
    if (!load(run))
        return std::nullopt;
    // The previous run, and older ones only while the newest loaded left something undecided.
    QList<RunView> earlier;
    for (qint64 id : std::as_const(earlierIds)) {
        if (!earlier.isEmpty() && !leavesUndecided(*reports.back()))
            break;
        if (!load(id))
            return std::nullopt;
        earlier.append(RunView{reports.back().get(), inputs.back().get()});
    }
    // The changes keep the rules of the newest report: into request.profile, which outlives them.
    return runChanges(RunView{reports.front().get(), inputs.front().get()}, earlier,
                      request.expiryDays);
}

// 5. The whole run as JSON.
bool writeAuditJson(const AuditRequest &request, const AuditOutcome &outcome,
                    const RunChanges *changes, QTextStream &err)
{
    QJsonArray links;
    for (qsizetype i = 0; i < request.workspace.links.size(); ++i)
        links.append(linkAssessmentToJson(request.workspace.links.at(i), outcome.links.at(i)));
    QJsonArray results;
    for (const AuditJob &j : outcome.jobs) {
        QJsonObject o = endpointResultToJson(outcome.results.value(j.ref));
        o.insert(QLatin1StringView("ref"), j.ref);
        results.append(o);
    }
    QJsonObject doc;
    doc.insert(QLatin1StringView("run"), outcome.run);
    doc.insert(QLatin1StringView("workspace"), request.workspace.name);
    doc.insert(QLatin1StringView("store"), outcome.store);
    doc.insert(QLatin1StringView("links"), links);
    doc.insert(QLatin1StringView("results"), results);
    QJsonArray domains;
    for (const DomainDefence &d : outcome.domains.domains)
        domains.append(domainDefenceToJson(d));
    doc.insert(QLatin1StringView("domains"), domains);
    if (changes)
        doc.insert(QLatin1StringView("changes"), runChangesToJson(*changes));
    QSaveFile f(*request.jsonPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(doc).toJson()) < 0 || !f.commit()) {
        err << Tr::tr("audit: cannot write %1: %2").arg(*request.jsonPath, f.errorString())
            << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int runAudit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const std::variant<AuditRequest, int> parsed = parseAudit(arguments, out, err);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    AuditRequest request = std::get<AuditRequest>(parsed);
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    int outboundStatus = ExitOk;
    if (request.outboundTest) {
        // Before the run begins: the run's inventory then holds the verdicts.
        const OutboundPlanOutcome plan =
            runOutboundPlan(request.workspace, request.domainDns.value_or(dns::ResolverOptions{}), out, err);
        if (!plan.ran) {
            err << Tr::tr("audit: --outbound-test: %1").arg(plan.error) << Qt::endl;
            return ExitFileError;
        }
        const QString source = QStringLiteral("audit --outbound-test");
        const OutboundRecording rec = recordOutboundTests(&request.workspace, plan.sessions, plan.policy, source);
        for (const QString &u : rec.unmatched)
            err << Tr::tr("outbound test: %1 is no host of the workspace: not recorded").arg(u) << Qt::endl;
        for (const QString &i : rec.ignored)
            err << Tr::tr("outbound test: %1 greeted with the name of a relay from another address: ignored").arg(i)
                << Qt::endl;
        if (!rec.recorded.isEmpty()) {
            // Into the file as it is now (the window or the receiver may have saved it meanwhile);
            // a file that no longer reads is left as it is.
            const WorkspaceReadResult current = loadWorkspaceFile(request.workspacePath);
            if (!current.workspace) {
                err << Tr::tr("audit: %1; the outbound tests were not saved").arg(current.error) << Qt::endl;
                outboundStatus = ExitFileError;
            } else {
                Workspace saved = *current.workspace;
                recordOutboundTests(&saved, plan.sessions, plan.policy, source);
                if (const QString error = saveWorkspaceFile(saved, request.workspacePath); !error.isEmpty()) {
                    err << Tr::tr("audit: %1").arg(error) << Qt::endl;
                    outboundStatus = ExitFileError;
                } else {
                    out << Tr::tr("outbound test: recorded %1").arg(rec.recorded.join(QStringLiteral(", ")))
                        << Qt::endl;
                }
            }
        }
        if (plan.triggerFailures > 0 || !plan.missing.isEmpty())
            outboundStatus = ExitFileError;
    }
    const AuditOutcome outcome = auditWorkspace(request, err, terminal);
    if (!outcome.ended) {
        out << outcome.listing;
        return ExitFileError;
    }
    std::optional<RunChanges> compared;
    if (request.comparePrevious || request.notify.any()) {
        compared = compareWithPrevious(request, outcome.run, err);
    }
    // The status: our own errors first, then what the run found, then what it could not reach.
    int status = outboundStatus;
    if ((request.comparePrevious || request.notify.any()) && !compared)
        status = ExitFileError; // the run is kept; its comparison could not be read
    if (request.jsonPath && !writeAuditJson(request, outcome, compared ? &*compared : nullptr, err))
        status = ExitFileError;
    if (outcome.storeErrors)
        status = ExitFileError;
    if (compared && compared->newsworthy() && request.notify.any()) {
        const QStringList errors = deliverNotification(*compared, request.notify);
        for (const QString &e : errors)
            err << Tr::tr("audit: %1").arg(e) << Qt::endl;
        if (!errors.isEmpty())
            status = ExitFileError;
    }
    if (status == ExitOk && outcome.failing) {
        err << Tr::tr("audit: %n open finding(s) of severity %1 or worse", nullptr, outcome.failing)
                   .arg(severityKey(*request.failOn))
            << Qt::endl;
        status = ExitFindings;
    }
    if (status == ExitOk && request.comparePrevious && compared && compared->regression())
        status = ExitFindings;
    if (status == ExitOk) {
        for (const EndpointResult &r : std::as_const(outcome.results)) {
            for (const EndpointResult *a : r.addressResults()) {
                if (couldNotRun(a->status))
                    status = ExitUnreachable;
            }
        }
    }
    // Quiet on success: the listing when asked, or when something is wrong.
    if (request.verbose || status != ExitOk)
        out << outcome.listing;
    if (compared && request.comparePrevious && (compared->newsworthy() || request.verbose)) {
        if (request.verbose || status != ExitOk)
            out << Qt::endl;
        out << changesText(*compared);
    }
    out.flush();
    if (terminal && !request.verbose && status == ExitOk)
        err << Tr::tr("audit: run %1 stored; %2")
                   .arg(outcome.run)
                   .arg(linkSummary(outcome.linkCounts))
            << Qt::endl;
    return status;
}

} // namespace mailtls::cli
