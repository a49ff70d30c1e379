#include "app/cli/notification.h"

#include "app/evidence/link_state.h"
#include "app/inventory/labels.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <csignal>

#include <unistd.h>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Notification)
};

// Text that may come from a server or a file, safe on one line of a mail or a
// terminal: control, format and separator characters (newlines, escapes,
// bidi overrides, U+2028) become U+FFFD, and it is cut at maxLength
// characters (a mail's lines must stay under 998 octets).
QString oneLine(const QString &text, qsizetype maxLength = 200)
{
    QString clean = text.size() > maxLength ? text.left(maxLength) + QChar(0x2026) : text;
    for (QChar &c : clean) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            c = QChar::ReplacementCharacter;
            break;
        default:
            break;
        }
    }
    return clean;
}

QString when(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

void linkLines(QTextStream &out, const QString &heading, const QList<LinkNews> &links)
{
    if (links.isEmpty())
        return;
    out << heading << u'\n';
    for (const LinkNews &n : links) {
        out << QStringLiteral("  M%1  %2 -> %3: %4 -> %5")
                   .arg(measureForLinkKind(n.change.kind))
                   .arg(oneLine(n.from), oneLine(n.change.endpoint), linkStateLabel(n.change.from),
                        linkStateLabel(n.change.to));
        if (n.incomplete)
            out << Tr::tr(" (some answers undecided)");
        out << u'\n';
    }
    out << u'\n';
}

void findingLines(QTextStream &out, const QString &heading, const QList<TriagedFinding> &findings,
                  const QHash<QString, const Rule *> &rules)
{
    if (findings.isEmpty())
        return;
    out << heading << u'\n';
    for (const TriagedFinding &f : findings) {
        const Rule *rule = rules.value(f.finding.ruleId);
        out << QStringLiteral("  [%1] %2 %3")
                   .arg(severityLabel(f.finding.severity), f.finding.ruleId,
                        oneLine(f.finding.endpoint));
        if (rule)
            out << QStringLiteral(": ") << rule->title.text();
        out << u'\n';
    }
    out << u'\n';
}

// RFC 2047 encoded words for a header value that is not all ASCII, each
// within 75 characters, folded onto continuation lines.
QByteArray encodedHeader(const QString &value)
{
    bool ascii = true;
    for (QChar c : value)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return value.toLatin1();
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < value.size(); ++i) {
        // A surrogate pair stays in one word.
        const qsizetype len = value.at(i).isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QByteArray bytes = value.mid(i, len).toUtf8();
        i += len - 1;
        if (chunk.size() + bytes.size() > 45) { // 60 base64 characters, 72 with the markers
            words << chunk;
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QByteArrayList encoded;
    for (const QByteArray &w : std::as_const(words))
        encoded << "=?UTF-8?B?" + w.toBase64() + "?=";
    return encoded.join("\n ");
}

// A word as a POSIX shell reads it back: as it is when it is plain, else in single quotes.
QString shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

// Runs program with arguments in a process group of its own, writes input,
// waits; "" or what went wrong. On a timeout the whole group is killed: what
// a notification command started (curl, ...) does not outlive it.
QString runWithInput(const QString &what, const QString &program, const QStringList &arguments,
                     const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(program, arguments);
    if (!p.waitForStarted(timeoutMs))
        return Tr::tr("%1: cannot start %2: %3").arg(what, program, p.errorString());
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        ::kill(-pid_t(p.processId()), SIGKILL);
        p.kill();
        p.waitForFinished(5000);
        return Tr::tr("%1: %2 did not finish within %n second(s)", nullptr, timeoutMs / 1000)
            .arg(what, program);
    }
    const QString output = oneLine(QString::fromUtf8(p.readAll().trimmed().right(400)));
    if (p.exitStatus() != QProcess::NormalExit)
        return Tr::tr("%1: %2 crashed").arg(what, program);
    if (p.exitCode() != 0) {
        return Tr::tr("%1: %2 ended with status %3%4")
            .arg(what, program)
            .arg(p.exitCode())
            .arg(output.isEmpty() ? QString() : QStringLiteral(": ") + output);
    }
    return {};
}

} // namespace

QString changesSubject(const RunChanges &c)
{
    QStringList parts;
    if (!c.regressed.isEmpty())
        parts << Tr::tr("%n link(s) regressed", nullptr, int(c.regressed.size()));
    if (!c.opened.isEmpty())
        parts << Tr::tr("%n finding(s) opened", nullptr, int(c.opened.size()));
    if (!c.undecided.isEmpty())
        parts << Tr::tr("%n link(s) undecided", nullptr, int(c.undecided.size()));
    if (!c.findingsUndecided.isEmpty())
        parts << Tr::tr("%n finding(s) undecided", nullptr, int(c.findingsUndecided.size()));
    if (!c.certificates.isEmpty())
        parts << Tr::tr("%n certificate(s) expiring", nullptr, int(c.certificates.size()));
    if (parts.isEmpty())
        parts << Tr::tr("no change");
    return oneLine(
        Tr::tr("MailTLS audit of %1: %2").arg(c.workspace, parts.join(QStringLiteral(", "))));
}

QString changesText(const RunChanges &c)
{
    QString text;
    QTextStream out(&text);
    if (c.previous) {
        out << Tr::tr("Audit run %1 of %2 (%3), compared with run %4 (%5).")
                   .arg(c.run)
                   .arg(oneLine(c.workspace), when(c.runStarted))
                   .arg(c.previous)
                   .arg(when(c.previousStarted))
            << "\n\n";
    } else {
        out << Tr::tr("Audit run %1 of %2 (%3): the first complete run, nothing to compare with.")
                   .arg(c.run)
                   .arg(oneLine(c.workspace), when(c.runStarted))
            << "\n\n";
    }
    linkLines(out, Tr::tr("Links that regressed (%1):").arg(c.regressed.size()), c.regressed);
    findingLines(out, Tr::tr("Findings opened (%1):").arg(c.opened.size()), c.opened, c.rules);
    linkLines(
        out,
        Tr::tr("Links decided before that no answer decides now (%1):").arg(c.undecided.size()),
        c.undecided);
    QList<TriagedFinding> untold;
    for (const RuleResult &r : c.findingsUndecided)
        untold.append(TriagedFinding{r, std::nullopt, false});
    findingLines(out,
                 Tr::tr("Findings that no answer confirms or clears now (%1):").arg(untold.size()),
                 untold, c.rules);
    if (!c.certificates.isEmpty()) {
        out << Tr::tr("Certificates expired or expiring within %n day(s):", nullptr, c.expiryDays)
            << u'\n';
        for (const CertificateChange &x : c.certificates) {
            const QString left = x.standing == CertificateStanding::Expired
                                     ? Tr::tr("expired")
                                     : Tr::tr("%n day(s) left", nullptr, int(x.daysLeft));
            out << QStringLiteral("  %1 %2: %3, %4 (%5)")
                       .arg(oneLine(x.endpoint), x.address, oneLine(x.subject),
                            x.notAfter.toString(Qt::ISODate), left)
                << u'\n';
        }
        out << u'\n';
    }
    linkLines(out, Tr::tr("Links that improved (%1):").arg(c.improved.size()), c.improved);
    findingLines(out, Tr::tr("Findings fixed (%1):").arg(c.fixed.size()), c.fixed, c.rules);
    if (!c.newsworthy() && c.improved.isEmpty() && c.fixed.isEmpty())
        out << Tr::tr("Nothing changed.") << u'\n';
    return text;
}

QByteArray notificationMail(const RunChanges &c, const NotifyOptions &options)
{
    QByteArray mail;
    mail += "To: " + options.mailTo.join(QStringLiteral(", ")).toUtf8() + '\n';
    mail += "Subject: " + encodedHeader(changesSubject(c)) + '\n';
    mail += "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=UTF-8\n"
            "Content-Transfer-Encoding: 8bit\n"
            "Auto-Submitted: auto-generated\n"
            "X-MailTLS-Run: " +
            QByteArray::number(c.run) + "\n\n";
    QString body = changesText(c);
    // The signature says how to see the run whole.
    QStringList command{QStringLiteral("mailtls-auditor"), QStringLiteral("report"),
                        QStringLiteral("--workspace"),
                        shellWord(options.workspaceFile.isEmpty() ? QStringLiteral("FILE")
                                                                  : options.workspaceFile)};
    if (!options.store.isEmpty())
        command << QStringLiteral("--db") << shellWord(options.store);
    command << QStringLiteral("--run") << QString::number(c.run);
    if (c.previous)
        command << QStringLiteral("--compare") << QString::number(c.previous);
    command << QStringLiteral("--pdf") << QStringLiteral("report.pdf");
    body += QStringLiteral("-- \n") + Tr::tr("The whole run as a report:") + u'\n' +
            oneLine(command.join(u' '), 900) + u'\n';
    mail += body.toUtf8();
    return mail;
}

QStringList deliverNotification(const RunChanges &c, const NotifyOptions &options)
{
    QStringList errors;
    if (!options.mailTo.isEmpty()) {
        QStringList words = QProcess::splitCommand(options.sendmail);
        if (words.isEmpty()) {
            errors << Tr::tr("--sendmail names no program");
        } else {
            const QString program = words.takeFirst();
            words << QStringLiteral("-t") << QStringLiteral("-oi");
            const QString e = runWithInput(Tr::tr("notification mail"), program, words,
                                           notificationMail(c, options), options.timeoutMs);
            if (!e.isEmpty())
                errors << e;
        }
    }
    if (!options.command.isEmpty()) {
        const QString e =
            runWithInput(Tr::tr("notification command"), QStringLiteral("/bin/sh"),
                         {QStringLiteral("-c"), options.command},
                         QJsonDocument(runChangesToJson(c)).toJson(), options.timeoutMs);
        if (!e.isEmpty())
            errors << e;
    }
    return errors;
}

} // namespace mailtls::cli
