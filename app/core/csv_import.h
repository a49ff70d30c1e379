#pragma once

// Hosts and endpoints from a CSV file, as spreadsheets and CMDBs export them
// (RFC 4180: quoted fields with "" escapes and line breaks, a UTF-8 BOM, CRLF or
// LF). A header row names the columns, in any order:
//
//   host (required)  the DNS name the host is addressed by
//   address          IP addresses, separated by ';' or spaces
//   roles            role keys (inbound-mx, submission, access, ...), ';'-separated
//   zone             internal or external (default internal)
//   site, software   free text
//   protocol         an endpoint's scheme (smtp, imaps, ...); empty: the row only describes the host
//   port             the endpoint's port (default: the protocol's)
//
// One row per endpoint; rows of one host merge, and must not contradict each
// other. The import is all or nothing: any bad row fails it with
// "file:line:column: what", and the workspace is left as it was.
// New endpoints that users or the Internet reach get their links (users to
// submission, access and webmail; the Internet to an inbound MX).

#include "app/core/workspace.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mailtls {

struct CsvImportResult
{
    std::optional<Workspace> workspace; // the merged workspace; empty on error
    QString error;
    int hostsAdded = 0;
    int endpointsAdded = 0;
    int linksAdded = 0;
};

CsvImportResult importHostsCsv(const Workspace &into, const QByteArray &csv, const QString &sourceName);

// Adds the links users and the Internet take to endpoints that have none
// (users to submission, access, webmail; the Internet to an inbound MX's SMTP).
int addReachLinks(Workspace *workspace);
// A host id for a new host of this name, unique in the workspace ("mx" for mx.example.org).
QString newHostId(const QString &name, const Workspace &workspace);

} // namespace mailtls
