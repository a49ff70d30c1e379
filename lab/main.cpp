// mailtls-lab: starts the lab's real mail servers on loopback for the demo and
// for hands-on testing, and stops them when it ends.
//
//   mailtls-lab list [--lab FILE]
//   mailtls-lab run [--lab FILE] [--only ID,...] [--dns-stage none|testing|enforce] [-- COMMAND ARGS...]
//   mailtls-lab rollout --db FILE [--workspace FILE] [-- COMMAND ARGS...]
//
// With a COMMAND, the lab runs while the command runs; without, until SIGINT
// or SIGTERM. The servers are children of this process and die with it. The
// COMMAND finds the lab in its environment: MAILTLS_LAB_CA (the CA file) and,
// when the lab serves DNS, MAILTLS_LAB_DNS (ADDR:PORT), MAILTLS_LAB_TRUST_ANCHOR
// (the zone's DS file) and MAILTLS_LAB_POLICY_PORT (the MTA-STS policy host's port);
// after a rollout, MAILTLS_LAB_WORKSPACE (the workspace it audited).
//
// rollout shows the rollout the product tracks, on the demo, in three audits
// into one store (the `audit` command, with the lab's DNS): (1) the lab as it
// starts, no defence against downgrade; (2) after the remediation checklist
// of run 1 applied to the lab's servers as an admin would (ChecklistApplier),
// with MTA-STS in testing mode and a TLS-RPT record published; (3) after
// MTA-STS in enforce mode and DANE. The applied items are marked done and
// the touched servers reloaded before each audit. It audits a copy of the
// workspace next to the store (audits.sqlite: audits.workspace.json): with an outbound test plan,
// each audit first makes the relays send to the lab's destinations
// (`audit --outbound-test`) and records their verdicts there. Then it runs
// COMMAND (the window, say) with the lab still up, or ends.

#include "app/store/audit_store.h"
#include "app/policy/policy_evaluation.h"
#include "app/remediation/remediation.h"
#include "app/inventory/workspace_io.h"
#include "lab/checklist_applier.h"
#include "lab/lab.h"
#include "probes/result_json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <csignal>

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int) { g_stopRequested = 1; }

// A file of the demo: from the source tree the lab was built in, else from
// the installed share/mailtls-auditor/demo next to the binary's prefix.
QString demoFile(const QString &name)
{
    const QString source = QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/") + name;
    if (QFileInfo::exists(source))
        return source;
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/mailtls-auditor/demo/") + name);
}

// The copy of the workspace a rollout audits, next to its store: audits.sqlite -> audits.workspace.json.
QString rolloutWorkspace(const QString &db)
{
    const QFileInfo info(db);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".workspace.json"));
}

QString defaultLabFile()
{
    return demoFile(QStringLiteral("lab.json"));
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

// The `audit` command of the product next to this tool, into db, trusting the lab's CA,
// checking the domains with the lab's DNS and policy host.
QString audit(const QString &auditor, const QString &workspace, const QString &db, const mailtls::lab::Lab &lab)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList args{QStringLiteral("audit"), QStringLiteral("--workspace"), workspace, QStringLiteral("--db"), db,
                     QStringLiteral("--ca-file"), lab.caFile(), QStringLiteral("--verbose")};
    // The workspace's outbound test plan run first: its relays send to the
    // lab's destinations, the verdicts recorded in the workspace.
    const mailtls::WorkspaceReadResult loaded = mailtls::loadWorkspaceFile(workspace);
    if (loaded.workspace && loaded.workspace->outboundTestPlan)
        args << QStringLiteral("--outbound-test");
    if (!lab.dnsServer().isEmpty())
        args << QStringLiteral("--dns-server") << lab.dnsServer() << QStringLiteral("--trust-anchor")
             << lab.trustAnchorFile() << QStringLiteral("--policy-port") << QString::number(lab.policyPort());
    p.start(auditor, args);
    // Exit 3 (some endpoints unreachable) still keeps the run: a stage may stop a server.
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit ||
        (p.exitCode() != 0 && p.exitCode() != 3))
        return QStringLiteral("%1 audit failed (exit %2, %3)").arg(auditor).arg(p.exitCode()).arg(p.errorString());
    return {};
}

// The checklist of the latest run applied to the lab, its applied items marked done, the servers
// reloaded, the lab's DNS at stage.
QString remediate(mailtls::lab::Lab &lab, const QString &workspacePath, const QString &db,
                  mailtls::lab::DnsStage stage, QTextStream &err)
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
    DomainDefences domains;
    domains.domains = store->latestDomainChecks(ws.name);
    const Profile profile = *builtinProfile(u"m3aawg");
    const Evaluation evaluation = evaluate(profile, ws, results, domains.domains.isEmpty() ? nullptr : &domains);
    const QList<ChecklistItem> checklist = buildChecklist(evaluation, ws, results);
    lab::ChecklistApplier applier(lab, ws);
    applier.setDnsStage(stage);
    for (const ChecklistItem &item : checklist) {
        if (const QString e = applier.apply(item); !e.isEmpty())
            return e;
        const bool applied = applier.applied().contains(item.finding.ruleId + u'@' + item.finding.endpoint);
        err << "mailtls-lab: " << (applied ? "applied " : "left for a later DNS stage: ") << item.finding.ruleId
            << " on " << item.finding.endpoint << Qt::endl;
    }
    if (!lab.dnsServer().isEmpty()) {
        if (const QString e = lab.setDnsStage(stage); !e.isEmpty())
            return e;
        err << "mailtls-lab: DNS stage " << lab::dnsStageKey(stage) << " published" << Qt::endl;
    }
    const QStringList applied = applier.applied();
    for (const TrackedItem &item : store->checklistItems(ws.name, profile.id)) {
        if (item.state == ItemState::Open && applied.contains(item.key()) &&
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
        QStringLiteral("file"), demoFile(QStringLiteral("demo-workspace.json")));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("rollout: the audit store (SQLite file)."),
                                      QStringLiteral("file"));
    const QCommandLineOption stageOption(
        QStringLiteral("dns-stage"),
        QStringLiteral("run: the domain's defences the lab's DNS publishes: none (default), testing (MTA-STS "
                       "testing, TLS-RPT) or enforce (MTA-STS enforce, DANE, TLS-RPT)."),
        QStringLiteral("stage"), QStringLiteral("none"));
    parser.addOption(labOption);
    parser.addOption(onlyOption);
    parser.addOption(stageOption);
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
        if (const auto &dns = loaded.spec->dns) {
            out << "dns\tunbound\t" << dns->zone << " (DNSSEC-signed)\tdns://" << dns->address << ':' << dns->port;
            if (loaded.spec->policyPort() != 0)
                out << " mta-sts://" << dns->policyHost() << ':' << loaded.spec->policyPort();
            out << Qt::endl;
            if (!dns->resolver.isEmpty())
                out << "resolver\tunbound\tvalidating, for the lab's Postfix\tdns://" << dns->resolver << ":53"
                    << Qt::endl;
            for (const auto &d : dns->destinations)
                out << "destination\t-\t" << d.domain << (d.dane ? " (DANE)" : "") << "\tMX " << d.mxHost()
                    << " smtp://" << d.address << ':' << d.port << Qt::endl;
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

    const std::optional<mailtls::lab::DnsStage> stage = mailtls::lab::dnsStageFromKey(parser.value(stageOption));
    if (!stage) {
        err << "mailtls-lab: --dns-stage is none, testing or enforce" << Qt::endl;
        return 2;
    }
    mailtls::lab::Lab lab(*loaded.spec);
    lab.setDnsStage(rollout ? mailtls::lab::DnsStage::None : *stage);
    QStringList only;
    if (parser.isSet(onlyOption))
        only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (const QString error = lab.start(only); !error.isEmpty()) {
        err << "mailtls-lab: " << error << Qt::endl;
        return 1;
    }
    err << "mailtls-lab: " << lab.running().size() << " servers up, state in " << lab.stateDir()
        << ", CA " << lab.caFile() << Qt::endl;
    if (!lab.dnsServer().isEmpty())
        err << "mailtls-lab: DNS of " << loaded.spec->dns->zone << " on " << lab.dnsServer() << " (trust anchor "
            << lab.trustAnchorFile() << "), stage " << mailtls::lab::dnsStageKey(lab.dnsStage()) << Qt::endl;

    int status = 0;
    if (rollout) {
        // 1. audit; 2. apply the checklist with MTA-STS testing, audit; 3. enforce and DANE, audit.
        // Without DNS in the lab description, one round: audit, apply, audit.
        const QString auditor = QCoreApplication::applicationDirPath() + QStringLiteral("/../mailtls-auditor");
        const QString db = parser.value(dbOption);
        // The audits record outbound tests into their workspace: a copy next
        // to the store, never the file given (the demo's is part of the program).
        const QString workspace = rolloutWorkspace(db);
        if (QFileInfo::exists(workspace) && QFileInfo(parser.value(workspaceOption)).canonicalFilePath() ==
                                                QFileInfo(workspace).canonicalFilePath()) {
            err << "mailtls-lab: rollout: " << workspace << " is the rollout's own copy: give the workspace to copy"
                << Qt::endl;
            lab.stop();
            return 2;
        }
        QFile::remove(workspace);
        if (!QFile::copy(parser.value(workspaceOption), workspace) ||
            !QFile::setPermissions(workspace, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                  QFile::ReadOther)) {
            err << "mailtls-lab: rollout: cannot copy " << parser.value(workspaceOption) << " to " << workspace
                << Qt::endl;
            lab.stop();
            return 1;
        }
        err << "mailtls-lab: rollout: auditing " << workspace << " (a copy of " << parser.value(workspaceOption)
            << ")" << Qt::endl;
        QList<mailtls::lab::DnsStage> stages{mailtls::lab::DnsStage::Testing, mailtls::lab::DnsStage::Enforce};
        if (lab.dnsServer().isEmpty())
            stages = {mailtls::lab::DnsStage::None};
        QString error = audit(auditor, workspace, db, lab);
        for (const mailtls::lab::DnsStage next : std::as_const(stages)) {
            if (error.isEmpty() && !g_stopRequested)
                error = remediate(lab, workspace, db, next, err);
            if (error.isEmpty() && !g_stopRequested)
                error = audit(auditor, workspace, db, lab);
        }
        if (!error.isEmpty()) {
            err << "mailtls-lab: rollout: " << error << Qt::endl;
            lab.stop();
            return 1;
        }
        err << "mailtls-lab: rollout done: " << stages.size() + 1 << " runs in " << db << Qt::endl;
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
        if (rollout)
            env.insert(QStringLiteral("MAILTLS_LAB_WORKSPACE"), rolloutWorkspace(parser.value(dbOption)));
        if (!lab.dnsServer().isEmpty()) {
            env.insert(QStringLiteral("MAILTLS_LAB_DNS"), lab.dnsServer());
            env.insert(QStringLiteral("MAILTLS_LAB_TRUST_ANCHOR"), lab.trustAnchorFile());
            env.insert(QStringLiteral("MAILTLS_LAB_POLICY_PORT"), QString::number(lab.policyPort()));
        }
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
