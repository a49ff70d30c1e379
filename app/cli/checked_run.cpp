#include "app/cli/checked_run.h"

#include "app/cli/cli.h"

#include "app/cli/store_options.h"
#include "app/inventory/workspace_io.h"
#include "probes/result_json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::FindingsCommand)
};

// The profile --profile names, or the exit code after a message on err.
std::variant<Profile, int> chosenProfile(const QCommandLineParser &parser, const QCommandLineOption &profile,
                                         const QString &command, QTextStream &err)
{
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
    return *p;
}

// The run wanted (0: the latest) from the store; false after a message on err.
bool findRun(CheckedRun &c, qint64 wantedRun, const QString &command, QTextStream &err)
{
    for (const StoredRun &r : c.store->runs(c.workspace.name)) {
        if (wantedRun == 0 || r.id == wantedRun) {
            c.run = r;
            return true;
        }
    }
    err << (wantedRun ? Tr::tr("%1: run %2 of %3 is not in %4")
                            .arg(command)
                            .arg(wantedRun)
                            .arg(c.workspace.name, c.store->location())
                      : Tr::tr("%1: %2 has no run of %3 yet; run 'audit' first")
                            .arg(command, c.store->location(), c.workspace.name))
        << Qt::endl;
    return false;
}

} // namespace

RunOptions::RunOptions()
    : workspace(workspaceOption(Tr::tr("The workspace the run audited."))),
      db(dbOption()),
      run(QStringLiteral("run"), Tr::tr("The run to check (default: the latest)."), Tr::tr("id")),
      profile(QStringLiteral("profile"), Tr::tr("The policy profile (default: m3aawg; 'profiles' lists them)."),
              Tr::tr("id"))
{
}

void RunOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({workspace, db, run, profile});
}

std::variant<CheckedRun, int> RunOptions::load(const QCommandLineParser &parser, const QString &command,
                                               QTextStream &err) const
{
    if (!parser.isSet(workspace)) {
        err << Tr::tr("%1: --workspace FILE is required").arg(command) << Qt::endl;
        return 2;
    }
    std::variant<Profile, int> p = chosenProfile(parser, profile, command, err);
    if (const int *code = std::get_if<int>(&p))
        return *code;
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
        return ExitFileError;
    }
    CheckedRun c{*loaded.workspace, {}, std::get<Profile>(std::move(p)), {}, {}, {}, QDate::currentDate(), {}};
    QString error;
    c.store = AuditStore::open(*location, &error);
    if (!c.store) {
        err << Tr::tr("%1: %2").arg(command, error) << Qt::endl;
        return ExitFileError;
    }
    if (!findRun(c, wantedRun, command, err))
        return ExitUsage;
    for (const StoredResult &s : c.store->results(c.run.id)) {
        if (std::optional<EndpointResult> r = endpointResultFromJson(s.result))
            c.results.insert(s.endpoint, *r);
    }
    c.domains.domains = c.store->domainChecks(c.run.id);
    c.evaluation = evaluate(c.profile, c.workspace, c.results, c.domains.domains.isEmpty() ? nullptr : &c.domains);
    return c;
}

} // namespace mailtls::cli
