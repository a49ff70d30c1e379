#pragma once

// The headless command line: one binary serves the window (no arguments) and
// the subcommands admins run over ssh and from cron. Everything here runs on
// QCoreApplication; nothing needs a display.

#include <QStringList>

#include <optional>

class QCommandLineParser;
class QCoreApplication;
class QTextStream;

namespace mailtls::cli {

// True when the arguments ask for the command line rather than the window: a
// subcommand, or --help / --version.
bool wantsCommandLine(const QStringList &arguments);

// Loads the translation for lang ("en", "ja", or empty for the system locale).
void installTranslation(QCoreApplication &app, const QString &lang);

// Parses a subcommand's arguments; answers --help and bad options itself.
// Returns the exit status when the subcommand is done, nullopt to go on.
std::optional<int> parseSubcommand(QCommandLineParser &parser, const QStringList &arguments,
                                   QTextStream &out, QTextStream &err);

// Runs a subcommand; arguments include the program name. Returns the exit status.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
