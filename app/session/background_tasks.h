#pragma once

// The window's work that must not run on the GUI thread, as services: each
// function starts its work on Qt's global thread pool and returns at once
// with a QFuture, which the window continues on its own thread with
// whenFinished(this, future, ...) (probes/when_finished.h). The work takes its
// inputs by value, so the window may change or drop them meanwhile. Files
// and evaluations only: the database is the StoreWorker's thread's, and work
// that needs QtGui (images, documents, printers) is in app/report/report_tasks.h.

#include "app/history/audit_snapshot.h"
#include "app/history/compliance_report.h"
#include "app/history/run_history.h"
#include "app/imports/import_file.h"
#include "app/inventory/workspace_io.h"
#include "app/pathmap/path_map.h"
#include "app/store/audit_store.h"

#include <QByteArray>
#include <QFuture>

#include <functional>
#include <memory>

namespace mailtls::background {

// The workspace file read and validated (loadWorkspaceFile).
QFuture<WorkspaceReadResult> loadWorkspace(const QString &path);
// The workspace written (saveWorkspaceFile, through QSaveFile: a failed save
// leaves the old file); an empty string when it was written, else why.
QFuture<QString> saveWorkspace(const Workspace &workspace, const QString &path);
// An import (importFile, importDomain, ...) run into the workspace as it was
// when called. A DNS import waits for its lookups on the pool's thread.
QFuture<FileImport> runImport(const std::function<FileImport(const Workspace &)> &import,
                              const Workspace &into);

// The snapshot of the stored results (the latest of each endpoint, with when
// they completed and the run they end with), the tracked checklist items and
// the newest check of each domain. Results whose JSON cannot be read are left out.
QFuture<AuditSnapshot> snapshotFromStored(const Workspace &workspace, const Profile &profile,
                                          const QList<StoredResult> &stored, qint64 latestRun,
                                          const QList<TrackedItem> &tracked, const QList<DomainDefence> &domains);
// The snapshot again over the same results (after the exceptions register or
// the checklist changed): their times and run are kept.
QFuture<AuditSnapshot> rebuildSnapshot(const Workspace &workspace, const Profile &profile,
                                       const AuditSnapshot &previous,
                                       const QList<TrackedItem> &tracked);

// Two runs' figures and what changed from the earlier to the later.
struct ComparedRuns
{
    std::shared_ptr<const Profile> profile; // the reports' rules point into it
    ComplianceReport before;
    ComplianceReport after;
    RunDiff diff;
};
QFuture<ComparedRuns> compareRuns(const ReportInput &before, const ReportInput &after,
                                  const Profile &profile);

// The path map of a workspace built with these link states and laid out (its
// dragged positions win): the layout of thousands of hosts takes a while.
QFuture<PathMap> layoutPathMap(const Workspace &workspace,
                               const QHash<QString, MapLinkStatus> &statuses);

// Bytes written to a file through QSaveFile (a failed write keeps the old
// file): an empty string when written, else the file's error (the caller
// names the file, as its message needs).
QFuture<QString> writeFile(const QString &path, const QByteArray &bytes);

} // namespace mailtls::background
