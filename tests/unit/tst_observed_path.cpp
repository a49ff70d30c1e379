// Matching real messages' hops to the inventory: who sent, who received,
// which link; forged names, users, unknown internal hosts, outbound mail,
// content-filter loops; and recording them into the workspace, idempotently.

#include "app/evidence/observed_path.h"
#include "app/inventory/workspace_io.h"

#include <QTest>

using namespace mailtls;

namespace {

Workspace demo()
{
    const auto r = loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    return r.workspace.value_or(Workspace{});
}

// A message from Received: values given in travel order.
MessagePath pathOf(const QStringList &hops, const QString &id = QStringLiteral("<m@test>"))
{
    MessagePath m;
    m.messageId = id;
    for (const QString &h : hops)
        m.hops.append(parseReceived(h));
    return m;
}

const QString kDate = QStringLiteral("; Sat, 28 Nov 2026 00:13:14 +0000");

} // namespace

class TestObservedPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void match_data();
    void match();
    void unknownInternalHost();
    void recordIsIdempotent();
    void addUnknown();
    void workspaceRoundTrip();
    void workspaceRejects_data();
    void workspaceRejects();
};

void TestObservedPath::match_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("fromNode");
    QTest::addColumn<QString>("byHost");
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("ambiguous");

    QTest::newRow("Internet to mx1")
        << "from client.example.net (client.example.net [192.0.2.9]) by mx1.kumo.example with ESMTPS id 1" + kDate
        << "internet" << "mx1" << "internet->mx1/smtp" << false;
    QTest::newRow("forged HELO naming mx1, from elsewhere")
        << "from mx1.kumo.example (unknown [192.0.2.66]) by relay.kumo.internal with ESMTP id 2" + kDate
        << "internet" << "relay" << "" << false;
    QTest::newRow("mx1 to relay by address")
        << "from whatever (unknown [127.0.0.11]) by relay.kumo.internal with ESMTP id 3" + kDate << "mx1" << "relay"
        << "mx1->relay/smtp" << false;
    QTest::newRow("by name with trailing dot and case")
        << "from MX2.Kumo.Example. by Relay.Kumo.Internal. with ESMTP id 4" + kDate << "mx2" << "relay"
        << "mx2->relay/smtp" << false;
    QTest::newRow("LMTP delivery picks the lmtp endpoint")
        << "from relay.kumo.internal ([127.0.0.13]) by imap.kumo.example with LMTPS id 5" + kDate << "relay"
        << "imap" << "relay->imap/lmtp" << false;
    QTest::newRow("authenticated user: 587 or 465, ambiguous")
        << "from laptop ([198.51.100.7]) by smtp.kumo.example with ESMTPSA id 6" + kDate << "users" << "submission"
        << "users->submission/submission" << true;
    QTest::newRow("cleartext user login cannot be implicit TLS")
        << "from laptop ([198.51.100.7]) by smtp.kumo.example with ESMTPA id 7" + kDate << "users" << "submission"
        << "users->submission/submission" << false;
    QTest::newRow("webmail over HTTPS")
        << "from [198.51.100.8] by webmail.kumo.example with HTTPS id 8" + kDate << "users" << "webmail"
        << "users->webmail/https" << false;
    QTest::newRow("webmail over plain HTTP")
        << "from [198.51.100.8] by webmail.kumo.example with HTTP id 8" + kDate << "users" << "webmail"
        << "users->webmail/http" << false;
    QTest::newRow("outside: a sender's own relay")
        << "from a.example.net ([192.0.2.1]) by b.example.net with ESMTPS id 9" + kDate << "" << "" << "" << false;
    QTest::newRow("pickup on relay is local")
        << "by relay.kumo.internal (Postfix, from userid 0) id 10" + kDate << "internet" << "relay" << "" << false;
}

void TestObservedPath::match()
{
    QFETCH(QString, header);
    const Workspace ws = demo();
    QVERIFY(!ws.hosts.isEmpty());
    const PathMatch m = matchPath(ws, pathOf({header}));
    QCOMPARE(m.hops.size(), 1);
    QTEST(m.hops.constFirst().fromNode, "fromNode");
    QTEST(m.hops.constFirst().byHost, "byHost");
    QTEST(m.hops.constFirst().link, "link");
    QTEST(m.hops.constFirst().ambiguous, "ambiguous");
}

void TestObservedPath::unknownInternalHost()
{
    const Workspace ws = demo();
    const MessagePath path = pathOf({
        "from c.example.net ([192.0.2.9]) by mx1.kumo.example with ESMTPS id 1" + kDate,
        "from mx1.kumo.example ([127.0.0.11]) by filter.kumo.internal with ESMTP id 2" + kDate,
        // A content filter loop on one host: no link, no finding.
        "from localhost ([127.0.0.1]) by filter.kumo.internal with ESMTP id 3" + kDate,
        "from filter.kumo.internal ([127.0.0.99]) by relay.kumo.internal with ESMTP id 4" + kDate,
        // Outbound to someone else's MX: outside the organisation's names.
        "from relay.kumo.internal ([127.0.0.13]) by mx.partner.example with ESMTPS id 5" + kDate,
    });
    const PathMatch m = matchPath(ws, path);
    QCOMPARE(m.unknownHosts, QStringList{QStringLiteral("filter.kumo.internal")});
    QCOMPARE(m.hops.at(0).link, QStringLiteral("internet->mx1/smtp"));
    QVERIFY(m.hops.at(1).inside);
    QVERIFY(m.hops.at(1).byHost.isEmpty());
    QCOMPARE(m.hops.at(3).byHost, QStringLiteral("relay"));
    QVERIFY(m.hops.at(3).link.isEmpty()); // the inventory has no filter -> relay link
    QVERIFY(m.hops.at(4).link.isEmpty());
}

void TestObservedPath::recordIsIdempotent()
{
    Workspace ws = demo();
    const MessagePath path = pathOf({
        "from c.example.net ([192.0.2.9]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) by "
        "mx1.kumo.example with ESMTPS id 1; Sat, 28 Nov 2026 00:13:14 +0000",
        "from mx1.kumo.example ([127.0.0.11]) by relay.kumo.internal with ESMTP id 2; Sat, 28 Nov 2026 00:13:15 +0000",
    });
    const ObservationImport first = recordObservations(&ws, {path}, QStringLiteral("a.eml"), false);
    QCOMPARE(first.hopsMatched, 2);
    QCOMPARE(first.observationsAdded, 2);
    const QList<Observation> before = ws.observations;
    const ObservationImport again = recordObservations(&ws, {path}, QStringLiteral("a.eml"), false);
    QCOMPARE(again.observationsAdded, 0);
    QCOMPARE(again.observationsUpdated, 0);
    QCOMPARE(ws.observations, before);

    // A later message with the same TLS parameters moves lastSeen, not firstSeen.
    MessagePath later = pathOf({QString(path.hops.at(0).raw).replace(QStringLiteral("00:13:14"), QStringLiteral("09:00:00"))},
                               QStringLiteral("<later@test>"));
    const ObservationImport third = recordObservations(&ws, {later}, QStringLiteral("b.eml"), false);
    QCOMPARE(third.observationsUpdated, 1);
    const Observation ob = observationsFor(ws, u"internet->mx1/smtp").constFirst();
    QCOMPARE(ob.firstSeen, QDateTime(QDate(2026, 11, 28), QTime(0, 13, 14), Qt::UTC));
    QCOMPARE(ob.lastSeen, QDateTime(QDate(2026, 11, 28), QTime(9, 0, 0), Qt::UTC));
    QCOMPARE(ob.messageId, QStringLiteral("<later@test>"));
    QCOMPARE(ob.source, QStringLiteral("b.eml"));
    QCOMPARE(ob.tlsVersion, QStringLiteral("TLSv1.3"));
}

void TestObservedPath::addUnknown()
{
    Workspace ws = demo();
    const int hosts = int(ws.hosts.size());
    const MessagePath path = pathOf({
        "from c.example.net ([192.0.2.9]) by mx1.kumo.example with ESMTPS id 1" + kDate,
        "from mx1.kumo.example ([127.0.0.11]) by filter.kumo.internal with ESMTP id 2" + kDate,
        "from filter.kumo.internal ([127.0.0.99]) by store2.kumo.internal with LMTP id 3" + kDate,
    });
    const ObservationImport r = recordObservations(&ws, {path}, QStringLiteral("a.eml"), true);
    QCOMPARE(r.hostsAdded, 2);
    QCOMPARE(r.linksAdded, 2);
    QCOMPARE(int(ws.hosts.size()), hosts + 2);
    const Host *filter = ws.host(u"filter");
    QVERIFY(filter);
    QCOMPARE(filter->roles, QList<HostRole>{HostRole::InternalRelay});
    const Host *store = ws.host(u"store2");
    QVERIFY(store);
    QCOMPARE(store->endpoints.constFirst().protocol, Protocol::Lmtp);
    QCOMPARE(r.hopsMatched, 3);
    QCOMPARE(observationsFor(ws, u"filter->store2/lmtp").constFirst().transport, QStringLiteral("cleartext"));
    // The result still saves and loads.
    const auto reloaded = parseWorkspace(workspaceToJson(ws), QStringLiteral("x.json"));
    QVERIFY2(reloaded.workspace, qPrintable(reloaded.error));
    QCOMPARE(*reloaded.workspace, ws);
}

void TestObservedPath::workspaceRoundTrip()
{
    Workspace ws = demo();
    const QDateTime t(QDate(2026, 11, 28), QTime(1, 2, 3), Qt::UTC);
    ws.observations.append(Observation{QStringLiteral("internet->mx1/smtp"), QStringLiteral("tls"),
                                       QStringLiteral("TLSv1.2"), QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"), t,
                                       t.addDays(3), QStringLiteral("<x@y>"), QStringLiteral("inbox.mbox")});
    const auto r = parseWorkspace(workspaceToJson(ws), QStringLiteral("x.json"));
    QVERIFY2(r.workspace, qPrintable(r.error));
    QCOMPARE(r.workspace->observations, ws.observations);
    // Version 1 files (no observations) still read.
    QByteArray v1 = workspaceToJson(demo());
    v1.replace("\"schema_version\": 2", "\"schema_version\": 1");
    QVERIFY(parseWorkspace(v1, QStringLiteral("v1.json")).workspace);
}

void TestObservedPath::workspaceRejects_data()
{
    QTest::addColumn<QByteArray>("observation");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown link")
        << QByteArray(R"({"link":"nope","transport":"tls","first_seen":"2026-11-28T00:00:00Z","last_seen":"2026-11-28T00:00:00Z"})")
        << "x.json: observations[0].link: unknown link 'nope'";
    QTest::newRow("bad transport")
        << QByteArray(R"({"link":"internet->mx1/smtp","transport":"carrier-pigeon","first_seen":"2026-11-28T00:00:00Z","last_seen":"2026-11-28T00:00:00Z"})")
        << "x.json: observations[0].transport: unknown transport 'carrier-pigeon'";
    QTest::newRow("bad date")
        << QByteArray(R"({"link":"internet->mx1/smtp","transport":"tls","first_seen":"yesterday","last_seen":"2026-11-28T00:00:00Z"})")
        << "x.json: observations[0]: first_seen and last_seen must be ISO 8601 dates";
}

void TestObservedPath::workspaceRejects()
{
    QFETCH(QByteArray, observation);
    QByteArray json = workspaceToJson(demo());
    json.chop(json.size() - json.lastIndexOf('}'));
    json += ", \"observations\": [" + observation + "]}";
    const auto r = parseWorkspace(json, QStringLiteral("x.json"));
    QVERIFY(!r.workspace);
    QTEST(r.error, "error");
}

QTEST_GUILESS_MAIN(TestObservedPath)
#include "tst_observed_path.moc"
