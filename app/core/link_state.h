#pragma once

// What a hop's latest evidence says about it: the state a link takes from the
// probe result of the endpoint that receives it (issue 4's six states), with
// the reasons in words a report can cite. Pure functions over probe results.

#include "probes/endpoint_probe.h"

#include <QStringList>

namespace mailtls {

enum class LinkState {
    StrongTls,   // TLS 1.2+ only, forward-secret suites only
    WeakTls,     // TLS, but legacy versions or suites without forward secrecy accepted
    OptionalTls, // TLS offered, but a password could still cross in cleartext
    Cleartext,   // no TLS on this hop
    Unreachable, // the endpoint could not be asked
    NotProbed,   // no evidence yet
};

struct LinkAssessment
{
    LinkState state = LinkState::NotProbed;
    QStringList reasons; // untranslated keys with details, e.g. "accepts TLSv1.0"
    bool incomplete = false; // some version could not be decided: the state may be better than the truth
};

LinkAssessment assessEndpoint(const EndpointResult &result);

// Forward secrecy of a suite by its IANA name (TLS 1.3 suites always have it).
bool isForwardSecret(QStringView suite);

QString linkStateKey(LinkState state); // "strong_tls", "weak_tls", ...
std::optional<LinkState> linkStateFromKey(QStringView key);
QString linkStateLabel(LinkState state); // translated
QList<LinkState> allLinkStates();

} // namespace mailtls
