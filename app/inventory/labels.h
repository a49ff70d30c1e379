#pragma once

// Translated display names for the domain's enums, shared by the models, the
// command line and (later) the reports.

#include "app/inventory/workspace.h"

namespace mailtls {

QString hostRoleLabel(HostRole role);
QString linkKindLabel(LinkKind kind);
QString zoneLabel(Zone zone);
// The M3AAWG measure a link kind is judged under: 1, 2 or 3.
int measureForLinkKind(LinkKind kind);

} // namespace mailtls
