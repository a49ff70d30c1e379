#pragma once

// Telling an admin what a nightly audit found, without scripts around us:
// the news of a run (run_changes.h) as text for people, as a mail handed to
// the local sendmail interface (`sendmail -t -oi`, which Postfix, Exim,
// OpenSMTPD and every other MTA provide), or as JSON on the standard input
// of a command the admin names. Blocking (QProcess waits): the command line
// calls it once the run is stored, never a GUI thread.

#include "app/history/run_changes.h"

#include <QStringList>

namespace mailtls::cli {

struct NotifyOptions
{
    QStringList mailTo; // --notify-mail, repeatable
    QString sendmail =
        QStringLiteral("/usr/sbin/sendmail"); // --sendmail: the program, with its own arguments
    QString command;                          // --notify-command: run by /bin/sh -c
    int timeoutMs = 120000;                   // for sendmail and for the command each
    // Where the run was read from and kept, for the mail's line on how to see it whole.
    QString workspaceFile;
    QString store; // as people may read it (a PostgreSQL URL without its password)

    bool any() const { return !mailTo.isEmpty() || !command.isEmpty(); }
};

// The news for people, in the language shown now: what regressed first, then
// what opened, what could not be decided, certificates, and what got better.
// Names and text that came from servers are cleaned of control characters.
QString changesText(const RunChanges &changes);

// A one-line summary, the mail's subject: "kumo: 1 link regressed, 2 findings opened".
QString changesSubject(const RunChanges &changes);

// The whole mail (RFC 5322, UTF-8 body, RFC 2047 subject) for sendmail -t,
// to options.mailTo, ending with the report command that shows the run whole.
QByteArray notificationMail(const RunChanges &changes, const NotifyOptions &options);

// Hands the mail to sendmail and runs the command, as the options ask; every
// error, each naming what failed (an empty list: all delivered).
QStringList deliverNotification(const RunChanges &changes, const NotifyOptions &options);

} // namespace mailtls::cli
