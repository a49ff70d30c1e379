// mailtls-lab: starts the lab's real mail servers on loopback for the demo and
// for hands-on testing, and stops them when it ends.
//
//   mailtls-lab list [--lab FILE]
//   mailtls-lab run [--lab FILE] [--only ID,...] [-- COMMAND ARGS...]
//   mailtls-lab rollout --db FILE [--workspace FILE] [-- COMMAND ARGS...]
//
// With a COMMAND, the lab runs while the command runs; without, until SIGINT
// or SIGTERM. The servers are children of this process and die with it.
//
// rollout shows the rollout the product tracks, on the demo: it audits the
// lab into the store (the `audit` command), applies the remediation
// checklist of that run to the lab's servers as an admin would
// (ChecklistApplier), marks the items done, reloads the servers and audits
// again; then runs COMMAND (the window, say) with the lab still up, or ends.

#include "app/store/audit_store.h"
#include "app/policy/policy_evaluation.h"
#include "app/remediation/remediation.h"
#include "app/inventory/workspace_io.h"
#include "lab/checklist_applier.h"
#include "lab/lab.h"
#include "probes/result_json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <csignal>

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int) { g_stopRequested = 1; }

QString defaultLabFile()
{
    return QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/lab.json");
}

const char *serverName(mailtls::lab::ServerKind kind)
{
    switch (kind) {
    case mailtls::lab::ServerKind::Postfix: return "postfix";
    case mailtls::lab::ServerKind::Dovecot: return "dovecot";
    case mailtls::lab::ServerKind::Nginx: return "nginx";
    case mailtls::lab::ServerKind::Gnutls: return "gnutls";
    case mailtls::lab::ServerKind::Slapd: return "slapd";
    }
    return "?";
}

// The `audit` command of the product next to this tool, into db, trusting the lab's CA.
QString audit(const QString &auditor, const QString &workspace, const QString &db, const QString &caFile)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(auditor, {QStringLiteral("audit"), QStringLiteral("--workspace"), workspace, QStringLiteral("--db"), db,
                      QStringLiteral("--ca-file"), caFile});
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 audit failed (%2)").arg(auditor, p.errorString());
    return {};
}

// The checklist of the latest run applied to the lab, its items marked done, the servers reloaded.
QString remediate(mailtls::lab::Lab &lab, const QString &workspacePath, const QString &db, QTextStream &err)
{
    using namespace mailtls;
    const WorkspaceReadResult loaded = loadWorkspaceFile(workspacePath);
    if (!loaded.workspace)
        return loaded.error;
    const Workspace &ws = *loaded.workspace;
    QString error;
    const std::unique_ptr<AuditStore> store = AuditStore::open(db, &error);
    if (!store)
        return error;
    QHash<QString, EndpointResult> results;
    for (const StoredResult &r : store->latestResults(ws.name)) {
        if (std::optional<EndpointResult> result = endpointResultFromJson(r.result))
            results.insert(r.endpoint, *result);
    }
    const Profile profile = *builtinProfile(u"m3aawg");
    const Evaluation evaluation = evaluate(profile, ws, results);
    const QList<ChecklistItem> checklist = buildChecklist(evaluation, ws, results);
    lab::ChecklistApplier applier(lab, ws);
    for (const ChecklistItem &item : checklist) {
        if (const QString e = applier.apply(item); !e.isEmpty())
            return e;
        err << "mailtls-lab: applied " << item.finding.ruleId << " on " << item.finding.endpoint << Qt::endl;
    }
    for (const TrackedItem &item : store->checklistItems(ws.name, profile.id)) {
        if (item.state == ItemState::Open &&
            !setChecklistItemState(*store, ws.name, profile.id, item.key(), ItemState::Done,
                                   QStringLiteral("applied by mailtls-lab rollout"), QDateTime::currentDateTimeUtc(),
                                   &error))
            return error;
    }
    for (const QString &id : applier.touched()) {
        if (const QString e = lab.reload(id); !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = app.arguments();
    QStringList command;
    const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
    if (separator >= 0) {
        command = arguments.mid(separator + 1);
        arguments = arguments.mid(0, separator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the MailTLS Auditor lab: real Postfix, Dovecot and nginx servers on loopback."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, run or rollout"));
    const QCommandLineOption labOption(QStringLiteral("lab"), QStringLiteral("Lab description."),
                                       QStringLiteral("file"), defaultLabFile());
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Start only these services (and what they need)."),
                                        QStringLiteral("ids"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), QStringLiteral("rollout: the workspace to audit (default: the demo's)."),
        QStringLiteral("file"), QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("rollout: the audit store (SQLite file)."),
                                      QStringLiteral("file"));
    parser.addOption(labOption);
    parser.addOption(onlyOption);
    parser.addOption(workspaceOption);
    parser.addOption(dbOption);
    parser.process(arguments);

    const auto loaded = mailtls::lab::loadLabSpec(parser.value(labOption));
    if (!loaded.spec) {
        err << "mailtls-lab: " << loaded.error << Qt::endl;
        return 2;
    }
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("list")) {
        for (const auto &s : loaded.spec->services) {
            out << s.id << '\t' << serverName(s.kind) << '\t' << s.hostName << '\t';
            for (const auto &l : s.listeners)
                out << l.protocol << "://" << s.address << ':' << l.port << ' ';
            out << Qt::endl;
        }
        return 0;
    }
    const bool rollout = action == QLatin1String("rollout");
    if (rollout && !parser.isSet(dbOption)) {
        err << "mailtls-lab: rollout needs --db FILE, the store both audits go to" << Qt::endl;
        return 2;
    }
    if (action != QLatin1String("run") && !rollout) {
        err << parser.helpText();
        return 2;
    }

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    std::signal(SIGHUP, requestStop);

    mailtls::lab::Lab lab(*loaded.spec);
    QStringList only;
    if (parser.isSet(onlyOption))
        only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (const QString error = lab.start(only); !error.isEmpty()) {
        err << "mailtls-lab: " << error << Qt::endl;
        return 1;
    }
    err << "mailtls-lab: " << lab.running().size() << " servers up, state in " << lab.stateDir()
        << ", CA " << lab.caFile() << Qt::endl;

    int status = 0;
    if (rollout) {
        // 1. audit; 2. apply the checklist, mark it done, reload; 3. audit again.
        const QString auditor = QCoreApplication::applicationDirPath() + QStringLiteral("/../mailtls-auditor");
        const QString workspace = parser.value(workspaceOption);
        const QString db = parser.value(dbOption);
        QString error = audit(auditor, workspace, db, lab.caFile());
        if (error.isEmpty() && !g_stopRequested)
            error = remediate(lab, workspace, db, err);
        if (error.isEmpty() && !g_stopRequested)
            error = audit(auditor, workspace, db, lab.caFile());
        if (!error.isEmpty()) {
            err << "mailtls-lab: rollout: " << error << Qt::endl;
            lab.stop();
            return 1;
        }
        err << "mailtls-lab: rollout done: two runs in " << db << Qt::endl;
    }
    if (rollout && command.isEmpty()) {
        // Done: the two runs are in the store.
    } else if (command.isEmpty()) {
        err << "mailtls-lab: press Ctrl-C to stop" << Qt::endl;
        while (!g_stopRequested)
            QThread::msleep(200);
    } else {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.setInputChannelMode(QProcess::ForwardedInputChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MAILTLS_LAB_CA"), lab.caFile());
        child.setProcessEnvironment(env);
        child.start(command.first(), command.mid(1));
        if (!child.waitForStarted(10000)) {
            err << "mailtls-lab: cannot start " << command.first() << ": " << child.errorString()
                << Qt::endl;
            status = 127;
        } else {
            while (!child.waitForFinished(200)) {
                if (g_stopRequested) {
                    child.terminate();
                    if (!child.waitForFinished(5000))
                        child.kill();
                    break;
                }
            }
            child.waitForFinished(1000);
            status = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
        }
    }
    lab.stop();
    err << "mailtls-lab: stopped" << Qt::endl;
    return status;
}
