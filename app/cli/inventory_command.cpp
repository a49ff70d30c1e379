#include "app/cli/inventory_command.h"

#include "app/cli/cli.h"
#include "app/inventory/labels.h"
#include "app/inventory/workspace_io.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Cli)
};

} // namespace

int runInventory(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Print the hosts, endpoints and links of a workspace."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption(Tr::tr("The workspace file to read."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Print the workspace as JSON (normalised)."));
    parser.addOption(workspace);
    parser.addOption(jsonOption);
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    if (!parser.isSet(workspace)) {
        err << Tr::tr("inventory: --workspace FILE is required") << Qt::endl;
        return 2;
    }
    const WorkspaceReadResult result = loadWorkspaceFile(parser.value(workspace));
    if (!result.workspace) {
        err << result.error << Qt::endl;
        return ExitFileError;
    }
    const Workspace &ws = *result.workspace;
    if (parser.isSet(jsonOption)) {
        out << QString::fromUtf8(workspaceToJson(ws));
        return 0;
    }
    out << Tr::tr("Workspace: %1").arg(ws.name);
    if (!ws.organisation.isEmpty())
        out << QStringLiteral(" (") << ws.organisation << QLatin1Char(')');
    out << Qt::endl;
    out << Tr::tr("%n host(s)", nullptr, static_cast<int>(ws.hosts.size())) << QStringLiteral(", ")
        << Tr::tr("%n link(s)", nullptr, static_cast<int>(ws.links.size())) << Qt::endl;
    for (const Host &h : ws.hosts) {
        QStringList roles;
        for (HostRole r : h.roles)
            roles.append(hostRoleLabel(r));
        out << QStringLiteral("  ") << h.name << QStringLiteral("  [") << zoneLabel(h.zone)
            << QStringLiteral("; ") << roles.join(QStringLiteral(", ")) << QLatin1Char(']')
            << Qt::endl;
        for (const Endpoint &e : h.endpoints)
            out << QStringLiteral("    ") << ws.target(h, e).url() << Qt::endl;
    }
    out << Tr::tr("Links:") << Qt::endl;
    for (const Link &l : ws.links) {
        out << QStringLiteral("  M%1  ").arg(measureForLinkKind(l.kind)) << linkKindLabel(l.kind)
            << QStringLiteral(": ") << ws.nodeName(l.from) << QStringLiteral(" -> ")
            << l.endpoint.toString() << Qt::endl;
    }
    return 0;
}

} // namespace mailtls::cli
