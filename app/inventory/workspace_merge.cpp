#include "app/inventory/workspace_merge.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace mailtls {

namespace {

// The link a new endpoint gets, when users or the Internet reach it.
std::optional<Link> linkFor(const Host &h, const Endpoint &e)
{
    Link l;
    l.endpoint = EndpointRef{h.id, e.protocol, e.port};
    switch (e.protocol) {
    case Protocol::Smtp:
        if (!h.roles.contains(HostRole::InboundMx))
            return std::nullopt;
        l.kind = LinkKind::InternetInbound;
        l.from = QString(kInternetNode);
        break;
    case Protocol::Submission:
    case Protocol::Smtps: l.kind = LinkKind::UserSubmission; l.from = QString(kUsersNode); break;
    case Protocol::Imap:
    case Protocol::Imaps:
    case Protocol::Pop3:
    case Protocol::Pop3s: l.kind = LinkKind::UserAccess; l.from = QString(kUsersNode); break;
    case Protocol::Http:
    case Protocol::Https:
        if (!h.roles.contains(HostRole::Webmail))
            return std::nullopt;
        l.kind = LinkKind::UserWebmail;
        l.from = QString(kUsersNode);
        break;
    default: return std::nullopt; // internal hops: an import does not know their sending side
    }
    l.id = l.from + QStringLiteral("-") + l.endpoint.toString().replace(QLatin1Char('/'), QLatin1Char('-'));
    return l;
}

} // namespace

int addReachLinks(Workspace *ws)
{
    int added = 0;
    for (const Host &h : std::as_const(ws->hosts)) {
        for (const Endpoint &e : h.endpoints) {
            const auto link = linkFor(h, e);
            if (!link)
                continue;
            const bool linked = std::any_of(ws->links.cbegin(), ws->links.cend(), [&](const Link &l) {
                const Endpoint *target = ws->endpoint(l.endpoint);
                return l.endpoint.hostId == h.id && target && *target == e;
            });
            if (!linked) {
                ws->links.append(*link);
                ++added;
            }
        }
    }
    return added;
}

QString newHostId(const QString &name, const Workspace &ws)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9-]+"));
    QSet<QString> taken;
    for (const Host &h : ws.hosts)
        taken.insert(h.id);
    QString base = name.toLower().section(QLatin1Char('.'), 0, 0).replace(unsafe, QStringLiteral("-"));
    if (base.isEmpty())
        base = QStringLiteral("host");
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

bool isHostName(QStringView name)
{
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?$"));
    return hostName.match(name).hasMatch();
}

void addAddressesAndRoles(Host &into, const Host &from)
{
    for (const QString &a : from.addresses) {
        if (!into.addresses.contains(a))
            into.addresses.append(a);
    }
    for (HostRole role : from.roles) {
        if (!into.roles.contains(role))
            into.roles.append(role);
    }
}

qsizetype mergeHost(Workspace *ws, const Host &incoming, ImportResult *result)
{
    auto existing = std::find_if(ws->hosts.begin(), ws->hosts.end(), [&](const Host &h) {
        if (h.name.compare(incoming.name, Qt::CaseInsensitive) == 0)
            return true;
        return std::any_of(incoming.addresses.cbegin(), incoming.addresses.cend(),
                           [&](const QString &addr) { return h.addresses.contains(addr); });
    });
    qsizetype index = existing - ws->hosts.begin();
    if (existing == ws->hosts.end()) {
        Host h = incoming;
        h.id = newHostId(incoming.name, *ws);
        h.addresses.clear();
        h.roles.clear();
        h.endpoints.clear();
        ws->hosts.append(h);
        index = ws->hosts.size() - 1;
        ++result->hostsAdded;
    }
    Host &h = ws->hosts[index];
    addAddressesAndRoles(h, incoming);
    for (const Endpoint &e : incoming.endpoints) {
        if (addEndpoint(ws, index, e))
            ++result->endpointsAdded;
    }
    return index;
}

bool addEndpoint(Workspace *ws, qsizetype hostIndex, const Endpoint &endpoint)
{
    Host &h = ws->hosts[hostIndex];
    // One endpoint per protocol and port: a workspace file may not hold two.
    if (std::any_of(h.endpoints.cbegin(), h.endpoints.cend(),
                    [&](const Endpoint &e) { return e.protocol == endpoint.protocol && e.port == endpoint.port; }))
        return false;
    for (Link &l : ws->links) {
        if (l.endpoint.hostId != h.id || l.endpoint.protocol != endpoint.protocol || l.endpoint.port != 0)
            continue;
        if (const Endpoint *only = ws->endpoint(l.endpoint))
            l.endpoint.port = only->port;
    }
    h.endpoints.append(endpoint);
    return true;
}

} // namespace mailtls
