#include "app/pathmap/path_map.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

// The layered layout of the path map: steps 1-4 of path_map.h.

namespace mailtls {

namespace {

// The column a role belongs in.
MapLayer roleLayer(HostRole role)
{
    switch (role) {
    case HostRole::InboundMx:
    case HostRole::OutboundRelay:
        return MapLayer::Boundary;
    case HostRole::InternalRelay:
    case HostRole::Filter:
    case HostRole::Directory:
        return MapLayer::Relays;
    case HostRole::MailStore:
        return MapLayer::Stores;
    case HostRole::Submission:
    case HostRole::Access:
    case HostRole::Webmail:
        return MapLayer::Access;
    }
    Q_UNREACHABLE();
}

// The layers a host could take: one per role. An outbound relay that is also
// something else stays with its other role (its links still reach the Internet).
QList<MapLayer> candidateLayers(const QList<HostRole> &roles)
{
    QList<MapLayer> layers;
    const bool onlyOutbound = std::all_of(roles.cbegin(), roles.cend(),
                                          [](HostRole r) { return r == HostRole::OutboundRelay; });
    for (HostRole role : roles) {
        if (role == HostRole::OutboundRelay && !onlyOutbound)
            continue;
        const MapLayer l = roleLayer(role);
        if (!layers.contains(l))
            layers.append(l);
    }
    if (layers.isEmpty())
        layers.append(MapLayer::Relays);
    std::sort(layers.begin(), layers.end());
    return layers;
}

constexpr qreal kPassHeight = 8; // the slot a passing edge takes in a column
constexpr qreal kPassGap = 6;

// Fenwick tree over positions, for counting inversions.
class Fenwick
{
public:
    explicit Fenwick(int size) : m_tree(size + 1, 0) {}
    void add(int i)
    {
        for (++i; i < static_cast<int>(m_tree.size()); i += i & -i)
            ++m_tree[i];
    }
    qint64 prefix(int i) const // how many at positions <= i
    {
        qint64 s = 0;
        for (++i; i > 0; i -= i & -i)
            s += m_tree[i];
        return s;
    }

private:
    std::vector<qint64> m_tree;
};

} // namespace

void PathMap::assignLayers()
{
    // First pass: each host in its lowest candidate layer.
    QList<QList<MapLayer>> candidates(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i) {
        MapNode &n = m_nodes[i];
        if (n.kind != MapNodeKind::Host)
            continue;
        candidates[i] = candidateLayers(n.roles);
        n.layer = candidates[i].constFirst();
    }
    // Second pass: a host with several roles takes the candidate closest to
    // the nodes it links to (each neighbour once, by its first-pass layer;
    // ties go to the layer nearer the Internet).
    QList<MapLayer> first(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i)
        first[i] = m_nodes.at(i).layer;
    QList<int> seen(m_nodes.size(), -1);
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (candidates.at(i).size() < 2)
            continue;
        QList<int> neighbours;
        for (int e : m_adjacent.at(i)) {
            const int other = m_edges.at(e).from == i ? m_edges.at(e).to : m_edges.at(e).from;
            if (other != i && seen[other] != i) {
                seen[other] = i;
                neighbours.append(other);
            }
        }
        int best = std::numeric_limits<int>::max();
        for (MapLayer c : candidates.at(i)) {
            int cost = 0;
            for (int o : neighbours)
                cost += std::abs(static_cast<int>(first.at(o)) - static_cast<int>(c));
            if (cost < best) {
                best = cost;
                m_nodes[i].layer = c;
            }
        }
    }
}

void PathMap::makeSlots()
{
    // Columns: the layers that hold a node, left to right.
    int rankOf[kMapLayerCount];
    std::fill(std::begin(rankOf), std::end(rankOf), -1);
    for (const MapNode &n : std::as_const(m_nodes))
        rankOf[static_cast<int>(n.layer)] = 0;
    m_rankLayer.clear();
    for (int l = 0; l < kMapLayerCount; ++l) {
        if (rankOf[l] == 0) {
            rankOf[l] = static_cast<int>(m_rankLayer.size());
            m_rankLayer.append(static_cast<MapLayer>(l));
        }
    }
    m_slots.clear();
    m_ranks = QList<QList<int>>(m_rankLayer.size());
    QList<int> nodeSlot(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i) {
        Slot s;
        s.node = i;
        s.rank = rankOf[static_cast<int>(m_nodes.at(i).layer)];
        nodeSlot[i] = static_cast<int>(m_slots.size());
        m_ranks[s.rank].append(nodeSlot[i]);
        m_slots.append(s);
    }
    // Each edge: its slots from the lower column to the higher, with a
    // passing slot in every column between.
    m_edgeSlots = QList<QList<int>>(m_edges.size());
    for (int e = 0; e < m_edges.size(); ++e) {
        int a = nodeSlot[m_edges.at(e).from];
        int b = nodeSlot[m_edges.at(e).to];
        if (m_slots.at(a).rank > m_slots.at(b).rank)
            std::swap(a, b);
        QList<int> &chain = m_edgeSlots[e];
        chain.append(a);
        for (int r = m_slots.at(a).rank + 1; r < m_slots.at(b).rank; ++r) {
            Slot s;
            s.edge = e;
            s.rank = r;
            chain.append(static_cast<int>(m_slots.size()));
            m_ranks[r].append(static_cast<int>(m_slots.size()));
            m_slots.append(s);
        }
        chain.append(b);
    }
    m_up = QList<QList<int>>(m_slots.size());
    m_down = QList<QList<int>>(m_slots.size());
    for (const QList<int> &chain : std::as_const(m_edgeSlots)) {
        for (int k = 0; k + 1 < chain.size(); ++k) {
            if (m_slots.at(chain.at(k)).rank == m_slots.at(chain.at(k + 1)).rank)
                continue; // an edge within one column orders nothing
            m_down[chain.at(k)].append(chain.at(k + 1));
            m_up[chain.at(k + 1)].append(chain.at(k));
        }
    }
}

qint64 PathMap::crossingsBetween(int rank) const
{
    // Segments between column rank and rank + 1 as (left place, right place);
    // two cross when their order differs at the two ends.
    QList<int> place(m_slots.size(), 0);
    for (int r : {rank, rank + 1}) {
        const QList<int> &col = m_ranks.at(r);
        for (int i = 0; i < col.size(); ++i)
            place[col.at(i)] = i;
    }
    QList<std::pair<int, int>> segments;
    for (int s : m_ranks.at(rank)) {
        for (int d : m_down.at(s))
            segments.append({place.at(s), place.at(d)});
    }
    std::sort(segments.begin(), segments.end());
    Fenwick tree(static_cast<int>(m_ranks.at(rank + 1).size()));
    qint64 crossings = 0;
    qint64 inserted = 0;
    for (qsizetype i = 0; i < segments.size();) {
        qsizetype j = i;
        // Segments from the same left slot never cross each other.
        while (j < segments.size() && segments.at(j).first == segments.at(i).first) {
            crossings += inserted - tree.prefix(segments.at(j).second);
            ++j;
        }
        for (; i < j; ++i) {
            tree.add(segments.at(i).second);
            ++inserted;
        }
    }
    return crossings;
}

qint64 PathMap::crossings() const
{
    qint64 total = 0;
    for (int r = 0; r + 1 < m_ranks.size(); ++r)
        total += crossingsBetween(r);
    return total;
}

void PathMap::orderSlots(int sweeps)
{
    QList<qreal> pos(m_slots.size(), 0); // place in its column, 0..1
    auto place = [&](int rank) {
        const QList<int> &col = m_ranks.at(rank);
        for (int i = 0; i < col.size(); ++i)
            pos[col.at(i)] = (i + 0.5) / static_cast<qreal>(col.size());
    };
    for (int r = 0; r < m_ranks.size(); ++r)
        place(r);
    QList<QList<int>> best = m_ranks;
    qint64 bestCrossings = crossings();
    // One column sorted by the mean place of its neighbours on one side;
    // slots with none keep their place. Stable: ties keep the current order.
    auto sortRank = [&](int rank, const QList<QList<int>> &neighbours) {
        QList<int> &col = m_ranks[rank];
        for (int s : std::as_const(col)) {
            const QList<int> &ns = neighbours.at(s);
            if (ns.isEmpty()) {
                m_slots[s].key = pos.at(s);
                continue;
            }
            qreal sum = 0;
            for (int n : ns)
                sum += pos.at(n);
            m_slots[s].key = sum / static_cast<qreal>(ns.size());
        }
        std::stable_sort(col.begin(), col.end(),
                         [this](int a, int b) { return m_slots.at(a).key < m_slots.at(b).key; });
        place(rank);
    };
    for (int sweep = 0; sweep < sweeps && bestCrossings > 0; ++sweep) {
        for (int r = 1; r < m_ranks.size(); ++r)
            sortRank(r, m_up);
        for (int r = static_cast<int>(m_ranks.size()) - 2; r >= 0; --r)
            sortRank(r, m_down);
        const qint64 c = crossings();
        if (c < bestCrossings) {
            bestCrossings = c;
            best = m_ranks;
        }
    }
    m_ranks = best;
}

void PathMap::assignCoordinates()
{
    std::fill(std::begin(m_columnX), std::end(m_columnX), std::numeric_limits<qreal>::quiet_NaN());
    QList<QPointF> slotPos(m_slots.size());
    for (int r = 0; r < m_ranks.size(); ++r) {
        const qreal x = r * (kNodeWidth + kLayerGap);
        m_columnX[static_cast<int>(m_rankLayer.at(r))] = x;
        const QList<int> &col = m_ranks.at(r);
        // Heights: boxes with a row gap, passing edges packed closer.
        qreal total = 0;
        for (int i = 0; i < col.size(); ++i) {
            const bool node = m_slots.at(col.at(i)).node >= 0;
            total += node ? kNodeHeight : kPassHeight;
            if (i + 1 < col.size())
                total += node || m_slots.at(col.at(i + 1)).node >= 0 ? kRowGap : kPassGap;
        }
        qreal y = -total / 2;
        for (int i = 0; i < col.size(); ++i) {
            const Slot &s = m_slots.at(col.at(i));
            const qreal h = s.node >= 0 ? kNodeHeight : kPassHeight;
            slotPos[col.at(i)] = QPointF(x, y + h / 2);
            if (s.node >= 0) {
                m_nodes[s.node].pos = slotPos.at(col.at(i));
                m_nodes[s.node].order = i;
            }
            y += h;
            if (i + 1 < col.size())
                y += s.node >= 0 || m_slots.at(col.at(i + 1)).node >= 0 ? kRowGap : kPassGap;
        }
    }
    for (int e = 0; e < m_edges.size(); ++e) {
        MapEdge &edge = m_edges[e];
        edge.via.clear();
        const QList<int> &chain = m_edgeSlots.at(e);
        for (int k = 1; k + 1 < chain.size(); ++k)
            edge.via.append(slotPos.at(chain.at(k)));
        // The chain runs left to right; the edge from its sender to its receiver.
        if (m_slots.at(chain.constFirst()).node != edge.from)
            std::reverse(edge.via.begin(), edge.via.end());
    }
    // The Internet and the Users: as tall as the places their links come from.
    for (int i = 0; i < m_nodes.size(); ++i) {
        MapNode &n = m_nodes[i];
        n.height = kNodeHeight;
        if (n.kind == MapNodeKind::Host || m_adjacent.at(i).isEmpty())
            continue;
        qreal top = std::numeric_limits<qreal>::max();
        qreal bottom = std::numeric_limits<qreal>::lowest();
        for (int e : m_adjacent.at(i)) {
            const MapEdge &edge = m_edges.at(e);
            const int other = edge.from == i ? edge.to : edge.from;
            const qreal y = edge.via.isEmpty() ? m_nodes.at(other).pos.y()
                            : edge.from == i   ? edge.via.constFirst().y()
                                               : edge.via.constLast().y();
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
        n.height = std::max(kNodeHeight, bottom - top + kNodeHeight);
        n.pos.setY((top + bottom) / 2);
    }
}

void PathMap::layout(const QMap<QString, QPointF> &pinned, int sweeps)
{
    assignLayers();
    makeSlots();
    orderSlots(sweeps);
    assignCoordinates();
    for (int i = 0; i < m_nodes.size(); ++i) {
        m_nodes[i].pinned = false;
        const auto it = pinned.constFind(m_nodes.at(i).id);
        if (it != pinned.cend())
            setNodePosition(i, *it);
    }
}

void PathMap::setNodePosition(int node, QPointF pos)
{
    m_nodes[node].pos = pos;
    m_nodes[node].pinned = true;
    for (int e : m_adjacent.at(node))
        m_edges[e].via.clear();
}

bool PathMap::setEdgeStatus(int edge, const MapLinkStatus &status)
{
    if (m_edges.at(edge).status == status)
        return false;
    m_edges[edge].status = status;
    return true;
}

} // namespace mailtls
