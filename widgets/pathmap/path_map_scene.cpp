#include "widgets/pathmap/path_map_scene.h"

#include "widgets/pathmap/map_text.h"

#include "widgets/pathmap/edge_item.h"
#include "widgets/pathmap/layer_band_item.h"
#include "widgets/pathmap/node_item.h"

#include <QFontMetricsF>

#include <cmath>
#include <limits>

namespace mailtls {

PathMapScene::PathMapScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(BspTreeIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &PathMapScene::reportSelection);
}

void PathMapScene::setMap(PathMap map, const MapStyle &style, qreal spread)
{
    m_building = true;
    clearSelection();
    clear();
    m_nodeItems.clear();
    m_edgeItems.clear();
    m_bands.clear();
    m_map = std::move(map);
    m_style = style;
    setBackgroundBrush(m_style.background);
    m_spread = std::clamp(spread, 1.0, kMaxSpread);
    // Boxes as wide as the widest name (its text beside the icon), so no name is cut short.
    const QFontMetricsF bold(m_style.boldFont);
    qreal widest = 0;
    for (const MapNode &n : m_map.nodes())
        widest = std::max(widest, bold.horizontalAdvance(n.name));
    m_nodeWidth = std::clamp(std::ceil(widest) + NodeItem::kTextInset + 2, PathMap::kNodeWidth, kMaxNodeWidth);
    m_stretch = (m_nodeWidth + PathMap::kLayerGap) / (PathMap::kNodeWidth + PathMap::kLayerGap);

    QList<NodeItem *> byIndex;
    byIndex.reserve(m_map.nodes().size());
    for (int i = 0; i < m_map.nodes().size(); ++i) {
        auto *item = new NodeItem(this, i);
        item->setPos(toScene(m_map.nodes().at(i).pos));
        addItem(item);
        byIndex.append(item);
        m_nodeItems.insert(m_map.nodes().at(i).id, item);
    }
    // Links between the same two nodes (either way): how many, and each one's place.
    QHash<std::pair<int, int>, int> parallels;
    QList<int> place(m_map.edges().size());
    for (int e = 0; e < m_map.edges().size(); ++e) {
        const MapEdge &edge = m_map.edges().at(e);
        place[e] = parallels[std::minmax(edge.from, edge.to)]++;
    }
    for (int e = 0; e < m_map.edges().size(); ++e) {
        const MapEdge &edge = m_map.edges().at(e);
        auto *item = new EdgeItem(this, e, byIndex.at(edge.from), byIndex.at(edge.to), place.at(e),
                                  parallels.value(std::minmax(edge.from, edge.to)));
        addItem(item);
        m_edgeItems.insert(edge.linkId, item);
    }
    placeBands();
    placeLabels();
    updateMapRect();
    m_building = false;
    if (m_problemsOnly) {
        m_problemsOnly = false;
        setProblemsOnly(true);
    }
}

qreal PathMapScene::nodeHeight(int node) const
{
    const qreal h = m_map.nodes().at(node).height;
    return h > PathMap::kNodeHeight ? PathMap::kNodeHeight + (h - PathMap::kNodeHeight) * m_spread : h;
}

qreal PathMapScene::spreadToFill(QSizeF area, qreal maxZoom) const
{
    if (area.isEmpty() || m_mapRect.isEmpty() || m_map.nodes().isEmpty())
        return 1;
    // What spreads is the distance between the rows' centres (and a tall bar's height beyond a
    // box's); the boxes, the titles and the margins around them keep their size.
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (const MapNode &n : m_map.nodes()) {
        const qreal beyond = std::max(0.0, n.height - PathMap::kNodeHeight) / 2;
        top = std::min(top, n.pos.y() - beyond);
        bottom = std::max(bottom, n.pos.y() + beyond);
    }
    const qreal extent = bottom - top;
    if (extent < 1)
        return 1;
    const qreal fixed = m_mapRect.height() - extent * m_spread;
    const qreal zoom = std::min(maxZoom, area.width() / m_mapRect.width());
    return std::clamp((area.height() / zoom - fixed) / extent, 1.0, kMaxSpread);
}

void PathMapScene::setSpread(qreal spread)
{
    spread = std::clamp(spread, 1.0, kMaxSpread);
    if (std::abs(spread - m_spread) < 0.02 * m_spread)
        return; // not worth moving every item
    m_building = true; // the items move, the layout does not
    m_spread = spread;
    for (NodeItem *item : std::as_const(m_nodeItems)) {
        item->updateBox();
        item->setPos(toScene(m_map.nodes().at(item->node()).pos));
    }
    for (EdgeItem *edge : std::as_const(m_edgeItems))
        edge->adjust();
    placeBands();
    placeLabels();
    updateMapRect();
    m_building = false;
}

void PathMapScene::placeBands()
{
    for (QGraphicsItem *band : std::as_const(m_bands)) {
        removeItem(band);
        delete band;
    }
    m_bands.clear();
    QRectF nodes;
    for (NodeItem *item : std::as_const(m_nodeItems))
        nodes = nodes.united(item->sceneBox());
    constexpr qreal kBandMargin = 22;
    const QRectF bands(nodes.left() - kBandMargin,
                       nodes.top() - kBandMargin - LayerBandItem::kTitleHeight,
                       nodes.width() + 2 * kBandMargin,
                       nodes.height() + 2 * kBandMargin + LayerBandItem::kTitleHeight);
    for (int l = 0; l < kMapLayerCount; ++l) {
        const qreal x = m_map.columnX(MapLayer(l));
        if (std::isnan(x))
            continue;
        const qreal w = m_nodeWidth + 2 * kBandMargin;
        const qreal centre = toScene(QPointF(x, 0)).x();
        auto *band = new LayerBandItem(this, QRectF(centre - w / 2, bands.top(), w, bands.height()),
                                       mapLayerLabel(MapLayer(l)));
        addItem(band);
        m_bands.append(band);
    }
}

void PathMapScene::updateMapRect()
{
    m_mapRect = itemsBoundingRect();
    setSceneRect(m_mapRect.adjusted(-400, -400, 400, 400)); // room to drag beyond the edge
}

namespace {

// Each cell of size `cell` the rectangle meets.
template <typename F> void forCells(const QRectF &r, qreal cell, F f)
{
    for (int x = int(std::floor(r.left() / cell)); x <= int(std::floor(r.right() / cell)); ++x)
        for (int y = int(std::floor(r.top() / cell)); y <= int(std::floor(r.bottom() / cell)); ++y)
            f(std::pair(x, y));
}

} // namespace

bool PathMapScene::gridFree(const QRectF &r) const
{
    bool ok = true;
    forCells(r, kCell, [&](std::pair<int, int> c) {
        if (const auto it = m_labelGrid.constFind(c); it != m_labelGrid.cend()) {
            for (const QRectF &o : *it)
                ok = ok && !o.intersects(r);
        }
    });
    return ok;
}

void PathMapScene::gridTake(const QRectF &r)
{
    forCells(r, kCell, [&](std::pair<int, int> c) { m_labelGrid[c].append(r); });
}

void PathMapScene::gridDrop(const QRectF &r)
{
    forCells(r, kCell, [&](std::pair<int, int> c) {
        if (const auto it = m_labelGrid.find(c); it != m_labelGrid.end())
            it->removeOne(r);
    });
}

void PathMapScene::placeLabel(EdgeItem *item)
{
    if (item->labelRect().isNull())
        return;
    if (!gridFree(item->labelRect())) {
        for (qreal t : {0.5, 0.85, 0.3, 0.6, 0.4, 0.2}) {
            item->setLabelAt(t);
            if (gridFree(item->labelRect()))
                break;
        }
    }
    gridTake(item->labelRect());
}

void PathMapScene::placeLabels()
{
    // Greedy: each label in turn takes the first place along its curve that
    // meets no box and no label placed before it. A grid of cells keeps the
    // test local at 5,000 links.
    m_labelGrid.clear();
    for (NodeItem *item : std::as_const(m_nodeItems)) {
        if (m_map.nodes().at(item->node()).height <=
            4 * PathMap::kNodeHeight) // tall bars are met at their side
            gridTake(item->sceneBox());
    }
    for (int e = 0; e < m_map.edges().size(); ++e)
        placeLabel(m_edgeItems.value(m_map.edges().at(e).linkId));
}

int PathMapScene::updateStatuses(const QHash<QString, MapLinkStatus> &statuses)
{
    int changed = 0;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        const int e = m_map.edgeIndex(it.key());
        if (e < 0)
            continue;
        const QString before = mapEdgeLabel(m_map.edges().at(e).status);
        if (!m_map.setEdgeStatus(e, it.value()))
            continue;
        ++changed;
        EdgeItem *item = m_edgeItems.value(it.key());
        const QRectF was = item->labelRect();
        item->statusChanged();
        if (before != mapEdgeLabel(it.value())) {
            // The new label finds a free place; the others stay where they are.
            gridDrop(was);
            placeLabel(item);
        }
    }
    if (changed && m_problemsOnly)
        applyProblemsFilter();
    return changed;
}

void PathMapScene::setMapStyle(const MapStyle &style)
{
    m_style = style;
    setBackgroundBrush(m_style.background);
    for (QGraphicsItem *item : items())
        item->update();
}

void PathMapScene::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    applyProblemsFilter();
}

void PathMapScene::applyProblemsFilter()
{
    const bool problemsOnly = m_problemsOnly;
    for (EdgeItem *e : std::as_const(m_edgeItems))
        e->setVisible(!problemsOnly || e->isProblem());
    for (NodeItem *n : std::as_const(m_nodeItems)) {
        bool any = !problemsOnly;
        for (EdgeItem *e : n->edges())
            any = any || e->isProblem();
        n->setDimmed(!any);
    }
}

void PathMapScene::nodeMoving(NodeItem *item)
{
    if (m_building)
        return;
    m_map.setNodePosition(item->node(), toLayout(item->pos()));
    for (EdgeItem *e : item->edges())
        e->adjust();
}

void PathMapScene::nodeDropped(NodeItem *item)
{
    Q_EMIT nodeMoved(item->nodeId(), toLayout(item->pos()));
}

PathMapScene::~PathMapScene()
{
    disconnect(this, &QGraphicsScene::selectionChanged, this, &PathMapScene::reportSelection);
    clear();
}

void PathMapScene::reportSelection()
{
    if (m_building)
        return;
    const QList<QGraphicsItem *> selected = selectedItems();
    if (selected.isEmpty()) {
        Q_EMIT selectionCleared();
        return;
    }
    QGraphicsItem *item = selected.constFirst();
    if (item->type() == EdgeItem::Type)
        Q_EMIT linkSelected(static_cast<EdgeItem *>(item)->linkId());
    else if (item->type() == NodeItem::Type)
        Q_EMIT nodeSelected(static_cast<NodeItem *>(item)->nodeId());
}

} // namespace mailtls
