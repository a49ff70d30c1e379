#include "app/models/inventory_models.h"
#include "app/inventory/workspace_io.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mailtls;

class TestInventoryModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hostTree();
    void linkTable();

private:
    Workspace m_ws;
};

void TestInventoryModels::initTestCase()
{
    const auto r = loadWorkspaceFile(
        QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    QVERIFY2(r.workspace, qPrintable(r.error));
    m_ws = *r.workspace;
}

void TestInventoryModels::hostTree()
{
    HostTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_ws);
    QCOMPARE(model.rowCount(), 8);
    const QModelIndex imap = model.index(4, 0);
    QCOMPARE(imap.data().toString(), QStringLiteral("imap.kumo.example"));
    QCOMPARE(model.rowCount(imap), 3);
    const QModelIndex lmtp = model.index(2, HostTreeModel::DetailColumn, imap);
    QCOMPARE(lmtp.data().toString(), QStringLiteral("port 2424"));
    QCOMPARE(model.parent(lmtp), imap);
    QCOMPARE(model.index(2, 0, imap).data().toString(), QStringLiteral("lmtp"));
    model.setWorkspace(Workspace{});
    QCOMPARE(model.rowCount(), 0);
}

void TestInventoryModels::linkTable()
{
    LinkTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_ws);
    QCOMPARE(model.rowCount(), 16);
    QCOMPARE(model.index(0, LinkTableModel::FromColumn).data().toString(), QStringLiteral("Internet"));
    QCOMPARE(model.index(0, LinkTableModel::MeasureColumn).data().toString(), QStringLiteral("M1"));
    QCOMPARE(model.index(0, LinkTableModel::EndpointColumn).data().toString(),
             QStringLiteral("smtp://127.0.0.11:2525"));
    QCOMPARE(model.index(6, LinkTableModel::MeasureColumn).data().toString(), QStringLiteral("M2"));
    QCOMPARE(model.index(14, LinkTableModel::FromColumn).data().toString(), QStringLiteral("Users"));
    QCOMPARE(model.index(14, LinkTableModel::MeasureColumn).data().toString(), QStringLiteral("M3"));
}

QTEST_GUILESS_MAIN(TestInventoryModels)
#include "tst_inventory_models.moc"
