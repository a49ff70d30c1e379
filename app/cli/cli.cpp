#include "app/cli/cli.h"

#include "app/cli/accept_command.h"
#include "app/cli/audit_command.h"
#include "app/cli/checklist_command.h"
#include "app/cli/discover_command.h"
#include "app/cli/domain_command.h"
#include "app/cli/findings_command.h"
#include "app/cli/import_command.h"
#include "app/cli/inventory_command.h"
#include "app/cli/path_command.h"
#include "app/cli/probe_command.h"
#include "app/cli/receiver_command.h"
#include "app/cli/profiles_command.h"
#include "app/cli/report_command.h"
#include "app/cli/runs_command.h"
#include "app/cli/tls_rpt_command.h"
#include "app/cli/build_id.h"
#include "app/cli/version.h"
#include "probes/tls_library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <functional>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Cli)
};

QString versionText()
{
    return QStringLiteral("mailtls-auditor %1 (build %2; Qt %3, %4)")
        .arg(QStringLiteral(MAILTLS_VERSION), QStringLiteral(MAILTLS_BUILD_ID), QString::fromLatin1(qVersion()),
             tlsLibraryVersion());
}

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> commands{
        {"probe", [] { return Tr::tr("Probe mail endpoints given as URLs (TLS, certificate, credentials)"); },
         runProbe},
        {"receiver",
         [] { return Tr::tr("Receive test mail from an outbound relay and record how it uses TLS (discards it)"); },
         runReceiver},
        {"inventory", [] { return Tr::tr("Print the hosts, endpoints and links of a workspace"); },
         runInventory},
        {"audit", [] { return Tr::tr("Audit every endpoint of a workspace and keep the run"); }, runAudit},
        {"runs", [] { return Tr::tr("List the audit runs kept in the store"); }, runRuns},
        {"discover", [] { return Tr::tr("Find a domain's MX hosts, mail SRV records and mail host names in DNS"); },
         runDiscover},
        {"domain", [] { return Tr::tr("Check a domain's defence against downgrade: MTA-STS, TLS-RPT and DANE"); },
         runDomain},
        {"import", [] { return Tr::tr("Import hosts and endpoints from CSV, nmap XML or DNS into a workspace"); },
         runImport},
        {"findings", [] { return Tr::tr("Check a stored audit run against a policy profile (M3AAWG by default)"); },
         runFindings},
        {"profiles", [] { return Tr::tr("List the built-in policy profiles that findings and checklist can use"); },
         runProfiles},
        {"checklist", [] { return Tr::tr("Print the remediation checklist of a stored audit run (Markdown or CSV)"); },
         runChecklist},
        {"accept", [] { return Tr::tr("Accept a finding as a risk until a date, with a reason and an owner"); },
         runAccept},
        {"path", [] { return Tr::tr("Show the hops a real message took and what each used (.eml, mbox)"); },
         runPath},
        {"tls-rpt", [] { return Tr::tr("Keep TLS-RPT aggregate reports (JSON, gzip, mail) and sum them per MX host"); },
         runTlsRpt},
        {report::kCommand, &report::commandSummary, report::runReport},
    };
    return commands;
}

QString usageText()
{
    QString text;
    QTextStream s(&text);
    s << Tr::tr("Usage: mailtls-auditor [--workspace FILE] [--db URL] [--lang en|ja]") << '\n'
      << Tr::tr("   or: mailtls-auditor <command> [options]") << "\n\n"
      << Tr::tr("Audits the TLS posture of an organisation's mail paths against the M3AAWG "
                "recommendations.")
      << "\n"
      << Tr::tr("Without a command, opens the window.") << "\n\n"
      << Tr::tr("Commands:") << '\n';
    for (const Subcommand &c : subcommands())
        s << QStringLiteral("  %1  ").arg(QString::fromLatin1(c.name), -12) << c.summary() << '\n';
    s << '\n'
      << Tr::tr("Options:") << '\n'
      << QStringLiteral("  %1  ").arg(QStringLiteral("-h, --help"), -18) << Tr::tr("Show this help")
      << '\n'
      << QStringLiteral("  %1  ").arg(QStringLiteral("-v, --version"), -18)
      << Tr::tr("Show the version") << '\n'
      << QStringLiteral("  %1  ").arg(QStringLiteral("--workspace FILE"), -18)
      << Tr::tr("Open this workspace in the window") << '\n'
      << QStringLiteral("  %1  ").arg(QStringLiteral("--db URL"), -18)
      << Tr::tr("The window's audit store for this session (SQLite file or PostgreSQL URL)") << '\n'
      << QStringLiteral("  %1  ").arg(QStringLiteral("--lang en|ja"), -18)
      << Tr::tr("Language of the interface (default: the system's)") << '\n'
      << '\n'
      << Tr::tr("Run 'mailtls-auditor <command> --help' for a command's options.") << '\n';
    return text;
}

std::optional<Subcommand> findSubcommand(const QString &name)
{
    for (const Subcommand &c : subcommands()) {
        if (name == QLatin1StringView(c.name))
            return c;
    }
    return std::nullopt;
}

// The first argument that is not an option or an option's value.
QString firstWord(const QStringList &arguments)
{
    static const QStringList optionsWithValue{QStringLiteral("--lang"), QStringLiteral("--workspace"),
                                              QStringLiteral("-w"), QStringLiteral("--db")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (optionsWithValue.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return {};
}

} // namespace

QCommandLineOption workspaceOption(const QString &description)
{
    return QCommandLineOption(QStringList{QStringLiteral("w"), QStringLiteral("workspace")}, description,
                              Tr::tr("file"));
}

std::optional<int> parseSubcommand(QCommandLineParser &parser, const QStringList &arguments,
                                   QTextStream &out, QTextStream &err)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the program as started (./build/mailtls-auditor);
        // the usage line names the command instead (arguments[0], "mailtls-auditor audit").
        QString help = parser.helpText();
        const QStringList started = QCoreApplication::arguments();
        const qsizetype firstLineEnd = help.indexOf(u'\n');
        const qsizetype at = started.isEmpty() ? -1 : help.indexOf(started.constFirst());
        if (at >= 0 && at < firstLineEnd && !arguments.isEmpty())
            help.replace(at, started.constFirst().size(), arguments.constFirst());
        out << help;
        return 0;
    }
    return std::nullopt;
}

bool wantsCommandLine(const QStringList &arguments)
{
    static const QStringList headlessFlags{QStringLiteral("-h"), QStringLiteral("--help"),
                                           QStringLiteral("-v"), QStringLiteral("--version"),
                                           QStringLiteral("--help-all")};
    for (const QString &a : arguments.mid(1)) {
        if (headlessFlags.contains(a))
            return true;
    }
    return !firstWord(arguments).isEmpty();
}

void installTranslation(QCoreApplication &app, const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    QLocale::setDefault(locale); // data in two languages (policy profiles) follows it too
    auto *translator = new QTranslator(&app);
    // English is the fallback for any locale we do not translate (and for "C").
    if (translator->load(locale, QStringLiteral("mailtls-auditor"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral(":/i18n/mailtls-auditor_en.qm")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

QString commandName(const QStringList &arguments)
{
    return firstWord(arguments);
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Global options come before the command: strip --lang VALUE (already applied).
    QStringList args;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (i > 0 && arguments.at(i) == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        args.append(arguments.at(i));
    }
    const QString command = firstWord(args);
    if (command.isEmpty()) {
        if (args.contains(QStringLiteral("-v")) || args.contains(QStringLiteral("--version"))) {
            out << versionText() << Qt::endl;
            return 0;
        }
        out << usageText();
        return 0;
    }
    const std::optional<Subcommand> sub = findSubcommand(command);
    if (!sub) {
        err << Tr::tr("mailtls-auditor: unknown command '%1'").arg(command) << Qt::endl
            << usageText();
        return 2;
    }
    QStringList subArgs{QStringLiteral("mailtls-auditor ") + command};
    bool skipped = false;
    for (const QString &a : args.mid(1)) {
        if (!skipped && a == command) {
            skipped = true;
            continue;
        }
        subArgs.append(a);
    }
    return sub->run(subArgs, out, err);
}

} // namespace mailtls::cli
