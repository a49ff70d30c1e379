#pragma once

// One import into a workspace from a file, as the window's Import menu runs
// it on a worker thread: hosts from CSV or nmap XML, or the paths of real
// messages (.eml, mbox) recorded as observations; or a DNS discovery. All or nothing: a bad file
// gives an error naming the file and line, and the workspace is unchanged.

#include "app/inventory/workspace.h"
#include "probes/dns/resolver.h"

#include <optional>

namespace mailtls {

enum class ImportKind { HostsCsv, NmapXml, Messages };

struct FileImport
{
    std::optional<Workspace> workspace; // the workspace after the import; none when it failed
    QString error;                      // names the file (and line) when it failed
    QString summary;                    // what was added, for the status bar (translated)
    QStringList warnings;               // parts skipped (messages), worth a look
};

FileImport importFile(const Workspace &into, ImportKind kind, const QString &path);

// What DNS says about a domain's mail (dns_import.h), merged into the
// workspace. Blocks until the lookups end (within their deadline): run it on a
// worker thread. Queries that failed and the well-known names found are
// warnings; a domain that does not exist or whose MX lookup failed is an error.
FileImport importDomain(const Workspace &into, const QString &domain, const dns::ResolverOptions &options);

// Removes hosts and everything that names them (endpoints, links from and to
// them, their observations, domains' MX entries, accepted risks on their endpoints).
Workspace removeHosts(const Workspace &workspace, const QSet<QString> &hostIds);
// Removes links and their observations.
Workspace removeLinks(const Workspace &workspace, const QSet<QString> &linkIds);

} // namespace mailtls
