#include "app/cli/receiver_command.h"

#include "app/cli/cli.h"

#include "app/evidence/outbound_verdict.h"
#include "app/inventory/workspace_io.h"
#include "probes/receiver/smtp_receiver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <csignal>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ReceiverCommand)
};

std::atomic_bool g_interrupted{false};

void onSignal(int)
{
    g_interrupted = true;
}

QString describe(const ReceivedSession &s)
{
    QString who = Tr::tr("session %1 from %2").arg(s.id).arg(s.clientAddress);
    if (!s.ehloName.isEmpty())
        who += QLatin1Char(' ') +
               Tr::tr("(%1 %2)").arg(s.esmtp ? QStringLiteral("EHLO") : QStringLiteral("HELO"), s.ehloName);
    who += QLatin1Char(' ') + Tr::tr("on %1 [%2]").arg(s.listener, receiverScenarioKey(s.scenario));
    QString tls;
    if (s.tls) {
        tls = Tr::tr("STARTTLS, %1 %2%3")
                  .arg(tlsVersionName(s.tls->version), s.tls->cipher,
                       s.tls->serverName.isEmpty() ? Tr::tr(", no SNI") : Tr::tr(", SNI %1").arg(s.tls->serverName));
    } else if (!s.tlsFailure.isEmpty()) {
        tls = Tr::tr("STARTTLS, handshake failed: %1").arg(s.tlsFailure);
    } else if (s.startTlsAsked) {
        tls = Tr::tr("STARTTLS answered %1").arg(s.startTlsReply);
    } else {
        tls = Tr::tr("no STARTTLS");
    }
    QString end;
    switch (s.end) {
    case SessionEnd::DeliveredTls: end = Tr::tr("message taken over TLS"); break;
    case SessionEnd::DeliveredCleartext: end = Tr::tr("message taken in cleartext"); break;
    case SessionEnd::NoMessage:
    case SessionEnd::TlsFailed: end = Tr::tr("no message"); break;
    case SessionEnd::ProtocolError: end = Tr::tr("protocol error"); break;
    case SessionEnd::TimedOut: end = Tr::tr("timed out"); break;
    }
    QString line = Tr::tr("%1: %2; %3").arg(who, tls, end);
    if (!s.note.isEmpty())
        line += QStringLiteral(" (%1)").arg(s.note);
    return line;
}

QString writeJson(const QString &path, const ReceiverOptions &options, const QList<ReceiverListener> &bound,
                  const QList<ReceivedSession> &sessions, int refusedBusy, DestinationPolicy policy)
{
    QJsonArray verdicts;
    for (const OutboundVerdict &v : judgeOutbound(sessions, policy))
        verdicts.append(outboundVerdictToJson(v));
    QJsonArray listeners;
    for (const ReceiverListener &l : bound)
        listeners.append(QJsonObject{{QStringLiteral("listen"), l.toString()},
                                     {QStringLiteral("scenario"), receiverScenarioKey(l.scenario)}});
    QJsonArray list;
    for (const ReceivedSession &s : sessions)
        list.append(receivedSessionToJson(s));
    const QJsonObject root{{QStringLiteral("hostname"), options.hostName},
                           {QStringLiteral("listeners"), listeners},
                           {QStringLiteral("refused_too_many"), refusedBusy},
                           {QStringLiteral("policy"), destinationPolicyKey(policy)},
                           {QStringLiteral("verdicts"), verdicts},
                           {QStringLiteral("sessions"), list}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    const QByteArray pem = f.read(1024 * 1024 + 1);
    if (pem.isEmpty() || pem.size() > 1024 * 1024)
        *error = Tr::tr("%1: expected a PEM file of at most 1 MB").arg(path);
    return pem;
}

} // namespace

int runReceiver(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Receive test messages from an outbound relay and record what it does: STARTTLS, version, suite, "
               "SNI, and what it does when TLS is missing, refused, stripped or its certificate is bad. Messages "
               "are discarded, never relayed or delivered."));
    parser.addHelpOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          Tr::tr("Listen on ADDR:PORT (repeat for several listeners)."),
                                          Tr::tr("ADDR:PORT"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        Tr::tr("The scenario of the listener given in the same place (in order; normal when missing): %1.")
            .arg(receiverScenarioKeys().join(QStringLiteral(", "))),
        Tr::tr("name"));
    const QCommandLineOption hostOption(QStringLiteral("hostname"),
                                        Tr::tr("The name in the greeting and of a certificate made on the spot."),
                                        Tr::tr("name"), QStringLiteral("receiver.invalid"));
    const QCommandLineOption certOption(QStringLiteral("cert"), Tr::tr("Certificate chain (PEM) to present."),
                                        Tr::tr("file"));
    const QCommandLineOption keyOption(QStringLiteral("key"), Tr::tr("Its private key (PEM)."), Tr::tr("file"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Write every session to this file (rewritten as each one ends)."),
                                        Tr::tr("file"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           Tr::tr("Stop after this many seconds (0: until interrupted)."),
                                           Tr::tr("seconds"), QStringLiteral("0"));
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"),
                                            Tr::tr("Stop once this many sessions have ended (0: no limit)."),
                                            Tr::tr("count"), QStringLiteral("0"));
    const QCommandLineOption policyOption(
        QStringLiteral("policy"),
        Tr::tr("What the destinations the scenarios play publish: none (opportunistic TLS: a fallback to cleartext "
               "is expected) or requires-tls (MTA-STS enforce or DANE: a fallback or an unchecked certificate is a "
               "fault)."),
        Tr::tr("policy"), QStringLiteral("none"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        Tr::tr("At the end, record each relay's verdict in this workspace, on the host that has the client's address "
               "(or the name it greeted with): audits, the map and reports then judge its outbound links by it."),
        Tr::tr("file"));
    parser.addOptions({listenOption, scenarioOption, hostOption, certOption, keyOption, jsonOption, timeoutOption,
                       sessionsOption, policyOption, workspaceOption});
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;

    ReceiverOptions options;
    options.hostName = parser.value(hostOption);
    const QStringList listens = parser.values(listenOption);
    const QStringList scenarios = parser.values(scenarioOption);
    if (listens.isEmpty()) {
        err << Tr::tr("receiver: give at least one --listen ADDR:PORT") << Qt::endl;
        return 2;
    }
    if (scenarios.size() > listens.size()) {
        err << Tr::tr("receiver: %n --scenario option(s) for fewer --listen options", nullptr,
                      static_cast<int>(scenarios.size()))
            << Qt::endl;
        return 2;
    }
    for (qsizetype i = 0; i < listens.size(); ++i) {
        std::optional<ReceiverListener> l = ReceiverListener::parse(listens.at(i));
        if (!l) {
            err << Tr::tr("receiver: --listen %1: expected ADDR:PORT").arg(listens.at(i)) << Qt::endl;
            return 2;
        }
        if (i < scenarios.size()) {
            const std::optional<ReceiverScenario> s = receiverScenarioFromKey(scenarios.at(i));
            if (!s) {
                err << Tr::tr("receiver: unknown scenario %1 (one of: %2)")
                           .arg(scenarios.at(i), receiverScenarioKeys().join(QStringLiteral(", ")))
                    << Qt::endl;
                return 2;
            }
            l->scenario = *s;
        }
        options.listeners.append(*l);
    }
    if (parser.isSet(certOption) != parser.isSet(keyOption)) {
        err << Tr::tr("receiver: --cert and --key go together") << Qt::endl;
        return 2;
    }
    if (parser.isSet(certOption)) {
        QString error;
        options.credentials.chainPem = readFile(parser.value(certOption), &error);
        if (error.isEmpty())
            options.credentials.keyPem = readFile(parser.value(keyOption), &error);
        if (!error.isEmpty()) {
            err << Tr::tr("receiver: %1").arg(error) << Qt::endl;
            return 2;
        }
    }
    bool ok = false;
    const int timeoutS = parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeoutS < 0 || timeoutS > 30 * 24 * 3600) {
        err << Tr::tr("receiver: --timeout takes a number of seconds") << Qt::endl;
        return 2;
    }
    const int maxSessions = parser.value(sessionsOption).toInt(&ok);
    if (!ok || maxSessions < 0) {
        err << Tr::tr("receiver: --sessions takes a count") << Qt::endl;
        return 2;
    }
    const QString jsonPath = parser.value(jsonOption);
    const std::optional<DestinationPolicy> policy = destinationPolicyFromKey(parser.value(policyOption));
    if (!policy) {
        err << Tr::tr("receiver: --policy is none or requires-tls") << Qt::endl;
        return 2;
    }

    const QString workspacePath = parser.value(workspaceOption);
    if (!workspacePath.isEmpty()) {
        // Read now, so that a bad file is said before any relay is made to send.
        const WorkspaceReadResult ws = loadWorkspaceFile(workspacePath);
        if (!ws.workspace) {
            err << Tr::tr("receiver: %1").arg(ws.error) << Qt::endl;
            return ExitFileError;
        }
    }

    // The sessions end on worker threads; they are printed here, and the
    // JSON is written at most once a second (a flood of sessions costs no
    // rewrite each).
    QEventLoop loop;
    int ended = 0;
    bool dirty = false;
    QString writeError;
    SmtpReceiver receiver(options);
    const auto write = [&] {
        if (!jsonPath.isEmpty())
            writeError = writeJson(jsonPath, options, receiver.listeners(), receiver.sessions(),
                                   receiver.refusedBusy(), *policy);
        dirty = false;
    };
    receiver.onSessionEnded([&loop, &out, &ended, &dirty, maxSessions](const ReceivedSession &s) {
        QMetaObject::invokeMethod(&loop, [&loop, &out, &ended, &dirty, maxSessions, s] {
            out << describe(s) << Qt::endl;
            ++ended;
            dirty = true;
            if (maxSessions > 0 && ended >= maxSessions)
                loop.quit();
        });
    });
    if (const QString error = receiver.start(); !error.isEmpty()) {
        err << Tr::tr("receiver: %1").arg(error) << Qt::endl;
        return 1;
    }
    for (const ReceiverListener &l : receiver.listeners())
        out << Tr::tr("listening on %1: %2").arg(l.toString(), receiverScenarioLabel(l.scenario)) << Qt::endl;
    write();
    int busyShown = 0;
    QTimer flush;
    QObject::connect(&flush, &QTimer::timeout, &loop, [&] {
        if (const int busy = receiver.refusedBusy(); busy != busyShown) {
            out << Tr::tr("%n connection(s) refused so far: too many sessions open", nullptr, busy) << Qt::endl;
            busyShown = busy;
            dirty = true;
        }
        if (dirty)
            write();
    });
    flush.start(1000);

    g_interrupted = false;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop] {
        if (g_interrupted)
            loop.quit();
    });
    poll.start(200);
    if (timeoutS > 0)
        QTimer::singleShot(std::chrono::seconds(timeoutS), &loop, &QEventLoop::quit);
    loop.exec();
    receiver.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    // Sessions cut by the stop end now: printed and written with the others.
    QCoreApplication::sendPostedEvents(&loop);
    loop.processEvents();
    write();
    // What each relay did, judged.
    for (const OutboundVerdict &v : judgeOutbound(receiver.sessions(), *policy)) {
        out << Tr::tr("relay %1%2:").arg(v.clientAddress, v.ehloName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(v.ehloName))
            << Qt::endl;
        for (const OutboundCheck &c : v.checks) {
            const QString outcome = !c.passed        ? Tr::tr("undecided")
                                    : c.informational ? Tr::tr("noted")
                                    : *c.passed       ? Tr::tr("pass")
                                                      : Tr::tr("FAIL");
            out << QStringLiteral("  [%1] %2: %3").arg(outcome, outboundCheckTitle(c.id), c.evidence) << Qt::endl;
        }
    }
    int code = 0;
    if (!workspacePath.isEmpty()) {
        // Read again: the file may have been saved meanwhile (the window, an import).
        const WorkspaceReadResult ws = loadWorkspaceFile(workspacePath);
        if (!ws.workspace) {
            err << Tr::tr("receiver: %1; no verdict was recorded").arg(ws.error) << Qt::endl;
            code = ExitFileError;
        } else {
            Workspace updated = *ws.workspace;
            const QString source = jsonPath.isEmpty() ? QStringLiteral("receiver") : QFileInfo(jsonPath).fileName();
            const OutboundRecording rec = recordOutboundTests(&updated, receiver.sessions(), *policy, source);
            for (const QString &ignored : rec.ignored)
                out << Tr::tr("%1 greeted with the name of a relay from another address: ignored").arg(ignored)
                    << Qt::endl;
            for (const QString &unmatched : rec.unmatched)
                out << Tr::tr("relay %1 is no host of the workspace: its verdict was not recorded (add the host, "
                              "with this address, and test again)")
                           .arg(unmatched)
                    << Qt::endl;
            if (!rec.recorded.isEmpty()) {
                if (const QString error = saveWorkspaceFile(updated, workspacePath); !error.isEmpty()) {
                    err << Tr::tr("receiver: %1").arg(error) << Qt::endl;
                    code = ExitFileError;
                } else {
                    out << Tr::tr("recorded in %1: %2").arg(workspacePath, rec.recorded.join(QStringLiteral(", ")))
                        << Qt::endl;
                }
            }
        }
    }
    if (!writeError.isEmpty()) {
        err << Tr::tr("receiver: %1").arg(writeError) << Qt::endl;
        return 1;
    }
    return code;
}

} // namespace mailtls::cli
