// The nightly audit as shipped: the systemd service and timer in
// resources/systemd are checked by systemd-analyze, and the service's own
// ExecStart line, with its Environment= and EnvironmentFile= as systemd
// expands them, is run as the timer would run it, against the real lab: a
// first night, then the MX made worse (STARTTLS switched off in its
// Postfix), a second night, then a third with nothing changed. The lab's
// Postfix relay is the local mail system: the notification goes through
// /usr/sbin/sendmail into its queue and on over LMTP to Dovecot, and the
// test reads it back from the recipient's Maildir. Exactly one mail, naming
// the regressed link; the second night ends with status 1; the notification
// command gets the same news as JSON.

#include "tests/common/lab_fixture.h"
#include "tests/common/process_run.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mailtls;

namespace {

const QString kBinary = QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor");
const QString kUnits = QStringLiteral(MAILTLS_SOURCE_DIR "/resources/systemd");
const QString kDemo = QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json");
const QString kInstance = QStringLiteral("kumo");

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// The service file with the installed paths moved under root (the binary is the build's).
QString localUnit(const QString &unit, const QString &root)
{
    QString text = readText(kUnits + u'/' + unit);
    text.replace(QStringLiteral("/usr/bin/mailtls-auditor"), kBinary);
    text.replace(QStringLiteral("/etc/default/"), root + QStringLiteral("/default/"));
    text.replace(QStringLiteral("/etc/mailtls-auditor/"), root + QStringLiteral("/etc/"));
    text.replace(QStringLiteral("/var/lib/mailtls-auditor/"), root + QStringLiteral("/state/"));
    return text;
}

// KEY=VALUE (optionally quoted) lines of an environment file, as systemd reads them.
void readEnvironmentFile(const QString &path, QHash<QString, QString> *env)
{
    for (const QString &raw : readText(path).split(u'\n')) {
        const QString line = raw.trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (line.isEmpty() || line.startsWith(u'#') || eq <= 0)
            continue;
        QString value = line.mid(eq + 1);
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') &&
            value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        env->insert(line.left(eq), value);
    }
}

// The command the service runs: %i is the instance; $VAR becomes its words, ${VAR} one word.
struct ServiceCommand
{
    QStringList argv;
    QHash<QString, QString> env;
};

ServiceCommand serviceCommand(const QString &unitText)
{
    ServiceCommand c;
    QString exec;
    for (QString line : unitText.split(u'\n')) {
        line.replace(QStringLiteral("%i"), kInstance);
        if (line.startsWith(QLatin1String("Environment="))) {
            const QString kv = line.mid(12);
            c.env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        } else if (line.startsWith(QLatin1String("EnvironmentFile="))) {
            QString path = line.mid(16);
            if (path.startsWith(u'-'))
                path.remove(0, 1);
            readEnvironmentFile(path, &c.env);
        } else if (line.startsWith(QLatin1String("ExecStart="))) {
            exec = line.mid(10);
        }
    }
    static const QRegularExpression braced(QStringLiteral("^\\$\\{(\\w+)\\}$"));
    static const QRegularExpression bare(QStringLiteral("^\\$(\\w+)$"));
    for (const QString &word : exec.split(u' ', Qt::SkipEmptyParts)) {
        if (const auto m = braced.match(word); m.hasMatch())
            c.argv << c.env.value(m.captured(1));
        else if (const auto m2 = bare.match(word); m2.hasMatch())
            c.argv << c.env.value(m2.captured(1)).split(u' ', Qt::SkipEmptyParts);
        else
            c.argv << word;
    }
    return c;
}

// One firing of the timer: the service's command with the service's environment.
ProcessRun runNight(const QString &unitText)
{
    const ServiceCommand c = serviceCommand(unitText);
    return runProcess(c.argv.first(), c.argv.mid(1), c.env);
}

QStringList newMail(const QString &maildir)
{
    QStringList files;
    for (const QString &name :
         QDir(maildir + QStringLiteral("/new")).entryList(QDir::Files, QDir::Name))
        files << maildir + QStringLiteral("/new/") + name;
    return files;
}

// The demo workspace cut to the hosts the lab starts here.
QByteArray smallWorkspace()
{
    QFile f(kDemo);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject ws = QJsonDocument::fromJson(f.readAll()).object();
    const QStringList keep{QStringLiteral("mx1"), QStringLiteral("relay"), QStringLiteral("imap"),
                           QStringLiteral("archive")};
    QJsonArray hosts;
    for (const QJsonValue &h : ws.value(QLatin1StringView("hosts")).toArray()) {
        if (keep.contains(h.toObject().value(QLatin1StringView("id")).toString()))
            hosts.append(h);
    }
    QJsonArray links;
    for (const QJsonValue &l : ws.value(QLatin1StringView("links")).toArray()) {
        const QJsonObject o = l.toObject();
        const QString from = o.value(QLatin1StringView("from")).toString();
        const QString to = o.value(QLatin1StringView("endpoint")).toString().section(u'/', 0, 0);
        if ((keep.contains(from) || from == QLatin1String("internet") ||
             from == QLatin1String("users")) &&
            keep.contains(to))
            links.append(o);
    }
    QJsonArray domains;
    for (const QJsonValue &d : ws.value(QLatin1StringView("domains")).toArray()) {
        QJsonObject o = d.toObject();
        QJsonArray mx;
        for (const QJsonValue &id : o.value(QLatin1StringView("mx")).toArray()) {
            if (keep.contains(id.toString()))
                mx.append(id);
        }
        o.insert(QLatin1StringView("mx"), mx);
        domains.append(o);
    }
    ws.insert(QLatin1StringView("domains"), domains);
    ws.insert(QLatin1StringView("hosts"), hosts);
    ws.insert(QLatin1StringView("links"), links);
    return QJsonDocument(ws).toJson();
}

} // namespace

class TestMonitoringLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unitsAreValid();
    void unitKeepsSendmailWorking();
    void initTestCase();
    void nightlyRunsMailOneRegression();
    void cleanupTestCase();

private:
    std::unique_ptr<mailtls::lab::Lab> m_lab;
    QTemporaryDir m_dir;
};

// systemd itself reads the shipped units: no unknown key, a valid calendar, an executable command.
void TestMonitoringLab::unitsAreValid()
{
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty())
        QSKIP("systemd-analyze is not installed (scripts/install-deps.sh installs it)");
    QTemporaryDir units;
    for (const QString &unit : {QStringLiteral("mailtls-auditor-audit@.service"),
                                QStringLiteral("mailtls-auditor-audit@.timer")})
        QVERIFY(writeText(units.filePath(unit), localUnit(unit, m_dir.path()).toUtf8()));
    QProcess p;
    p.setWorkingDirectory(units.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(analyze, {QStringLiteral("verify"), QStringLiteral("--man=no"),
                      QStringLiteral("./mailtls-auditor-audit@%1.service").arg(kInstance),
                      QStringLiteral("./mailtls-auditor-audit@%1.timer").arg(kInstance)});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray said = p.readAll();
    QVERIFY2(p.exitCode() == 0, said.constData());
    // Unknown keys and bad values are warnings with status 0: none is allowed.
    QVERIFY2(!said.contains("Unknown") && !said.contains("Failed to parse") &&
                 !said.contains("ignoring"),
             said.constData());
}

// For a service with User=, systemd.exec(5) (systemd 252) implies
// NoNewPrivileges=yes with each of these, which strips the set-group-id of
// Postfix's postdrop and the set-user-id of Exim: the notification mail could
// not be queued.
void TestMonitoringLab::unitKeepsSendmailWorking()
{
    const QString unit = readText(kUnits + QStringLiteral("/mailtls-auditor-audit@.service"));
    QVERIFY(unit.contains(QLatin1String("\nUser=")));
    for (const char *key :
         {"NoNewPrivileges", "DynamicUser", "PrivateDevices", "ProtectHostname", "ProtectClock",
          "ProtectKernelTunables", "ProtectKernelModules", "ProtectKernelLogs",
          "RestrictAddressFamilies", "RestrictNamespaces", "LockPersonality",
          "MemoryDenyWriteExecute", "RestrictRealtime", "RestrictSUIDSGID", "SystemCallFilter",
          "SystemCallArchitectures", "SystemCallLog", "ProtectSystem=strict"}) {
        const QString k = QString::fromLatin1(key);
        QVERIFY2(!unit.contains(u'\n' + k + (k.contains(u'=') ? QString() : QStringLiteral("="))),
                 key);
    }
}

void TestMonitoringLab::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LabStart s = startDemoLab({QStringLiteral("mx1"), QStringLiteral("relay"),
                               QStringLiteral("imap"), QStringLiteral("archive")});
    if (!s.skip.isEmpty())
        QSKIP(qPrintable(s.skip));
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    m_lab = std::move(s.lab);
}

void TestMonitoringLab::nightlyRunsMailOneRegression()
{
    // 1. What the admin sets up: the workspace, and who hears of regressions. The
    //    lab's relay is the local mail system (Postfix's sendmail reads MAIL_CONFIG).
    const QString root = m_dir.path();
    for (const char *sub : {"etc", "state", "default"})
        QVERIFY(QDir(root).mkpath(QString::fromLatin1(sub)));
    QVERIFY(writeText(root + QStringLiteral("/etc/%1.json").arg(kInstance), smallWorkspace()));
    const QString hook = root + QStringLiteral("/notify.sh");
    QVERIFY(writeText(
        hook,
        QStringLiteral("#!/bin/sh\ncat > %1/changes-$(date +%s%N).json\n").arg(root).toUtf8()));
    QVERIFY(QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray defaults =
        QStringLiteral("# as /etc/default/mailtls-auditor-%1 on an audit host\n"
                       "MAILTLS_AUDIT_OPTIONS=\"--notify-mail=alice@kumo.example "
                       "--notify-command=%2 --ca-file=%3 "
                       "--no-domain-checks\"\nMAIL_CONFIG=%4\n")
            .arg(kInstance, hook, m_lab->caFile(), m_lab->configPath(QStringLiteral("relay")))
            .toUtf8();
    QVERIFY(
        writeText(root + QStringLiteral("/default/mailtls-auditor-%1").arg(kInstance), defaults));
    const QString unit = localUnit(QStringLiteral("mailtls-auditor-audit@.service"), root);
    const QString inbox = m_lab->stateDir() + QStringLiteral("/imap/mail/alice/Maildir");

    // 2. The first night: nothing to compare with, nothing to say.
    const ProcessRun first = runNight(unit);
    QVERIFY2(first.exitCode == 0, QByteArray(first.out + first.err).constData());
    QVERIFY2(first.out.isEmpty(), first.out.constData()); // quiet on success

    // 3. The MX is made worse: no STARTTLS any more.
    const QString mainCf = m_lab->configPath(QStringLiteral("mx1")) + QStringLiteral("/main.cf");
    QFile cf(mainCf);
    QVERIFY(cf.open(QIODevice::Append));
    cf.write("smtpd_tls_security_level = none\n");
    cf.close();
    const QString reloaded = m_lab->reload(QStringLiteral("mx1"));
    QVERIFY2(reloaded.isEmpty(), qPrintable(reloaded));

    // 4. The second night says so, on its output and with status 1 ...
    const ProcessRun second = runNight(unit);
    QVERIFY2(second.exitCode == 1, QByteArray(second.out + second.err).constData());
    QVERIFY2(second.out.contains("Links that regressed (1):"), second.out.constData());
    QVERIFY2(QString::fromUtf8(second.out)
                 .contains(QRegularExpression(
                     QStringLiteral("Internet -> mx1/smtp: strong TLS -> cleartext"),
                     QRegularExpression::CaseInsensitiveOption)),
             second.out.constData());

    // ... in one mail, read back from the mailbox the lab's relay delivered it to ...
    QTRY_COMPARE_WITH_TIMEOUT(newMail(inbox).size(), 1, 60000);
    const QString mail = readText(newMail(inbox).first());
    QVERIFY2(mail.contains(QLatin1String("Subject: MailTLS audit of")), qPrintable(mail));
    QVERIFY2(mail.contains(QLatin1String("1 link regressed")), qPrintable(mail));
    QVERIFY2(mail.contains(QLatin1String("Auto-Submitted: auto-generated")), qPrintable(mail));
    QVERIFY2(mail.contains(
                 QRegularExpression(QStringLiteral("Internet -> mx1/smtp: strong TLS -> cleartext"),
                                    QRegularExpression::CaseInsensitiveOption)),
             qPrintable(mail));

    // ... and as JSON to the admin's command.
    const QStringList hooks = QDir(root).entryList({QStringLiteral("changes-*.json")}, QDir::Files);
    QCOMPARE(hooks.size(), 1);
    const QJsonObject changes =
        QJsonDocument::fromJson(readText(root + u'/' + hooks.first()).toUtf8()).object();
    QCOMPARE(changes.value(QLatin1StringView("regression")).toBool(), true);
    const QJsonArray regressed = changes.value(QLatin1StringView("links_regressed")).toArray();
    QCOMPARE(regressed.size(), 1);
    QCOMPARE(regressed.first().toObject().value(QLatin1StringView("endpoint")).toString(),
             QStringLiteral("mx1/smtp"));
    QCOMPARE(regressed.first().toObject().value(QLatin1StringView("before")).toString(),
             QStringLiteral("strong_tls"));
    QCOMPARE(regressed.first().toObject().value(QLatin1StringView("after")).toString(),
             QStringLiteral("cleartext"));
    QVERIFY(!changes.value(QLatin1StringView("findings_opened")).toArray().isEmpty());
    QCOMPARE(changes.value(QLatin1StringView("previous_run")).toInteger(),
             changes.value(QLatin1StringView("run")).toInteger() - 1);

    // 5. The third night: still cleartext, but nothing new: quiet, status 0, no second mail.
    const ProcessRun third = runNight(unit);
    QVERIFY2(third.exitCode == 0, QByteArray(third.out + third.err).constData());
    QVERIFY2(third.out.isEmpty(), third.out.constData());
    QThread::sleep(3); // the relay delivers within a second or two: give a second mail its chance
    QCOMPARE(newMail(inbox).size(), 1);
    QCOMPARE(QDir(root).entryList({QStringLiteral("changes-*.json")}, QDir::Files).size(), 1);
}

void TestMonitoringLab::cleanupTestCase()
{
    if (m_lab)
        m_lab->stop();
}

QTEST_GUILESS_MAIN(TestMonitoringLab)
#include "tst_monitoring_lab.moc"
