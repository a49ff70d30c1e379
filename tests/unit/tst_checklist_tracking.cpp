// Checklist items carried between audits, and the exceptions register: the
// pure rules of checklist_tracking.h and risk_register.h, on evaluations
// written out by hand (the lab test runs them on real audits).

#include "app/remediation/checklist_tracking.h"

#include <QTest>
#include <QTimeZone>

using namespace mailtls;

namespace {

const QDate kToday(2026, 11, 28);

QDateTime at(int day, int hour = 10) { return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::utc()); }

RuleResult result(const QString &rule, const QString &endpoint, Verdict verdict)
{
    RuleResult r;
    r.ruleId = rule;
    r.measure = rule.mid(1, 1).toInt();
    r.verdict = verdict;
    r.severity = Severity::High;
    r.endpoint = endpoint;
    r.links = {QStringLiteral("link-") + endpoint};
    return r;
}

// An evaluation of one rule on one endpoint, with the given verdict.
Evaluation evaluationOf(Verdict verdict, const QString &rule = QStringLiteral("M1.6"),
                        const QString &endpoint = QStringLiteral("mx2/smtp:25"))
{
    Evaluation e;
    e.profileId = QStringLiteral("m3aawg");
    e.profileVersion = QStringLiteral("2026.11");
    e.results = {result(rule, endpoint, verdict)};
    return e;
}

TrackedItem item(ItemState state, qint64 lastSeen, const QDateTime &updated, int regressions = 0)
{
    TrackedItem t;
    t.profile = QStringLiteral("m3aawg");
    t.rule = QStringLiteral("M1.6");
    t.endpoint = QStringLiteral("mx2/smtp:25");
    t.state = state;
    t.firstSeenRun = 1;
    t.lastSeenRun = lastSeen;
    t.verifiedRun = state == ItemState::Verified ? lastSeen + 1 : 0;
    t.regressions = regressions;
    t.updatedAt = updated;
    return t;
}

RiskAcceptance acceptance(const QString &endpoint, QDate expires)
{
    RiskAcceptance a;
    a.rule = QStringLiteral("M1.6");
    a.endpoint = endpoint;
    a.justification = QStringLiteral("old partner MTA needs TLS 1.0 until its upgrade");
    a.owner = QStringLiteral("postmaster");
    a.expires = expires;
    return a;
}

} // namespace

class TestChecklistTracking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateKeysRoundTrip();
    void reconcile_data();
    void reconcile();
    void olderRunChangesNothing();
    void newItemsPerFinding();
    void setByUser_data();
    void setByUser();
    void acceptanceMatching_data();
    void acceptanceMatching();
    void triageMarksLapsed();
    void unusedAcceptances();
    void recordAcceptanceRefuses_data();
    void recordAcceptanceRefuses();
    void recordAcceptanceReplaces();
};

void TestChecklistTracking::stateKeysRoundTrip()
{
    for (ItemState s : allItemStates()) {
        QCOMPARE(itemStateFromKey(itemStateKey(s)), std::optional<ItemState>(s));
        QVERIFY(!itemStateLabel(s).isEmpty());
    }
    QCOMPARE(itemStateFromKey(u"closed"), std::nullopt);
    for (ItemChange c : {ItemChange::Found, ItemChange::Verified, ItemChange::Regressed, ItemChange::StillFound,
                         ItemChange::Accepted, ItemChange::AcceptanceLapsed, ItemChange::SetByUser})
        QCOMPARE(itemChangeFromKey(itemChangeKey(c)), std::optional<ItemChange>(c));
}

void TestChecklistTracking::reconcile_data()
{
    QTest::addColumn<QList<TrackedItem>>("before");
    QTest::addColumn<int>("verdict");        // of M1.6 on mx2 in run 5, started on day 20
    QTest::addColumn<QList<RiskAcceptance>>("register_");
    QTest::addColumn<int>("after");          // ItemState
    QTest::addColumn<int>("change");         // ItemChange, -1: no event
    QTest::addColumn<int>("regressions");

    const int fail = int(Verdict::Fail);
    const int pass = int(Verdict::Pass);
    const int incomplete = int(Verdict::Incomplete);
    const QList<RiskAcceptance> none;
    const QList<RiskAcceptance> inForce{acceptance(QStringLiteral("mx2/smtp"), QDate(2026, 12, 31))};
    const QList<RiskAcceptance> lapsed{acceptance(QStringLiteral("mx2/smtp:25"), QDate(2026, 11, 1))};

    QTest::newRow("new finding opens an item") << QList<TrackedItem>{} << fail << none << int(ItemState::Open)
                                               << int(ItemChange::Found) << 0;
    QTest::newRow("new finding already accepted") << QList<TrackedItem>{} << fail << inForce
                                                  << int(ItemState::AcceptedRisk) << int(ItemChange::Accepted) << 0;
    QTest::newRow("open and still found: unchanged")
        << QList<TrackedItem>{item(ItemState::Open, 4, at(10))} << fail << none << int(ItemState::Open) << -1 << 0;
    QTest::newRow("in progress and still found: unchanged")
        << QList<TrackedItem>{item(ItemState::InProgress, 4, at(10))} << fail << none << int(ItemState::InProgress)
        << -1 << 0;
    QTest::newRow("open, rule passes: verified")
        << QList<TrackedItem>{item(ItemState::Open, 4, at(10))} << pass << none << int(ItemState::Verified)
        << int(ItemChange::Verified) << 0;
    QTest::newRow("done, rule passes: verified")
        << QList<TrackedItem>{item(ItemState::Done, 4, at(15))} << pass << none << int(ItemState::Verified)
        << int(ItemChange::Verified) << 0;
    QTest::newRow("done before the run, still found: reopened")
        << QList<TrackedItem>{item(ItemState::Done, 4, at(15))} << fail << none << int(ItemState::Open)
        << int(ItemChange::StillFound) << 0;
    QTest::newRow("done after the run started: waits for the next run")
        << QList<TrackedItem>{item(ItemState::Done, 4, at(20, 11))} << fail << none << int(ItemState::Done) << -1
        << 0;
    QTest::newRow("verified, found again: regression")
        << QList<TrackedItem>{item(ItemState::Verified, 3, at(12), 1)} << fail << none << int(ItemState::Open)
        << int(ItemChange::Regressed) << 2;
    QTest::newRow("verified, still passing: unchanged")
        << QList<TrackedItem>{item(ItemState::Verified, 3, at(12))} << pass << none << int(ItemState::Verified) << -1
        << 0;
    QTest::newRow("open, undecided: unchanged")
        << QList<TrackedItem>{item(ItemState::Open, 4, at(10))} << incomplete << none << int(ItemState::Open) << -1
        << 0;
    QTest::newRow("done, undecided: unchanged")
        << QList<TrackedItem>{item(ItemState::Done, 4, at(15))} << incomplete << none << int(ItemState::Done) << -1
        << 0;
    QTest::newRow("open, accepted since: accepted risk")
        << QList<TrackedItem>{item(ItemState::Open, 4, at(10))} << fail << inForce << int(ItemState::AcceptedRisk)
        << int(ItemChange::Accepted) << 0;
    QTest::newRow("accepted risk, acceptance lapsed: open again")
        << QList<TrackedItem>{item(ItemState::AcceptedRisk, 4, at(10))} << fail << lapsed << int(ItemState::Open)
        << int(ItemChange::AcceptanceLapsed) << 0;
    QTest::newRow("accepted risk, entry removed: open again")
        << QList<TrackedItem>{item(ItemState::AcceptedRisk, 4, at(10))} << fail << none << int(ItemState::Open)
        << int(ItemChange::AcceptanceLapsed) << 0;
    QTest::newRow("accepted risk, fixed anyway: verified")
        << QList<TrackedItem>{item(ItemState::AcceptedRisk, 4, at(10))} << pass << inForce
        << int(ItemState::Verified) << int(ItemChange::Verified) << 0;
}

void TestChecklistTracking::reconcile()
{
    QFETCH(QList<TrackedItem>, before);
    QFETCH(int, verdict);
    QFETCH(QList<RiskAcceptance>, register_);
    QFETCH(int, after);
    QFETCH(int, change);
    QFETCH(int, regressions);

    const Reconciliation r = reconcileChecklist(before, evaluationOf(Verdict(verdict)), 5, at(20), register_, kToday);
    if (before.isEmpty() && verdict != int(Verdict::Fail)) {
        QVERIFY(r.items.isEmpty());
        return;
    }
    QCOMPARE(r.items.size(), 1);
    const TrackedItem &t = r.items.constFirst();
    QCOMPARE(int(t.state), after);
    QCOMPARE(t.regressions, regressions);
    if (change < 0) {
        QVERIFY(r.events.isEmpty());
        QVERIFY(r.changed().isEmpty());
        return;
    }
    QCOMPARE(r.events.size(), 1);
    const ItemEvent &e = r.events.constFirst();
    QCOMPARE(int(e.change), change);
    QCOMPARE(int(e.to), after);
    QCOMPARE(e.run, qint64(5));
    QCOMPARE(e.at, at(20));
    QCOMPARE(e.from.has_value(), !before.isEmpty());
    if (!before.isEmpty())
        QCOMPARE(*e.from, before.constFirst().state);
    QCOMPARE(r.changed(), QList<TrackedItem>{t});
    QCOMPARE(t.updatedAt, at(20));
    if (t.state == ItemState::Verified)
        QCOMPARE(t.verifiedRun, qint64(5));
    else
        QCOMPARE(t.verifiedRun, qint64(0));
    if (verdict == int(Verdict::Fail))
        QCOMPARE(t.lastSeenRun, qint64(5));
}

void TestChecklistTracking::olderRunChangesNothing()
{
    // Run 3 is older than what the item knows (seen in run 4): it neither verifies nor reopens.
    const QList<TrackedItem> open{item(ItemState::Open, 4, at(10))};
    QVERIFY(reconcileChecklist(open, evaluationOf(Verdict::Pass), 3, at(5), {}, kToday).events.isEmpty());
    const QList<TrackedItem> verified{item(ItemState::Verified, 4, at(10))}; // verified by run 5
    QVERIFY(reconcileChecklist(verified, evaluationOf(Verdict::Fail), 4, at(9), {}, kToday).events.isEmpty());
}

void TestChecklistTracking::newItemsPerFinding()
{
    Evaluation e = evaluationOf(Verdict::Fail);
    e.results.append(result(QStringLiteral("M3.1"), QStringLiteral("pop/pop3:110"), Verdict::Fail));
    e.results.append(result(QStringLiteral("M3.1"), QStringLiteral("imap/imaps:993"), Verdict::Pass));
    e.results.append(result(QStringLiteral("M1.7"), QStringLiteral("mx1/smtp:25"), Verdict::Incomplete));
    const Reconciliation r = reconcileChecklist({}, e, 1, at(1), {}, kToday);
    QStringList keys;
    for (const TrackedItem &t : r.items)
        keys << t.key();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("M1.6@mx2/smtp:25"), QStringLiteral("M3.1@pop/pop3:110")}));
    QCOMPARE(r.events.size(), 2);
    for (const TrackedItem &t : r.items) {
        QCOMPARE(t.firstSeenRun, qint64(1));
        QCOMPARE(t.state, ItemState::Open);
    }
    // The same run again: nothing new.
    QVERIFY(reconcileChecklist(r.items, e, 1, at(1), {}, kToday).events.isEmpty());
    // Items of another profile are left alone.
    Evaluation other = evaluationOf(Verdict::Pass);
    other.profileId = QStringLiteral("rfc9325");
    const Reconciliation o = reconcileChecklist(r.items, other, 2, at(2), {}, kToday);
    QVERIFY(o.events.isEmpty());
    QCOMPARE(o.items, r.items);
}

void TestChecklistTracking::setByUser_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("open") << int(ItemState::Open) << true;
    QTest::newRow("in progress") << int(ItemState::InProgress) << true;
    QTest::newRow("done") << int(ItemState::Done) << true;
    QTest::newRow("verified is the audit's") << int(ItemState::Verified) << false;
    QTest::newRow("accepted risk is the register's") << int(ItemState::AcceptedRisk) << false;
}

void TestChecklistTracking::setByUser()
{
    QFETCH(int, state);
    QFETCH(bool, allowed);
    TrackedItem t = item(ItemState::Open, 4, at(10));
    const TrackedItem before = t;
    QString error;
    const auto e = setItemState(t, ItemState(state), QStringLiteral("smtpd_tls_protocols set"), at(21), &error);
    QCOMPARE(e.has_value(), allowed);
    if (!allowed) {
        QVERIFY(!error.isEmpty());
        QCOMPARE(t, before);
        return;
    }
    QCOMPARE(int(t.state), state);
    QCOMPARE(t.note, QStringLiteral("smtpd_tls_protocols set"));
    QCOMPARE(t.updatedAt, at(21));
    QCOMPARE(e->change, ItemChange::SetByUser);
    QCOMPARE(e->run, qint64(0));
    QCOMPARE(e->from, std::optional<ItemState>(ItemState::Open));
}

void TestChecklistTracking::acceptanceMatching_data()
{
    QTest::addColumn<QString>("accepted");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same endpoint") << "mx2/smtp:25" << "m3aawg" << true;
    QTest::newRow("any port of the protocol") << "mx2/smtp" << "m3aawg" << true;
    QTest::newRow("other port") << "mx2/smtp:2525" << "m3aawg" << false;
    QTest::newRow("other protocol") << "mx2/smtps" << "m3aawg" << false;
    QTest::newRow("other host") << "mx1/smtp:25" << "m3aawg" << false;
    QTest::newRow("other profile") << "mx2/smtp:25" << "rfc9325" << false;
    QTest::newRow("not an endpoint") << "mx2" << "m3aawg" << false;
}

void TestChecklistTracking::acceptanceMatching()
{
    QFETCH(QString, accepted);
    QFETCH(QString, profile);
    QFETCH(bool, matches);
    RiskAcceptance a = acceptance(accepted, QDate(2027, 1, 1));
    a.profile = profile;
    QCOMPARE(acceptanceMatches(a, QStringLiteral("m3aawg"), result(QStringLiteral("M1.6"),
                                                                    QStringLiteral("mx2/smtp:25"), Verdict::Fail)),
             matches);
    // Another rule on the same endpoint is never covered.
    QVERIFY(!acceptanceMatches(a, QStringLiteral("m3aawg"),
                               result(QStringLiteral("M1.2"), QStringLiteral("mx2/smtp:25"), Verdict::Fail)));
}

void TestChecklistTracking::triageMarksLapsed()
{
    const Evaluation e = evaluationOf(Verdict::Fail);
    // The last day still holds; the day after, the finding is open again.
    const QList<RiskAcceptance> reg{acceptance(QStringLiteral("mx2/smtp:25"), kToday)};
    const QList<TriagedFinding> today = triageFindings(e, reg, kToday);
    QCOMPARE(today.size(), 1);
    QVERIFY(today.constFirst().accepted());
    const QList<TriagedFinding> tomorrow = triageFindings(e, reg, kToday.addDays(1));
    QVERIFY(tomorrow.constFirst().acceptance.has_value());
    QVERIFY(tomorrow.constFirst().expired);
    QVERIFY(!tomorrow.constFirst().accepted());
    // The entry naming the port wins over the one naming the protocol.
    const QList<RiskAcceptance> two{acceptance(QStringLiteral("mx2/smtp"), QDate(2026, 1, 1)),
                                    acceptance(QStringLiteral("mx2/smtp:25"), QDate(2027, 1, 1))};
    QVERIFY(triageFindings(e, two, kToday).constFirst().accepted());
    // Passing rules are no findings.
    QVERIFY(triageFindings(evaluationOf(Verdict::Pass), reg, kToday).isEmpty());
}

void TestChecklistTracking::unusedAcceptances()
{
    const QList<RiskAcceptance> reg{acceptance(QStringLiteral("mx2/smtp:25"), QDate(2027, 1, 1)),
                                    acceptance(QStringLiteral("mx1/smtp:25"), QDate(2027, 1, 1))};
    const QList<RiskAcceptance> unused = mailtls::unusedAcceptances(evaluationOf(Verdict::Fail), reg);
    QCOMPARE(unused.size(), 1);
    QCOMPARE(unused.constFirst().endpoint, QStringLiteral("mx1/smtp:25"));
    QCOMPARE(mailtls::unusedAcceptances(evaluationOf(Verdict::Pass), reg).size(), 2);
}

void TestChecklistTracking::recordAcceptanceRefuses_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("justification");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QDate>("expires");
    QTest::newRow("unknown rule") << "M9.9" << "mx2/smtp:25" << "why" << "who" << QDate(2027, 1, 1);
    QTest::newRow("no endpoint") << "M1.6" << "mx2" << "why" << "who" << QDate(2027, 1, 1);
    QTest::newRow("no justification") << "M1.6" << "mx2/smtp:25" << "  " << "who" << QDate(2027, 1, 1);
    QTest::newRow("no owner") << "M1.6" << "mx2/smtp:25" << "why" << "" << QDate(2027, 1, 1);
    QTest::newRow("no expiry") << "M1.6" << "mx2/smtp:25" << "why" << "who" << QDate();
    QTest::newRow("expiry passed") << "M1.6" << "mx2/smtp:25" << "why" << "who" << kToday.addDays(-1);
}

void TestChecklistTracking::recordAcceptanceRefuses()
{
    QFETCH(QString, rule);
    QFETCH(QString, endpoint);
    QFETCH(QString, justification);
    QFETCH(QString, owner);
    QFETCH(QDate, expires);
    const std::optional<Profile> profile = builtinProfile(u"m3aawg");
    QVERIFY(profile);
    RiskAcceptance a = acceptance(endpoint, expires);
    a.rule = rule;
    a.justification = justification;
    a.owner = owner;
    QList<RiskAcceptance> reg;
    QString error;
    QVERIFY(!recordAcceptance(reg, a, *profile, kToday, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(reg.isEmpty());
}

void TestChecklistTracking::recordAcceptanceReplaces()
{
    const std::optional<Profile> profile = builtinProfile(u"m3aawg");
    QVERIFY(profile);
    QList<RiskAcceptance> reg;
    QString error;
    QVERIFY2(recordAcceptance(reg, acceptance(QStringLiteral("mx2/smtp:25"), kToday), *profile, kToday, &error),
             qPrintable(error));
    RiskAcceptance longer = acceptance(QStringLiteral("mx2/smtp:25"), QDate(2027, 6, 30));
    longer.owner = QStringLiteral("security team");
    QVERIFY(recordAcceptance(reg, longer, *profile, kToday, &error));
    QCOMPARE(reg, QList<RiskAcceptance>{longer});
    QVERIFY(recordAcceptance(reg, acceptance(QStringLiteral("mx1/smtp:25"), kToday), *profile, kToday, &error));
    QCOMPARE(reg.size(), 2);
}

QTEST_GUILESS_MAIN(TestChecklistTracking)
#include "tst_checklist_tracking.moc"
