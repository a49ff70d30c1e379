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

#include "app/inventory/workspace_merge.h"

#include <QByteArray>
#include <QString>

namespace mailtls {

using CsvImportResult = ImportResult;

// Far above any organisation's host list (10,000 hosts are about 1 MiB); a larger file is refused at once.
inline constexpr qsizetype kMaxCsvBytes = 64LL * 1024 * 1024;

CsvImportResult importHostsCsv(const Workspace &into, const QByteArray &csv, const QString &sourceName);
// The error for a file of this size ("f.csv:1:1: the file is larger than ..."), empty when the size is fine;
// callers check it before reading a file into memory.
QString csvSizeError(qint64 size, const QString &sourceName);

} // namespace mailtls
