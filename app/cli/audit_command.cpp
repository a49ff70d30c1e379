#include "app/cli/audit_command.h"

#include "app/cli/cli.h"
#include "app/cli/discover_command.h"
#include "app/cli/network_options.h"
#include "app/cli/store_options.h"
#include "app/session/audit_session.h"
#include "app/store/audit_store.h"
#include "app/imports/csv_import.h"
#include "app/imports/dns_import.h"
#include "app/imports/nmap_import.h"
#include "app/inventory/labels.h"
#include "app/evidence/link_state.h"
#include "app/history/run_history.h"
#include "app/inventory/workspace_io.h"
#include "probes/result_json.h"
#include "probes/scheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <unistd.h>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::AuditCommand)
};

// The key of the endpoint a link names, as auditJobs() keys it; empty when it names none.
QString linkEndpointKey(const WorkspaceIndex &ws, const Link &l)
{
    const Endpoint *e = ws.endpoint(l.endpoint);
    return e ? EndpointRef{l.endpoint.hostId, e->protocol, e->port}.toString() : QString();
}

} // namespace

int runAudit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Probe every endpoint of a workspace, keep the run in the audit store, and print the links by state."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
                                             Tr::tr("The workspace file to audit."), Tr::tr("file"));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Also write the whole run as JSON to this file."),
                                        Tr::tr("file"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), Tr::tr("The policy profile whose checklist the run brings up to date (default: m3aawg)."),
        Tr::tr("id"));
    const NetworkOptions network;
    parser.addOptions({workspaceOption, db, jsonOption, profileOption});
    network.addTo(parser);
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    if (!parser.isSet(workspaceOption)) {
        err << Tr::tr("audit: --workspace FILE is required") << Qt::endl;
        return 2;
    }
    const std::optional<StoreLocation> location = dbLocation(parser, db, QStringLiteral("audit"), err);
    if (!location)
        return 2;
    ProbeOptions options;
    SchedulerLimits limits;
    if (!network.read(parser, QStringLiteral("audit"), err, &options, &limits))
        return 2;
    const QString profileId = parser.isSet(profileOption) ? parser.value(profileOption) : QStringLiteral("m3aawg");
    const std::optional<Profile> profile = builtinProfile(profileId);
    if (!profile) {
        err << Tr::tr("audit: unknown profile '%1'").arg(profileId) << Qt::endl;
        return 2;
    }
    const WorkspaceReadResult loaded = loadWorkspaceFile(parser.value(workspaceOption));
    if (!loaded.workspace) {
        err << loaded.error << Qt::endl;
        return 1;
    }
    const Workspace &ws = *loaded.workspace;
    QString error;
    std::unique_ptr<AuditStore> store = AuditStore::open(*location, &error);
    if (!store) {
        err << Tr::tr("audit: %1").arg(error) << Qt::endl;
        return 1;
    }
    const QList<AuditJob> jobs = auditJobs(ws);
    const std::optional<qint64> run = store->beginRun(ws, static_cast<int>(jobs.size()), &error);
    if (!run) {
        err << Tr::tr("audit: %1").arg(error) << Qt::endl;
        return 1;
    }
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    err << Tr::tr("audit: run %1 of %2, %n endpoint(s), stored in %3", nullptr, static_cast<int>(jobs.size()))
               .arg(*run)
               .arg(ws.name, store->location())
        << Qt::endl;

    // 1. Probe; each result is stored as it arrives (the command line's main thread owns the store).
    ProbeScheduler scheduler(limits, options);
    QList<ProbeTarget> targets;
    for (const AuditJob &j : jobs)
        targets.append(j.target);
    QMap<QString, EndpointResult> byRef;
    int storeErrors = 0;
    QObject::connect(&scheduler, &ProbeScheduler::endpointFinished, &scheduler,
                     [&](int index, const EndpointResult &r) {
                         const AuditJob &job = jobs.at(index);
                         byRef.insert(job.ref, r);
                         QString e;
                         if (!store->addResult(*run, job.ref, r, &e)) {
                             ++storeErrors;
                             err << Tr::tr("audit: %1").arg(e) << Qt::endl;
                         }
                         if (terminal) {
                             err << QStringLiteral("[%1/%2] ").arg(byRef.size()).arg(jobs.size()) << job.ref
                                 << QStringLiteral(": ") << linkStateLabel(assessEndpoint(r).state) << Qt::endl;
                         }
                     });
    QEventLoop loop;
    QObject::connect(&scheduler, &ProbeScheduler::finished, &loop, &QEventLoop::quit);
    QFuture<EndpointResult> future = scheduler.start(targets);
    loop.exec();
    future.waitForFinished();
    if (!store->finishRun(*run, &error)) {
        err << Tr::tr("audit: %1").arg(error) << Qt::endl;
        return 1;
    }

    // 2. The links by state.
    QMap<LinkState, int> counts;
    QJsonArray links;
    out << Tr::tr("Links:") << Qt::endl;
    const WorkspaceIndex index(ws);
    for (const Link &l : ws.links) {
        const auto probed = byRef.constFind(linkEndpointKey(index, l));
        const LinkAssessment a =
            assessLink(probed != byRef.cend() ? &probed.value() : nullptr, index.observations(l.id));
        counts[a.state] += 1;
        out << QStringLiteral("  M%1  %2 -> %3: %4")
                   .arg(measureForLinkKind(l.kind))
                   .arg(ws.nodeName(l.from), l.endpoint.toString(), linkStateLabel(a.state));
        if (!a.reasonTexts.isEmpty())
            out << QStringLiteral(" (") << a.reasonTexts.join(QStringLiteral("; ")) << QLatin1Char(')');
        out << Qt::endl;
        QJsonObject o;
        o.insert(QLatin1StringView("id"), l.id);
        o.insert(QLatin1StringView("kind"), linkKindKey(l.kind));
        o.insert(QLatin1StringView("from"), l.from);
        o.insert(QLatin1StringView("endpoint"), l.endpoint.toString());
        o.insert(QLatin1StringView("state"), linkStateKey(a.state));
        o.insert(QLatin1StringView("reasons"), QJsonArray::fromStringList(a.reasons));
        o.insert(QLatin1StringView("incomplete"), a.incomplete);
        if (a.observed) {
            QJsonObject seen;
            seen.insert(QLatin1StringView("transport"), a.observed->transport);
            seen.insert(QLatin1StringView("tls_version"), a.observed->tlsVersion);
            seen.insert(QLatin1StringView("cipher"), a.observed->cipher);
            seen.insert(QLatin1StringView("last_seen"), a.observed->lastSeen.toString(Qt::ISODate));
            seen.insert(QLatin1StringView("message_id"), a.observed->messageId);
            seen.insert(QLatin1StringView("cleartext_seen"), a.observed->cleartextSeen);
            o.insert(QLatin1StringView("observed"), seen);
        }
        links.append(o);
    }
    QStringList summary;
    for (LinkState s : allLinkStates()) {
        if (counts.value(s))
            summary.append(QStringLiteral("%1 %2").arg(linkStateLabel(s)).arg(counts.value(s)));
    }
    out << Tr::tr("Summary: %1").arg(summary.join(QStringLiteral(", "))) << Qt::endl;

    // 3. The checklist catches up: items found, verified, regressed.
    {
        QHash<QString, EndpointResult> results;
        for (auto it = byRef.cbegin(); it != byRef.cend(); ++it)
            results.insert(it.key(), it.value());
        const Evaluation evaluation = evaluate(*profile, ws, results);
        std::optional<StoredRun> stored;
        for (const StoredRun &r : store->runs(ws.name)) {
            if (r.id == *run)
                stored = r;
        }
        const std::optional<Reconciliation> update =
            stored ? updateChecklist(*store, ws, evaluation, *stored, QDate::currentDate(), &error) : std::nullopt;
        if (!update) {
            err << Tr::tr("audit: the checklist was not updated: %1").arg(error) << Qt::endl;
            ++storeErrors;
        } else {
            QMap<ItemChange, int> changes;
            for (const ItemEvent &e : update->events)
                changes[e.change] += 1;
            QMap<ItemState, int> states;
            for (const TrackedItem &t : update->items)
                states[t.state] += 1;
            QStringList parts;
            for (ItemState s : allItemStates()) {
                if (states.value(s))
                    parts << QStringLiteral("%1 %2").arg(itemStateLabel(s)).arg(states.value(s));
            }
            out << Tr::tr("Checklist (%1): %2").arg(profile->id, parts.join(QStringLiteral(", ")));
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
        // The run's figures for the history, with the checklist as this run left it.
        QString figuresError;
        recordRunFigures(*store, ws, *profile, *run, &figuresError);
        if (!figuresError.isEmpty()) {
            err << Tr::tr("audit: %1").arg(figuresError) << Qt::endl;
            ++storeErrors;
        }
    }

    // 4. The whole run as JSON, when asked.
    if (parser.isSet(jsonOption)) {
        QJsonArray results;
        for (const AuditJob &j : jobs) {
            QJsonObject o = endpointResultToJson(byRef.value(j.ref));
            o.insert(QLatin1StringView("ref"), j.ref);
            results.append(o);
        }
        QJsonObject doc;
        doc.insert(QLatin1StringView("run"), *run);
        doc.insert(QLatin1StringView("workspace"), ws.name);
        doc.insert(QLatin1StringView("store"), store->location());
        doc.insert(QLatin1StringView("links"), links);
        doc.insert(QLatin1StringView("results"), results);
        QSaveFile f(parser.value(jsonOption));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(doc).toJson()) < 0 || !f.commit()) {
            err << Tr::tr("audit: cannot write %1: %2").arg(parser.value(jsonOption), f.errorString()) << Qt::endl;
            return 1;
        }
    }
    return storeErrors ? 1 : 0;
}

int runRuns(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the audit runs kept in the store, newest first."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
                                             Tr::tr("Only the runs of this workspace."), Tr::tr("file"));
    const QCommandLineOption db = dbOption();
    parser.addOptions({workspaceOption, db});
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    const std::optional<StoreLocation> location = dbLocation(parser, db, QStringLiteral("runs"), err);
    if (!location)
        return 2;
    QString name;
    if (parser.isSet(workspaceOption)) {
        const WorkspaceReadResult loaded = loadWorkspaceFile(parser.value(workspaceOption));
        if (!loaded.workspace) {
            err << loaded.error << Qt::endl;
            return 1;
        }
        name = loaded.workspace->name;
    }
    if (location->kind == StoreLocation::Kind::Sqlite && !QFileInfo::exists(location->path)) {
        out << Tr::tr("No runs yet (%1 does not exist).").arg(location->path) << Qt::endl;
        return 0;
    }
    QString error;
    const std::unique_ptr<AuditStore> store = AuditStore::open(*location, &error);
    if (!store) {
        err << Tr::tr("runs: %1").arg(error) << Qt::endl;
        return 1;
    }
    out << Tr::tr("Store: %1").arg(store->location()) << Qt::endl;
    for (const StoredRun &r : store->runs(name)) {
        out << QStringLiteral("%1  %2  %3  ").arg(r.id, 4).arg(r.startedAt.toString(Qt::ISODate), r.workspace)
            << Tr::tr("%1, %2 of %3 endpoints, version %4")
                   .arg(r.state)
                   .arg(r.results)
                   .arg(r.endpoints)
                   .arg(r.toolVersion)
            << Qt::endl;
    }
    return 0;
}

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Import hosts and endpoints into a workspace, all or nothing."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
                                             Tr::tr("The workspace file to import into."), Tr::tr("file"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       Tr::tr("A CSV file with a header row (host, address, roles, zone, site, "
                                              "software, protocol, port)."),
                                       Tr::tr("file"));
    const QCommandLineOption nmapOption(QStringLiteral("nmap"),
                                        Tr::tr("An nmap XML report (nmap -oX): hosts with open mail ports."),
                                        Tr::tr("file"));
    const QCommandLineOption dnsOption(QStringLiteral("dns"),
                                       Tr::tr("A mail domain: its MX hosts and the services its SRV records "
                                              "publish, as DNS discovery finds them (see 'discover')."),
                                       Tr::tr("domain"));
    parser.addOptions({workspaceOption, csvOption, nmapOption, dnsOption});
    const DnsOptions dnsOptions;
    dnsOptions.addTo(parser);
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    const int sources = int(parser.isSet(csvOption)) + int(parser.isSet(nmapOption)) + int(parser.isSet(dnsOption));
    if (!parser.isSet(workspaceOption) || sources != 1) {
        err << Tr::tr("import: --workspace FILE and one of --csv FILE, --nmap FILE or --dns DOMAIN are required")
            << Qt::endl;
        return 2;
    }
    dns::ResolverOptions resolverOptions;
    if (!dnsOptions.read(parser, QStringLiteral("import"), err, &resolverOptions))
        return 2;
    const QString workspacePath = parser.value(workspaceOption);
    const WorkspaceReadResult loaded = loadWorkspaceFile(workspacePath);
    if (!loaded.workspace) {
        err << loaded.error << Qt::endl;
        return 1;
    }
    ImportResult r;
    QStringList suggestions;
    if (parser.isSet(dnsOption)) {
        QString error;
        const auto domain = normalizeDomain(parser.value(dnsOption), &error);
        if (!domain) {
            err << Tr::tr("import: %1").arg(error) << Qt::endl;
            return 2;
        }
        const DnsDiscoveryResult discovery = discoverAndWait(*domain, resolverOptions);
        for (const DnsQueryOutcome &q : discovery.failures()) {
            err << Tr::tr("import: warning: %1 %2: %3 (%4)")
                       .arg(q.name, dns::recordTypeName(q.type), dns::lookupStatusLabel(q.status), q.detail)
                << Qt::endl;
        }
        for (const SuggestedName &n : discovery.names)
            suggestions.append(n.name);
        r = importDnsDiscovery(*loaded.workspace, discovery);
    } else {
        const bool nmap = parser.isSet(nmapOption);
        QFile source(parser.value(nmap ? nmapOption : csvOption));
        if (const QString e = nmap ? QString() : csvSizeError(source.size(), source.fileName()); !e.isEmpty()) {
            err << Tr::tr("import: %1 (nothing was imported)").arg(e) << Qt::endl; // refused before it is read
            return 1;
        }
        if (!source.open(QIODevice::ReadOnly)) {
            err << Tr::tr("import: %1: %2").arg(source.fileName(), source.errorString()) << Qt::endl;
            return 1;
        }
        r = nmap ? importNmapXml(*loaded.workspace, source.readAll(), source.fileName())
                 : importHostsCsv(*loaded.workspace, source.readAll(), source.fileName());
    }
    if (!r.workspace) {
        err << Tr::tr("import: %1 (nothing was imported)").arg(r.error) << Qt::endl;
        return 1;
    }
    if (const QString e = saveWorkspaceFile(*r.workspace, workspacePath); !e.isEmpty()) {
        err << Tr::tr("import: %1").arg(e) << Qt::endl;
        return 1;
    }
    out << Tr::tr("Imported into %1: %2 new hosts, %3 new endpoints, %4 new links.")
               .arg(workspacePath)
               .arg(r.hostsAdded)
               .arg(r.endpointsAdded)
               .arg(r.linksAdded)
        << Qt::endl;
    if (!suggestions.isEmpty()) {
        out << Tr::tr("Not imported, worth a look (discover shows what they may serve): %1")
                   .arg(suggestions.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    return 0;
}

} // namespace mailtls::cli
