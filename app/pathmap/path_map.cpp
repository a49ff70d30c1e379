#include "app/pathmap/path_map.h"

#include "app/evidence/outbound_verdict.h"
#include "app/inventory/labels.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::PathMap)
};

} // namespace

QString mapLayerLabel(MapLayer layer)
{
    switch (layer) {
    case MapLayer::Internet:
        return Tr::tr("Internet");
    case MapLayer::Boundary:
        return Tr::tr("Inbound MX and outbound relays");
    case MapLayer::Relays:
        return Tr::tr("Internal relays and filters");
    case MapLayer::Stores:
        return Tr::tr("Mail stores");
    case MapLayer::Access:
        return Tr::tr("Access services");
    case MapLayer::Users:
        return Tr::tr("Users");
    }
    Q_UNREACHABLE();
}

QString acceptedVersionsLabel(const EndpointResult &probe)
{
    std::optional<TlsVersion> low, high;
    for (auto it = probe.versions.cbegin(); it != probe.versions.cend(); ++it) {
        if (!it->accepted.value_or(false))
            continue;
        if (!low || it.key() < *low)
            low = it.key();
        if (!high || it.key() > *high)
            high = it.key();
    }
    if (!low)
        return {};
    const QString a = tlsVersionName(*low);
    const QString b = tlsVersionName(*high);
    if (low == high)
        return a;
    // "TLSv1.0-1.2" rather than "TLSv1.0-TLSv1.2"; "SSLv3-TLSv1.2" as it is.
    if (a.first(4) == b.first(4))
        return a + QLatin1Char('-') + b.mid(4);
    return a + QLatin1Char('-') + b;
}

namespace {

MapLinkStatus statusOf(const LinkAssessment &a, const EndpointResult *probe)
{
    MapLinkStatus s;
    s.state = a.state;
    s.reasons = a.reasonTexts;
    s.incomplete = a.incomplete;
    if (probe)
        s.tlsLabel = acceptedVersionsLabel(*probe);
    if (a.observed) {
        s.observed = true;
        s.cleartextSeen = a.observed->cleartextSeen;
        if (s.tlsLabel.isEmpty() && a.observed->transport == QLatin1StringView("tls"))
            s.tlsLabel = a.observed->tlsVersion;
    }
    return s;
}

} // namespace

MapLinkStatus mapLinkStatus(const EndpointResult *probe, const QList<Observation> &observations)
{
    return statusOf(assessLink(probe, observations), probe);
}

MapLinkStatus mapLinkStatus(const Link &link, const EndpointResult *probe, const WorkspaceIndex &index)
{
    MapLinkStatus s = statusOf(assessLink(link, probe, index), probe);
    if (link.kind != LinkKind::Outbound)
        return s;
    // An outbound link says what its relay does as a sender, once tested:
    // the version it negotiated with the test receiver, and whether it kept
    // the message where the destination's policy requires TLS.
    // Each pair from one test: words from tests of different days never mix.
    const QList<OutboundTest> tests = index.outboundTests(link.from);
    const SendingCheck starttls = sendingCheck(tests, OutboundCheckId::UsesStartTls);
    const SendingCheck version = sendingCheck(tests, OutboundCheckId::BestVersion);
    if (starttls.record && starttls.record->passed == true && version.record && version.test == starttls.test &&
        version.record->passed == true &&
        version.record->evidenceSource.startsWith(QLatin1StringView("negotiated %1")) &&
        !version.record->evidenceArgs.isEmpty())
        s.tlsLabel = Tr::tr("sends %1").arg(version.record->evidenceArgs.constFirst());
    const SendingCheck fallback = sendingCheck(tests, OutboundCheckId::NoFallbackWhenRequired);
    const SendingCheck certificate = sendingCheck(tests, OutboundCheckId::ChecksCertificateWhenRequired);
    if (fallback.record && certificate.record && fallback.test == certificate.test) {
        if (fallback.record->passed == false || certificate.record->passed == false)
            s.defence = Tr::tr("ignores DANE/MTA-STS");
        else if (fallback.record->passed == true && certificate.record->passed == true)
            s.defence = Tr::tr("keeps DANE/MTA-STS");
    }
    return s;
}

bool MapEdge::isProblem() const
{
    if (!status.tlsRptMark.isEmpty())
        return true; // senders reported sessions that failed here
    if (status.state == LinkState::NotProbed)
        return false;
    return status.state != LinkState::StrongTls || status.incomplete;
}

PathMap PathMap::build(const Workspace &ws, const QHash<QString, MapLinkStatus> &statuses)
{
    PathMap map;
    auto addNode = [&map](MapNode node) {
        map.m_nodeIndex.insert(node.id, static_cast<int>(map.m_nodes.size()));
        map.m_nodes.append(std::move(node));
    };
    MapNode internet;
    internet.id = QString(kInternetNode);
    internet.name = Tr::tr("Internet");
    internet.kind = MapNodeKind::Internet;
    internet.zone = Zone::External;
    internet.layer = MapLayer::Internet;
    addNode(internet);
    for (const Host &h : ws.hosts) {
        MapNode n;
        n.id = h.id;
        n.name = h.name;
        n.roles = h.roles;
        n.zone = h.zone;
        n.site = h.site;
        n.software = h.software;
        addNode(n);
    }
    MapNode users;
    users.id = QString(kUsersNode);
    users.name = Tr::tr("Users");
    users.kind = MapNodeKind::Users;
    users.layer = MapLayer::Users;
    addNode(users);

    const WorkspaceIndex index(ws);
    for (const Link &l : ws.links) {
        MapEdge e;
        e.linkId = l.id;
        e.kind = l.kind;
        e.from = map.nodeIndex(l.from);
        e.to = map.nodeIndex(l.endpoint.hostId);
        // An outbound link names the relay's own endpoint: it is drawn to the Internet.
        if (l.kind == LinkKind::Outbound && e.to == e.from)
            e.to = map.nodeIndex(QString(kInternetNode));
        if (e.from < 0 || e.to < 0)
            continue; // a workspace that was not validated; nothing to draw
        e.endpoint = l.endpoint.toString();
        e.measure = measureForLinkKind(l.kind);
        e.note = l.note;
        const auto known = statuses.constFind(l.id);
        e.status =
            known != statuses.cend() ? *known : mapLinkStatus(l, nullptr, index);
        map.m_edgeIndex.insert(e.linkId, static_cast<int>(map.m_edges.size()));
        map.m_edges.append(std::move(e));
    }
    map.m_adjacent.resize(map.m_nodes.size());
    for (int i = 0; i < map.m_edges.size(); ++i) {
        map.m_adjacent[map.m_edges.at(i).from].append(i);
        if (map.m_edges.at(i).to != map.m_edges.at(i).from)
            map.m_adjacent[map.m_edges.at(i).to].append(i);
    }
    return map;
}

QRectF PathMap::nodeRect(int node) const
{
    const QPointF c = m_nodes.at(node).pos;
    const qreal h = m_nodes.at(node).height;
    return QRectF(c.x() - kNodeWidth / 2, c.y() - h / 2, kNodeWidth, h);
}

QRectF PathMap::boundingRect() const
{
    QRectF r;
    for (int i = 0; i < m_nodes.size(); ++i)
        r = r.united(nodeRect(i));
    return r;
}

} // namespace mailtls
