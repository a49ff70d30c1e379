#pragma once

// An organisation shaped like a real mail network for the path map: inbound
// MX, outbound relays, internal relays and filters, directories, mail stores,
// access services and webmail, with the links mail and users take between
// them. Generated from a seed: the same arguments give the same workspace.
// Shared by the path map's benchmark and its unit tests.

#include "app/inventory/workspace.h"

namespace mailtls::bench {

// hostCount hosts and about linkCount links (exactly, unless the hosts
// cannot hold that many distinct links).
Workspace layeredWorkspace(int hostCount, int linkCount, quint32 seed);

} // namespace mailtls::bench
