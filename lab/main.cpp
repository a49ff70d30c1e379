// mailtls-lab: starts the lab's real mail servers on loopback for the demo and
// for hands-on testing, and stops them when it ends.
//
//   mailtls-lab list [--lab FILE]
//   mailtls-lab run [--lab FILE] [--only ID,...] [-- COMMAND ARGS...]
//
// With a COMMAND, the lab runs while the command runs; without, until SIGINT
// or SIGTERM. The servers are children of this process and die with it.

#include "lab/lab.h"

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
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or run"));
    const QCommandLineOption labOption(QStringLiteral("lab"), QStringLiteral("Lab description."),
                                       QStringLiteral("file"), defaultLabFile());
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Start only these services (and what they need)."),
                                        QStringLiteral("ids"));
    parser.addOption(labOption);
    parser.addOption(onlyOption);
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
    if (action != QLatin1String("run")) {
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
    if (command.isEmpty()) {
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
