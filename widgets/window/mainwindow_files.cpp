#include "widgets/window/mainwindow.h"

// The window's files: open, save, recent workspaces, and the imports (CSV,
// nmap XML, message paths, DNS discovery), each read or written by a
// service of the session (background_tasks.h) on a worker thread.

#include "app/imports/import_file.h"
#include "app/models/inventory_models.h"
#include "app/session/background_tasks.h"
#include "widgets/details/endpoint_details.h"
#include "widgets/history/history_panel.h"
#include "widgets/inventory/dns_import_dialog.h"
#include "widgets/pathmap/path_map_widget.h"
#include "widgets/window/welcome_page.h"
#include "probes/when_finished.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

namespace mailtls {

namespace {

constexpr int kRecentMax = 8;

} // namespace

void MainWindow::updateRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent")).toStringList();
    if (!path.isEmpty() && !path.startsWith(u':')) {
        recent.removeAll(path);
        recent.prepend(path);
        while (recent.size() > kRecentMax)
            recent.removeLast();
        settings.setValue(QStringLiteral("recent"), recent);
    }
    m_recentMenu->clear();
    for (const QString &r : std::as_const(recent))
        m_recentMenu->addAction(r, this, [this, r] { openWorkspace(r); });
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecent(recent);
}

QString MainWindow::demoWorkspacePath()
{
    // Compiled into the binary (resources.qrc): found the same from the build tree and installed.
    return QStringLiteral(":/demo/demo-workspace.json");
}

void MainWindow::newWorkspace()
{
    Workspace workspace;
    workspace.name = tr("Untitled");
    showWorkspace({}, workspace);
}

void MainWindow::chooseWorkspace()
{
    auto *dialog = new QFileDialog(this, tr("Open Workspace"), QFileInfo(m_path).absolutePath(),
                                   tr("MailTLS Auditor workspaces (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openWorkspace);
    dialog->open();
}

void MainWindow::openWorkspace(const QString &path)
{
    statusBar()->showMessage(tr("Loading %1...").arg(path));
    // Read and validated on a worker thread; the GUI thread only receives the value.
    whenFinished(this, background::loadWorkspace(path),
                 [this, path](const WorkspaceReadResult &result) {
                     if (!result.workspace) {
                         statusBar()->showMessage(tr("Could not open %1").arg(path), 10000);
                         Q_EMIT workspaceFailed(result.error);
                         showMessage(QMessageBox::Warning, tr("Cannot open workspace"),
                                     result.error);
                         return;
                     }
                     showWorkspace(path, *result.workspace);
                 });
}

void MainWindow::saveWorkspace()
{
    if (m_path.isEmpty() || m_path.startsWith(u':'))
        saveWorkspaceAs();
    else
        writeWorkspace(m_path);
}

void MainWindow::saveWorkspaceAs()
{
    auto *dialog = new QFileDialog(this, tr("Save Workspace"), QFileInfo(m_path).absolutePath(),
                                   tr("MailTLS Auditor workspaces (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::writeWorkspace);
    dialog->open();
}

void MainWindow::writeWorkspace(const QString &path)
{
    // Written on a worker thread (QSaveFile: a failed save leaves the old file).
    whenFinished(
        this, background::saveWorkspace(m_workspace, path), [this, path](const QString &error) {
            if (!error.isEmpty()) {
                showMessage(QMessageBox::Warning, tr("Cannot save workspace"), error);
                Q_EMIT workspaceSaved(path, error);
                return;
            }
            m_path = path;
            m_modified = false;
            m_undo->setClean();
            setWindowModified(false);
            updateRecent(path);
            statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
            Q_EMIT workspaceSaved(path, {});
        });
}

void MainWindow::showWorkspace(const QString &path, const Workspace &workspace)
{
    ++m_generation;
    m_workspace = workspace;
    m_path = path;
    m_modified = false;
    m_snapshot = {};
    m_tlsRpt.reset();
    m_undo->clear();
    m_detailsRef.clear();
    m_details->clear();
    m_hosts->setWorkspace(workspace);
    m_links->setWorkspace(workspace);
    m_map->setWorkspace(workspace);
    m_historyPanel->setMilestones(workspace.milestones);
    m_mapVersion = ++m_workspaceVersion;
    m_hostView->expandAll();
    for (int c = 0; c < HostTreeModel::ColumnCount; ++c)
        m_hostView->resizeColumnToContents(c);
    m_linkView->resizeColumnsToContents();
    setWindowTitle(tr("%1[*] - MailTLS Auditor").arg(workspace.name));
    m_summary->setText(
        tr("%1: %n host(s)", nullptr, static_cast<int>(workspace.hosts.size()))
            .arg(workspace.organisation.isEmpty() ? workspace.name : workspace.organisation) +
        QStringLiteral(", ") + tr("%n link(s)", nullptr, static_cast<int>(workspace.links.size())));
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    updateRecent(path);
    updateActions();
    leaveWelcome();
    Q_EMIT workspaceLoaded(path);
    refreshFromStore();
}

void MainWindow::importFrom(int kind)
{
    const auto importKind = ImportKind(kind);
    const QString filter =
        importKind == ImportKind::HostsCsv  ? tr("CSV files (*.csv);;All files (*)")
        : importKind == ImportKind::NmapXml ? tr("nmap XML (*.xml);;All files (*)")
                                            : tr("Messages (*.eml *.mbox *.mbx);;All files (*)");
    auto *dialog = new QFileDialog(this, tr("Import"), QFileInfo(m_path).absolutePath(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, importKind](const QString &path) {
        if (m_workspace.name.isEmpty())
            newWorkspace(); // from the welcome page: the hosts go into a new workspace
        importPath(int(importKind), path);
    });
    dialog->open();
}

void MainWindow::importPath(int kind, const QString &path)
{
    statusBar()->showMessage(tr("Importing %1...").arg(path));
    runImport([kind, path](const Workspace &into) { return importFile(into, ImportKind(kind), path); });
}

void MainWindow::chooseDomain()
{
    auto *dialog = new DnsImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_workspace.name.isEmpty())
            newWorkspace(); // from the welcome page: the hosts go into a new workspace
        importDomain(dialog->domain(), dialog->options());
    });
    dialog->open();
}

void MainWindow::importDomain(const QString &domain, const dns::ResolverOptions &options)
{
    // The lookups wait in a local event loop of a worker thread, never the GUI thread's.
    statusBar()->showMessage(tr("Asking DNS about %1...").arg(domain));
    runImport([domain, options](const Workspace &into) { return mailtls::importDomain(into, domain, options); });
}

void MainWindow::runImport(const std::function<FileImport(const Workspace &)> &import, int attempt)
{
    const quint64 generation = m_generation;
    const int version = m_workspaceVersion;
    whenFinished(this, background::runImport(import, m_workspace),
                 [this, generation, version, import, attempt](const FileImport &result) {
                     if (generation != m_generation)
                         return; // another workspace was opened
                     if (version == m_workspaceVersion || !result.workspace) {
                         importDone(result);
                         return;
                     }
                     // Edited while the import ran: its result would undo those edits.
                     if (attempt < 2) {
                         runImport(import, attempt + 1);
                         return;
                     }
                     statusBar()->clearMessage();
                     showMessage(QMessageBox::Warning, tr("Import failed: nothing was imported"),
                                 tr("The workspace kept changing while the import ran. Import again when "
                                    "the editing is done."));
                     Q_EMIT importFinished(false);
                 });
}

void MainWindow::importDone(const FileImport &result)
{
    if (!result.workspace) {
        statusBar()->clearMessage();
        showMessage(QMessageBox::Warning, tr("Import failed: nothing was imported"), result.error);
        Q_EMIT importFinished(false);
        return;
    }
    // Map positions dragged while the import ran (a drag is not an edit of the inventory) are kept.
    Workspace imported = *result.workspace;
    for (auto it = m_workspace.layout.cbegin(); it != m_workspace.layout.cend(); ++it)
        imported.layout.insert(it.key(), it.value());
    changeWorkspace(imported, tr("Import"));
    statusBar()->showMessage(result.summary, 10000);
    if (!result.warnings.isEmpty())
        showMessage(QMessageBox::Information, tr("Imported, with warnings"),
                    result.warnings.join(u'\n'));
    Q_EMIT importFinished(true);
}

} // namespace mailtls
