#include "app/cli/runs_command.h"

#include "app/cli/cli.h"
#include "app/cli/store_options.h"
#include "app/inventory/workspace_io.h"
#include "app/store/audit_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::AuditCommand)
};

} // namespace

int runRuns(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the audit runs kept in the store, newest first."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption(Tr::tr("Only the runs of this workspace."));
    const QCommandLineOption db = dbOption();
    parser.addOptions({workspace, db});
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    const std::optional<StoreLocation> location = dbLocation(parser, db, QStringLiteral("runs"), err);
    if (!location)
        return 2;
    QString name;
    if (parser.isSet(workspace)) {
        const WorkspaceReadResult loaded = loadWorkspaceFile(parser.value(workspace));
        if (!loaded.workspace) {
            err << loaded.error << Qt::endl;
            return ExitFileError;
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
        return ExitFileError;
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

} // namespace mailtls::cli
