#include "widgets/pathmap/path_map_scene.h"

#include "widgets/pathmap/map_text.h"

#include "widgets/pathmap/edge_item.h"
#include "widgets/pathmap/layer_band_item.h"
#include "widgets/pathmap/node_item.h"

#include <cmath>

namespace mailtls {

PathMapScene::PathMapScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(BspTreeIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &PathMapScene::reportSelection);
}

void PathMapScene::setMap(PathMap map, const MapStyle &style)
{
    m_building = true;
    clearSelection();
    clear();
    m_nodeItems.clear();
    m_edgeItems.clear();
    m_map = std::move(map);
    m_style = style;
    setBackgroundBrush(m_style.background);

    const QRectF nodes = m_map.boundingRect();
    constexpr qreal kBandMargin = 22;
    const QRectF bands(nodes.left() - kBandMargin,
                       nodes.top() - kBandMargin - LayerBandItem::kTitleHeight,
                       nodes.width() + 2 * kBandMargin,
                       nodes.height() + 2 * kBandMargin + LayerBandItem::kTitleHeight);
    for (int l = 0; l < kMapLayerCount; ++l) {
        const qreal x = m_map.columnX(MapLayer(l));
        if (std::isnan(x))
            continue;
        const qreal w = PathMap::kNodeWidth + 2 * kBandMargin;
        addItem(new LayerBandItem(this, QRectF(x - w / 2, bands.top(), w, bands.height()),
                                  mapLayerLabel(MapLayer(l))));
    }
    QList<NodeItem *> byIndex;
    byIndex.reserve(m_map.nodes().size());
    for (int i = 0; i < m_map.nodes().size(); ++i) {
        auto *item = new NodeItem(this, i);
        item->setPos(m_map.nodes().at(i).pos);
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
    placeLabels();
    m_mapRect = itemsBoundingRect();
    setSceneRect(m_mapRect.adjusted(-400, -400, 400, 400)); // room to drag beyond the edge
    m_building = false;
    if (m_problemsOnly) {
        m_problemsOnly = false;
        setProblemsOnly(true);
    }
}

void PathMapScene::placeLabels()
{
    // Greedy: each label in turn takes the first place along its curve that
    // meets no box and no label placed before it. A grid of cells keeps the
    // test local at 5,000 links.
    constexpr qreal kCell = 120;
    QHash<std::pair<int, int>, QList<QRectF>> grid;
    auto cells = [](const QRectF &r, auto f) {
        for (int x = int(std::floor(r.left() / kCell)); x <= int(std::floor(r.right() / kCell));
             ++x)
            for (int y = int(std::floor(r.top() / kCell)); y <= int(std::floor(r.bottom() / kCell));
                 ++y)
                f(std::pair(x, y));
    };
    auto free = [&](const QRectF &r) {
        bool ok = true;
        cells(r, [&](std::pair<int, int> c) {
            for (const QRectF &o : grid.value(c))
                ok = ok && !o.intersects(r);
        });
        return ok;
    };
    auto take = [&](const QRectF &r) {
        cells(r, [&](std::pair<int, int> c) { grid[c].append(r); });
    };
    for (int i = 0; i < m_map.nodes().size(); ++i) {
        if (m_map.nodes().at(i).height <=
            4 * PathMap::kNodeHeight) // tall bars are met at their side
            take(m_map.nodeRect(i));
    }
    for (int e = 0; e < m_map.edges().size(); ++e) {
        EdgeItem *item = m_edgeItems.value(m_map.edges().at(e).linkId);
        if (item->labelRect().isNull())
            continue;
        if (!free(item->labelRect())) {
            for (qreal t : {0.5, 0.85, 0.3, 0.6, 0.4, 0.2}) {
                item->setLabelAt(t);
                if (free(item->labelRect()))
                    break;
            }
        }
        take(item->labelRect());
    }
}

int PathMapScene::updateStatuses(const QHash<QString, MapLinkStatus> &statuses)
{
    int changed = 0;
    bool labels = false;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        const int e = m_map.edgeIndex(it.key());
        if (e < 0)
            continue;
        const QString before = mapEdgeLabel(m_map.edges().at(e).status);
        if (!m_map.setEdgeStatus(e, it.value()))
            continue;
        ++changed;
        labels = labels || before != mapEdgeLabel(it.value());
        m_edgeItems.value(it.key())->statusChanged();
    }
    if (labels)
        placeLabels(); // new labels find a free place; placed ones that are free stay
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
    m_map.setNodePosition(item->node(), item->pos());
    for (EdgeItem *e : item->edges())
        e->adjust();
}

void PathMapScene::nodeDropped(NodeItem *item)
{
    Q_EMIT nodeMoved(item->nodeId(), item->pos());
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
