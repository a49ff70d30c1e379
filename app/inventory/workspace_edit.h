#pragma once

// Editing one host or one link of a workspace, as the window's Add and Edit
// dialogs do it: a check that names the field at fault (so the dialog can
// point at it and keep what the user typed), and the edit itself, which keeps
// everything that names the host or link pointing at it. Pure functions over
// values: the window pushes the result on its undo stack.

#include "app/inventory/workspace.h"

#include <optional>

namespace mailtls {

// Why an edit cannot be made: the field at fault and a sentence naming it.
struct EditError
{
    enum class Field
    {
        Id,
        Name,
        Addresses,
        Endpoints,
        Kind,
        From,
        Endpoint
    };
    Field field = Field::Id;
    QString message;
};

// "smtp:25, submission:587 imaps" -> endpoints; a port may be left out where
// the protocol has a default, "@ADDRESS" connects there instead of the host's
// address. nullopt with *error naming the bad entry.
std::optional<QList<Endpoint>> parseEndpointList(QStringView text, QString *error);
// The reverse, for an edit field: "smtp:25, imaps:993".
QString endpointListText(const QList<Endpoint> &endpoints);

// Whether host may replace the host originalId (empty: be added): a free id of
// letters, digits, '.', '_' and '-'; a DNS name; IP addresses; no endpoint
// twice; and no endpoint dropped that a link or an accepted risk still names.
// A non-empty originalId that is no longer in the workspace is refused.
std::optional<EditError> checkHost(const Workspace &workspace, const Host &host,
                                   const QString &originalId);
// Adds the host, or replaces originalId with it. A new id is carried to
// every link, domain MX, accepted risk and map position that named the old
// one; links that named the host's only endpoint of a protocol by protocol
// alone get its port first, so they still name it if the host now has two.
// Call checkHost first.
Workspace putHost(const Workspace &workspace, const Host &host, const QString &originalId);

// Whether link may replace the link originalId (empty: be added): a free id, a
// known sending side, an endpoint that names exactly one endpoint of another
// host, and a kind that fits the sending side (from the Internet an inbound
// hop, from the users submission, access or webmail, and those kinds from
// nowhere else). The endpoint's protocol is not matched to the kind: a policy
// rule judges a hop to the wrong service. A non-empty originalId that is no
// longer in the workspace (an undo or an import removed it) is refused.
std::optional<EditError> checkLink(const Workspace &workspace, const Link &link,
                                   const QString &originalId);
// Adds the link, or replaces originalId with it; its observations follow a new id.
Workspace putLink(const Workspace &workspace, const Link &link, const QString &originalId);

} // namespace mailtls
