// The news of a nightly audit (run_changes.h) and how it is told
// (notification.h): regressions, opened findings, links no longer decided,
// certificates entering their last days, the mail and the JSON. The mail and
// the command are handed to local shell commands that keep what they get;
// tst_monitoring_lab hands the mail to a real Postfix.

#include "../common/sample_results.h"
#include "app/cli/notification.h"
#include "app/history/run_changes.h"
#include "app/inventory/workspace_io.h"
#include "app/policy/policy_profile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtls;

namespace {

const QString kWorkspace = QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json");

ReportInput input(const Workspace &ws, qint64 run, const QDateTime &started,
                  const QHash<QString, EndpointResult> &results)
{
    ReportInput in;
    in.workspace = ws;
    in.run.id = run;
    in.run.workspace = ws.name;
    in.run.startedAt = started;
    in.run.finishedAt = started.addSecs(60);
    in.run.state = QStringLiteral("complete");
    in.results = results;
    for (auto it = results.cbegin(); it != results.cend(); ++it)
        in.resultTimes.insert(it.key(), started.addSecs(30));
    return in;
}

bool hasLink(const QList<LinkNews> &links, const QString &endpoint)
{
    return std::any_of(links.cbegin(), links.cend(),
                       [&](const LinkNews &n) { return n.change.endpoint == endpoint; });
}

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestRunChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void certificateStanding_data();
    void certificateStanding();
    void regressionIsNews();
    void sameRunTwiceIsQuiet();
    void firstRunTellsOnlyCertificates();
    void certificateToldOncePerStanding();
    void unreachableIsUndecidedNotUnchanged();
    void regressionAfterAnUndecidedNight();
    void findingOfAnUnreachableEndpointIsNotFixed();
    void improvedOnAnUndecidedAnswerIsUndecided();
    void certificateOnTwoAddressesIsOne();
    void timedOutCommandLeavesNothingRunning();
    void mailIsSafeAndEncoded();
    void deliveryHandsOverAndReportsFailure();

private:
    RunChanges changes(const QHash<QString, EndpointResult> &before,
                       const QHash<QString, EndpointResult> &after, int expiryDays = 21);
    RunChanges nights(const QList<QHash<QString, EndpointResult>> &runs, int expiryDays = 21);
    QHash<QString, EndpointResult> unreachable(QHash<QString, EndpointResult> results,
                                               const QString &ref);

    Workspace m_ws;
    Profile m_profile;
    QDateTime m_first = QDateTime(QDate(2026, 11, 1), QTime(2, 30), Qt::UTC);
    QDateTime m_second = QDateTime(QDate(2026, 11, 2), QTime(2, 30), Qt::UTC);
};

void TestRunChanges::initTestCase()
{
    const WorkspaceReadResult r = loadWorkspaceFile(kWorkspace);
    QVERIFY2(r.workspace, qPrintable(r.error));
    m_ws = *r.workspace;
    const std::optional<Profile> p = builtinProfile(QStringLiteral("m3aawg"));
    QVERIFY(p);
    m_profile = *p;
}

RunChanges TestRunChanges::changes(const QHash<QString, EndpointResult> &before,
                                   const QHash<QString, EndpointResult> &after, int expiryDays)
{
    return nights({before, after}, expiryDays);
}

// Runs on consecutive nights from m_first, oldest first: the news of the last.
RunChanges TestRunChanges::nights(const QList<QHash<QString, EndpointResult>> &runs, int expiryDays)
{
    std::vector<std::unique_ptr<ReportInput>> inputs;
    std::vector<std::unique_ptr<ComplianceReport>> reports;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const QDateTime started = m_first.addDays(i);
        inputs.push_back(std::make_unique<ReportInput>(input(m_ws, i + 1, started, runs.at(i))));
        reports.push_back(std::make_unique<ComplianceReport>(buildComplianceReport(
            *inputs.back(), m_profile, {}, started, ReportParts::FiguresOnly)));
    }
    QList<RunView> earlier;
    for (qsizetype i = runs.size() - 2; i >= 0; --i)
        earlier.append(RunView{reports.at(i).get(), inputs.at(i).get()});
    return runChanges(RunView{reports.back().get(), inputs.back().get()}, earlier, expiryDays);
}

void TestRunChanges::certificateStanding_data()
{
    QTest::addColumn<int>("secondsLeft");
    QTest::addColumn<int>("standing");
    const int day = 86400;
    QTest::newRow("a year") << 365 * day << int(CertificateStanding::Valid);
    QTest::newRow("22 days") << 22 * day << int(CertificateStanding::Valid);
    QTest::newRow("21 days exactly") << 21 * day << int(CertificateStanding::Expiring);
    QTest::newRow("one second") << 1 << int(CertificateStanding::Expiring);
    QTest::newRow("now") << 0 << int(CertificateStanding::Expired);
    QTest::newRow("last week") << -7 * day << int(CertificateStanding::Expired);
}

void TestRunChanges::certificateStanding()
{
    QFETCH(int, secondsLeft);
    QFETCH(int, standing);
    QCOMPARE(int(mailtls::certificateStanding(m_second.addSecs(secondsLeft), m_second, 21)),
             standing);
}

// mx2 accepting TLS 1.0 again and POP3 without STARTTLS: both links regressed, findings opened,
// status 1.
void TestRunChanges::regressionIsNews()
{
    const RunChanges c =
        changes(sample::demoRun(m_ws, true, false), sample::demoRun(m_ws, false, false));
    QVERIFY(c.regression());
    QVERIFY(c.newsworthy());
    QCOMPARE(c.previous, 1);
    QVERIFY(hasLink(c.regressed, QStringLiteral("mx2/smtp")));
    QVERIFY(hasLink(c.regressed, QStringLiteral("pop/pop3")));
    QVERIFY(c.improved.isEmpty());
    QVERIFY(c.undecided.isEmpty());
    QVERIFY(c.certificates.isEmpty());
    QVERIFY(!c.opened.isEmpty());
    for (const TriagedFinding &f : c.opened)
        QVERIFY2(f.finding.endpoint.startsWith(u"mx2/") || f.finding.endpoint.startsWith(u"pop/"),
                 qPrintable(f.finding.endpoint));
    // The other way round: the same links improved, findings fixed, nothing to say.
    const RunChanges back =
        changes(sample::demoRun(m_ws, false, false), sample::demoRun(m_ws, true, false));
    QVERIFY(!back.regression());
    QVERIFY(!back.newsworthy());
    QCOMPARE(back.improved.size(), c.regressed.size());
    QCOMPARE(back.fixed.size(), c.opened.size());
    // The JSON says the same.
    const QJsonObject json = runChangesToJson(c);
    QCOMPARE(json.value(QLatin1StringView("regression")).toBool(), true);
    QCOMPARE(json.value(QLatin1StringView("previous_run")).toInteger(), 1);
    QCOMPARE(json.value(QLatin1StringView("links_regressed")).toArray().size(), c.regressed.size());
    const QJsonObject first =
        json.value(QLatin1StringView("links_regressed")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1StringView("before")).toString(), QStringLiteral("strong_tls"));
    QVERIFY(json.value(QLatin1StringView("findings_opened"))
                .toArray()
                .first()
                .toObject()
                .contains(QLatin1StringView("severity")));
}

void TestRunChanges::sameRunTwiceIsQuiet()
{
    const auto results = sample::demoRun(m_ws, false, false);
    const RunChanges c = changes(results, results);
    QVERIFY(!c.newsworthy());
    QVERIFY(c.regressed.isEmpty() && c.improved.isEmpty() && c.opened.isEmpty() &&
            c.fixed.isEmpty());
    QVERIFY(cli::changesText(c).contains(QLatin1String("Nothing changed.")));
}

void TestRunChanges::firstRunTellsOnlyCertificates()
{
    auto results = sample::demoRun(m_ws, false, false);
    RunChanges c = nights({results});
    QCOMPARE(c.previous, 0);
    QVERIFY(!c.newsworthy()); // findings exist, but nothing is compared
    results[QStringLiteral("imap/imaps:2993")].certificate->notAfter = m_first.addDays(5);
    c = nights({results});
    QCOMPARE(c.certificates.size(), 1);
    QCOMPARE(c.certificates.first().endpoint, QStringLiteral("imap/imaps:2993"));
    QCOMPARE(c.certificates.first().daysLeft, 5);
    QVERIFY(!c.regression());
    QVERIFY(c.newsworthy());
    QVERIFY(runChangesToJson(c).value(QLatin1StringView("previous_run")).isNull());
}

// Valid -> expiring is news, expiring -> expiring is not, expiring -> expired is.
void TestRunChanges::certificateToldOncePerStanding()
{
    const QString imaps = QStringLiteral("imap/imaps:2993");
    auto before = sample::demoRun(m_ws, true, false);
    auto after = before;
    after[imaps].certificate->notAfter = m_second.addDays(10);
    RunChanges c = changes(before, after);
    QCOMPARE(c.certificates.size(), 1);
    QCOMPARE(int(c.certificates.first().standing), int(CertificateStanding::Expiring));
    QVERIFY(!c.regression());
    before[imaps].certificate->notAfter = m_second.addDays(10); // already expiring the night before
    QVERIFY(changes(before, after).certificates.isEmpty());
    after[imaps].certificate->notAfter = m_second.addSecs(-3600);
    c = changes(before, after);
    QCOMPARE(c.certificates.size(), 1);
    QCOMPARE(int(c.certificates.first().standing), int(CertificateStanding::Expired));
    // A renewed certificate (another fingerprint) is judged on its own.
    after[imaps].certificate->notAfter = m_second.addDays(90);
    after[imaps].certificate->sha256Fingerprint = QStringLiteral("AA:BB");
    QVERIFY(changes(before, after).certificates.isEmpty());
}

// An endpoint that did not answer is "undecided", never "unchanged" and never a regression or
// improvement.
QHash<QString, EndpointResult> TestRunChanges::unreachable(QHash<QString, EndpointResult> results,
                                                           const QString &ref)
{
    EndpointResult &r = results[ref];
    const ProbeTarget target = r.target;
    r = EndpointResult{};
    r.target = target;
    r.status = ProbeStatus::Timeout;
    return results;
}

void TestRunChanges::unreachableIsUndecidedNotUnchanged()
{
    const auto before = sample::demoRun(m_ws, true, false);
    const auto after = unreachable(before, QStringLiteral("imap/imaps:2993"));
    const RunChanges c = changes(before, after);
    QVERIFY(hasLink(c.undecided, QStringLiteral("imap/imaps")));
    QVERIFY(!hasLink(c.regressed, QStringLiteral("imap/imaps")));
    QVERIFY(c.newsworthy());
    QVERIFY(!c.regression());
    QVERIFY(cli::changesText(c).contains(QLatin1String("no answer decides now")));
    // A second night without an answer is not news again.
    QVERIFY(!hasLink(nights({before, after, after}).undecided, QStringLiteral("imap/imaps")));
}

// Strong, then no answer, then cleartext: the third night compares with the
// first, the last answer that decided.
void TestRunChanges::regressionAfterAnUndecidedNight()
{
    const auto strong = sample::demoRun(m_ws, true, false);
    const auto weak = sample::demoRun(m_ws, false, false); // pop3 without STARTTLS: cleartext
    const auto silent = unreachable(strong, QStringLiteral("pop/pop3:2110"));
    const RunChanges c = nights({strong, silent, weak});
    QVERIFY(hasLink(c.regressed, QStringLiteral("pop/pop3")));
    QVERIFY(c.regression());
    const LinkNews n =
        *std::find_if(c.regressed.cbegin(), c.regressed.cend(),
                      [](const LinkNews &x) { return x.change.endpoint == u"pop/pop3"; });
    QCOMPARE(int(n.change.from), int(LinkState::StrongTls));
    QCOMPARE(c.previous, 2);
    // And told once: the night after, cleartext again, nothing regressed.
    QVERIFY(!hasLink(nights({strong, silent, weak, weak}).regressed, QStringLiteral("pop/pop3")));
}

// A failing check of an endpoint that stops answering is neither fixed nor,
// when the endpoint answers again still failing, opened.
void TestRunChanges::findingOfAnUnreachableEndpointIsNotFixed()
{
    const auto failing = sample::demoRun(m_ws, false, false); // mx2 accepts TLS 1.0
    const auto silent = unreachable(failing, QStringLiteral("mx2/smtp:2525"));
    const RunChanges dark = nights({failing, silent});
    for (const TriagedFinding &f : dark.fixed)
        QVERIFY2(!f.finding.endpoint.startsWith(u"mx2/"), qPrintable(f.finding.ruleId));
    QVERIFY(std::any_of(dark.findingsUndecided.cbegin(), dark.findingsUndecided.cend(),
                        [](const RuleResult &r) { return r.endpoint.startsWith(u"mx2/"); }));
    QVERIFY(!dark.regression());
    QVERIFY(runChangesToJson(dark).value(QLatin1StringView("findings_undecided")).toArray().size() >
            0);
    const RunChanges back = nights({failing, silent, failing});
    for (const TriagedFinding &f : back.opened)
        QVERIFY2(!f.finding.endpoint.startsWith(u"mx2/"), qPrintable(f.finding.ruleId));
    QVERIFY(!back.regression());
    // Fixed while it was dark: told as fixed when it answers again.
    const RunChanges fixed = nights({failing, silent, sample::demoRun(m_ws, true, false)});
    QVERIFY(std::any_of(fixed.fixed.cbegin(), fixed.fixed.cend(), [](const TriagedFinding &f) {
        return f.finding.endpoint.startsWith(u"mx2/");
    }));
}

// Better than before, but on an answer left undecided: not "improved".
void TestRunChanges::improvedOnAnUndecidedAnswerIsUndecided()
{
    const auto weak = sample::demoRun(m_ws, false, false);
    auto better = sample::demoRun(m_ws, true, false);
    // mx2 no longer accepts TLS 1.0 as far as it answered, but TLS 1.1 was left undecided.
    better[QStringLiteral("mx2/smtp:2525")].versions[TlsVersion::Tls11].accepted.reset();
    better[QStringLiteral("mx2/smtp:2525")].versions[TlsVersion::Tls11].note =
        QStringLiteral("dropped");
    const RunChanges c = changes(weak, better);
    QVERIFY(!hasLink(c.improved, QStringLiteral("mx2/smtp")));
    QVERIFY(hasLink(c.undecided, QStringLiteral("mx2/smtp")));
    QVERIFY(!hasLink(c.regressed, QStringLiteral("mx2/smtp")));
}

// One certificate served on two addresses is one piece of news, at its worse standing.
void TestRunChanges::certificateOnTwoAddressesIsOne()
{
    const QString imaps = QStringLiteral("imap/imaps:2993");
    const auto before = sample::demoRun(m_ws, true, false);
    auto after = before;
    EndpointResult &r = after[imaps];
    r.certificate->notAfter = m_second.addDays(10);
    r.certificate->sha256Fingerprint = QStringLiteral("AA:01");
    EndpointResult v6 = r;
    v6.address = QStringLiteral("::1");
    v6.target.host = QStringLiteral("::1");
    r.otherAddresses.push_back(v6);
    const RunChanges c = changes(before, after);
    QCOMPARE(c.certificates.size(), 1);
    // Seen again from another address the next night: not news again.
    auto moved = after;
    moved[imaps].address = QStringLiteral("127.0.0.99");
    moved[imaps].otherAddresses.clear();
    QVERIFY(nights({before, after, moved}).certificates.isEmpty());
}

void TestRunChanges::timedOutCommandLeavesNothingRunning()
{
    QTemporaryDir dir;
    const RunChanges c =
        changes(sample::demoRun(m_ws, true, false), sample::demoRun(m_ws, false, false));
    cli::NotifyOptions options;
    options.command = QStringLiteral("sleep 60 & echo $! > %1/child; wait").arg(dir.path());
    options.timeoutMs = 1000;
    QElapsedTimer t;
    t.start();
    const QStringList errors = cli::deliverNotification(c, options);
    QVERIFY(t.elapsed() < 10000);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QLatin1String("did not finish")), qPrintable(errors.first()));
    const QString child = fileText(dir.filePath(QStringLiteral("child"))).trimmed();
    QVERIFY(!child.isEmpty());
    // Gone, or a zombie waiting for its reaper: never still sleeping.
    QTRY_VERIFY_WITH_TIMEOUT(
        !QFile::exists(QStringLiteral("/proc/%1").arg(child)) ||
            fileText(QStringLiteral("/proc/%1/stat").arg(child)).contains(QLatin1String(") Z ")),
        5000);
}

void TestRunChanges::mailIsSafeAndEncoded()
{
    auto before = sample::demoRun(m_ws, true, false);
    auto after = sample::demoRun(m_ws, false, false);
    // A hostile certificate: an escape sequence, a line break and a bidi override in its subject.
    after[QStringLiteral("imap/imaps:2993")].certificate->subject =
        QStringLiteral("CN=imap\x1b[2J\nSubject: forged\u202e");
    after[QStringLiteral("imap/imaps:2993")].certificate->notAfter = m_second.addDays(3);
    m_ws.name = QStringLiteral("久毛メール Kumo mail");
    RunChanges c = changes(before, after);
    m_ws.name = QStringLiteral("Kumo");
    cli::NotifyOptions options;
    options.mailTo = {QStringLiteral("alice@kumo.example")};
    options.workspaceFile = QStringLiteral("/etc/mailtls-auditor/it's kumo.json");
    options.store = QStringLiteral("/var/lib/mailtls-auditor/kumo.sqlite");
    const QByteArray mail = cli::notificationMail(c, options);
    const qsizetype split = mail.indexOf("\n\n");
    QVERIFY(split > 0);
    const QByteArray headers = mail.left(split);
    const QByteArray body = mail.mid(split + 2);
    // Headers: ASCII only, the subject as RFC 2047 words, no forged header.
    for (char ch : headers)
        QVERIFY2(uchar(ch) < 0x80, headers.constData());
    QVERIFY(headers.contains("To: alice@kumo.example\n"));
    QVERIFY(headers.contains("Subject: =?UTF-8?B?"));
    QVERIFY(headers.contains("Auto-Submitted: auto-generated"));
    QVERIFY(!mail.contains("\nSubject: forged"));
    QVERIFY(!body.contains('\x1b'));
    QVERIFY(!QString::fromUtf8(body).contains(QChar(0x202e)));
    QVERIFY(QString::fromUtf8(body).contains(QStringLiteral("久毛メール Kumo mail")));
    QVERIFY(body.contains("Links that regressed"));
    QVERIFY(body.contains("Internet -> mx2/smtp"));
    // How to see the run whole, with a file name the shell reads back as it is.
    QVERIFY2(body.contains(
                 "mailtls-auditor report --workspace '/etc/mailtls-auditor/it'\\''s kumo.json' "
                 "--db /var/lib/mailtls-auditor/kumo.sqlite --run 2 --compare 1 --pdf report.pdf"),
             body.constData());
    QVERIFY(body.contains("3 day(s) left") ||
            body.contains("3 days left")); // with or without the English plurals
    // The encoded words decode back to the subject.
    QString decoded;
    const QByteArray subjectLines =
        headers.mid(headers.indexOf("Subject: ") + 9).split('\n').join('\n');
    for (const QByteArray &line : subjectLines.split('\n')) {
        const QByteArray w = line.trimmed();
        if (!w.startsWith("=?UTF-8?B?"))
            break;
        QVERIFY(w.size() <= 75);
        decoded += QString::fromUtf8(QByteArray::fromBase64(w.mid(10, w.size() - 12)));
    }
    QCOMPARE(decoded, cli::changesSubject(c));
}

void TestRunChanges::deliveryHandsOverAndReportsFailure()
{
    QTemporaryDir dir;
    const RunChanges c =
        changes(sample::demoRun(m_ws, true, false), sample::demoRun(m_ws, false, false));
    cli::NotifyOptions options;
    options.mailTo = {QStringLiteral("alice@kumo.example"), QStringLiteral("bob@kumo.example")};
    // A sendmail that keeps its arguments and what it reads.
    const QString sendmail = dir.filePath(QStringLiteral("sendmail"));
    {
        QFile script(sendmail);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\necho \"$@\" > %1/args\ncat > %1/mail\n")
                         .arg(dir.path())
                         .toUtf8());
    }
    QVERIFY(
        QFile::setPermissions(sendmail, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    options.sendmail =
        QStringLiteral("\"%1\" -oem").arg(sendmail); // a program with an argument of its own
    options.command = QStringLiteral("cat > %1/changes.json").arg(dir.path());
    const QStringList delivered = cli::deliverNotification(c, options);
    QVERIFY2(delivered.isEmpty(), qPrintable(delivered.join(u'\n')));
    QCOMPARE(fileText(dir.filePath(QStringLiteral("args"))).trimmed(),
             QStringLiteral("-oem -t -oi"));
    QVERIFY(fileText(dir.filePath(QStringLiteral("mail")))
                .startsWith(QLatin1String("To: alice@kumo.example, bob@kumo.example\n")));
    const QJsonObject json =
        QJsonDocument::fromJson(fileText(dir.filePath(QStringLiteral("changes.json"))).toUtf8())
            .object();
    QCOMPARE(json, runChangesToJson(c));
    // Each failure is named: a sendmail that is not there, a command that fails.
    options.sendmail = dir.filePath(QStringLiteral("no-such-sendmail"));
    options.command = QStringLiteral("echo disk full >&2; exit 7");
    const QStringList errors = cli::deliverNotification(c, options);
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).contains(QLatin1String("no-such-sendmail")), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).contains(QLatin1String("status 7")) &&
                 errors.at(1).contains(QLatin1String("disk full")),
             qPrintable(errors.at(1)));
}

QTEST_GUILESS_MAIN(TestRunChanges)
#include "tst_run_changes.moc"
