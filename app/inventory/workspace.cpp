#include "app/inventory/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace mailtls {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<std::pair<Enum, const char *>, N> &table,
                            QStringView key)
{
    for (const auto &[value, name] : table) {
        if (key == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString toKey(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    Q_UNREACHABLE();
}

constexpr std::array<std::pair<Zone, const char *>, 2> kZones{{
    {Zone::Internal, "internal"},
    {Zone::External, "external"},
}};

constexpr std::array<std::pair<HostRole, const char *>, 9> kRoles{{
    {HostRole::InboundMx, "inbound-mx"},
    {HostRole::OutboundRelay, "outbound-relay"},
    {HostRole::InternalRelay, "internal-relay"},
    {HostRole::Filter, "filter"},
    {HostRole::MailStore, "mail-store"},
    {HostRole::Submission, "submission"},
    {HostRole::Access, "access"},
    {HostRole::Webmail, "webmail"},
    {HostRole::Directory, "directory"},
}};

constexpr std::array<std::pair<LinkKind, const char *>, 8> kLinkKinds{{
    {LinkKind::InternetInbound, "internet-inbound"},
    {LinkKind::Outbound, "outbound"},
    {LinkKind::InternalRelay, "internal-relay"},
    {LinkKind::Delivery, "delivery"},
    {LinkKind::Directory, "directory"},
    {LinkKind::UserSubmission, "user-submission"},
    {LinkKind::UserAccess, "user-access"},
    {LinkKind::UserWebmail, "user-webmail"},
}};

} // namespace

QString zoneKey(Zone zone) { return toKey(kZones, zone); }
std::optional<Zone> zoneFromKey(QStringView key) { return fromKey(kZones, key); }
QString hostRoleKey(HostRole role) { return toKey(kRoles, role); }
std::optional<HostRole> hostRoleFromKey(QStringView key) { return fromKey(kRoles, key); }
QString linkKindKey(LinkKind kind) { return toKey(kLinkKinds, kind); }
std::optional<LinkKind> linkKindFromKey(QStringView key) { return fromKey(kLinkKinds, key); }

QList<HostRole> allHostRoles()
{
    QList<HostRole> result;
    for (const auto &entry : kRoles)
        result.append(entry.first);
    return result;
}

QList<LinkKind> allLinkKinds()
{
    QList<LinkKind> result;
    for (const auto &entry : kLinkKinds)
        result.append(entry.first);
    return result;
}

QString EndpointRef::toString() const
{
    QString text = hostId + QLatin1Char('/') + protocolScheme(protocol);
    if (port != 0)
        text += QLatin1Char(':') + QString::number(port);
    return text;
}

std::optional<EndpointRef> EndpointRef::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == text.size() - 1)
        return std::nullopt;
    EndpointRef ref;
    ref.hostId = text.left(slash).toString();
    QStringView rest = text.mid(slash + 1);
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        bool ok = false;
        const uint port = rest.mid(colon + 1).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return std::nullopt;
        ref.port = static_cast<quint16>(port);
        rest = rest.left(colon);
    }
    const auto protocol = protocolFromScheme(rest);
    if (!protocol)
        return std::nullopt;
    ref.protocol = *protocol;
    return ref;
}

const Host *Workspace::host(QStringView id) const
{
    for (const Host &h : hosts) {
        if (h.id == id)
            return &h;
    }
    return nullptr;
}

namespace {

// The endpoint of host h that ref names; nullptr when none, or several without a port.
const Endpoint *endpointOf(const Host *h, const EndpointRef &ref)
{
    if (!h)
        return nullptr;
    const Endpoint *found = nullptr;
    for (const Endpoint &e : h->endpoints) {
        if (e.protocol != ref.protocol)
            continue;
        if (ref.port != 0 && e.port == ref.port)
            return &e;
        if (ref.port == 0) {
            if (found)
                return nullptr; // ambiguous without a port
            found = &e;
        }
    }
    return found;
}

} // namespace

const Endpoint *Workspace::endpoint(const EndpointRef &ref) const
{
    return endpointOf(host(ref.hostId), ref);
}

WorkspaceIndex::WorkspaceIndex(const Workspace &ws) : m_workspace(ws)
{
    m_hosts.reserve(ws.hosts.size());
    for (qsizetype i = 0; i < ws.hosts.size(); ++i)
        m_hosts.insert(ws.hosts.at(i).id, i);
    for (qsizetype i = 0; i < ws.observations.size(); ++i)
        m_observations[ws.observations.at(i).link].append(i);
    for (qsizetype i = 0; i < ws.outboundTests.size(); ++i)
        m_outboundTests[ws.outboundTests.at(i).relay].append(i);
}

const Host *WorkspaceIndex::host(const QString &id) const
{
    const auto it = m_hosts.constFind(id);
    return it == m_hosts.cend() ? nullptr : &m_workspace.hosts.at(it.value());
}

const Endpoint *WorkspaceIndex::endpoint(const EndpointRef &ref) const
{
    return endpointOf(host(ref.hostId), ref);
}

QList<Observation> WorkspaceIndex::observations(const QString &linkId) const
{
    QList<Observation> list;
    for (qsizetype i : m_observations.value(linkId))
        list.append(m_workspace.observations.at(i));
    std::sort(list.begin(), list.end(),
              [](const Observation &a, const Observation &b) { return a.lastSeen > b.lastSeen; });
    return list;
}

QList<OutboundTest> WorkspaceIndex::outboundTests(const QString &hostId) const
{
    QList<OutboundTest> list;
    for (qsizetype i : m_outboundTests.value(hostId))
        list.append(m_workspace.outboundTests.at(i));
    std::stable_sort(list.begin(), list.end(),
                     [](const OutboundTest &a, const OutboundTest &b) { return a.testedAt > b.testedAt; });
    return list;
}

ProbeTarget Workspace::target(const Host &h, const Endpoint &e) const
{
    ProbeTarget t;
    t.protocol = e.protocol;
    t.port = e.port;
    if (!e.address.isEmpty())
        t.host = e.address;
    else if (!h.addresses.isEmpty())
        t.host = h.addresses.constFirst();
    else
        t.host = h.name;
    t.serverName = h.name;
    return t;
}

QString Workspace::nodeName(QStringView nodeId) const
{
    if (nodeId == kInternetNode)
        return QCoreApplication::translate("mailtls::Workspace", "Internet");
    if (nodeId == kUsersNode)
        return QCoreApplication::translate("mailtls::Workspace", "Users");
    if (const Host *h = host(nodeId))
        return h->name;
    return nodeId.toString();
}

} // namespace mailtls
