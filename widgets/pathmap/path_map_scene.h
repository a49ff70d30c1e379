#pragma once

// The path map's scene: builds one item per node and per link of a PathMap,
// column bands with their titles, and keeps the items, the model and the
// selection in step. Items are indexed by a BSP tree, so painting and hit
// tests only touch what is in view.

#include "app/pathmap/path_map.h"
#include "widgets/pathmap/map_style.h"

#include <QGraphicsScene>
#include <QHash>

namespace mailtls {

class EdgeItem;
class NodeItem;

class PathMapScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit PathMapScene(QObject *parent = nullptr);
    // Items go before the scene's own part does: QGraphicsScene's destructor
    // removes them and would signal a selection change to a PathMapScene that
    // is no longer one.
    ~PathMapScene() override;

    // Replaces every item with those of a laid-out map, its rows spread by `spread` (see below).
    void setMap(PathMap map, const MapStyle &style, qreal spread = 1);
    // New states for some links (an audit goes on), without building the
    // items again: the view keeps its zoom, the layout and the selection
    // stay. Links the map does not have are ignored. Returns how many changed.
    int updateStatuses(const QHash<QString, MapLinkStatus> &statuses);
    // A new palette (light or dark): the items repaint with it.
    void setMapStyle(const MapStyle &style);
    const PathMap &map() const { return m_map; }
    const MapStyle &mapStyle() const { return m_style; }

    // Shows only links that are not strong TLS or not probed; nodes left
    // with none of them are dimmed.
    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }

    NodeItem *nodeItem(const QString &nodeId) const { return m_nodeItems.value(nodeId); }
    EdgeItem *edgeItem(const QString &linkId) const { return m_edgeItems.value(linkId); }
    QList<EdgeItem *> edgeItems() const { return m_edgeItems.values(); }
    // The map's extent with its column titles.
    QRectF mapRect() const { return m_mapRect; }

    // The layout's map units as drawn: boxes as wide as the widest name needs (up to
    // kMaxNodeWidth), columns as far apart as those boxes need, and rows `spread` times as far
    // apart as the layout put them (boxes keep their height), so that a map of few rows can fill
    // a view's height. Positions in the workspace and in nodeMoved are the layout's units.
    QPointF toScene(QPointF layoutPos) const { return {layoutPos.x() * m_stretch, layoutPos.y() * m_spread}; }
    QPointF toLayout(QPointF scenePos) const { return {scenePos.x() / m_stretch, scenePos.y() / m_spread}; }
    static constexpr qreal kMaxNodeWidth = 360;
    static constexpr qreal kMaxSpread = 5;
    qreal nodeWidth() const { return m_nodeWidth; }
    // A node's box height as drawn: the tall bars (the Internet, the Users) spread with the rows.
    qreal nodeHeight(int node) const;
    qreal spread() const { return m_spread; }
    // The spread at which the whole map, scaled to fit `area` (pixels) and never past maxZoom,
    // fills its height: 1 when it is tall enough already, at most kMaxSpread.
    qreal spreadToFill(QSizeF area, qreal maxZoom) const;
    // Moves the items to a new spread (nothing is built again; the selection stays).
    void setSpread(qreal spread);

    // From NodeItem: a node moves (during a drag), and a drag ended.
    void nodeMoving(NodeItem *item);
    void nodeDropped(NodeItem *item);

Q_SIGNALS:
    void linkSelected(const QString &linkId);
    void nodeSelected(const QString &nodeId);
    void selectionCleared();
    // A node was dragged to a new place: keep it in Workspace::layout.
    void nodeMoved(const QString &nodeId, QPointF pos);

private:
    void reportSelection();
    void placeBands();
    // Every label again, greedily, in the order of the edges.
    void placeLabels();
    // One label: where it is if that is free, else the first free place along its curve.
    void placeLabel(EdgeItem *item);
    bool gridFree(const QRectF &r) const;
    void gridTake(const QRectF &r);
    void gridDrop(const QRectF &r);
    void updateMapRect();
    void applyProblemsFilter();

    PathMap m_map;
    MapStyle m_style;
    QHash<QString, NodeItem *> m_nodeItems;
    QHash<QString, EdgeItem *> m_edgeItems;
    QList<QGraphicsItem *> m_bands;
    // What placeLabels() placed (labels, and the boxes they must not cover),
    // by cells of kCell pixels: kept, so that a label whose text changes
    // during an audit finds its place alone instead of every label again.
    static constexpr qreal kCell = 120;
    QHash<std::pair<int, int>, QList<QRectF>> m_labelGrid;
    QRectF m_mapRect;
    qreal m_nodeWidth = PathMap::kNodeWidth;
    qreal m_stretch = 1; // horizontal: columns apart as m_nodeWidth needs
    qreal m_spread = 1;  // vertical
    bool m_problemsOnly = false;
    bool m_building = false;
};

} // namespace mailtls
