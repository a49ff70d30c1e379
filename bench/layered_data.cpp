#include "bench/layered_data.h"

#include <QRandomGenerator>
#include <QSet>

namespace mailtls::bench {

namespace {

struct Shape
{
    QList<HostRole> roles;
    QList<Endpoint> endpoints;
    Zone zone;
};

// One in 20 hosts by their index: the mix of a large organisation.
const Shape &shapeOf(int index)
{
    static const QList<Shape> shapes{
        {{HostRole::InboundMx}, {{Protocol::Smtp, 25, {}}}, Zone::External},
        {{HostRole::InboundMx}, {{Protocol::Smtp, 25, {}}}, Zone::External},
        {{HostRole::OutboundRelay}, {{Protocol::Smtp, 25, {}}}, Zone::External},
        {{HostRole::InternalRelay}, {{Protocol::Smtp, 25, {}}}, Zone::Internal},
        {{HostRole::InternalRelay, HostRole::OutboundRelay},
         {{Protocol::Smtp, 25, {}}},
         Zone::Internal},
        {{HostRole::Filter}, {{Protocol::Smtp, 10025, {}}}, Zone::Internal},
        {{HostRole::Directory}, {{Protocol::Ldaps, 636, {}}}, Zone::Internal},
        {{HostRole::MailStore}, {{Protocol::Lmtp, 24, {}}}, Zone::Internal},
        {{HostRole::MailStore}, {{Protocol::Lmtp, 24, {}}}, Zone::Internal},
        {{HostRole::MailStore, HostRole::Access},
         {{Protocol::Lmtp, 24, {}}, {Protocol::Imaps, 993, {}}},
         Zone::Internal},
        {{HostRole::MailStore}, {{Protocol::Lmtp, 24, {}}}, Zone::Internal},
        {{HostRole::Access},
         {{Protocol::Imap, 143, {}}, {Protocol::Imaps, 993, {}}},
         Zone::External},
        {{HostRole::Access},
         {{Protocol::Imaps, 993, {}}, {Protocol::Pop3s, 995, {}}},
         Zone::External},
        {{HostRole::Access}, {{Protocol::Imaps, 993, {}}}, Zone::External},
        {{HostRole::Submission},
         {{Protocol::Submission, 587, {}}, {Protocol::Smtps, 465, {}}},
         Zone::External},
        {{HostRole::Submission}, {{Protocol::Submission, 587, {}}}, Zone::External},
        {{HostRole::Webmail}, {{Protocol::Https, 443, {}}}, Zone::External},
        {{HostRole::Webmail},
         {{Protocol::Http, 80, {}}, {Protocol::Https, 443, {}}},
         Zone::External},
        {{HostRole::InternalRelay}, {{Protocol::Smtp, 25, {}}}, Zone::Internal},
        {{HostRole::MailStore}, {{Protocol::Lmtp, 24, {}}}, Zone::Internal},
    };
    return shapes.at(index % shapes.size());
}

} // namespace

Workspace layeredWorkspace(int hostCount, int linkCount, quint32 seed)
{
    Workspace ws;
    ws.name = QStringLiteral("Layered %1/%2").arg(hostCount).arg(linkCount);
    ws.organisation = QStringLiteral("Benchmark Co.");
    QHash<HostRole, QList<int>> byRole;
    for (int i = 0; i < hostCount; ++i) {
        const Shape &shape = shapeOf(i);
        Host h;
        h.id = QStringLiteral("h%1").arg(i);
        h.name = QStringLiteral("host%1.site%2.example").arg(i).arg(i % 37);
        h.roles = shape.roles;
        h.zone = shape.zone;
        h.site = QStringLiteral("Site %1").arg(i % 37);
        h.endpoints = shape.endpoints;
        for (HostRole r : h.roles)
            byRole[r].append(i);
        ws.hosts.append(h);
    }
    QSet<QString> ids;
    auto add = [&](LinkKind kind, const QString &from, int to, const Endpoint &e) {
        if (ws.links.size() >= linkCount)
            return false;
        Link l;
        l.kind = kind;
        l.from = from;
        l.endpoint = EndpointRef{ws.hosts.at(to).id, e.protocol, 0};
        l.id = from + QStringLiteral("->") + l.endpoint.toString();
        if (ids.contains(l.id))
            return false;
        ids.insert(l.id);
        ws.links.append(l);
        return true;
    };
    // What every organisation has: mail in from the Internet, out to it, and users.
    for (int i = 0; i < hostCount; ++i) {
        const Host &h = ws.hosts.at(i);
        for (const Endpoint &e : h.endpoints) {
            if (h.roles.contains(HostRole::InboundMx))
                add(LinkKind::InternetInbound, QString(kInternetNode), i, e);
            if (h.roles.contains(HostRole::OutboundRelay))
                add(LinkKind::Outbound, h.id, i, e);
            if (e.protocol == Protocol::Submission || e.protocol == Protocol::Smtps)
                add(LinkKind::UserSubmission, QString(kUsersNode), i, e);
            else if (e.protocol == Protocol::Imap || e.protocol == Protocol::Imaps ||
                     e.protocol == Protocol::Pop3s)
                add(LinkKind::UserAccess, QString(kUsersNode), i, e);
            else if (e.protocol == Protocol::Http || e.protocol == Protocol::Https)
                add(LinkKind::UserWebmail, QString(kUsersNode), i, e);
        }
    }
    // Then the internal paths, drawn at random until there are enough.
    struct Hop
    {
        HostRole from;
        HostRole to;
        LinkKind kind;
    };
    const QList<Hop> hops{
        {HostRole::InboundMx, HostRole::InternalRelay, LinkKind::InternalRelay},
        {HostRole::InboundMx, HostRole::Filter, LinkKind::InternalRelay},
        {HostRole::Filter, HostRole::InternalRelay, LinkKind::InternalRelay},
        {HostRole::InternalRelay, HostRole::MailStore, LinkKind::Delivery},
        {HostRole::InternalRelay, HostRole::MailStore, LinkKind::Delivery},
        {HostRole::Submission, HostRole::InternalRelay, LinkKind::InternalRelay},
        {HostRole::InternalRelay, HostRole::OutboundRelay, LinkKind::InternalRelay},
        {HostRole::MailStore, HostRole::Directory, LinkKind::Directory},
        {HostRole::Access, HostRole::Directory, LinkKind::Directory},
    };
    QRandomGenerator random(seed);
    for (int attempts = 0; ws.links.size() < linkCount && attempts < linkCount * 20; ++attempts) {
        const Hop &hop = hops.at(random.bounded(static_cast<int>(hops.size())));
        const QList<int> &froms = byRole.value(hop.from);
        const QList<int> &tos = byRole.value(hop.to);
        if (froms.isEmpty() || tos.isEmpty())
            continue;
        const int from = froms.at(random.bounded(static_cast<int>(froms.size())));
        const int to = tos.at(random.bounded(static_cast<int>(tos.size())));
        if (from == to)
            continue;
        add(hop.kind, ws.hosts.at(from).id, to, ws.hosts.at(to).endpoints.constFirst());
    }
    return ws;
}

} // namespace mailtls::bench
