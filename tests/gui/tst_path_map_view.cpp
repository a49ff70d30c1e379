#include "app/inventory/workspace_io.h"
#include "widgets/window/mainwindow.h"
#include "widgets/pathmap/edge_item.h"
#include "widgets/pathmap/layer_band_item.h"
#include "widgets/pathmap/node_item.h"
#include "widgets/pathmap/path_map_scene.h"
#include "widgets/pathmap/path_map_view.h"
#include "widgets/pathmap/path_map_widget.h"

#include <QAction>
#include <QBuffer>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace mailtls;

Q_DECLARE_METATYPE(mailtls::LinkState)

namespace {
Workspace demo()
{
    WorkspaceReadResult r =
        loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    if (!r.workspace)
        qFatal("%s", qPrintable(r.error));
    return *r.workspace;
}

PathMap laidOut(const Workspace &ws, const QHash<QString, MapLinkStatus> &statuses = {})
{
    PathMap map = PathMap::build(ws, statuses);
    map.layout(ws.layout);
    return map;
}

MapLinkStatus status(LinkState state, const QString &label = {})
{
    MapLinkStatus s;
    s.state = state;
    s.tlsLabel = label;
    return s;
}

// One link of the demo in every state, the others strong.
QHash<QString, MapLinkStatus> everyState()
{
    return {{"internet->mx1/smtp", status(LinkState::StrongTls, "TLSv1.2-1.3")},
            {"internet->mx2/smtp", status(LinkState::WeakTls, "TLSv1.0-1.2")},
            {"users->submission/submission", status(LinkState::OptionalTls, "TLSv1.2-1.3")},
            {"mx1->relay/smtp", status(LinkState::Cleartext)},
            {"relay->archive/lmtp", status(LinkState::Unreachable)},
            {"users->webmail/https", status(LinkState::StrongTls, "TLSv1.3")}};
}

// A point on an item that a click there reaches first, in viewport coordinates.
std::optional<QPoint> clickablePoint(PathMapView &view, QGraphicsItem *item,
                                     const QPainterPath &path)
{
    for (qreal t = 0.1; t < 0.95; t += 0.05) {
        const QPoint p = view.mapFromScene(item->mapToScene(path.pointAtPercent(t)));
        if (view.viewport()->rect().contains(p) && view.itemAt(p) == item)
            return p;
    }
    return std::nullopt;
}
} // namespace

class TestPathMapView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneEdgePerLink();
    void edgeStyleByState_data();
    void edgeStyleByState();
    void columnsAreTitled();
    void zoomAndFit();
    void legendStaysInTheCorner();
    void filterHidesGoodLinks();
    void statesChangeInPlace();
    void statesWaitForTheLayout();
    void clickSelects();
    void dragKeepsPosition();
    void savedLayoutComesBack();
    void hostileTextIsPlain();
    void exports();
    void mainWindowShowsTheMap();
    void mapFillsTheView();
    void detailCountsDevicePixels();
    void namesReadFarOut_data();
    void namesReadFarOut();
};

void TestPathMapView::oneEdgePerLink()
{
    const Workspace ws = demo();
    PathMapView view;
    view.setMap(laidOut(ws));
    PathMapScene *scene = view.mapScene();
    int edges = 0;
    int nodes = 0;
    for (QGraphicsItem *item : scene->items()) {
        edges += item->type() == EdgeItem::Type ? 1 : 0;
        nodes += item->type() == NodeItem::Type ? 1 : 0;
    }
    QCOMPARE(edges, ws.links.size());
    QCOMPARE(nodes, ws.hosts.size() + 2);
    for (const Link &l : ws.links) {
        EdgeItem *e = scene->edgeItem(l.id);
        QVERIFY2(e, qPrintable(l.id));
        QCOMPARE(e->pen().style(), Qt::SolidLine); // not probed until an audit exists
        QCOMPARE(e->pen().color(), scene->mapStyle().stateColor(LinkState::NotProbed));
    }
    QCOMPARE(scene->itemIndexMethod(), QGraphicsScene::BspTreeIndex);
}

void TestPathMapView::edgeStyleByState_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<LinkState>("state");
    QTest::addColumn<QColor>("color");
    QTest::addColumn<Qt::PenStyle>("style");
    QTest::addColumn<QString>("label");
    // Okabe-Ito colours; the line style says it again without colour.
    QTest::newRow("strong TLS") << "internet->mx1/smtp" << LinkState::StrongTls << QColor(0x009E73)
                                << Qt::SolidLine << "TLSv1.2-1.3";
    QTest::newRow("weak TLS") << "internet->mx2/smtp" << LinkState::WeakTls << QColor(0xE69F00)
                              << Qt::SolidLine << "TLSv1.0-1.2";
    QTest::newRow("optional TLS") << "users->submission/submission" << LinkState::OptionalTls
                                  << QColor(0xCC79A7) << Qt::DashDotLine << "TLSv1.2-1.3";
    QTest::newRow("cleartext, dashed")
        << "mx1->relay/smtp" << LinkState::Cleartext << QColor(0xD55E00) << Qt::DashLine << "";
    QTest::newRow("unreachable, dotted")
        << "relay->archive/lmtp" << LinkState::Unreachable << QColor(0x303030) << Qt::DotLine << "";
    QTest::newRow("not probed, light grey")
        << "users->pop/pop3" << LinkState::NotProbed << QColor(0xB8B8B8) << Qt::SolidLine << "";
}

void TestPathMapView::edgeStyleByState()
{
    QFETCH(QString, link);
    QFETCH(LinkState, state);
    QFETCH(QColor, color);
    QFETCH(Qt::PenStyle, style);
    QFETCH(QString, label);
    PathMapView view;
    QPalette light = view.palette();
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::Base, Qt::white);
    view.setPalette(light);
    view.setMap(laidOut(demo(), everyState()));
    EdgeItem *e = view.mapScene()->edgeItem(link);
    QVERIFY(e);
    QCOMPARE(view.mapScene()->map().edges().at(e->edge()).status.state, state);
    QCOMPARE(e->pen().color(), color);
    QCOMPARE(e->pen().style(), style);
    QCOMPARE(e->labelText(), label);
    QCOMPARE(e->isProblem(), state != LinkState::StrongTls && state != LinkState::NotProbed);
}

void TestPathMapView::columnsAreTitled()
{
    PathMapView view;
    view.setMap(laidOut(demo()));
    QStringList titles;
    for (QGraphicsItem *item : view.mapScene()->items(Qt::AscendingOrder)) {
        if (item->type() == LayerBandItem::Type)
            titles.append(static_cast<LayerBandItem *>(item)->title());
    }
    QCOMPARE(titles.size(), kMapLayerCount);
    QVERIFY(titles.contains(mapLayerLabel(MapLayer::Stores)));
}

void TestPathMapView::zoomAndFit()
{
    PathMapWidget widget;
    widget.resize(900, 600);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy ready(&widget, &PathMapWidget::mapReady);
    widget.setWorkspace(demo());
    QVERIFY(ready.wait(5000));
    PathMapView &view = *widget.view();
    const qreal fitted = view.zoom();
    // Fit shows the whole map.
    const QRectF shown = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(view.mapScene()->mapRect().adjusted(10, 10, -10, -10)));
    widget.findChild<QAction *>(QStringLiteral("zoomInAction"))->trigger();
    QVERIFY(qAbs(view.zoom() - fitted * 1.25) < 1e-9);
    widget.findChild<QAction *>(QStringLiteral("zoomOutAction"))->trigger();
    widget.findChild<QAction *>(QStringLiteral("zoomOutAction"))->trigger();
    QVERIFY(qAbs(view.zoom() - fitted * 0.8) < 1e-9);
    // One wheel notch towards the user zooms in, away zooms out.
    const QPointF centre = view.viewport()->rect().center();
    QWheelEvent in(centre, view.viewport()->mapToGlobal(centre), {}, QPoint(0, 120), Qt::NoButton,
                   Qt::NoModifier, Qt::NoScrollPhase, false);
    const qreal before = view.zoom();
    QCoreApplication::sendEvent(view.viewport(), &in);
    QVERIFY(view.zoom() > before * 1.1);
    widget.findChild<QAction *>(QStringLiteral("fitAction"))->trigger();
    QVERIFY(qAbs(view.zoom() - fitted) < 1e-9);
    QVERIFY(view.isFitted());

    // Fitted, the map stays whole when the view narrows (a details pane opening)...
    widget.resize(600, 600);
    QTRY_VERIFY(view.zoom() < fitted * 0.9);
    const QRectF narrow = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(narrow.contains(view.mapScene()->mapRect().adjusted(10, 10, -10, -10)));
    // ... but a zoom or a pan of the user's own is left alone.
    widget.findChild<QAction *>(QStringLiteral("zoomInAction"))->trigger();
    QVERIFY(!view.isFitted());
    const qreal chosen = view.zoom();
    widget.resize(900, 600);
    QTest::qWait(50);
    QCOMPARE(view.zoom(), chosen);
    widget.findChild<QAction *>(QStringLiteral("fitAction"))->trigger();
    QVERIFY(view.isFitted());
    view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 30);
    QVERIFY(!view.isFitted());
}

void TestPathMapView::legendStaysInTheCorner()
{
    PathMapView view;
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setMap(laidOut(demo(), everyState()));
    view.resetTransform(); // 1:1, wider than the view: it scrolls
    auto *legend = view.findChild<QWidget *>(QStringLiteral("pathMapLegend"));
    QVERIFY(legend && legend->isVisible());
    const QRect before = legend->geometry();
    QVERIFY(view.viewport()->geometry().contains(before));
    view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 300);
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 100);
    QCOMPARE(legend->geometry(), before); // the map scrolls under it
}

void TestPathMapView::filterHidesGoodLinks()
{
    PathMapView view;
    view.setMap(laidOut(demo(), everyState()));
    PathMapScene *scene = view.mapScene();
    scene->setProblemsOnly(true);
    int visible = 0;
    for (EdgeItem *e : scene->edgeItems()) {
        QCOMPARE(e->isVisible(), e->isProblem());
        visible += e->isVisible() ? 1 : 0;
    }
    QCOMPARE(visible, 4); // weak, optional, cleartext, unreachable
    // Hosts left without a problem link are dimmed; mx2 has one.
    QVERIFY(scene->nodeItem(QStringLiteral("pop"))->opacity() < 1);
    QCOMPARE(scene->nodeItem(QStringLiteral("mx2"))->opacity(), 1.0);
    scene->setProblemsOnly(false);
    for (EdgeItem *e : scene->edgeItems())
        QVERIFY(e->isVisible());
    QCOMPARE(scene->nodeItem(QStringLiteral("pop"))->opacity(), 1.0);
}

void TestPathMapView::statesChangeInPlace()
{
    // An audit going on: states arrive for a map already shown. The items stay
    // (no rebuild, no new layout), the user's zoom and selection stay, and
    // each changed link is drawn, labelled and filtered by its new state.
    PathMapWidget widget;
    widget.resize(900, 600);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy ready(&widget, &PathMapWidget::mapReady);
    widget.setWorkspace(demo());
    QVERIFY(ready.wait(5000));
    PathMapScene *scene = widget.view()->mapScene();
    scene->setProblemsOnly(true);
    EdgeItem *mx2 = scene->edgeItem(QStringLiteral("internet->mx2/smtp"));
    EdgeItem *relay = scene->edgeItem(QStringLiteral("mx1->relay/smtp"));
    QVERIFY(mx2 && relay);
    QVERIFY(!mx2->isVisible()); // not probed: no problem yet
    QCOMPARE(mx2->labelText(), QString());
    const QPointF nodePos = scene->nodeItem(QStringLiteral("relay"))->pos();
    widget.view()->zoomIn();
    const qreal zoom = widget.view()->zoom();
    NodeItem *relayNode = scene->nodeItem(QStringLiteral("relay"));
    relayNode->setSelected(true);

    QCOMPARE(scene->updateStatuses(everyState()), 6);
    QCOMPARE(scene->edgeItem(QStringLiteral("internet->mx2/smtp")), mx2); // the same item
    QCOMPARE(scene->map().edges().at(mx2->edge()).status.state, LinkState::WeakTls);
    QCOMPARE(mx2->labelText(), QStringLiteral("TLSv1.0-1.2"));
    QVERIFY(!mx2->labelRect().isNull());
    QVERIFY(mx2->isVisible()); // now a problem: shown under the filter
    QCOMPARE(mx2->zValue(), 1.0);
    QCOMPARE(relay->pen().style(), Qt::DashLine); // cleartext
    QVERIFY(relayNode->isSelected());
    QCOMPARE(widget.view()->zoom(), zoom);
    QCOMPARE(scene->nodeItem(QStringLiteral("relay"))->pos(), nodePos);
    QVERIFY(mx2->toolTip().contains(QStringLiteral("TLSv1.0-1.2")));

    // The same states again change nothing; a fixed link leaves the filter.
    QCOMPARE(scene->updateStatuses(everyState()), 0);
    QCOMPARE(scene->updateStatuses({{"internet->mx2/smtp", status(LinkState::StrongTls, "TLSv1.3")},
                                    {"no-such-link", status(LinkState::Cleartext)}}),
             1);
    QVERIFY(!mx2->isVisible());
    QCOMPARE(mx2->labelText(), QStringLiteral("TLSv1.3"));
    QCOMPARE(mx2->pen().style(), Qt::SolidLine);

    // Strong as far as anyone knows, but resting on undecided answers: the
    // label says "?", the tooltip says why, and the filter shows it again.
    MapLinkStatus undecided = status(LinkState::StrongTls, "TLSv1.3");
    undecided.incomplete = true;
    QCOMPARE(scene->updateStatuses({{"internet->mx2/smtp", undecided}}), 1);
    QCOMPARE(mx2->labelText(), QStringLiteral("TLSv1.3 ?"));
    QVERIFY(mx2->isVisible());
    QVERIFY(mx2->toolTip().contains(QStringLiteral("strong TLS (incomplete)")));
    QVERIFY(mx2->toolTip().contains(QStringLiteral("may be weaker than shown")));
    if (qEnvironmentVariableIsSet("MAILTLS_TEST_KEEP")) { // to look at it
        scene->setProblemsOnly(false);
        widget.grab().save(QStringLiteral("/tmp/map-incomplete.png"));
    }
}

void TestPathMapView::statesWaitForTheLayout()
{
    // States that arrive while the layout is computed are drawn when it is shown.
    PathMapWidget widget;
    QSignalSpy ready(&widget, &PathMapWidget::mapReady);
    widget.setWorkspace(demo());
    widget.setStatuses({{"mx1->relay/smtp", status(LinkState::Cleartext)}});
    QVERIFY(ready.wait(5000));
    const PathMap &map = widget.view()->mapScene()->map();
    QCOMPARE(map.edges().at(map.edgeIndex(QStringLiteral("mx1->relay/smtp"))).status.state,
             LinkState::Cleartext);
}

void TestPathMapView::clickSelects()
{
    PathMapWidget widget;
    widget.resize(1400, 800);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy ready(&widget, &PathMapWidget::mapReady);
    widget.setWorkspace(demo(), everyState());
    QVERIFY(ready.wait(5000));
    PathMapView &view = *widget.view();
    QSignalSpy links(&widget, &PathMapWidget::linkSelected);
    QSignalSpy nodes(&widget, &PathMapWidget::nodeSelected);

    EdgeItem *edge = view.mapScene()->edgeItem(QStringLiteral("mx1->relay/smtp"));
    const auto onEdge = clickablePoint(view, edge, edge->path());
    QVERIFY(onEdge);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, *onEdge);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().first().toString(), QStringLiteral("mx1->relay/smtp"));
    QVERIFY(edge->isSelected());
    QVERIFY(widget.details().contains(linkStateLabel(LinkState::Cleartext)));

    NodeItem *node = view.mapScene()->nodeItem(QStringLiteral("archive"));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(node->pos()));
    QCOMPARE(nodes.size(), 1);
    QCOMPARE(nodes.first().first().toString(), QStringLiteral("archive"));
    QVERIFY(widget.details().startsWith(QStringLiteral("archive.kumo.internal")));
}

void TestPathMapView::dragKeepsPosition()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *map = window.findChild<PathMapWidget *>();
    QVERIFY(map);
    QSignalSpy ready(map, &PathMapWidget::mapReady);
    window.openWorkspace(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    QVERIFY(ready.wait(5000));
    window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(map);
    PathMapView &view = *map->view();
    NodeItem *node = view.mapScene()->nodeItem(QStringLiteral("relay"));
    EdgeItem *edge = view.mapScene()->edgeItem(QStringLiteral("relay->imap/lmtp"));
    const QRectF edgeBefore = edge->boundingRect();
    const QPoint from = view.mapFromScene(node->pos());
    const QPoint to = from + QPoint(0, 120);
    QSignalSpy moved(map, &PathMapWidget::nodeMoved);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
    // QTest::mouseMove sends no button state: a move event with the button held.
    for (int step = 1; step <= 4; ++step) {
        const QPoint p = from + (to - from) * step / 4;
        QMouseEvent move(QEvent::MouseMove, p, view.viewport()->mapToGlobal(p), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &move);
    }
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().first().toString(), QStringLiteral("relay"));
    QVERIFY(node->pos().y() > view.mapScene()->map().nodeRect(0).height()); // moved down
    QVERIFY(edge->boundingRect() != edgeBefore);                            // its links followed
    // Kept in the layout's units, whatever the view's spread of the rows.
    QCOMPARE(window.workspace().layout.value(QStringLiteral("relay")), view.mapScene()->toLayout(node->pos()));
}

void TestPathMapView::savedLayoutComesBack()
{
    // A dragged node, saved with File > Save, is where the user left it
    // when the file is opened again.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.json"));
    QVERIFY(QFile::copy(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"),
                        path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QPointF dropped(-150.5, 640);
    {
        MainWindow window;
        auto *map = window.findChild<PathMapWidget *>();
        QSignalSpy ready(map, &PathMapWidget::mapReady);
        window.openWorkspace(path);
        QVERIFY(ready.wait(5000));
        NodeItem *node = map->view()->mapScene()->nodeItem(QStringLiteral("archive"));
        node->setPos(map->view()->mapScene()->toScene(dropped));
        map->view()->mapScene()->nodeDropped(node);
        QSignalSpy saved(&window, &MainWindow::workspaceSaved);
        window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().at(1).toString(), QString());
    }
    const WorkspaceReadResult again = loadWorkspaceFile(path);
    QVERIFY2(again.workspace, qPrintable(again.error));
    QCOMPARE(again.workspace->layout,
             (QMap<QString, QPointF>{{QStringLiteral("archive"), dropped}}));
    MainWindow window;
    auto *map = window.findChild<PathMapWidget *>();
    QSignalSpy ready(map, &PathMapWidget::mapReady);
    window.openWorkspace(path);
    QVERIFY(ready.wait(5000));
    PathMapScene *scene = map->view()->mapScene();
    QCOMPARE(scene->toLayout(scene->nodeItem(QStringLiteral("archive"))->pos()), dropped);
}

void TestPathMapView::hostileTextIsPlain()
{
    Workspace ws = demo();
    const QString hostile = QStringLiteral("<b>mx</b><img src=x onerror=alert(1)>&amp;");
    ws.hosts[0].name = hostile;
    ws.hosts[0].software = QStringLiteral("<i>Postfix</i>");
    ws.links[0].note = QStringLiteral("<a href='http://evil'>click</a>");
    MapLinkStatus s = status(LinkState::WeakTls, QStringLiteral("<u>TLSv1.0</u>"));
    s.reasons = {QStringLiteral("accepts <script>alert(1)</script>")};
    PathMapWidget widget;
    QSignalSpy ready(&widget, &PathMapWidget::mapReady);
    widget.setWorkspace(ws, {{ws.links[0].id, s}});
    QVERIFY(ready.wait(5000));
    PathMapScene *scene = widget.view()->mapScene();
    NodeItem *node = scene->nodeItem(ws.hosts[0].id);
    QCOMPARE(node->nameFormat(), Qt::PlainText);
    QVERIFY2(node->nameText().startsWith(hostile.left(6)),
             qPrintable(node->nameText())); // as written (elided)
    for (const QString &tip : {node->toolTip(), scene->edgeItem(ws.links[0].id)->toolTip()}) {
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;mx&lt;/b&gt;&lt;img")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("<img")) && !tip.contains(QStringLiteral("<b>mx")),
                 qPrintable(tip));
    }
    const QString edgeTip = scene->edgeItem(ws.links[0].id)->toolTip();
    QVERIFY(!edgeTip.contains(QStringLiteral("<script")) &&
            !edgeTip.contains(QStringLiteral("<a href")));
    QVERIFY(edgeTip.contains(QStringLiteral("&lt;u&gt;TLSv1.0")));
    QCOMPARE(scene->edgeItem(ws.links[0].id)->labelText(), QStringLiteral("<u>TLSv1.0</u>"));
    scene->edgeItem(ws.links[0].id)->setSelected(true);
    auto *details = widget.findChild<QLabel *>(QStringLiteral("pathMapDetails"));
    QCOMPARE(details->textFormat(), Qt::PlainText);
    QVERIFY(details->text().contains(hostile));
    QVERIFY(details->text().contains(QStringLiteral("<script>")));
}

void TestPathMapView::exports()
{
    PathMapWidget widget;
    QSignalSpy ready(&widget, &PathMapWidget::mapReady);
    widget.setWorkspace(demo(), everyState());
    QVERIFY(ready.wait(5000));
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    QVERIFY(widget.view()->exportPng(&png));
    QImage image;
    QVERIFY(image.loadFromData(png.data(), "PNG"));
    QVERIFY(image.width() > 1000 && image.height() > 300);
    // Not blank: the strong link's colour is in the picture.
    bool green = false;
    for (int y = 0; y < image.height() && !green; y += 2) {
        for (int x = 0; x < image.width() && !green; ++x)
            green = image.pixelColor(x, y) == QColor(0x009E73);
    }
    QVERIFY(green);

    QTemporaryDir dir;
    QSignalSpy exported(&widget, &PathMapWidget::exported);
    widget.exportPng(dir.filePath(QStringLiteral("map.png")));
    widget.exportSvg(dir.filePath(QStringLiteral("map.svg")));
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 10000);
    for (const QList<QVariant> &args : exported)
        QCOMPARE(args.at(1).toString(), QString());
    QFile svg(dir.filePath(QStringLiteral("map.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("<path")); // the links
    QVERIFY(text.size() > 10000);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("map.png"))).size() > 1000);
}

void TestPathMapView::mainWindowShowsTheMap()
{
    Q_INIT_RESOURCE(resources);
    MainWindow window;
    auto *map = window.findChild<PathMapWidget *>();
    QVERIFY(map);
    QSignalSpy ready(map, &PathMapWidget::mapReady);
    window.openWorkspace(QStringLiteral(":/demo/demo-workspace.json"));
    QVERIFY(ready.wait(5000));
    QCOMPARE(map->view()->mapScene()->edgeItems().size(), 16);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs && tabs->indexOf(map) >= 0);
}

void TestPathMapView::mapFillsTheView()
{
    // At the window's default size the map fills the view's height (not a thin band across a
    // large empty canvas), and every host's name is whole; so again once a resize settles.
    const Workspace ws = demo();
    MainWindow window;
    // The default size on a screen of 1440x900 or more (the offscreen platform's screen is 800x600).
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *map = window.findChild<PathMapWidget *>();
    QSignalSpy ready(map, &PathMapWidget::mapReady);
    window.openWorkspace(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    QVERIFY(ready.wait(5000));
    window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(map);
    PathMapView &view = *map->view();
    PathMapScene *scene = view.mapScene();
    const auto fills = [&view, scene] {
        const QRect drawn = view.mapFromScene(scene->mapRect()).boundingRect();
        const QRect viewport = view.viewport()->rect();
        return drawn.height() > 0.6 * viewport.height() && viewport.adjusted(-1, -1, 1, 1).contains(drawn);
    };
    QVERIFY(view.isFitted());
    QVERIFY2(fills(), qPrintable(QStringLiteral("map %1 px high in a view of %2")
                                     .arg(view.mapFromScene(scene->mapRect()).boundingRect().height())
                                     .arg(view.viewport()->height())));
    for (const Host &h : ws.hosts) {
        NodeItem *node = scene->nodeItem(h.id);
        QVERIFY(node);
        QCOMPARE(node->nameText(), h.name);
        QVERIFY(node->toolTip().contains(h.name));
        QVERIFY(node->sceneBox().width() <= PathMapScene::kMaxNodeWidth);
    }
    window.resize(1200, 760);
    QTRY_VERIFY(fills());
    window.resize(1600, 1100);
    QTRY_VERIFY(fills());
}

void TestPathMapView::detailCountsDevicePixels()
{
    // At 2x a map drawn at 0.3 has the device pixels of 0.6: names and labels are drawn there.
    QImage image(10, 10, QImage::Format_ARGB32_Premultiplied);
    QStyleOptionGraphicsItem option;
    {
        QPainter painter(&image);
        painter.scale(0.3, 0.3);
        QCOMPARE(qRound(mapDetail(&option, &painter) * 100), 30);
    }
    image.setDevicePixelRatio(2);
    QPainter painter(&image);
    painter.scale(0.3, 0.3);
    QCOMPARE(qRound(mapDetail(&option, &painter) * 100), 60);
}

void TestPathMapView::namesReadFarOut_data()
{
    QTest::addColumn<qreal>("zoom");
    QTest::newRow("0.45, the demo at 1440x900") << 0.45;
    QTest::newRow("0.35") << 0.35;
    QTest::newRow("1:1") << 1.0;
}

// A node drawn at the map's fitted zoom: its name is text a person can read
// (at least 7 pixels from the top of its tallest glyph to the bottom of its
// lowest), never a grey smudge of the map-unit font scaled down.
void TestPathMapView::namesReadFarOut()
{
    QFETCH(qreal, zoom);
    const Workspace ws = demo();
    PathMapView view;
    view.setMap(laidOut(ws));
    NodeItem *node = view.mapScene()->nodeItem(QStringLiteral("mx1"));
    QVERIFY(node);
    const QRectF box = node->sceneBox().translated(-node->pos());
    QImage image((box.size() * zoom).toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(zoom, zoom);
        painter.translate(-box.topLeft());
        QStyleOptionGraphicsItem option;
        option.exposedRect = box;
        node->paint(&painter, &option, nullptr);
    }
    // The rows of the text column (right of the icon) with dark pixels.
    const QColor text = view.mapScene()->mapStyle().nodeText;
    int top = image.height();
    int bottom = -1;
    for (int y = 2; y < image.height() - 2; ++y) {
        for (int x = int(NodeItem::kTextInset * zoom); x < image.width() - 2; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.lightness() - text.lightness()) < 60) {
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    QVERIFY2(bottom - top + 1 >= 7, qPrintable(QStringLiteral("text %1 px high").arg(bottom - top + 1)));
}

QTEST_MAIN(TestPathMapView)
#include "tst_path_map_view.moc"
