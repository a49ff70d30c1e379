// The findings and checklist models the window shows: checked by
// QAbstractItemModelTester, the filters by measure, severity, host, text and
// accepted risks, the checklist grouped by host with only the states a
// person sets editable.

#include "app/models/finding_models.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mailtls;

namespace {

RuleResult finding(const QString &rule, Severity severity, const QString &endpoint, const QString &evidence)
{
    RuleResult r;
    r.ruleId = rule;
    r.measure = rule.mid(1, 1).toInt();
    r.verdict = Verdict::Fail;
    r.severity = severity;
    r.endpoint = endpoint;
    r.evidence = {{QStringLiteral("version"), evidence}};
    return r;
}

QList<TriagedFinding> sampleFindings()
{
    RiskAcceptance a;
    a.rule = QStringLiteral("M1.6");
    a.endpoint = QStringLiteral("mx2/smtp:25");
    a.owner = QStringLiteral("postmaster");
    a.justification = QStringLiteral("partner");
    a.expires = QDate(2027, 3, 31);
    return {
        {finding(QStringLiteral("M3.1"), Severity::Critical, QStringLiteral("pop/pop3:110"),
                 QStringLiteral("USER offered before STLS")),
         std::nullopt, false},
        {finding(QStringLiteral("M2.2"), Severity::High, QStringLiteral("relay/smtp:25"),
                 QStringLiteral("<b>STARTTLS</b> not offered")),
         std::nullopt, false},
        {finding(QStringLiteral("M1.6"), Severity::Low, QStringLiteral("mx2/smtp:25"), QStringLiteral("accepts TLSv1.0")),
         a, false},
    };
}

QList<ChecklistItem> sampleItems()
{
    QList<ChecklistItem> items;
    for (const TriagedFinding &t : sampleFindings()) {
        ChecklistItem i;
        i.finding = t.finding;
        i.state = t.accepted() ? ItemState::AcceptedRisk : ItemState::Open;
        items.append(i);
    }
    items[1].state = ItemState::InProgress;
    items[1].regressions = 2;
    return items;
}

TrackedItem verifiedItem()
{
    TrackedItem t;
    t.profile = QStringLiteral("m3aawg");
    t.rule = QStringLiteral("M1.2");
    t.endpoint = QStringLiteral("mx2/smtp:25");
    t.state = ItemState::Verified;
    t.verifiedRun = 4;
    return t;
}

} // namespace

class TestFindingModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findingsModel();
    void filter_data();
    void filter();
    void checklistByHost();
    void checklistEditsOnlyPeoplesStates();
};

void TestFindingModels::findingsModel()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(*builtinProfile(u"m3aawg"), sampleFindings());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("M3.1"));
    QVERIFY(!model.index(0, FindingsModel::TitleColumn).data().toString().isEmpty());
    QCOMPARE(model.index(1, FindingsModel::EvidenceColumn).data().toString(),
             QStringLiteral("<b>STARTTLS</b> not offered")); // as sent: the view shows it as plain text
    QCOMPARE(model.index(2, 0).data(FindingAcceptedRole).toBool(), true);
    QVERIFY(model.index(2, FindingsModel::StatusColumn).data().toString().contains(QLatin1StringView("2027-03-31")));
    QCOMPARE(model.index(2, 0).data(FindingHostIdRole).toString(), QStringLiteral("mx2"));
    QCOMPARE(model.index(2, 0).data(FindingItemKeyRole).toString(), QStringLiteral("M1.6@mx2/smtp:25"));
    QCOMPARE(model.index(0, 0).data(FindingMeasureRole).toInt(), 3);
}

void TestFindingModels::filter_data()
{
    QTest::addColumn<int>("measure");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("rules");
    const int info = int(Severity::Info);
    QTest::newRow("all") << 0 << info << "" << true << "" << QStringList{"M3.1", "M2.2", "M1.6"};
    QTest::newRow("measure 2") << 2 << info << "" << true << "" << QStringList{"M2.2"};
    QTest::newRow("high and above") << 0 << int(Severity::High) << "" << true << "" << QStringList{"M3.1", "M2.2"};
    QTest::newRow("host mx2") << 0 << info << "mx2" << true << "" << QStringList{"M1.6"};
    QTest::newRow("without accepted") << 0 << info << "" << false << "" << QStringList{"M3.1", "M2.2"};
    QTest::newRow("text in evidence") << 0 << info << "" << true << "stls" << QStringList{"M3.1"};
    QTest::newRow("nothing") << 3 << info << "mx2" << true << "" << QStringList{};
}

void TestFindingModels::filter()
{
    QFETCH(int, measure);
    QFETCH(int, minimum);
    QFETCH(QString, host);
    QFETCH(bool, accepted);
    QFETCH(QString, text);
    QFETCH(QStringList, rules);
    FindingsModel model;
    model.setFindings(*builtinProfile(u"m3aawg"), sampleFindings());
    FindingsFilter filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setMeasure(measure);
    filter.setMinimumSeverity(Severity(minimum));
    filter.setHost(host);
    filter.setShowAccepted(accepted);
    filter.setText(text);
    QStringList shown;
    for (int r = 0; r < filter.rowCount(); ++r)
        shown << filter.index(r, FindingsModel::RuleColumn).data().toString();
    QCOMPARE(shown, rules);
}

void TestFindingModels::checklistByHost()
{
    ChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChecklist(*builtinProfile(u"m3aawg"), sampleItems(), {verifiedItem()});
    QCOMPARE(model.rowCount(), 3); // pop, relay, mx2
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("mx2"));
    const QModelIndex mx2 = model.index(2, 0);
    QCOMPARE(model.rowCount(mx2), 2); // the accepted M1.6, the verified M1.2
    QCOMPARE(model.index(2, ChecklistModel::StateColumn).data().toString(), QStringLiteral("0 of 2 to do"));
    QCOMPARE(model.index(1, ChecklistModel::StateColumn).data().toString(), QStringLiteral("1 of 1 to do"));
    const QModelIndex relayItem = model.index(0, ChecklistModel::StateColumn, model.index(1, 0));
    QVERIFY(relayItem.data().toString().startsWith(QLatin1StringView("in progress (2 regression")));
    QVERIFY(model.item(relayItem) != nullptr);
    QCOMPARE(model.item(model.index(1, 0, mx2)), nullptr); // the verified item has no finding
    QCOMPARE(model.index(1, 0, mx2).data(FindingItemKeyRole).toString(), QStringLiteral("M1.2@mx2/smtp:25"));

    // The filter works on the tree: hosts stay when one of their items does.
    FindingsFilter filter;
    filter.setSourceModel(&model);
    filter.setMeasure(3);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("pop"));
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
}

void TestFindingModels::checklistEditsOnlyPeoplesStates()
{
    ChecklistModel model;
    model.setChecklist(*builtinProfile(u"m3aawg"), sampleItems(), {verifiedItem()});
    QSignalSpy requested(&model, &ChecklistModel::stateChangeRequested);
    const QModelIndex pop = model.index(0, ChecklistModel::StateColumn, model.index(0, 0));
    const QModelIndex accepted = model.index(0, ChecklistModel::StateColumn, model.index(2, 0));
    const QModelIndex verified = model.index(1, ChecklistModel::StateColumn, model.index(2, 0));
    QVERIFY(model.flags(pop) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(accepted) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(verified) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.index(0, ChecklistModel::ItemColumn, model.index(0, 0))) & Qt::ItemIsEditable));

    QVERIFY(!model.setData(pop, int(ItemState::Verified))); // the audit's to say
    QVERIFY(model.setData(pop, int(ItemState::Done)));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().at(0).toString(), QStringLiteral("M3.1@pop/pop3:110"));
    QCOMPARE(requested.constFirst().at(1).value<ItemState>(), ItemState::Done);
    QCOMPARE(pop.data().toString(), QStringLiteral("done"));
    QVERIFY(!model.setData(verified, int(ItemState::Open)));
    QCOMPARE(requested.size(), 1);
}

QTEST_GUILESS_MAIN(TestFindingModels)
#include "tst_finding_models.moc"
