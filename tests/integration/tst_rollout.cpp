// `mailtls-lab rollout`, the demo of a rollout a new user runs: the lab
// audited with its DNS publishing no defence against downgrade; the
// checklist applied to its real servers with MTA-STS testing and TLS-RPT
// published, audited; MTA-STS enforce and DANE published, audited. The store
// then holds three runs whose history and domain checks show the progress,
// as the README's rollout script reports it. Each audit first tests the
// outbound relay (the workspace's plan): the real Postfix relay sends through
// the lab's validating resolver to destinations whose MX is the test
// receiver, two of them with DANE.

#include "app/store/audit_store.h"
#include "app/history/run_history.h"
#include "app/inventory/workspace_io.h"
#include "lab/lab.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtls;

class TestRollout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threeRunsShowTheProgress();
};

void TestRollout::threeRunsShowTheProgress()
{
    QString why;
    if (!lab::Lab::canRun(&why))
        QSKIP(qPrintable(why));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("audits.sqlite"));
    QProcess lab;
    lab.setProcessChannelMode(QProcess::MergedChannels);
    lab.start(QStringLiteral(MAILTLS_BINARY_DIR "/lab/mailtls-lab"),
              {QStringLiteral("rollout"), QStringLiteral("--db"), db});
    QVERIFY(lab.waitForFinished(300000));
    const QString output = QString::fromLocal8Bit(lab.readAll());
    QVERIFY2(lab.exitStatus() == QProcess::NormalExit && lab.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("applied M2.2 on relay/smtp:2525")), qPrintable(output));
    // The domain's items: TLS-RPT with the testing stage, the protection itself with enforce.
    QVERIFY2(output.contains(QLatin1String("left for a later DNS stage: M4.1 on mx1/smtp:2525")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("applied M4.3 on mx1/smtp:2525")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("applied M4.1 on mx2/smtp:2525")), qPrintable(output));
    // The outbound relay, first audit: toward the DANE destinations the lab's
    // DNS publishes, it delivered where STARTTLS was stripped and over a
    // certificate that does not match their TLSA records, and sent no SNI; its
    // checklist (the relay's own main.cf, not a DNS stage) comes right after it.
    const qsizetype firstStage = output.indexOf(QLatin1String("DNS stage testing published"));
    for (const char *rule : {"M4.5", "M4.6", "M4.7"}) {
        const qsizetype at = output.indexOf(QStringLiteral("applied %1 on relay/smtp:2525").arg(QLatin1String(rule)));
        QVERIFY2(at >= 0 && at < firstStage, qPrintable(output));
    }

    // Before any message, what DNS publishes for each destination the receiver plays.
    QVERIFY2(output.contains(QLatin1String("outbound test: bad-certificate.partners.example: MX "
                                           "mx.bad-certificate.partners.example (127.0.0.73), secure (DNSSEC); 1 TLSA "
                                           "record at _2625._tcp.mx.bad-certificate.partners.example, secure (DNSSEC)")),
             qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("outbound test: normal.partners.example: MX mx.normal.partners.example "
                                           "(127.0.0.71), secure (DNSSEC); no TLSA record at _2625._tcp.mx.normal.partners.example, "
                                           "secure (DNSSEC)")),
             qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("are not at the listener's address")), qPrintable(output));

    // The rollout audited a copy of the demo workspace next to the store; the
    // relay's last outbound test there: SNI sent, the message held toward both.
    const WorkspaceReadResult ws = loadWorkspaceFile(dir.filePath(QStringLiteral("audits.workspace.json")));
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    const QList<OutboundTest> tests = WorkspaceIndex(*ws.workspace).outboundTests(QStringLiteral("relay"));
    QCOMPARE(tests.size(), 1);
    QCOMPARE(tests.first().policy, QStringLiteral("requires-tls"));
    for (const OutboundCheckRecord &check : tests.first().checks)
        QVERIFY2(check.passed == true, qPrintable(check.check + u' ' + check.evidence));
    QCOMPARE(tests.first().checks.size(), 5);
    QString error;
    auto store = AuditStore::open(db, &error);
    QVERIFY2(store, qPrintable(error));
    QStringList errors;
    const QList<RunFigures> history =
        loadHistory(*store, *ws.workspace, *builtinProfile(u"m3aawg"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).measureEncrypted[1], 1); // internal links: 1 of 5 before, 5 of 5 after
    QCOMPARE(history.at(1).measureEncrypted[1], 5);
    QCOMPARE(history.at(2).measureEncrypted[1], 5);
    QCOMPARE(history.at(0).checklistDone, 0);
    QVERIFY(history.at(1).openTotal() > 0); // MTA-STS in testing protects no MX yet
    QCOMPARE(history.at(2).checklistDone, history.at(2).checklistItems);
    QCOMPARE(history.at(2).openTotal(), 0);
    // The MX hosts' protection run by run: none, none (MTA-STS testing), then in kumo.example
    // MTA-STS and DANE, in kumo-shop.example (mx1, no MTA-STS) DANE.
    const QList<QPair<QString, QList<MxProtection>>> expected{
        {QStringLiteral("kumo.example"), {MxProtection::None, MxProtection::None, MxProtection::Both}},
        {QStringLiteral("kumo-shop.example"), {MxProtection::None, MxProtection::None, MxProtection::Dane}}};
    for (qsizetype i = 0; i < history.size(); ++i) {
        DomainDefences checks;
        checks.domains = store->domainChecks(history.at(i).run);
        for (const auto &[name, protections] : expected) {
            const DomainDefence *domain = checks.domain(name);
            QVERIFY2(domain, qPrintable(name));
            QCOMPARE(domain->mx.size(), name == QLatin1String("kumo.example") ? 2 : 1);
            for (const MxDefence &mx : domain->mx)
                QVERIFY2(mx.protection == protections.at(i),
                         qPrintable(name + u' ' + mx.host + u' ' + mxProtectionKey(mx.protection)));
        }
    }
    // Every item was marked done by the rollout, then verified by a later audit.
    for (const TrackedItem &item :
         store->checklistItems(ws.workspace->name, QStringLiteral("m3aawg")))
        QCOMPARE(item.state, ItemState::Verified);
}

QTEST_GUILESS_MAIN(TestRollout)
#include "tst_rollout.moc"
