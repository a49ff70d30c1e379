#pragma once

// The encrypted-vs-cleartext path map as a graph, before anything draws it:
// one node per host plus the Internet and the Users, one edge per link with
// its state, and a layered layout (Internet | inbound MX | relays and filters
// | mail stores | access services | Users, left to right). QtCore only: the
// widgets in widgets/pathmap/ draw this model, the tests and the benchmark
// use it as it is.
//
// The layout, in the usual steps of a layered drawing:
//   1. layer: each host from its roles (a host with several roles takes the
//      one of them closest to the nodes it links to); outbound relays sit
//      next to the Internet their links go back to;
//   2. order within each layer to reduce crossings: barycenter sweeps, down
//      then up, keeping the best order met (never worse than the input's);
//   3. coordinates: layers are columns, nodes stacked in their order and
//      centred; empty layers take no room;
//   4. positions the user dragged (Workspace::layout) win over steps 1-3.
// Deterministic: the same workspace gives the same map.

#include "app/evidence/link_state.h"
#include "app/inventory/workspace.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace mailtls {

inline constexpr qreal kNodeHeightDefault = 52;

enum class MapLayer
{
    Internet, // the pseudo-node "internet"
    Boundary, // inbound MX and outbound-only relays
    Relays,   // internal relays, filters, directories
    Stores,   // mail stores
    Access,   // submission, IMAP/POP access, webmail
    Users,    // the pseudo-node "users"
};
inline constexpr int kMapLayerCount = 6;
QString mapLayerLabel(MapLayer layer); // translated column title

enum class MapNodeKind
{
    Internet,
    Users,
    Host
};

struct MapNode
{
    QString id;   // host id, kInternetNode or kUsersNode
    QString name; // host name, or the pseudo-node's translated name
    MapNodeKind kind = MapNodeKind::Host;
    QList<HostRole> roles;
    Zone zone = Zone::Internal;
    QString site;
    QString software;
    MapLayer layer = MapLayer::Relays;
    int order = 0; // place within its layer, from the top
    QPointF pos;   // centre of its box, map units
    // The Internet and the Users stand as tall bars beside the column they
    // link to, so their many links run straight across, not fanned out.
    qreal height = kNodeHeightDefault;
    bool pinned = false; // pos comes from Workspace::layout
};

// What the map shows about one link, from its probe result and observations.
struct MapLinkStatus
{
    LinkState state = LinkState::NotProbed;
    QString tlsLabel;      // e.g. "TLS 1.2-1.3", "TLSv1.3 (seen)", "sends TLSv1.3" (outbound); empty when unknown
    QStringList reasons;   // as assessLink() words them, translated (reasonTexts)
    bool observed = false; // real messages crossed this hop
    bool cleartextSeen = false;
    // Some answer was undecided (assessLink's incomplete): the link may be
    // weaker than its state, never stronger; drawn and listed as a problem.
    bool incomplete = false;
    // An Internet-inbound link whose MX is protected against downgrade in
    // every domain it serves: "DANE", "MTA-STS" or "DANE + MTA-STS" (protocol
    // names, not translated); empty when it is not, or that is undecided.
    // An outbound link: whether its relay kept the message where the
    // destination requires TLS ("keeps DANE/MTA-STS", "ignores ...",
    // translated), once both checks are recorded; empty otherwise.
    QString defence;
    // What the TLS-RPT reports of the window say of an Internet-inbound
    // link's MX host (tlsRptDetailLines: a summary, then the failures by
    // type, counts shared with other hosts, the reporting organisations),
    // translated; empty for other links, or while the reports are not read.
    QStringList tlsRpt;
    // The mark on the label when those reports show failed sessions
    // ("TLS-RPT: 12 failed"); empty otherwise. The link then counts as a
    // problem: a report can make a link look weaker, never stronger.
    QString tlsRptMark;
    bool operator==(const MapLinkStatus &) const = default;
};
// The status of a link: assessLink() plus the label of its TLS versions.
MapLinkStatus mapLinkStatus(const EndpointResult *probe, const QList<Observation> &observations);
// The same for a link of the workspace, with all the workspace knows of it
// (for an outbound link, its relay's outbound tests).
MapLinkStatus mapLinkStatus(const Link &link, const EndpointResult *probe, const WorkspaceIndex &index);
// "TLS 1.0-1.2", "TLS 1.3", "SSL 3.0-TLS 1.2": the accepted range; empty when none.
QString acceptedVersionsLabel(const EndpointResult &probe);

struct MapEdge
{
    QString linkId;
    LinkKind kind = LinkKind::InternalRelay;
    int from = -1;    // node index: who opens the connection
    int to = -1;      // node index: who receives it (the Internet for outbound links to it)
    QString endpoint; // the receiving endpoint, "host/scheme[:port]"
    int measure = 1;  // M3AAWG measure (1, 2, 3)
    QString note;
    MapLinkStatus status;
    // Where the layout routes the edge between its ends: one point per layer
    // it passes (long edges go through reserved slots, not over boxes).
    // Empty for edges between neighbouring layers, and once an end is moved.
    QList<QPointF> via;
    bool isProblem() const; // anything but strong TLS and not probed, incomplete, or failures reported
};

class PathMap
{
public:
    // Node box size and spacing, map units (the view draws at these sizes).
    static constexpr qreal kNodeWidth = 200;
    static constexpr qreal kNodeHeight = kNodeHeightDefault;
    static constexpr qreal kRowGap = 26;    // between boxes in a column
    static constexpr qreal kLayerGap = 140; // between columns, room for labels

    // Nodes and edges of a workspace; links without a status are assessed
    // from their observations alone (not probed unless real mail showed
    // them). Call layout() before reading positions.
    static PathMap build(const Workspace &workspace,
                         const QHash<QString, MapLinkStatus> &statuses = {});

    // Steps 1-4 above. sweeps: barycenter passes (each down and up).
    void layout(const QMap<QString, QPointF> &pinned = {}, int sweeps = 6);

    const QList<MapNode> &nodes() const { return m_nodes; }
    const QList<MapEdge> &edges() const { return m_edges; }
    int nodeIndex(const QString &id) const { return m_nodeIndex.value(id, -1); }
    int edgeIndex(const QString &linkId) const { return m_edgeIndex.value(linkId, -1); }
    // Edges that touch a node (indices into edges()).
    const QList<int> &edgesOf(int node) const { return m_adjacent.at(node); }
    // A node's box in map units (PathMap::kNodeWidth by its height).
    QRectF nodeRect(int node) const;
    QRectF boundingRect() const;
    // The x of each layer's column centre; NaN for layers with no node.
    qreal columnX(MapLayer layer) const { return m_columnX[static_cast<int>(layer)]; }

    // Pairs of edge segments that cross between neighbouring columns, in the
    // current order (long edges count once per column they pass).
    qint64 crossings() const;
    // Moves a node (a drag): its edges lose their routes; the caller keeps
    // the position in Workspace::layout.
    void setNodePosition(int node, QPointF pos);
    // A link's new state (an audit goes on): false when it had it already.
    // The layout stays: states do not move anything.
    bool setEdgeStatus(int edge, const MapLinkStatus &status);

private:
    // A place in a column: a node, or where a long edge passes a column.
    struct Slot
    {
        int node = -1; // node index, or -1 for an edge passing through
        int edge = -1; // the passing edge
        int rank = 0;  // column (layers with nodes, from the left)
        qreal key = 0; // sort key of the current sweep
    };

    void assignLayers();
    void makeSlots();
    void orderSlots(int sweeps);
    void assignCoordinates();
    qint64 crossingsBetween(int rank) const;

    QList<MapNode> m_nodes;
    QList<MapEdge> m_edges;
    QList<QList<int>> m_adjacent;
    QHash<QString, int> m_nodeIndex;
    QHash<QString, int> m_edgeIndex;
    qreal m_columnX[kMapLayerCount] = {};
    QList<Slot> m_slots;
    QList<QList<int>> m_ranks;      // slot indices per column, in order
    QList<MapLayer> m_rankLayer;    // the layer of each column
    QList<QList<int>> m_edgeSlots;  // per edge: its slots from the lower column to the higher
    QList<QList<int>> m_up, m_down; // per slot: neighbouring slots in the column left / right
};

} // namespace mailtls
