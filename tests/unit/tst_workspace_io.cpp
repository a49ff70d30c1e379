#include "app/inventory/workspace_io.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtls;

namespace {
const QString kDemo = QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json");

QByteArray minimal(const QByteArray &hosts, const QByteArray &links = "[]")
{
    return "{\"schema_version\": 1, \"name\": \"t\", \"hosts\": " + hosts + ", \"links\": " + links +
           "}";
}

// A schema 3 workspace with one accepted risk made of these fields.
QByteArray withRisk(const QByteArray &fields)
{
    return "{\"schema_version\": 3, \"name\": \"t\", \"hosts\": [], \"accepted_risks\": [{" + fields + "}]}";
}
// A workspace with host "a" and this path map layout object.
QByteArray withLayout(const QByteArray &layout)
{
    return R"({"schema_version": 3, "name": "t", "hosts": [{"id": "a", "name": "a"}], "layout": )" + layout +
           "}";
}
} // namespace

class TestWorkspaceIo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsDemo();
    void roundTrip();
    void acceptedRisksRoundTrip();
    void rejects_data();
    void rejects();
    void syntaxErrorNamesLineAndColumn();
    void failedSaveKeepsPreviousFile();
    void endpointRefs_data();
    void endpointRefs();
};

void TestWorkspaceIo::loadsDemo()
{
    const WorkspaceReadResult r = loadWorkspaceFile(kDemo);
    QVERIFY2(r.workspace, qPrintable(r.error));
    const Workspace &ws = *r.workspace;
    QCOMPARE(ws.hosts.size(), 8);
    QCOMPARE(ws.links.size(), 16);
    QCOMPARE(ws.domains.size(), 2);
    const Host *mx1 = ws.host(u"mx1");
    QVERIFY(mx1);
    QCOMPARE(mx1->zone, Zone::External);
    QCOMPARE(mx1->roles, QList<HostRole>{HostRole::InboundMx});
    // Every link resolves to exactly one endpoint, and the probe target uses
    // the host's address with its name for SNI.
    for (const Link &l : ws.links) {
        const Endpoint *e = ws.endpoint(l.endpoint);
        QVERIFY2(e, qPrintable(l.id));
        const ProbeTarget t = ws.target(*ws.host(l.endpoint.hostId), *e);
        QVERIFY(t.host.startsWith(QLatin1String("127.0.0.")));
        QCOMPARE(t.serverName, ws.host(l.endpoint.hostId)->name);
    }
}

void TestWorkspaceIo::roundTrip()
{
    const WorkspaceReadResult r = loadWorkspaceFile(kDemo);
    QVERIFY(r.workspace);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.json"));
    QCOMPARE(saveWorkspaceFile(*r.workspace, path), QString());
    const WorkspaceReadResult again = loadWorkspaceFile(path);
    QVERIFY2(again.workspace, qPrintable(again.error));
    QCOMPARE(*again.workspace, *r.workspace);
    QCOMPARE(workspaceToJson(*again.workspace), workspaceToJson(*r.workspace));
}

void TestWorkspaceIo::acceptedRisksRoundTrip()
{
    WorkspaceReadResult r = loadWorkspaceFile(kDemo);
    QVERIFY(r.workspace);
    RiskAcceptance a;
    a.rule = QStringLiteral("M1.6");
    a.endpoint = QStringLiteral("mx2/smtp");
    a.justification = QStringLiteral("取引先の MTA が 3 月まで TLS 1.0 を必要とする");
    a.owner = QStringLiteral("postmaster");
    a.expires = QDate(2027, 3, 31);
    a.acceptedAt = QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC);
    r.workspace->acceptedRisks = {a};
    const WorkspaceReadResult again = parseWorkspace(workspaceToJson(*r.workspace), QStringLiteral("mem"));
    QVERIFY2(again.workspace, qPrintable(again.error));
    QCOMPARE(again.workspace->acceptedRisks, QList<RiskAcceptance>{a});
    QCOMPARE(again.workspace->acceptedRisks.constFirst().profile, QStringLiteral("m3aawg"));

    // Milestones come back by date, whatever order they were written in.
    r.workspace->milestones = {{QDate(2027, 6, 30), QStringLiteral("No password in cleartext")},
                               {QDate(2027, 3, 31), QStringLiteral("すべての内部リンクを暗号化")}};
    const WorkspaceReadResult third = parseWorkspace(workspaceToJson(*r.workspace), QStringLiteral("mem"));
    QVERIFY2(third.workspace, qPrintable(third.error));
    QCOMPARE(third.workspace->milestones.size(), 2);
    QCOMPARE(third.workspace->milestones.at(0).date, QDate(2027, 3, 31));
    QCOMPARE(third.workspace->milestones.at(1).label, QStringLiteral("No password in cleartext"));
}

void TestWorkspaceIo::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");

    const QByteArray host = "{\"id\": \"a\", \"name\": \"a.example\", \"endpoints\": "
                            "[{\"protocol\": \"smtp\", \"port\": 2525}]}";
    QTest::newRow("not a workspace") << QByteArray("{\"hosts\": []}") << "schema_version";
    QTest::newRow("future schema")
        << QByteArray("{\"schema_version\": 99, \"name\": \"x\"}") << "schema version 99";
    QTest::newRow("array root") << QByteArray("[]") << "expected a JSON object";
    QTest::newRow("missing name")
        << QByteArray("{\"schema_version\": 1}") << "missing required field 'name'";
    QTest::newRow("unknown protocol")
        << minimal("[{\"id\": \"a\", \"name\": \"a\", \"endpoints\": [{\"protocol\": \"smtpx\"}]}]")
        << "hosts[0] (\"a\").endpoints[0].protocol: unknown protocol 'smtpx'";
    QTest::newRow("port out of range")
        << minimal("[{\"id\": \"a\", \"name\": \"a\", \"endpoints\": [{\"protocol\": \"smtp\", "
                   "\"port\": 70000}]}]")
        << "endpoints[0].port";
    QTest::newRow("tls needs port")
        << minimal("[{\"id\": \"a\", \"name\": \"a\", \"endpoints\": [{\"protocol\": \"tls\"}]}]")
        << "needs a port";
    QTest::newRow("duplicate host") << minimal("[" + host + "," + host + "]")
                                    << "hosts[1].id: duplicate host id 'a'";
    QTest::newRow("reserved id")
        << minimal("[{\"id\": \"internet\", \"name\": \"x\"}]") << "'internet' is reserved";
    QTest::newRow("unknown role")
        << minimal("[{\"id\": \"a\", \"name\": \"a\", \"roles\": [\"mx\"]}]") << "unknown role 'mx'";
    QTest::newRow("unknown zone")
        << minimal("[{\"id\": \"a\", \"name\": \"a\", \"zone\": \"dmz\"}]") << "unknown zone 'dmz'";
    QTest::newRow("link to unknown endpoint")
        << minimal("[" + host + "]",
                   "[{\"kind\": \"internal-relay\", \"from\": \"a\", \"endpoint\": \"a/imap\"}]")
        << "links[0].endpoint: 'a/imap' names no single endpoint";
    QTest::newRow("link from unknown node")
        << minimal("[" + host + "]",
                   "[{\"kind\": \"internal-relay\", \"from\": \"zz\", \"endpoint\": \"a/smtp\"}]")
        << "links[0].from";
    QTest::newRow("link kind")
        << minimal("[" + host + "]",
                   "[{\"kind\": \"wormhole\", \"from\": \"a\", \"endpoint\": \"a/smtp\"}]")
        << "unknown link kind 'wormhole'";
    QTest::newRow("bad endpoint ref")
        << minimal("[" + host + "]",
                   "[{\"kind\": \"delivery\", \"from\": \"a\", \"endpoint\": \"a-smtp\"}]")
        << "host/protocol[:port]";
    QTest::newRow("wrong type") << minimal("[{\"id\": 5, \"name\": \"a\"}]")
                                << "hosts[0].id: expected a string";
    const QByteArray risk = R"("rule": "M1.6", "endpoint": "mx2/smtp:25", "justification": "j", "owner": "o")";
    QTest::newRow("risk without expiry") << withRisk(risk) << "accepted_risks[0]: missing required field 'expires'";
    QTest::newRow("risk with a bad date") << withRisk(risk + R"(, "expires": "soon")")
                                          << "accepted_risks[0].expires: expected a date YYYY-MM-DD, not 'soon'";
    QTest::newRow("risk on no endpoint")
        << withRisk(R"("rule": "M1.6", "endpoint": "mx2", "justification": "j", "owner": "o", "expires": "2027-01-01")")
        << "accepted_risks[0].endpoint";
    QTest::newRow("risk without owner")
        << withRisk(R"("rule": "M1.6", "endpoint": "mx2/smtp", "justification": "j", "owner": " ", )"
                    R"("expires": "2027-01-01")")
        << "needs a justification and an owner";
    QTest::newRow("milestone with a bad date")
        << QByteArray(R"({"schema_version": 4, "name": "t", "hosts": [], "milestones": [{"date": "March", "label": "x"}]})")
        << "milestones[0].date: expected a date YYYY-MM-DD, not 'March'";
    QTest::newRow("milestone without label")
        << QByteArray(R"({"schema_version": 4, "name": "t", "hosts": [], "milestones": [{"date": "2027-01-01"}]})")
        << "milestones[0]: missing required field 'label'";
    QTest::newRow("layout not an object") << withLayout("[]") << "layout: expected an object";
    QTest::newRow("layout of an unknown host")
        << withLayout(R"({"zz": {"x": 1, "y": 2}})") << "layout.zz: unknown host id 'zz'";
    QTest::newRow("layout without y") << withLayout(R"({"a": {"x": 1}})") << "layout.a: expected numbers";
    QTest::newRow("layout with a string")
        << withLayout(R"({"a": {"x": "1", "y": 2}})") << "layout.a: expected numbers";
    QTest::newRow("layout out of reach")
        << withLayout(R"({"a": {"x": 1e300, "y": 2}})") << "layout.a: expected numbers";
}

void TestWorkspaceIo::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    const WorkspaceReadResult r = parseWorkspace(json, QStringLiteral("bad.json"));
    QVERIFY(!r.workspace);
    QVERIFY2(r.error.startsWith(QLatin1String("bad.json")), qPrintable(r.error));
    QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
}

void TestWorkspaceIo::syntaxErrorNamesLineAndColumn()
{
    const QByteArray json = "{\n  \"schema_version\": 1,\n  \"name\": \"x\"\n  \"hosts\": []\n}\n";
    const WorkspaceReadResult r = parseWorkspace(json, QStringLiteral("w.json"));
    QVERIFY(!r.workspace);
    QVERIFY2(r.error.startsWith(QLatin1String("w.json:4:")), qPrintable(r.error));
}

void TestWorkspaceIo::failedSaveKeepsPreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.json"));
    const WorkspaceReadResult r = loadWorkspaceFile(kDemo);
    QVERIFY(r.workspace);
    QCOMPARE(saveWorkspaceFile(*r.workspace, path), QString());
    const QByteArray before = workspaceToJson(*r.workspace);

    // A target that cannot be written: the error names it.
    const QString bad = dir.filePath(QStringLiteral("missing-dir/ws.json"));
    const QString error = saveWorkspaceFile(*r.workspace, bad);
    QVERIFY2(error.contains(bad), qPrintable(error));

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestWorkspaceIo::endpointRefs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("host/scheme") << "mx1/smtp" << true;
    QTest::newRow("host/scheme:port") << "mx1/smtp:2525" << true;
    QTest::newRow("no slash") << "mx1" << false;
    QTest::newRow("empty host") << "/smtp" << false;
    QTest::newRow("bad scheme") << "mx1/smtpx" << false;
    QTest::newRow("bad port") << "mx1/smtp:0" << false;
    QTest::newRow("port too big") << "mx1/smtp:65536" << false;
}

void TestWorkspaceIo::endpointRefs()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto ref = EndpointRef::parse(text);
    QCOMPARE(ref.has_value(), ok);
    if (ok)
        QCOMPARE(ref->toString(), text);
}

QTEST_GUILESS_MAIN(TestWorkspaceIo)
#include "tst_workspace_io.moc"
