#pragma once

// One import into a workspace from a file, as the window's Import menu runs
// it on a worker thread: hosts from CSV or nmap XML, or the paths of real
// messages (.eml, mbox) recorded as observations. All or nothing: a bad file
// gives an error naming the file and line, and the workspace is unchanged.

#include "app/core/workspace.h"

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

// Removes hosts and everything that names them (endpoints, links from and to
// them, their observations, domains' MX entries, accepted risks on their endpoints).
Workspace removeHosts(const Workspace &workspace, const QSet<QString> &hostIds);
// Removes links and their observations.
Workspace removeLinks(const Workspace &workspace, const QSet<QString> &linkIds);

} // namespace mailtls
