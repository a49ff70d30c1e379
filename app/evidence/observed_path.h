#pragma once

// A real message's path laid over the inventory: each Received: hop matched
// to the hosts that sent and received it and to the link it crossed, so the
// link's state can say what was actually used, not only what was offered.
//
// Matching: a hop's receiving host is the inventory host named in its "by"
// clause; its sending host, the one named in "from" (HELO or reverse name) or
// owning the recorded address. A sender outside the inventory is the Internet,
// or the Users when the hop was authenticated (ESMTPSA). Hops before the first
// inventory host happened outside the organisation and match no link; inside
// it, a hop to a host the inventory lacks is reported, and can be added.

#include "app/evidence/received.h"
#include "app/inventory/workspace.h"

namespace mailtls {

struct HopMatch
{
    QString fromNode;     // host id, kInternetNode, kUsersNode, or empty when outside the inventory
    QString byHost;       // host id, or empty when the receiver is not in the inventory
    QString link;         // link id, or empty
    bool ambiguous = false; // several links could be this hop (e.g. submission on 587 or 465)
    bool inside = false;    // the hop happened inside the organisation
};

struct PathMatch
{
    QList<HopMatch> hops;     // one per hop of the MessagePath, same order
    QStringList unknownHosts; // receiving names inside the organisation the inventory lacks
};

PathMatch matchPath(const Workspace &workspace, const MessagePath &path);

struct ObservationImport
{
    int messages = 0;
    int hopsMatched = 0;     // hops recorded on a link
    int hopsUnmatched = 0;   // hops inside the organisation without a link
    int observationsAdded = 0;
    int observationsUpdated = 0;
    int hostsAdded = 0;
    int linksAdded = 0;
};

// Records what each matched hop used into workspace->observations. With
// addUnknown, receiving hosts inside the organisation that the inventory lacks
// are added (named as in the header, role from the protocol) with the link the
// message crossed. source is the file name shown next to each observation.
ObservationImport recordObservations(Workspace *workspace, const QList<MessagePath> &messages,
                                     const QString &source, bool addUnknown);

// The observations of one link, newest first.
QList<Observation> observationsFor(const Workspace &workspace, QStringView linkId);

} // namespace mailtls
