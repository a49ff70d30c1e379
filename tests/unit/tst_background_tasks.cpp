// The session's services for the window (app/session/background_tasks.h):
// each runs its work off the calling thread and hands back what the window
// continues with, as the synchronous functions it wraps would.

#include "../common/sample_results.h"
#include "app/session/background_tasks.h"
#include "probes/result_json.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mailtls;

class TestBackgroundTasks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writeFile_data();
    void writeFile();
    void workspaceSavedAndLoaded();
    void workspaceNotFound();
    void importRunsOffThisThread();
    void snapshotFromStored();
    void rebuildSnapshotKeepsTimesAndRun();
    void compareRuns();
    void layoutPathMap();

private:
    Workspace m_workspace;
    Profile m_profile;
};

void TestBackgroundTasks::initTestCase()
{
    const auto demo =
        loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    QVERIFY(demo.workspace);
    m_workspace = *demo.workspace;
    m_profile = *builtinProfile(u"m3aawg");
}

void TestBackgroundTasks::writeFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("written");
    QTest::newRow("a file in a folder that exists") << QStringLiteral("figures.csv") << true;
    QTest::newRow("a folder that does not exist")
        << QStringLiteral("no-such-folder/figures.csv") << false;
}

void TestBackgroundTasks::writeFile()
{
    QFETCH(QString, name);
    QFETCH(bool, written);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFuture<QString> future = background::writeFile(path, "run,state\n1,complete\n");
    future.waitForFinished();
    QCOMPARE(future.result().isEmpty(), written);
    QFile file(path);
    QCOMPARE(file.open(QIODevice::ReadOnly), written);
    if (written)
        QCOMPARE(file.readAll(), QByteArray("run,state\n1,complete\n"));
}

void TestBackgroundTasks::workspaceSavedAndLoaded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.json"));
    QFuture<QString> saved = background::saveWorkspace(m_workspace, path);
    saved.waitForFinished();
    QCOMPARE(saved.result(), QString());
    QFuture<WorkspaceReadResult> loaded = background::loadWorkspace(path);
    loaded.waitForFinished();
    QVERIFY2(loaded.result().workspace, qPrintable(loaded.result().error));
    QCOMPARE(loaded.result().workspace->name, m_workspace.name);
    QCOMPARE(loaded.result().workspace->hosts.size(), m_workspace.hosts.size());
    QCOMPARE(loaded.result().workspace->links.size(), m_workspace.links.size());
}

void TestBackgroundTasks::workspaceNotFound()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.json"));
    QFuture<WorkspaceReadResult> loaded = background::loadWorkspace(path);
    loaded.waitForFinished();
    QVERIFY(!loaded.result().workspace);
    QVERIFY2(loaded.result().error.contains(path), qPrintable(loaded.result().error));
    // A save into a folder that does not exist says why; no file appears.
    const QString unwritable = dir.filePath(QStringLiteral("no-such-folder/ws.json"));
    QFuture<QString> saved = background::saveWorkspace(m_workspace, unwritable);
    saved.waitForFinished();
    QVERIFY(!saved.result().isEmpty());
    QVERIFY(!QFile::exists(unwritable));
}

void TestBackgroundTasks::importRunsOffThisThread()
{
    QThread *caller = QThread::currentThread();
    const auto import = [caller](const Workspace &into) {
        FileImport result;
        if (QThread::currentThread() == caller)
            result.error = QStringLiteral("ran on the caller's thread");
        Workspace imported = into;
        imported.organisation = QStringLiteral("Imported");
        result.workspace = imported;
        result.summary = QString::number(into.hosts.size());
        return result;
    };
    QFuture<FileImport> future = background::runImport(import, m_workspace);
    // Polled, not waited for: waitForFinished() may run a task not yet started on the waiting thread.
    QTRY_VERIFY(future.isFinished());
    const FileImport result = future.result();
    QCOMPARE(result.error, QString());
    QVERIFY(result.workspace);
    QCOMPARE(result.workspace->organisation, QStringLiteral("Imported"));
    QCOMPARE(result.summary, QString::number(m_workspace.hosts.size())); // the workspace given
}

void TestBackgroundTasks::snapshotFromStored()
{
    const QHash<QString, EndpointResult> run = sample::demoRun(m_workspace, false, false);
    QVERIFY(run.size() >= 2);
    QList<StoredResult> stored;
    const QDateTime completed(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    for (auto it = run.cbegin(); it != run.cend(); ++it) {
        StoredResult s;
        s.endpoint = it.key();
        s.completedAt = completed;
        s.result = endpointResultToJson(it.value());
        stored.append(s);
    }
    // One result whose JSON cannot be read: left out, the others kept.
    stored[0].result = QJsonObject{{QStringLiteral("status"), 42}};
    QFuture<AuditSnapshot> future =
        background::snapshotFromStored(m_workspace, m_profile, stored, 7, {}, {});
    future.waitForFinished();
    const AuditSnapshot snapshot = future.result();
    QCOMPARE(snapshot.latestRun, qint64(7));
    QCOMPARE(snapshot.results.size(), run.size() - 1);
    QVERIFY(!snapshot.results.contains(stored.at(0).endpoint));
    QCOMPARE(snapshot.resultTimes.size(), run.size() - 1);
    QCOMPARE(snapshot.resultTimes.value(stored.at(1).endpoint), completed);
    QVERIFY(!snapshot.links.isEmpty());
    QVERIFY(!snapshot.findings.isEmpty()); // mx2 accepts TLS 1.0, POP3 offers no STARTTLS
}

void TestBackgroundTasks::rebuildSnapshotKeepsTimesAndRun()
{
    AuditSnapshot previous;
    previous.results = sample::demoRun(m_workspace, false, false);
    const QDateTime completed(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    for (auto it = previous.results.cbegin(); it != previous.results.cend(); ++it)
        previous.resultTimes.insert(it.key(), completed);
    previous.latestRun = 3;
    QFuture<AuditSnapshot> future =
        background::rebuildSnapshot(m_workspace, m_profile, previous, {});
    future.waitForFinished();
    const AuditSnapshot rebuilt = future.result();
    QCOMPARE(rebuilt.latestRun, qint64(3));
    QCOMPARE(rebuilt.resultTimes, previous.resultTimes);
    QCOMPARE(rebuilt.results.size(), previous.results.size());
    QVERIFY(!rebuilt.findings.isEmpty()); // built again from the results
    QVERIFY(!rebuilt.checklist.isEmpty());
}

void TestBackgroundTasks::compareRuns()
{
    ReportInput before;
    before.workspace = m_workspace;
    before.run.id = 1;
    before.run.workspace = m_workspace.name;
    before.run.state = QStringLiteral("complete");
    before.results = sample::demoRun(m_workspace, false, false);
    ReportInput after = before;
    after.run.id = 2;
    after.results = sample::demoRun(m_workspace, true, false); // mx2 and POP3 fixed
    QFuture<background::ComparedRuns> future = background::compareRuns(before, after, m_profile);
    future.waitForFinished();
    const background::ComparedRuns compared = future.result();
    QVERIFY(compared.profile);
    QCOMPARE(compared.before.run, qint64(1));
    QCOMPARE(compared.after.run, qint64(2));
    QCOMPARE(compared.diff.before, qint64(1));
    QCOMPARE(compared.diff.after, qint64(2));
    QVERIFY(!compared.diff.fixed.isEmpty());
    QVERIFY(compared.diff.added.isEmpty());
    QVERIFY(compared.diff.regressed.isEmpty());
}

void TestBackgroundTasks::layoutPathMap()
{
    // The map as the window would build it here: the same nodes at the same places, a dragged
    // host where it was dropped.
    Workspace ws = m_workspace;
    QVERIFY(!ws.hosts.isEmpty());
    const QString dragged = ws.hosts.constFirst().id;
    ws.layout.insert(dragged, QPointF(-500, 1234));
    PathMap expected = PathMap::build(ws);
    expected.layout(ws.layout);
    QFuture<PathMap> future = background::layoutPathMap(ws, {});
    future.waitForFinished();
    const PathMap map = future.result();
    QCOMPARE(map.nodes().size(), expected.nodes().size());
    QCOMPARE(map.edges().size(), expected.edges().size());
    for (int i = 0; i < map.nodes().size(); ++i) {
        QCOMPARE(map.nodes().at(i).id, expected.nodes().at(i).id);
        QCOMPARE(map.nodes().at(i).pos, expected.nodes().at(i).pos);
    }
    const int index = map.nodeIndex(dragged);
    QVERIFY(index >= 0);
    const MapNode &node = map.nodes().at(index);
    QVERIFY(node.pinned);
    QCOMPARE(node.pos, QPointF(-500, 1234));
}

QTEST_GUILESS_MAIN(TestBackgroundTasks)
#include "tst_background_tasks.moc"
