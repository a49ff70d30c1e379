#include "app/inventory/workspace_edit.h"

#include "app/inventory/workspace_merge.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::WorkspaceEdit)
};

using Field = EditError::Field;

bool isId(QStringView id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]+$"));
    return pattern.match(id).hasMatch();
}

QString endpointText(const Endpoint &e)
{
    return protocolScheme(e.protocol) + QLatin1Char(':') + QString::number(e.port);
}

// The endpoint of host a reference names: by port, or the host's only one of the protocol.
const Endpoint *resolve(const Host &host, const EndpointRef &ref)
{
    const Endpoint *found = nullptr;
    for (const Endpoint &e : host.endpoints) {
        if (e.protocol != ref.protocol || (ref.port != 0 && e.port != ref.port))
            continue;
        if (found)
            return nullptr; // two of the protocol and no port: names none
        found = &e;
    }
    return found;
}

bool hasEndpoint(const Host &host, const Endpoint &wanted)
{
    return std::any_of(host.endpoints.cbegin(), host.endpoints.cend(), [&](const Endpoint &e) {
        return e.protocol == wanted.protocol && e.port == wanted.port;
    });
}

bool userKind(LinkKind kind)
{
    return kind == LinkKind::UserSubmission || kind == LinkKind::UserAccess ||
           kind == LinkKind::UserWebmail;
}

} // namespace

std::optional<QList<Endpoint>> parseEndpointList(QStringView text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QList<Endpoint> out;
    const QStringList entries = text.toString().split(separators, Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        QStringView rest = entry;
        Endpoint e;
        const qsizetype at = rest.indexOf(QLatin1Char('@'));
        if (at >= 0) {
            e.address = rest.mid(at + 1).toString();
            rest = rest.left(at);
            if (QHostAddress(e.address).isNull() && !isHostName(e.address)) {
                *error = Tr::tr("'%1': '%2' is neither an IP address nor a host name")
                             .arg(entry, e.address);
                return std::nullopt;
            }
        }
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        const QStringView scheme = colon >= 0 ? rest.left(colon) : rest;
        const std::optional<Protocol> protocol =
            protocolFromScheme(scheme.trimmed().toString().toLower());
        if (!protocol) {
            QStringList known;
            for (Protocol p : allProtocols())
                known << protocolScheme(p);
            *error = Tr::tr("'%1': unknown protocol '%2' (known: %3)")
                         .arg(entry, scheme.toString(), known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        e.protocol = *protocol;
        if (colon >= 0) {
            bool ok = false;
            const uint port = rest.mid(colon + 1).toUInt(&ok);
            if (!ok || port == 0 || port > 65535) {
                *error = Tr::tr("'%1': expected a port number from 1 to 65535").arg(entry);
                return std::nullopt;
            }
            e.port = static_cast<quint16>(port);
        } else {
            e.port = protocolInfo(e.protocol).defaultPort;
            if (e.port == 0) {
                *error = Tr::tr("'%1': this protocol has no usual port; write %1:PORT").arg(entry);
                return std::nullopt;
            }
        }
        for (const Endpoint &other : std::as_const(out)) {
            if (other.protocol == e.protocol && other.port == e.port) {
                *error = Tr::tr("%1 is listed twice").arg(endpointText(e));
                return std::nullopt;
            }
        }
        out.append(e);
    }
    return out;
}

QString endpointListText(const QList<Endpoint> &endpoints)
{
    QStringList parts;
    for (const Endpoint &e : endpoints) {
        QString text = endpointText(e);
        if (!e.address.isEmpty())
            text += QLatin1Char('@') + e.address;
        parts << text;
    }
    return parts.join(QStringLiteral(", "));
}

std::optional<EditError> checkHost(const Workspace &ws, const Host &host, const QString &originalId)
{
    if (!originalId.isEmpty() && !ws.host(originalId))
        return EditError{Field::Id, Tr::tr("Host '%1' is no longer in the workspace (an undo or an import "
                                           "removed it): nothing was changed.")
                                        .arg(originalId)};
    if (host.id.isEmpty())
        return EditError{Field::Id, Tr::tr("Id: a host needs an id, which links use to name it.")};
    if (!isId(host.id))
        return EditError{
            Field::Id,
            Tr::tr("Id: '%1' may hold only letters, digits, '.', '_' and '-'.").arg(host.id)};
    if (host.id == kInternetNode || host.id == kUsersNode)
        return EditError{Field::Id,
                         Tr::tr("Id: '%1' is reserved for the map's pseudo-node.").arg(host.id)};
    if (host.id != originalId && ws.host(host.id))
        return EditError{Field::Id,
                         Tr::tr("Id: another host already has the id '%1'.").arg(host.id)};
    if (host.name.isEmpty() || !isHostName(host.name))
        return EditError{Field::Name,
                         Tr::tr("Name: '%1' is not a DNS host name (letters, digits and hyphens in "
                                "labels separated by dots).")
                             .arg(host.name)};
    for (const QString &address : host.addresses) {
        if (QHostAddress(address).isNull())
            return EditError{Field::Addresses,
                             Tr::tr("Addresses: '%1' is not an IP address.").arg(address)};
    }
    for (qsizetype i = 0; i < host.endpoints.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (host.endpoints.at(i).protocol == host.endpoints.at(j).protocol &&
                host.endpoints.at(i).port == host.endpoints.at(j).port)
                return EditError{Field::Endpoints, Tr::tr("Endpoints: %1 is listed twice.")
                                                       .arg(endpointText(host.endpoints.at(i)))};
        }
    }
    const Host *before = originalId.isEmpty() ? nullptr : ws.host(originalId);
    if (!before)
        return std::nullopt;
    // What still names an endpoint of the host must find it after the edit.
    for (const Link &l : ws.links) {
        if (l.endpoint.hostId != originalId)
            continue;
        const Endpoint *e = resolve(*before, l.endpoint);
        if (e && !hasEndpoint(host, *e))
            return EditError{Field::Endpoints,
                             Tr::tr("Endpoints: %1 is the endpoint of the link '%2'; "
                                    "delete or change that link first.")
                                 .arg(endpointText(*e), l.id)};
    }
    for (const RiskAcceptance &a : ws.acceptedRisks) {
        const std::optional<EndpointRef> ref = EndpointRef::parse(a.endpoint);
        if (!ref || ref->hostId != originalId)
            continue;
        const Endpoint *e = resolve(*before, *ref);
        if (e && !hasEndpoint(host, *e))
            return EditError{
                Field::Endpoints,
                Tr::tr("Endpoints: %1 has an accepted risk (%2); it cannot be removed while "
                       "the risk is recorded.")
                    .arg(endpointText(*e), a.rule)};
    }
    return std::nullopt;
}

Workspace putHost(const Workspace &workspace, const Host &host, const QString &originalId)
{
    Workspace ws = workspace;
    const auto it = std::find_if(ws.hosts.begin(), ws.hosts.end(), [&](const Host &h) {
        return !originalId.isEmpty() && h.id == originalId;
    });
    if (it == ws.hosts.end()) {
        ws.hosts.append(host);
        return ws;
    }
    // Links by protocol alone get the port they meant before the host changes.
    for (Link &l : ws.links) {
        if (l.endpoint.hostId == originalId && l.endpoint.port == 0) {
            if (const Endpoint *e = resolve(*it, l.endpoint))
                l.endpoint.port = e->port;
        }
    }
    *it = host;
    if (host.id == originalId)
        return ws;
    for (Link &l : ws.links) {
        if (l.from == originalId)
            l.from = host.id;
        if (l.endpoint.hostId == originalId)
            l.endpoint.hostId = host.id;
    }
    for (Domain &d : ws.domains)
        std::replace(d.mxHosts.begin(), d.mxHosts.end(), originalId, host.id);
    for (OutboundTest &t : ws.outboundTests) {
        if (t.relay == originalId)
            t.relay = host.id;
    }
    if (ws.outboundTestPlan) {
        for (OutboundTestPlan::Trigger &t : ws.outboundTestPlan->triggers) {
            if (t.relay == originalId)
                t.relay = host.id;
        }
    }
    for (RiskAcceptance &a : ws.acceptedRisks) {
        std::optional<EndpointRef> ref = EndpointRef::parse(a.endpoint);
        if (ref && ref->hostId == originalId) {
            ref->hostId = host.id;
            a.endpoint = ref->toString();
        }
    }
    if (ws.layout.contains(originalId))
        ws.layout.insert(host.id, ws.layout.take(originalId));
    return ws;
}

std::optional<EditError> checkLink(const Workspace &ws, const Link &link, const QString &originalId)
{
    if (!originalId.isEmpty() &&
        std::none_of(ws.links.cbegin(), ws.links.cend(), [&](const Link &l) { return l.id == originalId; }))
        return EditError{Field::Id, Tr::tr("Link '%1' is no longer in the workspace (an undo or an import "
                                           "removed it): nothing was changed.")
                                        .arg(originalId)};
    if (link.id.trimmed().isEmpty())
        return EditError{Field::Id, Tr::tr("Id: a link needs an id.")};
    if (std::any_of(link.id.cbegin(), link.id.cend(),
                    [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; }))
        return EditError{
            Field::Id, Tr::tr("Id: '%1' may not hold spaces or control characters.").arg(link.id)};
    if (link.id != originalId && std::any_of(ws.links.cbegin(), ws.links.cend(),
                                             [&](const Link &l) { return l.id == link.id; }))
        return EditError{Field::Id,
                         Tr::tr("Id: another link already has the id '%1'.").arg(link.id)};
    const bool fromInternet = link.from == kInternetNode;
    const bool fromUsers = link.from == kUsersNode;
    if (!fromInternet && !fromUsers && !ws.host(link.from))
        return EditError{
            Field::From,
            Tr::tr("From: '%1' is neither a host nor the Internet or the users.").arg(link.from)};
    const Host *to = ws.host(link.endpoint.hostId);
    if (!to)
        return EditError{Field::Endpoint,
                         Tr::tr("To: no host has the id '%1'.").arg(link.endpoint.hostId)};
    if (!resolve(*to, link.endpoint))
        return EditError{Field::Endpoint, Tr::tr("To: '%1' names no single endpoint of %2.")
                                              .arg(link.endpoint.toString(), to->name)};
    // An outbound link names the relay's own endpoint (it is drawn to the Internet).
    if (link.kind == LinkKind::Outbound && link.from != link.endpoint.hostId)
        return EditError{Field::Endpoint,
                         Tr::tr("To: an outbound link names an endpoint of its own relay (it leads to the Internet).")};
    if (link.kind != LinkKind::Outbound && link.from == link.endpoint.hostId)
        return EditError{Field::From, Tr::tr("From: a link joins two different hosts.")};
    if (fromInternet != (link.kind == LinkKind::InternetInbound))
        return EditError{Field::Kind,
                         fromInternet ? Tr::tr("Kind: a link from the Internet is an inbound hop.")
                                      : Tr::tr("Kind: an inbound hop comes from the Internet.")};
    if (fromUsers != userKind(link.kind))
        return EditError{
            Field::Kind,
            fromUsers ? Tr::tr("Kind: a link from the users is submission, access or webmail.")
                      : Tr::tr("Kind: submission, access and webmail links come from the users.")};
    return std::nullopt;
}

Workspace putLink(const Workspace &workspace, const Link &link, const QString &originalId)
{
    Workspace ws = workspace;
    const auto it = std::find_if(ws.links.begin(), ws.links.end(), [&](const Link &l) {
        return !originalId.isEmpty() && l.id == originalId;
    });
    if (it == ws.links.end()) {
        ws.links.append(link);
        return ws;
    }
    *it = link;
    if (link.id != originalId) {
        for (Observation &o : ws.observations) {
            if (o.link == originalId)
                o.link = link.id;
        }
    }
    return ws;
}

} // namespace mailtls
