#pragma once

// The evidence of a link as JSON: a link's assessment (the "links" of
// `mailtls-auditor audit --json`) and a Received: hop with what it matched in
// the inventory (the "hops" of `mailtls-auditor path --json`). The keys are
// documented in docs/path-map.md.

#include "app/evidence/link_state.h"
#include "app/evidence/observed_path.h"

#include <QJsonObject>

namespace mailtls {

// The link (id, kind, from, endpoint) with its state, reasons, whether it is
// incomplete, and what real messages showed on it ("observed", when they did).
QJsonObject linkAssessmentToJson(const Link &link, const LinkAssessment &assessment);

// The hop as its header said it; with match (nullptr: no workspace), the node,
// host and link of the inventory it is.
QJsonObject observedHopToJson(const ReceivedHop &hop, const HopMatch *match);

// A message (id, subject, sender, date, line in its file) with its hops; with
// match, the hosts inside the organisation the inventory lacks.
QJsonObject messagePathToJson(const MessagePath &message, const PathMatch *match);

} // namespace mailtls
