// `mailtls-auditor tls-rpt`: reports imported into a store of the test's own
// (JSON, gzip, a message), each kept once; a bad input is an error naming the
// file and JSON path that loses nothing already kept; the summary per
// organisation and day and per MX host of the demo workspace, as text and JSON.

#include "tests/common/cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray reportJson(const QString &org, const QString &id, const QString &domain, int ok, int failed,
                      const QString &mx)
{
    const QJsonObject failure{{"result-type", "starttls-not-supported"},
                              {"receiving-mx-hostname", mx},
                              {"failed-session-count", failed}};
    const QJsonObject policy{
        {"policy", QJsonObject{{"policy-type", "sts"}, {"policy-domain", domain}, {"mx-host", QJsonArray{mx}}}},
        {"summary", QJsonObject{{"total-successful-session-count", ok}, {"total-failure-session-count", failed}}},
        {"failure-details", QJsonArray{failure}}};
    return QJsonDocument(QJsonObject{{"organization-name", org},
                                     {"date-range", QJsonObject{{"start-datetime", "2026-12-03T00:00:00Z"},
                                                                {"end-datetime", "2026-12-03T23:59:59Z"}}},
                                     {"contact-info", "tlsrpt@sender.example"},
                                     {"report-id", id},
                                     {"policies", QJsonArray{policy}}})
        .toJson();
}

} // namespace

class TestTlsRptCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importThenSummary();
    void usage_data();
    void usage();

private:
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QTemporaryDir m_dir;
};

void TestTlsRptCli::importThenSummary()
{
    const QString db = m_dir.filePath("store.sqlite");
    const QString a = write("a.json", reportJson("Sender Corp", "a", "kumo.example", 500, 3, "mx2.kumo.example"));
    const QString b = write("b.eml", "From: r@other.example\nMessage-ID: <b@other.example>\nContent-Type: "
                                     "application/tlsrpt+json\n\n" +
                                         reportJson("Other Org", "b", "kumo-shop.example", 40, 0, "mx1.kumo.example"));
    const QString workspace = QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json");

    CliRun r = runCli({"tls-rpt", "import", a, b, "--db", db});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("2 report(s) read, 2 new kept"), qPrintable(r.out));

    // Again, with a broken report: exit 1, the error names the file and the JSON path; nothing kept is lost.
    QByteArray broken = reportJson("Third", "c", "kumo.example", 1, 0, "mx1.kumo.example");
    broken.replace("\"total-successful-session-count\": 1", "\"total-successful-session-count\": -1");
    const QString c = write("c.json", broken);
    r = runCli({"tls-rpt", "import", a, c, "--db", db});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(c + ": $.policies[0].summary.total-successful-session-count: a count cannot be negative"),
             qPrintable(r.err));
    QVERIFY2(r.out.contains("1 report(s) read, 0 new kept") && r.out.contains("1 kept already"), qPrintable(r.out));

    r = runCli({"tls-rpt", "summary", "--db", db, "--workspace", workspace});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("2026-12-03  Sender Corp  kumo.example  500 successful, 3 failed (starttls-not-supported 3)"),
             qPrintable(r.out));
    QVERIFY2(r.out.contains("2026-12-03  Other Org  kumo-shop.example  40 successful, 0 failed"), qPrintable(r.out));
    QVERIFY2(!r.out.contains("Third"), qPrintable(r.out));

    r = runCli({"tls-rpt", "summary", "--db", db, "--workspace", workspace, "--domain", "kumo.example", "--json"});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("daily").toArray().size(), 1);
    const QJsonArray mx = o.value("mx_hosts").toArray();
    QCOMPARE(mx.size(), 2); // kumo.example's MX hosts in the demo: mx1 and mx2
    QCOMPARE(mx.at(0).toObject().value("name").toString(), "mx1.kumo.example");
    QCOMPARE(mx.at(0).toObject().value("organizations").toArray().size(), 0);
    QCOMPARE(mx.at(0).toObject().value("kind").toString(), "host");
    QCOMPARE(mx.at(1).toObject().value("name").toString(), "mx2.kumo.example");
    QCOMPARE(mx.at(1).toObject().value("successful").toInteger(), 500);
    QCOMPARE(mx.at(1).toObject().value("failed_by_type").toObject().value("starttls-not-supported").toInteger(), 3);

    // A store that does not exist yet: nothing kept, said so.
    r = runCli({"tls-rpt", "summary", "--db", m_dir.filePath("none.sqlite")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("No TLS-RPT reports kept."), qPrintable(r.out));
}

void TestTlsRptCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("no action") << QStringList{"tls-rpt"} << "'import PATH...' or 'summary' is required";
    QTest::newRow("import nothing") << QStringList{"tls-rpt", "import"} << "give at least one file";
    QTest::newRow("unknown action") << QStringList{"tls-rpt", "export"} << "'import PATH...' or 'summary' is required";
    QTest::newRow("bad option") << QStringList{"tls-rpt", "summary", "--nope"} << "nope";
}

void TestTlsRptCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const CliRun r = runCli(args + QStringList{"--db", m_dir.filePath("usage.sqlite")});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestTlsRptCli)
#include "tst_tls_rpt_cli.moc"
