#pragma once

// What a hop's latest evidence says about it: the state a link takes from the
// probe result of the endpoint that receives it (one of six: strong TLS, weak
// TLS, optional TLS, cleartext, unreachable, not probed), with the reasons in
// words a report can cite. Pure functions over probe results.

#include "app/inventory/workspace.h"
#include "probes/endpoint_probe.h"

#include <QStringList>

namespace mailtls {

enum class LinkState {
    StrongTls,   // TLS 1.2+ only, forward-secret suites only
    WeakTls,     // TLS, but legacy versions or suites without forward secrecy accepted, or a
                 // TLS flaw the hygiene checks found (Heartbleed, ROBOT, CCS injection, ...)
    OptionalTls, // TLS offered, but a password could still cross in cleartext
    Cleartext,   // no TLS on this hop
    Unreachable, // the endpoint could not be asked
    NotProbed,   // no evidence yet
};

// What real messages used on the link (the latest observation decides).
struct ObservedUse
{
    QString transport;      // "tls" or "cleartext"
    QString tlsVersion;     // when the header said
    QString cipher;
    QDateTime lastSeen;
    QString messageId;
    bool cleartextSeen = false; // some message crossed in cleartext, even if later ones used TLS
};

// The real messages that say something about a link's encryption ("tls" or
// "cleartext" hops; local and unknown ones do not): the latest, and the latest
// in cleartext (set whenever some message crossed in cleartext).
struct LatestUse
{
    const Observation *latest = nullptr;
    const Observation *latestCleartext = nullptr;

    bool cleartextSeen() const { return latestCleartext != nullptr; }
};

// Pointers into observations, which must outlive the result.
LatestUse latestUse(const QList<Observation> &observations);

struct LinkAssessment
{
    LinkState state = LinkState::NotProbed;
    QStringList reasons;     // stable English with details, e.g. "accepts TLSv1.0" (the JSON output)
    QStringList reasonTexts; // the same reasons translated, for people (the window, reports)
    bool incomplete = false; // some version could not be decided: the state may be better than the truth
    std::optional<ObservedUse> observed; // set when real messages showed the hop
};

// An endpoint from its probe result. A name with several addresses takes the
// weakest state any address showed (an address that could not be asked
// counts below every answer, so it hides none), incomplete when any address
// is; each reason then starts with its address ("::1: STARTTLS not offered"),
// the weakest address's first.
LinkAssessment assessEndpoint(const EndpointResult &result);
// A link from its receiving endpoint's probe result (nullptr: not probed) and
// what real messages showed on it. A hop that offers TLS but was crossed in
// cleartext by the latest message is optional TLS; a hop only seen in
// messages takes its state from them, marked incomplete (use is not policy).
LinkAssessment assessLink(const EndpointResult *probe, const QList<Observation> &observations);
// A link with all the workspace knows of it: its receiving endpoint's probe
// result (nullptr: not probed), the real messages seen on it and, for an
// outbound link, its relay's outbound tests (the sending side, which the
// relay's own endpoint cannot show). The link takes the weaker of its two
// sides: a relay that delivered in cleartext where STARTTLS was offered is
// cleartext; one that took less than TLS 1.2, fell back or accepted a bad
// certificate toward a destination that requires TLS is weak TLS. A sending
// side never tested, or with one of those checks undecided, leaves the link
// incomplete; an outbound link whose endpoint was not probed takes its
// state from the sending side alone.
LinkAssessment assessLink(const Link &link, const EndpointResult *probe, const WorkspaceIndex &index);

QString linkStateKey(LinkState state); // "strong_tls", "weak_tls", ...
std::optional<LinkState> linkStateFromKey(QStringView key);
QString linkStateLabel(LinkState state); // translated
QList<LinkState> allLinkStates();

} // namespace mailtls
