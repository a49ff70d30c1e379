// The TLS-RPT figures of a window of days per inbound MX host of a
// workspace (app/imports/tls_rpt_window.h): which reports belong to the
// window (by the start of their date-range: the first day in, the end day
// out), what counts for a host alone and what stays shared by several hosts
// (patterns matching more than one, a policy naming no MX host), the days and
// organisations, the texts; and a host without reports reads "no reports",
// never "none failed". The reports are written here as senders write them.

#include "app/imports/tls_rpt_window.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace mailtls;

namespace {

QJsonObject failure(const QString &type, const QString &mx, int count)
{
    QJsonObject f{
        {"result-type", type}, {"sending-mta-ip", "192.0.2.7"}, {"failed-session-count", count}};
    if (!mx.isEmpty())
        f.insert("receiving-mx-hostname", mx);
    return f;
}

QJsonObject policy(const QString &type, const QString &domain, const QJsonValue &mxHost, int ok,
                   int failed, const QJsonArray &failures = {})
{
    QJsonObject p{{"policy-type", type}, {"policy-domain", domain}};
    if (!mxHost.isUndefined())
        p.insert("mx-host", mxHost);
    QJsonObject entry{{"policy", p},
                      {"summary", QJsonObject{{"total-successful-session-count", ok},
                                              {"total-failure-session-count", failed}}}};
    if (!failures.isEmpty())
        entry.insert("failure-details", failures);
    return entry;
}

// A report of one day (from its midnight, UTC), as JSON.
QByteArray report(const QString &org, const QString &id, const QString &day,
                  const QJsonArray &policies)
{
    const QJsonObject o{{"organization-name", org},
                        {"date-range", QJsonObject{{"start-datetime", QString(day + "T00:00:00Z")},
                                                   {"end-datetime", QString(day + "T23:59:59Z")}}},
                        {"contact-info", "tlsrpt@sender.example"},
                        {"report-id", id},
                        {"policies", policies}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// kumo.example: mx1 and mx2; other.example: mx3.
Workspace workspace()
{
    Workspace ws;
    ws.name = QStringLiteral("window");
    for (const auto &[id, name] :
         {std::pair{"mx1", "mx1.kumo.example"}, std::pair{"mx2", "MX2.kumo.example."},
          std::pair{"mx3", "mx3.other.example"}}) {
        Host h;
        h.id = QString::fromLatin1(id);
        h.name = QString::fromLatin1(name);
        h.roles = {HostRole::InboundMx};
        ws.hosts.append(h);
    }
    ws.domains = {
        Domain{QStringLiteral("kumo.example"), {QStringLiteral("mx1"), QStringLiteral("mx2")}},
        Domain{QStringLiteral("other.example"), {QStringLiteral("mx3")}}};
    return ws;
}

const QDateTime kTo(QDate(2026, 12, 6), QTime(0, 0),
                    Qt::UTC); // the window: 2026-11-06 to 2026-12-05

} // namespace

class TestTlsRptWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); } // counts without group separators
    void hostFigures_data();
    void hostFigures();
    void texts_data();
    void texts();
    void days();
    void unreadableReportsCounted();
};

void TestTlsRptWindow::hostFigures_data()
{
    QTest::addColumn<QList<QByteArray>>("reports");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("reported");
    QTest::addColumn<qint64>("ownSuccessful");
    QTest::addColumn<qint64>("ownFailed");
    QTest::addColumn<QStringList>("shared"); // names of the shared rows
    QTest::addColumn<qint64>("failed");      // own and shared
    QTest::addColumn<qint64>("sessions");    // own and shared
    QTest::addColumn<QString>("failedByType");
    QTest::addColumn<QStringList>("organizations");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("windowReports");

    const QByteArray expired =
        report("Sender Corp", "a", "2026-12-01",
               {policy("sts", "kumo.example", QJsonArray{"*.kumo.example"}, 900, 12,
                       {failure("certificate-expired", "mx1.kumo.example", 12)})});
    QTest::newRow("no reports at all: not reported, not 'none failed'")
        << QList<QByteArray>{} << "mx1.kumo.example" << false << qint64(0) << qint64(0)
        << QStringList{} << qint64(0) << qint64(0) << QString() << QStringList{} << 0 << 0;
    QTest::newRow(
        "failures named by receiving-mx-hostname count for that host; the successes stay shared")
        << QList<QByteArray>{expired} << "mx1.kumo.example" << true << qint64(0) << qint64(12)
        << QStringList{"*.kumo.example"} << qint64(12) << qint64(912) << "certificate-expired 12"
        << QStringList{"Sender Corp"} << 1 << 1;
    QTest::newRow("the other host under the same patterns: only the shared successes")
        << QList<QByteArray>{expired} << "mx2.kumo.example" << true << qint64(0) << qint64(0)
        << QStringList{"*.kumo.example"} << qint64(0) << qint64(900) << QString()
        << QStringList{"Sender Corp"} << 1 << 1;
    QTest::newRow("a host of another domain is untouched")
        << QList<QByteArray>{expired} << "mx3.other.example" << false << qint64(0) << qint64(0)
        << QStringList{} << qint64(0) << qint64(0) << QString() << QStringList{} << 0 << 1;
    QTest::newRow("patterns that match one host of ours count for it alone")
        << QList<QByteArray>{report(
               "Mail Inc", "b", "2026-11-20",
               {policy("sts", "other.example", QJsonArray{"mx3.other.example"}, 40, 2)})}
        << "mx3.other.example" << true << qint64(40) << qint64(2) << QStringList{} << qint64(2)
        << qint64(42) << "not-detailed 2" << QStringList{"Mail Inc"} << 1 << 1;
    QTest::newRow("a policy naming no MX host counts for the domain's MX hosts together")
        << QList<QByteArray>{report(
               "Mail Inc", "c", "2026-11-20",
               {policy("no-policy-found", "kumo.example", QJsonValue(QJsonValue::Undefined), 70, 3,
                       {failure("starttls-not-supported", "", 3)})})}
        << "mx2.kumo.example" << true << qint64(0) << qint64(0) << QStringList{"kumo.example"}
        << qint64(3) << qint64(73) << "starttls-not-supported 3" << QStringList{"Mail Inc"} << 1
        << 1;
    QTest::newRow("the window's first day is in")
        << QList<QByteArray>{report(
               "Mail Inc", "d", "2026-11-06",
               {policy("sts", "other.example", QJsonArray{"mx3.other.example"}, 5, 0)})}
        << "mx3.other.example" << true << qint64(5) << qint64(0) << QStringList{} << qint64(0)
        << qint64(5) << QString() << QStringList{"Mail Inc"} << 1 << 1;
    QTest::newRow("a report older than the window is out")
        << QList<QByteArray>{report(
               "Mail Inc", "e", "2026-11-05",
               {policy("sts", "other.example", QJsonArray{"mx3.other.example"}, 5, 1)})}
        << "mx3.other.example" << false << qint64(0) << qint64(0) << QStringList{} << qint64(0)
        << qint64(0) << QString() << QStringList{} << 0 << 0;
    QTest::newRow("a report starting at the window's end is out")
        << QList<QByteArray>{report(
               "Mail Inc", "f", "2026-12-06",
               {policy("sts", "other.example", QJsonArray{"mx3.other.example"}, 5, 1)})}
        << "mx3.other.example" << false << qint64(0) << qint64(0) << QStringList{} << qint64(0)
        << qint64(0) << QString() << QStringList{} << 0 << 0;
    QTest::newRow("two days, two organisations: summed, sorted, each day once")
        << QList<QByteArray>{report(
                                 "Zeta Mail", "g", "2026-11-30",
                                 {policy("sts", "other.example", QJsonArray{"mx3.other.example"},
                                         10, 1,
                                         {failure("validation-failure", "mx3.other.example", 1)})}),
                             report(
                                 "Alpha Mail", "h", "2026-12-02",
                                 {policy(
                                     "sts", "other.example", QJsonArray{"mx3.other.example"}, 20, 4,
                                     {failure("certificate-expired", "mx3.other.example", 4)})}),
                             report("Alpha Mail", "i", "2026-12-02",
                                    {policy("sts", "other.example", QJsonArray{"mx3.other.example"},
                                            1, 0)})}
        << "mx3.other.example" << true << qint64(31) << qint64(5) << QStringList{} << qint64(5)
        << qint64(36) << "certificate-expired 4, validation-failure 1"
        << QStringList{"Alpha Mail", "Zeta Mail"} << 2 << 3;
    QTest::newRow("the workspace's spelling of a host (upper case, final dot) is found")
        << QList<QByteArray>{report(
               "Mail Inc", "j", "2026-12-01",
               {policy("sts", "kumo.example", QJsonArray{"mx2.kumo.example"}, 8, 0)})}
        << "MX2.kumo.example." << true << qint64(8) << qint64(0) << QStringList{} << qint64(0)
        << qint64(8) << QString() << QStringList{"Mail Inc"} << 1 << 1;
}

void TestTlsRptWindow::hostFigures()
{
    QFETCH(QList<QByteArray>, reports);
    QFETCH(QString, host);
    int unreadable = -1;
    const QList<TlsRptReport> read = readStoredTlsRptReports(reports, &unreadable);
    QCOMPARE(unreadable, 0);
    const TlsRptWindow w = tlsRptWindow(read, workspace(), kTo);
    QCOMPARE(w.from, QDateTime(QDate(2026, 11, 6), QTime(0, 0), Qt::UTC));
    QCOMPARE(w.days, kTlsRptWindowDays);
    QCOMPARE(w.hosts.size(), 3); // every MX host of the workspace, reported or not
    QTEST(w.reports, "windowReports");
    const TlsRptHostFigures *f = w.host(host);
    QVERIFY(f);
    QTEST(f->reported(), "reported");
    QTEST(f->own.successful, "ownSuccessful");
    QTEST(f->own.failed, "ownFailed");
    QStringList shared;
    for (const TlsRptSharedCounts &s : f->shared) {
        shared.append(s.name);
        QVERIFY2(s.hosts.contains(f->host), qPrintable(s.hosts.join(u',')));
    }
    QTEST(shared, "shared");
    QTEST(f->failed(), "failed");
    QTEST(f->sessions(), "sessions");
    QTEST(tlsRptFailureTypesText(f->failedByType()), "failedByType");
    QTEST(f->organizations, "organizations");
    QTEST(int(f->days.size()), "days");
    QVERIFY(std::is_sorted(f->days.cbegin(), f->days.cend()));
}

void TestTlsRptWindow::texts_data()
{
    QTest::addColumn<QList<QByteArray>>("reports");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("mark");
    QTest::addColumn<QString>("detail"); // a line the details hold

    QTest::newRow("no reports")
        << QList<QByteArray>{} << "mx1.kumo.example"
        << "TLS-RPT: no reports imported for the 30 day(s) before 2026-12-06" << QString()
        << QString();
    QTest::newRow("none failed") << QList<QByteArray>{report(
                                        "Mail Inc", "a", "2026-12-01",
                                        {policy("sts", "kumo.example",
                                                QJsonArray{"mx1.kumo.example"}, 3400, 0)})}
                                 << "mx1.kumo.example"
                                 << "TLS-RPT: 3400 session(s) reported, none failed" << QString()
                                 << "Reported by Mail Inc";
    QTest::newRow("failures by type")
        << QList<QByteArray>{report(
               "Sender Corp", "b", "2026-12-01",
               {policy("sts", "kumo.example", QJsonArray{"mx1.kumo.example"}, 3388, 12,
                       {failure("certificate-expired", "mx1.kumo.example", 12)})})}
        << "mx1.kumo.example"
        << "TLS-RPT: 12 of 3400 session(s) failed (certificate-expired 12)"
        << "TLS-RPT: 12 failed"
        << "For this host alone: 3388 successful, 12 failed (certificate-expired 12)";
    QTest::newRow("shared counts are said to be shared")
        << QList<QByteArray>{report(
               "Sender Corp", "c", "2026-12-01",
               {policy("sts", "kumo.example", QJsonArray{"*.kumo.example"}, 900, 2)})}
        << "mx2.kumo.example"
        << "TLS-RPT: 2 of 902 session(s) failed (not-detailed 2)"
        << "TLS-RPT: 2 failed"
        << "Counted for mx1.kumo.example, mx2.kumo.example together under *.kumo.example (not "
           "split between "
           "them): 900 successful, 2 failed (not-detailed 2)";
}

void TestTlsRptWindow::texts()
{
    QFETCH(QList<QByteArray>, reports);
    QFETCH(QString, host);
    QFETCH(QString, detail);
    const TlsRptWindow w = tlsRptWindow(readStoredTlsRptReports(reports), workspace(), kTo);
    const TlsRptHostFigures *f = w.host(host);
    QVERIFY(f);
    QTEST(tlsRptSummaryText(f, w), "summary");
    QTEST(tlsRptMarkText(f), "mark");
    const QStringList lines = tlsRptDetailLines(f, w);
    QCOMPARE(lines.constFirst(), tlsRptSummaryText(f, w));
    if (detail.isEmpty())
        QCOMPARE(lines.size(), 1); // no reports: nothing more to say
    else
        QVERIFY2(lines.contains(detail), qPrintable(lines.join(u'\n')));
    // No host, no figures: never "none failed".
    QVERIFY(tlsRptSummaryText(nullptr, w).contains(QLatin1String("no reports")));
    QCOMPARE(tlsRptMarkText(nullptr), QString());
}

void TestTlsRptWindow::days()
{
    const QList<QByteArray> reports{
        report("A", "1", "2026-11-30",
               {policy("sts", "kumo.example", QJsonArray{"*.kumo.example"}, 10, 1)}),
        report("B", "2", "2026-11-30",
               {policy("sts", "kumo.example", QJsonArray{"*.kumo.example"}, 5, 0),
                policy("sts", "other.example", QJsonArray{"mx3.other.example"}, 7, 2)}),
        report("C", "3", "2026-12-01",
               {policy("sts", "elsewhere.example", QJsonArray{"mx.elsewhere.example"}, 99, 9)}),
        report("C", "4", "2026-10-01",
               {policy("sts", "other.example", QJsonArray{"mx3.other.example"}, 1, 1)})};
    const QList<TlsRptDay> days = tlsRptDays(readStoredTlsRptReports(reports), workspace());
    // Every day of ours, whatever the window; another domain's report counts nowhere.
    QCOMPARE(days,
             (QList<TlsRptDay>{{QDate(2026, 10, 1), 1, 1, 1}, {QDate(2026, 11, 30), 22, 3, 2}}));
    QCOMPARE(tlsRptDaysCsv(days),
             QByteArray("day,reports,successful,failed\n2026-10-01,1,1,1\n2026-11-30,2,22,3\n"));
    QVERIFY(tlsRptDays(readStoredTlsRptReports(reports), Workspace{})
                .isEmpty()); // no domains: none of ours
}

void TestTlsRptWindow::unreadableReportsCounted()
{
    int unreadable = 0;
    const TlsRptOverview o = tlsRptOverview(
        {QByteArray("{not json"),
         report("A", "1", "2026-12-01",
                {policy("sts", "other.example", QJsonArray{"mx3.other.example"}, 4, 0)})},
        workspace(), kTo);
    QCOMPARE(o.unreadable, 1);
    QCOMPARE(o.window.reports, 1);
    QCOMPARE(o.days.size(), 1);
    readStoredTlsRptReports({QByteArray("[]")}, &unreadable);
    QCOMPARE(unreadable, 1);
}

QTEST_GUILESS_MAIN(TestTlsRptWindow)
#include "tst_tls_rpt_window.moc"
