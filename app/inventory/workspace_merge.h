#pragma once

// What every import (CSV, nmap XML, DNS discovery) does the same way when it
// merges hosts into a workspace: a host is the workspace's host of the same
// name or address, or a new one with an id made from its name; endpoints are
// added without breaking the links that name their host's only endpoint of a
// protocol; and the links users and the Internet take are added last.

#include "app/inventory/workspace.h"

#include <optional>

namespace mailtls {

struct ImportResult
{
    std::optional<Workspace> workspace; // the merged workspace; empty on error
    QString error;
    int hostsAdded = 0;
    int endpointsAdded = 0;
    int linksAdded = 0;
};

// Adds the links users and the Internet take to endpoints that have none
// (users to submission, access, webmail; the Internet to an inbound MX's SMTP).
int addReachLinks(Workspace *workspace);
// A host id for a new host of this name, unique in the workspace ("mx" for mx.example.org).
QString newHostId(const QString &name, const Workspace &workspace);
// True for a DNS host name: letters, digits and inner hyphens in dot-separated labels.
bool isHostName(QStringView name);

// Merges incoming into the workspace's host of the same name (ignoring case) or
// of one of its addresses, else adds it as a new host (incoming.id is ignored).
// Adds the addresses, roles and endpoints the host lacks; keeps its zone, site
// and software. Counts what it added in *result. Returns the host's index.
qsizetype mergeHost(Workspace *workspace, const Host &incoming, ImportResult *result);
// Adds the addresses and roles of `from` that `into` lacks, in from's order.
void addAddressesAndRoles(Host &into, const Host &from);

// Adds an endpoint to a host unless it has it. Links that named the host's only
// endpoint of that protocol without a port ("mx1/smtp") get the port first, so
// they still name it when the host has two. Returns whether it added it.
bool addEndpoint(Workspace *workspace, qsizetype hostIndex, const Endpoint &endpoint);

} // namespace mailtls
