#include "app/cli/tls_rpt_command.h"

#include "app/cli/cli.h"
#include "app/cli/store_options.h"
#include "app/imports/tls_rpt_report.h"
#include "app/imports/tls_rpt_sources.h"
#include "app/inventory/workspace_io.h"
#include "app/store/audit_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::TlsRptCommand)
};

QString byType(const QMap<QString, qint64> &failed)
{
    QStringList parts;
    for (auto it = failed.constBegin(); it != failed.constEnd(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    return parts.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
}

int importReports(const QStringList &paths, const StoreLocation &location, QTextStream &out, QTextStream &err)
{
    const TlsRptImport read = readTlsRptSources(paths);
    for (const QString &e : read.errors)
        err << Tr::tr("tls-rpt: %1").arg(e) << Qt::endl;
    for (const QString &n : read.notes)
        err << Tr::tr("tls-rpt: note: %1").arg(n) << Qt::endl;
    int added = 0;
    QString where = location.display();
    if (!read.reports.isEmpty()) {
        QString error;
        const std::unique_ptr<AuditStore> store = AuditStore::open(location, &error);
        if (!store) {
            err << Tr::tr("tls-rpt: %1").arg(error) << Qt::endl;
            return ExitFileError;
        }
        where = store->location();
        QList<StoredTlsRptReport> kept;
        for (const TlsRptReport &r : read.reports)
            kept.append({r.organization, r.reportId, r.start, r.end, r.source, {}, r.json});
        if (!store->addTlsRptReports(kept, &added, &error)) {
            err << Tr::tr("tls-rpt: %1 (nothing was kept)").arg(error) << Qt::endl;
            return ExitFileError;
        }
    }
    out << Tr::tr("%1 report(s) read, %2 new kept in %3, %4 kept already; %5 read twice, %6 error(s).")
               .arg(read.reports.size())
               .arg(added)
               .arg(where)
               .arg(read.reports.size() - added)
               .arg(read.duplicates)
               .arg(read.errors.size())
        << Qt::endl;
    return read.errors.isEmpty() ? 0 : 1;
}

// The inbound MX hosts of the workspace's domains (of one domain when given), by name.
QStringList mxHostNames(const Workspace &ws, const QString &domain)
{
    QStringList names;
    for (const Domain &d : ws.domains) {
        if (!domain.isEmpty() && d.name.compare(domain, Qt::CaseInsensitive) != 0)
            continue;
        for (const QString &id : d.mxHosts) {
            if (const Host *h = ws.host(id); h && !names.contains(h->name))
                names.append(h->name);
        }
    }
    return names;
}

int summary(const StoreLocation &location, const QString &domain, const QString &workspacePath, bool json,
            QTextStream &out, QTextStream &err)
{
    QStringList mxHosts;
    if (!workspacePath.isEmpty()) {
        const WorkspaceReadResult loaded = loadWorkspaceFile(workspacePath);
        if (!loaded.workspace) {
            err << loaded.error << Qt::endl;
            return ExitFileError;
        }
        mxHosts = mxHostNames(*loaded.workspace, domain);
    }
    QList<TlsRptReport> reports;
    QString where = location.display();
    if (location.kind != StoreLocation::Kind::Sqlite || QFileInfo::exists(location.path)) {
        QString error;
        const std::unique_ptr<AuditStore> store = AuditStore::open(location, &error);
        if (!store) {
            err << Tr::tr("tls-rpt: %1").arg(error) << Qt::endl;
            return ExitFileError;
        }
        where = store->location();
        for (const StoredTlsRptReport &s : store->tlsRptReports()) {
            const QString source = Tr::tr("%1: report %2 of %3").arg(where, s.reportId, s.organization);
            if (std::optional<TlsRptReport> r = parseTlsRptReport(s.json, source, &error))
                reports.append(*r);
            else
                err << Tr::tr("tls-rpt: warning: %1").arg(error) << Qt::endl;
        }
    }
    const QList<TlsRptDailyRow> daily = tlsRptDaily(reports, domain);
    const QList<TlsRptMxRow> mx = tlsRptByMxHost(reports, mxHosts, domain);
    if (json) {
        out << QString::fromUtf8(QJsonDocument(tlsRptSummaryToJson(daily, mx)).toJson(QJsonDocument::Indented));
        return 0;
    }
    out << Tr::tr("Store: %1").arg(where) << Qt::endl;
    if (daily.isEmpty()) {
        out << (domain.isEmpty() ? Tr::tr("No TLS-RPT reports kept.") : Tr::tr("No TLS-RPT reports kept for %1.").arg(domain))
            << Qt::endl;
    } else {
        out << Tr::tr("Per sending organisation and day (UTC):") << Qt::endl;
        for (const TlsRptDailyRow &row : daily) {
            out << QStringLiteral("  %1  %2  %3  ").arg(row.day.toString(Qt::ISODate), row.organization, row.policyDomain)
                << Tr::tr("%1 successful, %2 failed").arg(row.successful).arg(row.failed) << byType(row.failedByType)
                << Qt::endl;
        }
    }
    if (!mx.isEmpty()) {
        out << Tr::tr("Per MX host:") << Qt::endl;
        for (const TlsRptMxRow &row : mx) {
            QString name = row.name;
            const bool withWorkspace = !workspacePath.isEmpty(); // without one, no host is ours: nothing to say
            if (row.kind == TlsRptMxRow::Kind::Domain)
                name = Tr::tr("%1 (the domain: its policy names no MX host)").arg(row.name);
            else if (row.kind == TlsRptMxRow::Kind::Patterns && !row.hosts.isEmpty())
                name = Tr::tr("%1 (shared by %2)").arg(row.name, row.hosts.join(QStringLiteral(", ")));
            else if (!row.ours && withWorkspace)
                name = Tr::tr("%1 (no MX host of the workspace)").arg(row.name);
            out << QStringLiteral("  %1  ").arg(name);
            if (row.organizations.isEmpty()) {
                out << (row.alsoIn.isEmpty() ? Tr::tr("no report names it")
                                             : Tr::tr("no report names it alone; see %1")
                                                   .arg(row.alsoIn.join(QStringLiteral("; "))))
                    << Qt::endl;
                continue;
            }
            out << Tr::tr("%1 successful, %2 failed").arg(row.successful).arg(row.failed) << byType(row.failedByType)
                << QStringLiteral("; ") << Tr::tr("reported by %1").arg(row.organizations.join(QStringLiteral(", ")));
            if (!row.alsoIn.isEmpty())
                out << QStringLiteral("; ") << Tr::tr("more in %1").arg(row.alsoIn.join(QStringLiteral("; ")));
            out << Qt::endl;
        }
    }
    return 0;
}

} // namespace

int runTlsRpt(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("TLS-RPT aggregate reports (RFC 8460): 'import PATH...' keeps reports (JSON, .json.gz, an .eml, an "
               "mbox or a maildir) in the audit store, each once; 'summary' shows them per sending organisation and "
               "day and per MX host."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("import or summary"));
    parser.addPositionalArgument(QStringLiteral("paths"), Tr::tr("import: report files, messages, mboxes, maildirs"),
                                 QStringLiteral("[PATH...]"));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption domainOption(QStringLiteral("domain"),
                                          Tr::tr("summary: only the reports' policies for this domain."),
                                          Tr::tr("domain"));
    const QCommandLineOption workspace =
        workspaceOption(Tr::tr("summary: the workspace whose domains' inbound MX hosts the failures are shown on."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("summary: print it as JSON."));
    parser.addOptions({db, domainOption, workspace, jsonOption});
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const std::optional<StoreLocation> location = dbLocation(parser, db, QStringLiteral("tls-rpt"), err);
    if (!location)
        return 2;
    if (action == QLatin1String("import")) {
        if (positional.size() < 2) {
            err << Tr::tr("tls-rpt import: give at least one file, mbox or maildir") << Qt::endl;
            return 2;
        }
        return importReports(positional.mid(1), *location, out, err);
    }
    if (action == QLatin1String("summary") && positional.size() == 1) {
        return summary(*location, parser.value(domainOption), parser.isSet(workspace) ? parser.value(workspace) : QString(),
                       parser.isSet(jsonOption), out, err);
    }
    err << Tr::tr("tls-rpt: 'import PATH...' or 'summary' is required (see --help)") << Qt::endl;
    return 2;
}

} // namespace mailtls::cli
