// The composition root: the window when run without a command, the headless
// command line otherwise (see app/cli).

#include "app/cli/cli.h"
#include "app/cli/version.h"
#include "app/cli/report_command.h"
#include "widgets/window/mainwindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MailTLS Auditor"));
    QCoreApplication::setApplicationName(QStringLiteral("mailtls-auditor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILTLS_VERSION));
}

QString langArgument(const QStringList &arguments)
{
    const qsizetype i = arguments.indexOf(QStringLiteral("--lang"));
    return (i >= 0 && i + 1 < arguments.size()) ? arguments.at(i + 1) : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (mailtls::cli::wantsCommandLine(arguments)) {
        // The report draws pictures and lays out pages: it needs QtGui's fonts,
        // which the offscreen platform gives without a display (ssh, cron).
        std::unique_ptr<QCoreApplication> app;
        if (mailtls::cli::commandName(arguments) == QLatin1StringView(mailtls::report::kCommand)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
                qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setIdentity();
        mailtls::cli::installTranslation(*app, langArgument(arguments));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return mailtls::cli::run(app->arguments(), out, err);
    }

    QApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption(QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
                                             QStringLiteral("workspace"), QStringLiteral("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("language"),
                                        QStringLiteral("code"));
    const QCommandLineOption auditOption(QStringLiteral("audit"), QStringLiteral("audit the workspace once it is open"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("the audit store for this session (SQLite file or PostgreSQL URL)"),
                                      QStringLiteral("url"));
    parser.addOption(workspaceOption);
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(auditOption);
    parser.process(app);
    mailtls::cli::installTranslation(app, parser.value(langOption));

    mailtls::MainWindow window;
    if (parser.isSet(dbOption)) { // this session only: the settings keep the user's store
        mailtls::AppSettings settings = window.settings();
        settings.database = parser.value(dbOption);
        window.applySettings(settings, mailtls::MainWindow::Persist::No);
    }
    window.show();
    if (parser.isSet(auditOption)) {
        QObject::connect(&window, &mailtls::MainWindow::snapshotShown, &window,
                         [&window] { window.startAudit(mailtls::MainWindow::AuditScope::All); },
                         Qt::SingleShotConnection);
    }
    // Without --workspace the window opens on its welcome page (the demo is one choice there).
    if (parser.isSet(workspaceOption))
        window.openWorkspace(parser.value(workspaceOption));
    return app.exec();
}
