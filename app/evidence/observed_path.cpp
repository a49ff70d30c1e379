#include "app/evidence/observed_path.h"

#include "app/inventory/workspace_merge.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ObservedPath)
};

QString normalName(QString name)
{
    name = name.trimmed().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

const Host *hostByName(const Workspace &ws, const QString &name)
{
    const QString n = normalName(name);
    if (n.isEmpty())
        return nullptr;
    for (const Host &h : ws.hosts) {
        if (normalName(h.name) == n || h.id.compare(n, Qt::CaseInsensitive) == 0)
            return &h;
    }
    return nullptr;
}

const Host *hostByAddress(const Workspace &ws, const QString &address)
{
    if (address.isEmpty())
        return nullptr;
    for (const Host &h : ws.hosts) {
        if (h.addresses.contains(address))
            return &h;
        for (const Endpoint &e : h.endpoints) {
            if (e.address == address)
                return &h;
        }
    }
    return nullptr;
}

// The sender: the address the receiver recorded is the best witness; a name
// (HELO or reverse) counts when no address was recorded, or when the named
// host has no address to contradict it.
const Host *senderHost(const Workspace &ws, const ReceivedHop &hop)
{
    if (const Host *h = hostByAddress(ws, hop.fromAddress))
        return h;
    for (const QString &name : {hop.fromReverse, hop.fromName}) {
        const Host *h = hostByName(ws, name);
        if (h && (hop.fromAddress.isEmpty() || h->addresses.isEmpty()))
            return h;
    }
    return nullptr;
}

// The organisation's name space: its mail domains and the parents of its hosts' names.
QStringList organisationSuffixes(const Workspace &ws)
{
    QSet<QString> suffixes;
    for (const Domain &d : ws.domains)
        suffixes.insert(normalName(d.name));
    for (const Host &h : ws.hosts) {
        const QString n = normalName(h.name);
        const qsizetype dot = n.indexOf(u'.');
        if (dot > 0 && n.indexOf(u'.', dot + 1) > 0) // keep at least two labels
            suffixes.insert(n.mid(dot + 1));
    }
    return QStringList(suffixes.cbegin(), suffixes.cend());
}

bool insideOrganisation(const QStringList &suffixes, const QString &name)
{
    const QString n = normalName(name);
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&](const QString &s) {
        return n == s || n.endsWith(u'.' + s);
    });
}

// The endpoint protocols a hop's "with" keyword can arrive on.
QList<Protocol> protocolsFor(const ReceivedHop &hop)
{
    const QString p = hop.protocol;
    if (p.contains(QLatin1StringView("LMTP")))
        return {Protocol::Lmtp};
    if (p.startsWith(QLatin1StringView("HTTP")))
        return {Protocol::Https, Protocol::Http};
    return {Protocol::Smtp, Protocol::Submission, Protocol::Smtps};
}

// The link a hop crossed, given who sent and who received it.
std::pair<QString, bool> linkFor(const Workspace &ws, const ReceivedHop &hop, const QString &fromNode,
                                 const QString &byHost)
{
    const QList<Protocol> protocols = protocolsFor(hop);
    QList<const Link *> candidates;
    for (const Link &l : ws.links) {
        if (l.endpoint.hostId == byHost && l.from == fromNode && protocols.contains(l.endpoint.protocol))
            candidates.append(&l);
    }
    if (candidates.isEmpty())
        return {QString(), false};
    // An implicit-TLS endpoint cannot have carried a cleartext hop, nor plain HTTP a TLS one.
    const TlsMode impossible = hop.transport == HopTransport::Cleartext ? TlsMode::Implicit
                               : hop.transport == HopTransport::Tls     ? TlsMode::None
                                                                        : TlsMode::StartTls;
    if (candidates.size() > 1 && impossible != TlsMode::StartTls) {
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&](const Link *l) {
                                            return protocolInfo(l->endpoint.protocol).tlsMode == impossible;
                                        }),
                         candidates.end());
        if (candidates.isEmpty())
            return {QString(), false};
    }
    return {candidates.constFirst()->id, candidates.size() > 1};
}

} // namespace

PathMatch matchPath(const Workspace &ws, const MessagePath &path)
{
    PathMatch result;
    const QStringList suffixes = organisationSuffixes(ws);
    bool inside = false;
    QString previousReceiver; // host id that received the previous hop
    for (const ReceivedHop &hop : path.hops) {
        HopMatch m;
        const Host *by = hostByName(ws, hop.byName);
        if (!by && hop.byName.startsWith(u'['))
            by = hostByAddress(ws, hop.byName.mid(1, hop.byName.size() - 2));
        m.byHost = by ? by->id : QString();
        inside = inside || by;
        m.inside = inside;
        if (const Host *from = senderHost(ws, hop)) {
            m.fromNode = from->id;
        } else if (!previousReceiver.isEmpty() && by) {
            m.fromNode = previousReceiver; // the sender of a hop is the receiver of the one before
        } else if (by) {
            m.fromNode = hop.authenticated ? QString(kUsersNode) : QString(kInternetNode);
        }
        if (by && hop.transport != HopTransport::Local && m.fromNode != m.byHost) {
            auto [link, ambiguous] = linkFor(ws, hop, m.fromNode, m.byHost);
            if (link.isEmpty() && m.fromNode == kInternetNode) { // from outside, on a users' port
                std::tie(link, ambiguous) = linkFor(ws, hop, QString(kUsersNode), m.byHost);
                if (!link.isEmpty())
                    m.fromNode = QString(kUsersNode);
            }
            m.link = link;
            m.ambiguous = ambiguous;
        }
        if (inside && !by && hop.transport != HopTransport::Local && insideOrganisation(suffixes, hop.byName) &&
            !result.unknownHosts.contains(normalName(hop.byName)))
            result.unknownHosts.append(normalName(hop.byName));
        previousReceiver = m.byHost;
        result.hops.append(m);
    }
    return result;
}

namespace {

// Adds a receiving host the inventory lacks and the link from the hop's sender.
int addUnknownHost(Workspace *ws, const ReceivedHop &hop, const QString &fromHost, int *linksAdded)
{
    const bool lmtp = hop.protocol.contains(QLatin1StringView("LMTP"));
    Host h;
    h.name = normalName(hop.byName);
    h.id = newHostId(h.name, *ws);
    h.zone = Zone::Internal;
    h.roles = {lmtp ? HostRole::MailStore : HostRole::InternalRelay};
    const Protocol protocol = lmtp ? Protocol::Lmtp : Protocol::Smtp;
    h.endpoints = {Endpoint{protocol, protocolInfo(protocol).defaultPort, QString()}};
    ws->hosts.append(h);
    if (!fromHost.isEmpty() && ws->host(fromHost)) {
        Link l;
        l.kind = lmtp ? LinkKind::Delivery : LinkKind::InternalRelay;
        l.from = fromHost;
        l.endpoint = EndpointRef{h.id, protocol, 0};
        l.id = l.from + QStringLiteral("->") + l.endpoint.toString();
        l.note = Tr::tr("Seen in the Received: headers of a message");
        ws->links.append(l);
        ++*linksAdded;
    }
    return 1;
}

void upsert(Workspace *ws, const ReceivedHop &hop, const QString &link, const QDateTime &when,
            const QString &messageId, const QString &source, ObservationImport &counts)
{
    const QString transport = hopTransportKey(hop.transport);
    for (Observation &ob : ws->observations) {
        if (ob.link == link && ob.transport == transport && ob.tlsVersion == hop.tlsVersion &&
            ob.cipher == hop.cipher) {
            bool changed = false;
            if (when < ob.firstSeen) {
                ob.firstSeen = when;
                changed = true;
            }
            if (when > ob.lastSeen) {
                ob.lastSeen = when;
                ob.messageId = messageId;
                ob.source = source;
                changed = true;
            }
            counts.observationsUpdated += changed ? 1 : 0;
            return;
        }
    }
    ws->observations.append(Observation{link, transport, hop.tlsVersion, hop.cipher, when, when, messageId, source});
    ++counts.observationsAdded;
}

} // namespace

ObservationImport recordObservations(Workspace *ws, const QList<MessagePath> &messages, const QString &source,
                                     bool addUnknown)
{
    ObservationImport counts;
    for (const MessagePath &message : messages) {
        ++counts.messages;
        PathMatch match = matchPath(*ws, message);
        if (addUnknown && !match.unknownHosts.isEmpty()) {
            // Add the hosts in travel order, each linked from the host before it, then match again.
            for (qsizetype i = 0; i < message.hops.size(); ++i) {
                const ReceivedHop &hop = message.hops.at(i);
                if (match.hops.at(i).byHost.isEmpty() && match.unknownHosts.contains(normalName(hop.byName)) &&
                    !hostByName(*ws, hop.byName)) {
                    counts.hostsAdded += addUnknownHost(ws, hop, match.hops.at(i).fromNode, &counts.linksAdded);
                    match = matchPath(*ws, message);
                }
            }
        }
        for (qsizetype i = 0; i < message.hops.size(); ++i) {
            const ReceivedHop &hop = message.hops.at(i);
            const HopMatch &m = match.hops.at(i);
            if (m.link.isEmpty()) {
                if (m.inside && hop.transport != HopTransport::Local && m.fromNode != m.byHost)
                    ++counts.hopsUnmatched;
                continue;
            }
            QDateTime when = hop.date.isValid() ? hop.date : message.date;
            if (!when.isValid())
                when = QDateTime::currentDateTimeUtc();
            upsert(ws, hop, m.link, when.toUTC(), message.messageId, source, counts);
            ++counts.hopsMatched;
        }
    }
    return counts;
}

QList<Observation> observationsFor(const Workspace &ws, QStringView linkId)
{
    return WorkspaceIndex(ws).observations(linkId.toString());
}

} // namespace mailtls
