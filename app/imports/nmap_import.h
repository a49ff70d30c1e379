#pragma once

// Hosts with open mail ports from an nmap XML report (`nmap -oX`), for admins
// who already scanned a range. Each open TCP port that nmap names as a mail,
// directory or web service (or that sits on such a service's standard port)
// becomes an endpoint; a host is named by its user-given or PTR name, else its
// address, and merged with the workspace host of that name or address. All or
// nothing: a malformed report fails with file:line:column and nothing changes.

#include "app/imports/csv_import.h"

namespace mailtls {

CsvImportResult importNmapXml(const Workspace &into, const QByteArray &xml, const QString &sourceName);

} // namespace mailtls
