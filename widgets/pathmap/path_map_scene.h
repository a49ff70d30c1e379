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

    // Replaces every item with those of a laid-out map.
    void setMap(PathMap map, const MapStyle &style);
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
    void placeLabels();
    void applyProblemsFilter();

    PathMap m_map;
    MapStyle m_style;
    QHash<QString, NodeItem *> m_nodeItems;
    QHash<QString, EdgeItem *> m_edgeItems;
    QRectF m_mapRect;
    bool m_problemsOnly = false;
    bool m_building = false;
};

} // namespace mailtls
