#pragma once

// A DNS discovery into a workspace, merged as every import merges (by host
// name or address, see workspace_merge.h). What DNS states is imported: each
// MX host as an external inbound MX with SMTP on port 25 and the domain with
// its MX in preference order; each offered SRV service as an endpoint of its
// target with the record's port (submission and access roles). The well-known
// names are suggestions only: DNS says they exist, not what they serve.
// A domain that does not exist, or whose MX lookup failed, imports nothing.

#include "app/imports/dns_discovery.h"
#include "app/inventory/workspace_merge.h"

namespace mailtls {

ImportResult importDnsDiscovery(const Workspace &into, const DnsDiscoveryResult &discovery);

} // namespace mailtls
