// The rollout history of the demo workspace over three stored runs: before
// the checklist (mx2 accepts TLS 1.0, POP3 offers no STARTTLS), after it (both
// fixed), and a third run where mx1's hop lost its TLS. Each run's figures
// equal what its results say, are computed once and then read from the store;
// the CSV has a row per run; the differences name what was fixed, what is new
// and which links regressed. A real SQLite store.

#include "../common/sample_results.h"
#include "app/store/audit_store.h"
#include "app/history/run_history.h"
#include "app/inventory/workspace_io.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mailtls;

namespace {

QStringList keys(const QList<TriagedFinding> &findings)
{
    QStringList out;
    for (const TriagedFinding &f : findings)
        out << f.finding.ruleId + u'@' + f.finding.endpoint;
    out.sort();
    return out;
}

} // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void figuresOfEachRun();
    void figuresAreKept();
    void csv();
    void figuresComputedWithinABudget();
    void figuresJsonRoundTrip();
    void downgradeFigures();
    void diffBetweenRuns();

private:
    ComplianceReport reportOf(qint64 run);

    QTemporaryDir m_dir;
    Workspace m_workspace;
    Profile m_profile;
    std::unique_ptr<AuditStore> m_store;
    QList<qint64> m_runs;
};

void TestRunHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto demo =
        loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    QVERIFY(demo.workspace);
    m_workspace = *demo.workspace;
    m_profile = *builtinProfile(u"m3aawg");
    QString error;
    m_store = AuditStore::open(m_dir.filePath(QStringLiteral("audits.sqlite")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QHash<QString, EndpointResult> broken = sample::demoRun(m_workspace, true, false);
    EndpointResult &mx1 = broken[QStringLiteral("mx1/smtp:2525")];
    mx1.status = ProbeStatus::StartTlsNotOffered;
    mx1.starttlsOffered = false;
    for (VersionResult &v : mx1.versions)
        v.accepted = false;
    for (const auto &results : {sample::demoRun(m_workspace, false, false),
                                sample::demoRun(m_workspace, true, false), broken}) {
        const auto run = m_store->beginRun(m_workspace, static_cast<int>(results.size()), &error);
        QVERIFY2(run, qPrintable(error));
        for (auto it = results.cbegin(); it != results.cend(); ++it)
            QVERIFY2(m_store->addResult(*run, it.key(), it.value(), &error), qPrintable(error));
        QVERIFY(m_store->finishRun(*run, &error));
        m_runs.append(*run);
    }
}

ComplianceReport TestRunHistory::reportOf(qint64 run)
{
    QString error;
    const std::optional<ReportInput> input =
        loadReportInput(*m_store, m_workspace, run, m_profile.id, &error);
    if (!input)
        qFatal("%s", qPrintable(error));
    return buildComplianceReport(*input, m_profile, {}, QDateTime::currentDateTimeUtc(),
                                 ReportParts::FiguresOnly);
}

void TestRunHistory::figuresOfEachRun()
{
    QStringList errors;
    const QList<RunFigures> history = loadHistory(*m_store, m_workspace, m_profile, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).run, m_runs.at(0)); // oldest first
    // Before: measure 3 has 6 of 8 links encrypted; after: 7 (POP3 fixed; plain HTTP stays).
    QCOMPARE(history.at(0).measureEncrypted[2], 6);
    QCOMPARE(history.at(1).measureEncrypted[2], 7);
    QCOMPARE(history.at(1).encryptedShare(3), 87.5);
    // TLS 1.0 on one endpoint before, none after.
    QCOMPARE(history.at(0).versionsAccepted.value(TlsVersion::Tls10), 1);
    QCOMPARE(history.at(1).versionsAccepted.value(TlsVersion::Tls10), 0);
    QVERIFY(history.at(1).openTotal() < history.at(0).openTotal());
    // The third run: mx1's hop in cleartext, so measure 1 falls to 2 of 3 (mx2's
    // hop and the relay's outbound link, its sending side never tested: incomplete).
    QCOMPARE(history.at(2).measureLinks[0], 3);
    QCOMPARE(history.at(2).measureEncrypted[0], 2);
    // Each equals the compliance report of its run.
    for (int i = 0; i < 3; ++i) {
        const ComplianceReport r = reportOf(m_runs.at(i));
        for (int m = 0; m < 3; ++m)
            QCOMPARE(history.at(i).measureEncrypted[m], r.measures.at(m).encrypted());
        QCOMPARE(history.at(i).openFindings, r.openBySeverity);
    }
}

void TestRunHistory::figuresAreKept()
{
    // The figures are in the store now: the history reads them without results.
    const QHash<qint64, QJsonObject> kept = m_store->runFigures(m_workspace.name, m_profile.id);
    QCOMPARE(kept.size(), 3);
    // A figure changed in the store (as no computation would) is what the history shows: it was
    // read, not redone.
    RunFigures f = *runFiguresFromJson(kept.value(m_runs.at(0)));
    f.checklistDone = 41;
    QString error;
    QVERIFY(m_store->setRunFigures(m_runs.at(0), m_profile.id, runFiguresToJson(f), &error));
    QStringList errors;
    QCOMPARE(loadHistory(*m_store, m_workspace, m_profile, &errors).at(0).checklistDone, 41);
    // Another profile has figures of its own.
    const Profile other = *builtinProfile(u"rfc9325");
    QCOMPARE(loadHistory(*m_store, m_workspace, other, &errors).size(), 3);
    QCOMPARE(m_store->runFigures(m_workspace.name, other.id).size(), 3);
}

void TestRunHistory::figuresComputedWithinABudget()
{
    // No figures of this profile yet, and no time to compute any: none shown, the wait said.
    const Profile nist = *builtinProfile(u"nist-800-52r2");
    QStringList errors;
    QVERIFY(loadHistory(*m_store, m_workspace, nist, &errors, -1).isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().startsWith(QLatin1String("3 older run")),
             qPrintable(errors.constFirst()));
    errors.clear();
    QCOMPARE(loadHistory(*m_store, m_workspace, nist, &errors).size(), 3);
    QVERIFY(errors.isEmpty());
    // Once computed, no budget is needed to show them.
    QCOMPARE(loadHistory(*m_store, m_workspace, nist, &errors, -1).size(), 3);
}

void TestRunHistory::csv()
{
    QStringList errors;
    const QByteArray csv = historyCsv(loadHistory(*m_store, m_workspace, m_profile, &errors));
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith("run,started_at,state,m1_links,m1_encrypted,m1_strong"));
    QVERIFY(lines.at(0).contains(",tlsv10,"));
    const int columns = static_cast<int>(lines.at(0).count(','));
    for (const QByteArray &line : lines)
        QCOMPARE(static_cast<int>(line.count(',')), columns);
    QVERIFY(lines.at(1).startsWith(QByteArray(QByteArray::number(m_runs.at(0)) + ',')));
}

void TestRunHistory::figuresJsonRoundTrip()
{
    RunFigures f;
    f.measureLinks[1] = 7;
    f.measureEncrypted[1] = 5;
    f.openFindings = {{Severity::High, 2}, {Severity::Low, 1}};
    f.versionsAccepted = {{TlsVersion::Tls12, 9}, {TlsVersion::Tls10, 1}};
    f.endpointsWithTls = 10;
    f.checklistItems = 4;
    f.checklistDone = 3;
    const std::optional<RunFigures> back = runFiguresFromJson(runFiguresToJson(f));
    QVERIFY(back);
    QCOMPARE(back->measureEncrypted[1], 5);
    QCOMPARE(back->openFindings, f.openFindings);
    QCOMPARE(back->versionsAccepted, f.versionsAccepted);
    QCOMPARE(back->checklistDone, 3);
    // Figures of another shape are not taken: they are computed again.
    QJsonObject old = runFiguresToJson(f);
    old.insert(QStringLiteral("version"), 0);
    QVERIFY(!runFiguresFromJson(old));
    QVERIFY(!runFiguresFromJson(QJsonObject{}));
}

namespace {

MxDefence mxWith(const QString &host, MxProtection protection, std::optional<bool> atRisk = false)
{
    MxDefence mx;
    mx.host = host;
    mx.protection = protection;
    mx.deliveryAtRisk = atRisk;
    return mx;
}

} // namespace

void TestRunHistory::downgradeFigures()
{
    ComplianceReport r;
    // Enforced MTA-STS, TLS-RPT, DANE on both MX hosts.
    DomainDefence a;
    a.check.domain = QStringLiteral("a.example");
    a.mtaSts.inForce = true;
    a.mtaSts.mode = StsMode::Enforce;
    a.tlsRpt.record = domain::TlsRptRecord{};
    a.mx = {mxWith(QStringLiteral("mx1.a.example"), MxProtection::Both),
            mxWith(QStringLiteral("mx2.a.example"), MxProtection::Dane)};
    // MTA-STS in testing: no protection; a bogus TLSA RRset puts one MX at risk; one undecided.
    DomainDefence b;
    b.check.domain = QStringLiteral("b.example");
    b.mtaSts.inForce = true;
    b.mtaSts.mode = StsMode::Testing;
    b.mx = {mxWith(QStringLiteral("mx1.b.example"), MxProtection::None, true),
            mxWith(QStringLiteral("mx2.b.example"), MxProtection::Undecided, std::nullopt)};
    // The lookups did not answer: nothing counts as a defence, not even an enforce mode seen.
    DomainDefence c;
    c.check.domain = QStringLiteral("c.example");
    c.mtaSts.mode = StsMode::Enforce;
    c.mx = {mxWith(QStringLiteral("mx.c.example"), MxProtection::Undecided, std::nullopt)};
    // The MX lookup failed: its MX hosts are unknown, one undecided MX stands for them.
    DomainDefence e;
    e.check.domain = QStringLiteral("e.example");
    e.check.mxLookup.status = dns::LookupStatus::ServFail;
    for (DomainDefence *d : {&a, &b, &c})
        d->check.mxLookup.status = dns::LookupStatus::Ok;
    r.domains = {a, b, c, e};

    const RunFigures f = runFigures(r);
    QCOMPARE(f.domains, 4);
    QCOMPARE(f.domainsStsEnforced, 1);
    QCOMPARE(f.domainsStsTesting, 1);
    QCOMPARE(f.domainsDane, 1);
    QCOMPARE(f.domainsTlsRpt, 1);
    QCOMPARE(f.mxHosts, 6);
    QCOMPARE(f.mxProtected, 2);
    QCOMPARE(f.mxUndecided, 3);
    QCOMPARE(f.mxAtRisk, 1);
    QCOMPARE(f.mxProtectedShare(), 100.0 / 3);
    QCOMPARE(f.domainShare(f.domainsDane), 25.0);

    const std::optional<RunFigures> back = runFiguresFromJson(runFiguresToJson(f));
    QVERIFY(back);
    QCOMPARE(back->mxProtected, 2);
    QCOMPARE(back->mxUndecided, 3);
    QCOMPARE(back->domainsStsTesting, 1);
    QCOMPARE(back->domainsTlsRpt, 1);

    // A run without domain checks has no share to draw (not 0 %).
    const RunFigures none = runFigures(ComplianceReport{});
    QCOMPARE(none.mxProtectedShare(), -1.0);
    QCOMPARE(none.domainShare(none.domainsDane), -1.0);

    const QList<QByteArray> csv = historyCsv({f}).trimmed().split('\n');
    QVERIFY(csv.at(0).endsWith(",domains,domains_sts_enforced,domains_sts_testing,domains_dane,domains_tls_rpt,"
                               "mx_hosts,mx_protected,mx_undecided,mx_at_risk"));
    QVERIFY(csv.at(1).endsWith(",4,1,1,1,1,6,2,3,1"));
}

void TestRunHistory::diffBetweenRuns()
{
    const ComplianceReport first = reportOf(m_runs.at(0));
    const ComplianceReport second = reportOf(m_runs.at(1));
    const ComplianceReport third = reportOf(m_runs.at(2));

    const RunDiff fixedDiff = diffRuns(first, second);
    QCOMPARE(keys(fixedDiff.fixed), (QStringList{QStringLiteral("M1.6@mx2/smtp:2525"),
                                                 QStringLiteral("M3.1@pop/pop3:2110")}));
    QVERIFY(fixedDiff.added.isEmpty());
    QVERIFY(fixedDiff.regressed.isEmpty());
    // POP3 went from cleartext to strong TLS; mx2's hop from weak to strong.
    QCOMPARE(fixedDiff.improved.size(), 2);
    QCOMPARE(fixedDiff.linksUnchanged, 14);

    const RunDiff brokeDiff = diffRuns(second, third);
    QCOMPARE(brokeDiff.regressed.size(), 1);
    QCOMPARE(brokeDiff.regressed.first().link, QStringLiteral("internet->mx1/smtp"));
    QCOMPARE(brokeDiff.regressed.first().from, LinkState::StrongTls);
    QCOMPARE(brokeDiff.regressed.first().to, LinkState::Cleartext);
    QVERIFY(!brokeDiff.added.isEmpty());
    QVERIFY(keys(brokeDiff.added).join(u' ').contains(QLatin1String("mx1/smtp:2525")));
    QVERIFY(brokeDiff.fixed.isEmpty());
    QCOMPARE(brokeDiff.unchanged.size(), second.findings.size());
}

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_run_history.moc"
