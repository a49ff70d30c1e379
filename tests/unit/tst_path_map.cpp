#include "app/pathmap/path_map.h"
#include "app/inventory/workspace_io.h"
#include "bench/layered_data.h"

#include <QTest>

using namespace mailtls;

Q_DECLARE_METATYPE(mailtls::Workspace)
Q_DECLARE_METATYPE(mailtls::MapLayer)
Q_DECLARE_METATYPE(mailtls::HostRole)
Q_DECLARE_METATYPE(mailtls::TlsVersion)

namespace {
const QString kDemo = QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json");

Workspace demo()
{
    WorkspaceReadResult r = loadWorkspaceFile(kDemo);
    if (!r.workspace)
        qFatal("%s", qPrintable(r.error));
    return *r.workspace;
}

PathMap laidOut(const Workspace &ws, int sweeps = 6)
{
    PathMap map = PathMap::build(ws);
    map.layout(ws.layout, sweeps);
    return map;
}

Host host(const QString &id, const QList<HostRole> &roles, const QList<Endpoint> &endpoints)
{
    Host h;
    h.id = id;
    h.name = id + QStringLiteral(".example");
    h.roles = roles;
    h.endpoints = endpoints;
    return h;
}

Link link(LinkKind kind, const QString &from, const QString &to, Protocol protocol = Protocol::Smtp)
{
    Link l;
    l.kind = kind;
    l.from = from;
    l.endpoint = EndpointRef{to, protocol, 0};
    l.id = from + QStringLiteral("->") + l.endpoint.toString();
    return l;
}
} // namespace

class TestPathMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layerByRoles_data();
    void layerByRoles();
    void demoMap();
    void outboundGoesToTheInternet();
    void deterministic_data();
    void deterministic();
    void noOverlap_data();
    void noOverlap();
    void orderingReducesCrossings_data();
    void orderingReducesCrossings();
    void longEdgesPassBetweenBoxes();
    void draggedPositionsWin();
    void layoutRoundTripsThroughTheFile();
    void versionsLabel_data();
    void versionsLabel();
    void undecidedIsIncompleteAndAProblem();
};

void TestPathMap::layerByRoles_data()
{
    QTest::addColumn<QList<HostRole>>("roles");
    QTest::addColumn<QStringList>("linkedFrom"); // nodes that link to the host
    QTest::addColumn<MapLayer>("layer");
    using R = HostRole;
    QTest::newRow("inbound MX") << QList<R>{R::InboundMx} << QStringList{"internet"}
                                << MapLayer::Boundary;
    QTest::newRow("outbound relay only")
        << QList<R>{R::OutboundRelay} << QStringList{} << MapLayer::Boundary;
    QTest::newRow("internal relay")
        << QList<R>{R::InternalRelay} << QStringList{} << MapLayer::Relays;
    QTest::newRow("filter") << QList<R>{R::Filter} << QStringList{} << MapLayer::Relays;
    QTest::newRow("relay that also sends out")
        << QList<R>{R::OutboundRelay, R::InternalRelay} << QStringList{} << MapLayer::Relays;
    QTest::newRow("directory") << QList<R>{R::Directory} << QStringList{} << MapLayer::Relays;
    QTest::newRow("mail store") << QList<R>{R::MailStore} << QStringList{} << MapLayer::Stores;
    QTest::newRow("submission") << QList<R>{R::Submission} << QStringList{"users"}
                                << MapLayer::Access;
    QTest::newRow("access") << QList<R>{R::Access} << QStringList{} << MapLayer::Access;
    QTest::newRow("webmail") << QList<R>{R::Webmail} << QStringList{} << MapLayer::Access;
    QTest::newRow("no role") << QList<R>{} << QStringList{} << MapLayer::Relays;
    // Several roles: the one closest to what the host links with.
    QTest::newRow("store and access, users only")
        << QList<R>{R::MailStore, R::Access} << QStringList{"users"} << MapLayer::Access;
    QTest::newRow("store and access, a relay and users (tie: nearer the Internet)")
        << QList<R>{R::MailStore, R::Access} << QStringList{"relay", "users"} << MapLayer::Stores;
    QTest::newRow("MX and submission, Internet only")
        << QList<R>{R::InboundMx, R::Submission} << QStringList{"internet"} << MapLayer::Boundary;
    QTest::newRow("MX and submission, users only")
        << QList<R>{R::InboundMx, R::Submission} << QStringList{"users"} << MapLayer::Access;
}

void TestPathMap::layerByRoles()
{
    QFETCH(QList<HostRole>, roles);
    QFETCH(QStringList, linkedFrom);
    QFETCH(MapLayer, layer);
    Workspace ws;
    ws.hosts = {
        host(QStringLiteral("x"), roles, {{Protocol::Smtp, 25, {}}}),
        host(QStringLiteral("relay"), {HostRole::InternalRelay}, {{Protocol::Smtp, 25, {}}})};
    for (const QString &from : linkedFrom)
        ws.links.append(link(LinkKind::InternalRelay, from, QStringLiteral("x")));
    const PathMap map = laidOut(ws);
    QCOMPARE(map.nodes().at(map.nodeIndex(QStringLiteral("x"))).layer, layer);
    QCOMPARE(map.nodes().at(map.nodeIndex(QStringLiteral("internet"))).layer, MapLayer::Internet);
    QCOMPARE(map.nodes().at(map.nodeIndex(QStringLiteral("users"))).layer, MapLayer::Users);
}

void TestPathMap::demoMap()
{
    const Workspace ws = demo();
    const PathMap map = laidOut(ws);
    QCOMPARE(map.nodes().size(), ws.hosts.size() + 2);
    QCOMPARE(map.edges().size(), ws.links.size());
    const QList<std::pair<QString, MapLayer>> expected{
        {"mx1", MapLayer::Boundary},   {"mx2", MapLayer::Boundary},
        {"relay", MapLayer::Relays},   {"imap", MapLayer::Stores},
        {"archive", MapLayer::Stores}, {"submission", MapLayer::Access},
        {"pop", MapLayer::Access},     {"webmail", MapLayer::Access}};
    for (const auto &[id, layer] : expected)
        QCOMPARE(map.nodes().at(map.nodeIndex(id)).layer, layer);
    // Columns left to right in layer order.
    for (int l = 0; l + 1 < kMapLayerCount; ++l)
        QVERIFY(map.columnX(MapLayer(l)) < map.columnX(MapLayer(l + 1)));
    // No audit yet: every link is not probed, none is a problem.
    for (const MapEdge &e : map.edges()) {
        QCOMPARE(e.status.state, LinkState::NotProbed);
        QVERIFY(!e.isProblem());
    }
    const MapEdge &webmail = map.edges().at(map.edgeIndex(QStringLiteral("users->webmail/http")));
    QCOMPARE(map.nodes().at(webmail.from).id, QStringLiteral("users"));
    QCOMPARE(map.nodes().at(webmail.to).id, QStringLiteral("webmail"));
    QCOMPARE(webmail.measure, 3);
}

void TestPathMap::outboundGoesToTheInternet()
{
    Workspace ws;
    ws.hosts = {host(QStringLiteral("out"), {HostRole::OutboundRelay}, {{Protocol::Smtp, 25, {}}})};
    ws.links = {link(LinkKind::Outbound, QStringLiteral("out"), QStringLiteral("out"))};
    const PathMap map = laidOut(ws);
    const MapEdge &e = map.edges().constFirst();
    QCOMPARE(map.nodes().at(e.from).id, QStringLiteral("out"));
    QCOMPARE(map.nodes().at(e.to).id, QStringLiteral("internet"));
    QVERIFY(map.nodes().at(e.to).pos.x() < map.nodes().at(e.from).pos.x());
}

void TestPathMap::deterministic_data()
{
    QTest::addColumn<int>("hosts");
    QTest::addColumn<int>("links");
    QTest::newRow("small") << 40 << 90;
    QTest::newRow("medium") << 300 << 750;
    QTest::newRow("benchmark size") << 2000 << 5000;
}

void TestPathMap::deterministic()
{
    QFETCH(int, hosts);
    QFETCH(int, links);
    const Workspace ws = bench::layeredWorkspace(hosts, links, 7);
    const PathMap a = laidOut(ws);
    const PathMap b = laidOut(ws);
    QCOMPARE(a.nodes().size(), hosts + 2);
    QCOMPARE(a.edges().size(), links);
    for (int i = 0; i < a.nodes().size(); ++i) {
        QCOMPARE(a.nodes().at(i).pos, b.nodes().at(i).pos);
        QCOMPARE(a.nodes().at(i).order, b.nodes().at(i).order);
    }
    for (int i = 0; i < a.edges().size(); ++i)
        QCOMPARE(a.edges().at(i).via, b.edges().at(i).via);
}

void TestPathMap::noOverlap_data()
{
    QTest::addColumn<int>("hosts");
    QTest::addColumn<int>("links");
    QTest::newRow("demo") << 0 << 0;
    QTest::newRow("small") << 40 << 90;
    QTest::newRow("benchmark size") << 2000 << 5000;
}

void TestPathMap::noOverlap()
{
    QFETCH(int, hosts);
    QFETCH(int, links);
    const Workspace ws = hosts ? bench::layeredWorkspace(hosts, links, 11) : demo();
    const PathMap map = laidOut(ws);
    // Sorted by left edge: a box can only meet the boxes that start before it ends.
    QList<QRectF> rects;
    for (int i = 0; i < map.nodes().size(); ++i)
        rects.append(map.nodeRect(i));
    std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) {
        return std::pair(a.left(), a.top()) < std::pair(b.left(), b.top());
    });
    int compared = 0;
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size() && rects.at(j).left() < rects.at(i).right(); ++j) {
            ++compared;
            QVERIFY2(!rects.at(i).intersects(rects.at(j)),
                     qPrintable(QStringLiteral("boxes %1 and %2 overlap").arg(i).arg(j)));
        }
    }
    QVERIFY(compared > 0); // boxes in one column were compared
}

void TestPathMap::orderingReducesCrossings_data()
{
    QTest::addColumn<Workspace>("workspace");
    QTest::addColumn<bool>("strictly"); // the input order has avoidable crossings

    // Two MX, two relays, linked crosswise in the input order: one avoidable crossing.
    Workspace crossed;
    const QList<Endpoint> smtp{{Protocol::Smtp, 25, {}}};
    crossed.hosts = {host(QStringLiteral("mx1"), {HostRole::InboundMx}, smtp),
                     host(QStringLiteral("mx2"), {HostRole::InboundMx}, smtp),
                     host(QStringLiteral("r1"), {HostRole::InternalRelay}, smtp),
                     host(QStringLiteral("r2"), {HostRole::InternalRelay}, smtp)};
    crossed.links = {link(LinkKind::InternalRelay, QStringLiteral("mx1"), QStringLiteral("r2")),
                     link(LinkKind::InternalRelay, QStringLiteral("mx2"), QStringLiteral("r1"))};
    QTest::newRow("crosswise") << crossed << true;
    QTest::newRow("demo") << demo() << false;
    for (quint32 seed : {1u, 2u, 3u})
        QTest::addRow("generated 200/500 seed %u", seed)
            << bench::layeredWorkspace(200, 500, seed) << true;
    QTest::newRow("generated 2000/5000") << bench::layeredWorkspace(2000, 5000, 5) << true;
}

void TestPathMap::orderingReducesCrossings()
{
    QFETCH(Workspace, workspace);
    QFETCH(bool, strictly);
    const qint64 before = laidOut(workspace, 0).crossings();
    const qint64 after = laidOut(workspace, 6).crossings();
    qDebug("crossings: %lld before ordering, %lld after", before, after);
    QVERIFY(after <= before);
    if (strictly)
        QVERIFY(after < before);
}

void TestPathMap::longEdgesPassBetweenBoxes()
{
    // Users to a mail store skip the access column: the route passes it
    // through a slot of its own, never across a box.
    const Workspace ws = bench::layeredWorkspace(200, 500, 3);
    const PathMap map = laidOut(ws);
    int routed = 0;
    for (const MapEdge &e : map.edges()) {
        const int span =
            std::abs(int(map.nodes().at(e.from).layer) - int(map.nodes().at(e.to).layer));
        QVERIFY(e.via.size() <= std::max(0, span - 1));
        for (const QPointF &p : e.via) {
            ++routed;
            for (int n = 0; n < map.nodes().size(); ++n)
                QVERIFY(!map.nodeRect(n).contains(p));
        }
    }
    QVERIFY(routed > 0);
}

void TestPathMap::draggedPositionsWin()
{
    const Workspace ws = demo();
    const PathMap automatic = laidOut(ws);
    QMap<QString, QPointF> pinned{{QStringLiteral("mx1"), QPointF(1234.5, -56.25)},
                                  {QStringLiteral("users"), QPointF(-300, 700)}};
    PathMap map = PathMap::build(ws);
    map.layout(pinned);
    for (int i = 0; i < map.nodes().size(); ++i) {
        const MapNode &n = map.nodes().at(i);
        QCOMPARE(n.pinned, pinned.contains(n.id));
        QCOMPARE(n.pos, pinned.value(n.id, automatic.nodes().at(i).pos));
    }
    // The edges of a moved node lose their routes; the others keep them.
    for (int e : map.edgesOf(map.nodeIndex(QStringLiteral("users"))))
        QVERIFY(map.edges().at(e).via.isEmpty());
    const int relayToArchive = map.edgeIndex(QStringLiteral("relay->archive/lmtp"));
    QCOMPARE(map.edges().at(relayToArchive).via, automatic.edges().at(relayToArchive).via);
}

void TestPathMap::layoutRoundTripsThroughTheFile()
{
    Workspace ws = demo();
    QVERIFY(ws.layout.isEmpty()); // files without a layout load as before
    QVERIFY(!workspaceToJson(ws).contains("\"layout\""));
    ws.layout.insert(QStringLiteral("relay"), QPointF(812.75, -40));
    ws.layout.insert(QStringLiteral("internet"), QPointF(-20, 333));
    const WorkspaceReadResult again = parseWorkspace(workspaceToJson(ws), QStringLiteral("mem"));
    QVERIFY2(again.workspace, qPrintable(again.error));
    QCOMPARE(again.workspace->layout, ws.layout);
    QCOMPARE(*again.workspace, ws);
    const PathMap map = laidOut(*again.workspace);
    QCOMPARE(map.nodes().at(map.nodeIndex(QStringLiteral("relay"))).pos, QPointF(812.75, -40));
    QCOMPARE(map.nodes().at(map.nodeIndex(QStringLiteral("internet"))).pos, QPointF(-20, 333));
}

void TestPathMap::versionsLabel_data()
{
    QTest::addColumn<QList<TlsVersion>>("accepted");
    QTest::addColumn<QString>("label");
    using V = TlsVersion;
    QTest::newRow("none") << QList<V>{} << QString();
    QTest::newRow("one") << QList<V>{V::Tls13} << "TLSv1.3";
    QTest::newRow("modern") << QList<V>{V::Tls12, V::Tls13} << "TLSv1.2-1.3";
    QTest::newRow("legacy") << QList<V>{V::Tls10, V::Tls11, V::Tls12} << "TLSv1.0-1.2";
    QTest::newRow("from SSL") << QList<V>{V::Ssl3, V::Tls10} << "SSLv3-TLSv1.0";
}

void TestPathMap::versionsLabel()
{
    QFETCH(QList<TlsVersion>, accepted);
    QFETCH(QString, label);
    EndpointResult r;
    for (TlsVersion v : allTlsVersions()) {
        VersionResult vr;
        vr.accepted = accepted.contains(v);
        r.versions.insert(v, vr);
    }
    QCOMPARE(acceptedVersionsLabel(r), label);
}

void TestPathMap::undecidedIsIncompleteAndAProblem()
{
    // TLS 1.2 and 1.3 accepted, TLS 1.0 and 1.1 undecided: strong as far as
    // anyone knows, but incomplete, and so a problem to look at.
    EndpointResult r;
    r.target = ProbeTarget{Protocol::Smtp, QStringLiteral("mx.test"), 25, QStringLiteral("mx.test")};
    r.starttlsOffered = true;
    r.starttlsSucceeded = true;
    for (TlsVersion v : allTlsVersions()) {
        VersionResult vr;
        if (v == TlsVersion::Tls12 || v == TlsVersion::Tls13) {
            vr.accepted = true;
            vr.cipherSuites = {v == TlsVersion::Tls13 ? QStringLiteral("TLS_AES_128_GCM_SHA256")
                                                      : QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")};
        } else if (v == TlsVersion::Ssl2 || v == TlsVersion::Ssl3) {
            vr.accepted = false;
        } else {
            vr.note = QStringLiteral("timeout");
        }
        r.versions.insert(v, vr);
    }
    const MapLinkStatus undecided = mapLinkStatus(&r, {});
    QCOMPARE(undecided.state, LinkState::StrongTls);
    QVERIFY(undecided.incomplete);
    MapEdge edge;
    edge.status = undecided;
    QVERIFY(edge.isProblem());
    // Decided: the same link is no problem.
    for (TlsVersion v : {TlsVersion::Tls10, TlsVersion::Tls11})
        r.versions[v].accepted = false;
    const MapLinkStatus decided = mapLinkStatus(&r, {});
    QCOMPARE(decided.state, LinkState::StrongTls);
    QVERIFY(!decided.incomplete);
    edge.status = decided;
    QVERIFY(!edge.isProblem());
}

QTEST_GUILESS_MAIN(TestPathMap)
#include "tst_path_map.moc"
