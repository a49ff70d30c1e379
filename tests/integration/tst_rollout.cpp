// `mailtls-lab rollout`, the demo of a rollout a new user runs: the lab
// audited, the checklist applied to its real servers, audited again. The
// store then holds two runs whose history shows the progress, and a report of
// the second compared with the first, as the README's rollout script prints it.

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
    void twoRunsShowTheProgress();
};

void TestRollout::twoRunsShowTheProgress()
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

    const WorkspaceReadResult ws =
        loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    QVERIFY(ws.workspace);
    QString error;
    auto store = AuditStore::open(db, &error);
    QVERIFY2(store, qPrintable(error));
    QStringList errors;
    const QList<RunFigures> history =
        loadHistory(*store, *ws.workspace, *builtinProfile(u"m3aawg"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).measureEncrypted[1], 1); // internal links: 1 of 5 before, 5 of 5 after
    QCOMPARE(history.at(1).measureEncrypted[1], 5);
    QCOMPARE(history.at(0).checklistDone, 0);
    QCOMPARE(history.at(1).checklistDone, history.at(1).checklistItems);
    QCOMPARE(history.at(1).openTotal(), 0);
    // Every item was marked done by the rollout, then verified by the second audit.
    for (const TrackedItem &item :
         store->checklistItems(ws.workspace->name, QStringLiteral("m3aawg")))
        QCOMPARE(item.state, ItemState::Verified);
}

QTEST_GUILESS_MAIN(TestRollout)
#include "tst_rollout.moc"
