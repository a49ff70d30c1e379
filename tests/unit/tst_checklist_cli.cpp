// The checklist carried between audits and the exceptions register, end to
// end through the command line on a real SQLite store: runs are stored as an
// audit stores them (the probe results written by hand, one weakness each),
// then `checklist`, `checklist --set`, `checklist --history`, `accept` and
// `findings` are run as an admin would. The lab test
// (tests/integration/tst_remediation_lab.cpp) does the same on real servers.

#include "../common/cli_run.h"
#include "../common/sample_results.h"
#include "app/store/audit_store.h"
#include "app/inventory/workspace_io.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtls;

namespace {

const QString kItem = QStringLiteral("M1.6@mx2/smtp:25");

Workspace workspace()
{
    Workspace ws;
    ws.name = QStringLiteral("checklist-demo");
    Host h;
    h.id = QStringLiteral("mx2");
    h.name = QStringLiteral("mx2.example.test");
    h.addresses = {QStringLiteral("127.0.0.12")};
    h.roles = {HostRole::InboundMx};
    h.endpoints = {Endpoint{Protocol::Smtp, 25, {}}};
    ws.hosts = {h};
    Link l;
    l.id = QStringLiteral("internet-mx2");
    l.kind = LinkKind::InternetInbound;
    l.from = QString(kInternetNode);
    l.endpoint = EndpointRef{QStringLiteral("mx2"), Protocol::Smtp, 0};
    ws.links = {l};
    return ws;
}

// mx2 as it answers: strong, or also accepting TLS 1.0 (M1.6, and only M1.6).
EndpointResult mx2(bool acceptsTls10)
{
    EndpointResult r = sample::strongEndpoint(Protocol::Smtp, QStringLiteral("mx2.example.test"),
                                              QStringLiteral("127.0.0.12"));
    if (acceptsTls10) {
        VersionResult v;
        v.accepted = true;
        v.cipherSuites = {QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")};
        r.versions.insert(TlsVersion::Tls10, v);
    }
    return r;
}

} // namespace

class TestChecklistCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void carriedBetweenRuns();
    void acceptedRisks();
    void badInput_data();
    void badInput();

private:
    // Stores a complete run of the workspace with mx2 answering so.
    void storeRun(bool acceptsTls10);
    CliRun cli(const QString &command, const QStringList &args = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
    QString m_db;
};

void TestChecklistCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(QStringLiteral("ws.json"));
    m_db = m_dir->filePath(QStringLiteral("audits.sqlite"));
    QCOMPARE(saveWorkspaceFile(workspace(), m_workspace), QString());
}

void TestChecklistCli::storeRun(bool acceptsTls10)
{
    QString error;
    auto store = AuditStore::open(m_db, &error);
    QVERIFY2(store, qPrintable(error));
    const auto loaded = loadWorkspaceFile(m_workspace);
    QVERIFY(loaded.workspace);
    const auto run = store->beginRun(*loaded.workspace, 1, &error);
    QVERIFY2(run, qPrintable(error));
    QVERIFY2(store->addResult(*run, QStringLiteral("mx2/smtp:25"), mx2(acceptsTls10), &error), qPrintable(error));
    QVERIFY2(store->finishRun(*run, &error), qPrintable(error));
}

CliRun TestChecklistCli::cli(const QString &command, const QStringList &args)
{
    return runCli(QStringList{command, QStringLiteral("--workspace"), m_workspace} +
                  (command == QLatin1String("accept") ? QStringList() : QStringList{QStringLiteral("--db"), m_db}) +
                  args);
}

void TestChecklistCli::carriedBetweenRuns()
{
    // Run 1 finds TLS 1.0 on mx2: one open item.
    storeRun(true);
    CliRun r = cli(QStringLiteral("checklist"));
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("M1.6")) && r.out.contains(QLatin1String("State: open")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(QLatin1String("Verified: no longer found")));

    // The admin works on it; a state only an audit sets is refused.
    r = cli(QStringLiteral("checklist"), {QStringLiteral("--set"), kItem + QStringLiteral("=verified")});
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.contains(QLatin1String("audit")));
    r = cli(QStringLiteral("checklist"), {QStringLiteral("--set"), QStringLiteral("M9.9@mx2/smtp:25=done")});
    QCOMPARE(r.status, 2); // no such item: a usage error
    r = cli(QStringLiteral("checklist"),
            {QStringLiteral("--set"), kItem + QStringLiteral("=done"), QStringLiteral("--note"),
             QStringLiteral("smtpd_tls_protocols = >=TLSv1.2")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QLatin1String("open -> done")), qPrintable(r.out));
    r = cli(QStringLiteral("checklist"));
    QVERIFY2(r.out.contains(QLatin1String("State: done")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("smtpd\\_tls\\_protocols = \\>=TLSv1.2"))); // the note, as Markdown text

    // Run 2: fixed. The item is verified, and says so in Markdown and CSV.
    storeRun(false);
    r = cli(QStringLiteral("checklist"));
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QLatin1String("Verified: no longer found")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("verified by run 2")));
    QVERIFY(!r.out.contains(QLatin1String("State:")));
    r = cli(QStringLiteral("checklist"), {QStringLiteral("--csv")});
    QVERIFY2(r.out.contains(QLatin1String("M1.6,,mx2/smtp:25,")) && r.out.contains(QLatin1String(",verified,0,")),
             qPrintable(r.out));

    // Run 3: TLS 1.0 is back: a regression, open again.
    storeRun(true);
    r = cli(QStringLiteral("checklist"));
    QVERIFY2(r.out.contains(QLatin1String("State: open (1 regression")), qPrintable(r.out));

    // Asking again changes nothing; the history tells the whole story, in order.
    QCOMPARE(cli(QStringLiteral("checklist")).out, r.out);
    r = cli(QStringLiteral("checklist"), {QStringLiteral("--history")});
    QCOMPARE(r.status, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).contains(QLatin1String("run 1")) && lines.at(0).contains(QLatin1String("found")),
             qPrintable(r.out));
    QVERIFY(lines.at(1).contains(QLatin1String("by hand")) && lines.at(1).contains(QLatin1String("open -> done")));
    QVERIFY(lines.at(2).contains(QLatin1String("run 2")) && lines.at(2).contains(QLatin1String("done -> verified")));
    QVERIFY(lines.at(3).contains(QLatin1String("run 3")) && lines.at(3).contains(QLatin1String("regression")));

    // An older run shown again does not move the items back.
    r = cli(QStringLiteral("checklist"), {QStringLiteral("--run"), QStringLiteral("2")});
    QCOMPARE(r.status, 0);
    QCOMPARE(cli(QStringLiteral("checklist"), {QStringLiteral("--history")}).out.count(u'\n'), 4);
}

void TestChecklistCli::acceptedRisks()
{
    storeRun(true);
    const QString until = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    CliRun r = cli(QStringLiteral("accept"), {kItem, QStringLiteral("--reason"),
                                              QStringLiteral("a partner's MTA needs TLS 1.0 until March"),
                                              QStringLiteral("--owner"), QStringLiteral("postmaster"),
                                              QStringLiteral("--until"), until});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QLatin1String("until ") + until), qPrintable(r.out + r.err));
    const auto saved = loadWorkspaceFile(m_workspace);
    QVERIFY(saved.workspace);
    QCOMPARE(saved.workspace->acceptedRisks.size(), 1);
    QCOMPARE(saved.workspace->acceptedRisks.constFirst().owner, QStringLiteral("postmaster"));

    // Findings: no open finding, one accepted; the checklist item is an accepted risk.
    r = cli(QStringLiteral("findings"));
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QLatin1String("0 open finding(s); 1 accepted as a risk")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Accepted risk until ") + until));
    r = cli(QStringLiteral("findings"), {QStringLiteral("--json")});
    const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"results").toArray();
    bool sawAcceptance = false;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        if (o.value(u"rule").toString() == QLatin1String("M1.6")) {
            QCOMPARE(o.value(u"accepted_risk").toObject().value(u"owner").toString(), QStringLiteral("postmaster"));
            QCOMPARE(o.value(u"accepted_risk").toObject().value(u"lapsed").toBool(), false);
            sawAcceptance = true;
        }
    }
    QVERIFY(sawAcceptance);
    r = cli(QStringLiteral("checklist"));
    QVERIFY2(r.out.contains(QLatin1String("State: accepted risk")), qPrintable(r.out));

    // The acceptance lapses: the finding is open again, and says which acceptance lapsed.
    Workspace ws = *saved.workspace;
    ws.acceptedRisks[0].expires = QDate::currentDate().addDays(-1);
    QCOMPARE(saveWorkspaceFile(ws, m_workspace), QString());
    r = cli(QStringLiteral("findings"));
    QVERIFY2(r.out.contains(QLatin1String("1 open finding")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Accepted risk lapsed on ")));
    storeRun(true);
    r = cli(QStringLiteral("checklist"));
    QVERIFY2(r.out.contains(QLatin1String("State: open")), qPrintable(r.out));
    r = cli(QStringLiteral("checklist"), {QStringLiteral("--history")});
    QVERIFY2(r.out.contains(QLatin1String("lapsed")), qPrintable(r.out));

    // Revoked, and once the finding is fixed, an entry left behind is pointed out.
    r = cli(QStringLiteral("accept"), {QStringLiteral("--revoke"), kItem});
    QCOMPARE(r.status, 0);
    QVERIFY(loadWorkspaceFile(m_workspace).workspace->acceptedRisks.isEmpty());
    QVERIFY(cli(QStringLiteral("accept"), {kItem, QStringLiteral("--reason"), QStringLiteral("r"),
                                           QStringLiteral("--owner"), QStringLiteral("o"), QStringLiteral("--until"),
                                           until})
                .status == 0);
    storeRun(false);
    r = cli(QStringLiteral("findings"));
    QVERIFY2(r.out.contains(QLatin1String("no finding needs any more")) && r.out.contains(kItem), qPrintable(r.out));
}

void TestChecklistCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString later = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    const QString earlier = QDate::currentDate().addDays(-10).toString(Qt::ISODate);
    const QStringList full{QStringLiteral("--reason"), QStringLiteral("r"), QStringLiteral("--owner"),
                           QStringLiteral("o")};
    QTest::newRow("no item") << (full + QStringList{QStringLiteral("--until"), later}) << 2 << "RULE@ENDPOINT";
    QTest::newRow("not an item") << (QStringList{QStringLiteral("M1.6")} + full + QStringList{QStringLiteral("--until"), later})
                                 << 2 << "RULE@ENDPOINT";
    QTest::newRow("unknown host") << (QStringList{QStringLiteral("M1.6@mx9/smtp:25")} + full +
                                      QStringList{QStringLiteral("--until"), later})
                                  << 2 << "mx9";
    QTest::newRow("unknown rule") << (QStringList{QStringLiteral("M7.1@mx2/smtp:25")} + full +
                                      QStringList{QStringLiteral("--until"), later})
                                  << 2 << "M7.1";
    QTest::newRow("no date") << (QStringList{kItem} + full) << 2 << "expiry date";
    QTest::newRow("bad date") << (QStringList{kItem} + full + QStringList{QStringLiteral("--until"), QStringLiteral("next spring")})
                              << 2 << "next spring";
    QTest::newRow("date passed") << (QStringList{kItem} + full + QStringList{QStringLiteral("--until"), earlier}) << 2
                                 << earlier;
    QTest::newRow("no owner") << QStringList{kItem, QStringLiteral("--reason"), QStringLiteral("r"),
                                             QStringLiteral("--until"), later}
                              << 2 << "owner";
    QTest::newRow("revoke what is not there") << QStringList{QStringLiteral("--revoke"), kItem} << 2 << kItem;
}

void TestChecklistCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFile file(m_workspace);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const CliRun r = cli(QStringLiteral("accept"), args);
    QCOMPARE(r.status, status);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // Nothing saved is lost or changed.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_GUILESS_MAIN(TestChecklistCli)
#include "tst_checklist_cli.moc"
