#include "app/cli/import_command.h"

#include "app/cli/cli.h"
#include "app/cli/discover_command.h"
#include "app/imports/csv_import.h"
#include "app/imports/dns_import.h"
#include "app/imports/nmap_import.h"
#include "app/inventory/workspace_io.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <variant>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::AuditCommand)
};

// What the command line asked for: one source into one workspace.
struct ImportRequest
{
    QString workspacePath;
    Workspace workspace;
    enum class Source
    {
        Csv,
        Nmap,
        Dns
    } source = Source::Csv;
    QString sourceValue; // the file, or the domain
    dns::ResolverOptions resolver;
};

// What the import gave, and the names DNS found that it did not import.
struct ImportOutcome
{
    ImportResult result;
    QStringList suggestions;
};

// The request, or the exit code after a message on err.
std::variant<ImportRequest, int> parseImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Import hosts and endpoints into a workspace, all or nothing."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption(Tr::tr("The workspace file to import into."));
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
    parser.addOptions({workspace, csvOption, nmapOption, dnsOption});
    const DnsOptions dnsOptions;
    dnsOptions.addTo(parser);
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    const int sources = int(parser.isSet(csvOption)) + int(parser.isSet(nmapOption)) + int(parser.isSet(dnsOption));
    if (!parser.isSet(workspace) || sources != 1) {
        err << Tr::tr("import: --workspace FILE and one of --csv FILE, --nmap FILE or --dns DOMAIN are required")
            << Qt::endl;
        return 2;
    }
    ImportRequest request;
    if (!dnsOptions.read(parser, QStringLiteral("import"), err, &request.resolver))
        return 2;
    request.workspacePath = parser.value(workspace);
    const WorkspaceReadResult loaded = loadWorkspaceFile(request.workspacePath);
    if (!loaded.workspace) {
        err << loaded.error << Qt::endl;
        return ExitFileError;
    }
    request.workspace = *loaded.workspace;
    if (parser.isSet(dnsOption)) {
        request.source = ImportRequest::Source::Dns;
        request.sourceValue = parser.value(dnsOption);
    } else if (parser.isSet(nmapOption)) {
        request.source = ImportRequest::Source::Nmap;
        request.sourceValue = parser.value(nmapOption);
    } else {
        request.sourceValue = parser.value(csvOption);
    }
    return request;
}

// The domain's mail hosts as DNS discovery finds them; its failed queries as warnings on err.
std::variant<ImportOutcome, int> importFromDns(const ImportRequest &request, QTextStream &err)
{
    QString error;
    const auto domain = normalizeDomain(request.sourceValue, &error);
    if (!domain) {
        err << Tr::tr("import: %1").arg(error) << Qt::endl;
        return 2;
    }
    const DnsDiscoveryResult discovery = discoverAndWait(*domain, request.resolver);
    for (const DnsQueryOutcome &q : discovery.failures()) {
        err << Tr::tr("import: warning: %1 %2: %3 (%4)")
                   .arg(q.name, dns::recordTypeName(q.type), dns::lookupStatusLabel(q.status), q.detail)
            << Qt::endl;
    }
    ImportOutcome outcome;
    for (const SuggestedName &n : discovery.names)
        outcome.suggestions.append(n.name);
    outcome.result = importDnsDiscovery(request.workspace, discovery);
    return outcome;
}

// The hosts of a CSV file or an nmap XML report.
std::variant<ImportOutcome, int> importFromFile(const ImportRequest &request, QTextStream &err)
{
    const bool nmap = request.source == ImportRequest::Source::Nmap;
    QFile source(request.sourceValue);
    if (const QString e = nmap ? QString() : csvSizeError(source.size(), source.fileName()); !e.isEmpty()) {
        err << Tr::tr("import: %1 (nothing was imported)").arg(e) << Qt::endl; // refused before it is read
        return ExitFileError;
    }
    if (!source.open(QIODevice::ReadOnly)) {
        err << Tr::tr("import: %1: %2").arg(source.fileName(), source.errorString()) << Qt::endl;
        return ExitFileError;
    }
    ImportOutcome outcome;
    outcome.result = nmap ? importNmapXml(request.workspace, source.readAll(), source.fileName())
                          : importHostsCsv(request.workspace, source.readAll(), source.fileName());
    return outcome;
}

// Saves the workspace the import made and says what it added.
int saveImport(const ImportRequest &request, const ImportOutcome &outcome, QTextStream &out, QTextStream &err)
{
    const ImportResult &r = outcome.result;
    if (!r.workspace) {
        err << Tr::tr("import: %1 (nothing was imported)").arg(r.error) << Qt::endl;
        return ExitFileError;
    }
    if (const QString e = saveWorkspaceFile(*r.workspace, request.workspacePath); !e.isEmpty()) {
        err << Tr::tr("import: %1").arg(e) << Qt::endl;
        return ExitFileError;
    }
    out << Tr::tr("Imported into %1: %2 new hosts, %3 new endpoints, %4 new links.")
               .arg(request.workspacePath)
               .arg(r.hostsAdded)
               .arg(r.endpointsAdded)
               .arg(r.linksAdded)
        << Qt::endl;
    if (!outcome.suggestions.isEmpty()) {
        out << Tr::tr("Not imported, worth a look (discover shows what they may serve): %1")
                   .arg(outcome.suggestions.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    return 0;
}

} // namespace

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const std::variant<ImportRequest, int> parsed = parseImport(arguments, out, err);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const ImportRequest &request = std::get<ImportRequest>(parsed);
    const std::variant<ImportOutcome, int> imported = request.source == ImportRequest::Source::Dns
                                                          ? importFromDns(request, err)
                                                          : importFromFile(request, err);
    if (const int *code = std::get_if<int>(&imported))
        return *code;
    return saveImport(request, std::get<ImportOutcome>(imported), out, err);
}

} // namespace mailtls::cli
