#pragma once

// The headless command line: one binary serves the window (no arguments) and
// the subcommands admins run over ssh and from cron, one file each. Everything
// here runs on QCoreApplication, except `report`, which needs QtGui: main()
// starts a QGuiApplication for it (commandName() tells it apart); nothing
// needs a display.

#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;
class QCoreApplication;
class QTextStream;

namespace mailtls::cli {

// The exit status of every command, stable for scripts and cron (the man
// pages and docs/monitoring.md list them).
enum ExitStatus : int {
    ExitOk = 0,          // all good
    ExitFindings = 1,    // open findings at or above --fail-on (audit), a domain at risk (domain)
    ExitUsage = 2,       // bad arguments, or they name something that is not there (a run, an item)
    ExitUnreachable = 3, // some endpoints could not be probed (refused, timed out, no address)
    ExitFileError = 4,   // the store or a file could not be read or written
};

// True when the arguments ask for the command line rather than the window: a
// subcommand, or --help / --version.
bool wantsCommandLine(const QStringList &arguments);

// Loads the translation for lang ("en", "ja", or empty for the system locale).
void installTranslation(QCoreApplication &app, const QString &lang);

// Parses a subcommand's arguments; answers --help and bad options itself.
// Returns the exit status when the subcommand is done, nullopt to go on.
std::optional<int> parseSubcommand(QCommandLineParser &parser, const QStringList &arguments,
                                   QTextStream &out, QTextStream &err);

// One subcommand: its name, a one-line summary (translated when asked), and what runs it.
struct Subcommand
{
    const char *name;
    std::function<QString()> summary;
    std::function<int(const QStringList &, QTextStream &, QTextStream &)> run;
};

// -w, --workspace FILE, with the command's own description of what the file is for.
QCommandLineOption workspaceOption(const QString &description);

// The subcommand the arguments name ("audit"), or empty.
QString commandName(const QStringList &arguments);

// Runs a subcommand; arguments include the program name. Returns the exit status.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
