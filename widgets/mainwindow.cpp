#include "widgets/mainwindow.h"

#include "app/core/inventory_models.h"
#include "app/core/workspace_io.h"
#include "widgets/pathmap/path_map_widget.h"
#include "widgets/when_finished.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

namespace mailtls {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_hosts(new HostTreeModel(this)), m_links(new LinkTableModel(this))
{
    setWindowTitle(tr("MailTLS Auditor"));
    resize(1200, 760);

    m_hostView = new QTreeView;
    m_hostView->setModel(m_hosts);
    m_hostView->setUniformRowHeights(true);
    m_hostView->setAlternatingRowColors(true);
    m_hostView->setObjectName(QStringLiteral("hostView"));

    m_linkView = new QTableView;
    m_linkView->setModel(m_links);
    m_linkView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linkView->setAlternatingRowColors(true);
    m_linkView->verticalHeader()->hide();
    m_linkView->verticalHeader()->setDefaultSectionSize(m_linkView->fontMetrics().height() + 8);
    m_linkView->horizontalHeader()->setStretchLastSection(true);
    m_linkView->setObjectName(QStringLiteral("linkView"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_hostView);
    splitter->addWidget(m_linkView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // The path map: links not probed until an audit exists; dragged nodes
    // are kept in the workspace (saved with File > Save).
    m_map = new PathMapWidget;
    connect(m_map, &PathMapWidget::nodeMoved, this, [this](const QString &id, QPointF pos) {
        m_workspace.layout.insert(id, pos);
        setWindowModified(true);
    });
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("Inventory"));
    m_tabs->addTab(m_map, tr("Path Map"));
    setCentralWidget(m_tabs);

    m_summary = new QLabel(tr("No workspace"));
    statusBar()->addPermanentWidget(m_summary);
    createActions();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace..."), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(tr("&Save Workspace"), this, &MainWindow::saveWorkspace);
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(QStringLiteral("saveAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MailTLS Auditor"), this, &MainWindow::showAbout);
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QFileInfo(m_path).absolutePath(),
        tr("MailTLS Auditor workspaces (*.json);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::openWorkspace(const QString &path)
{
    statusBar()->showMessage(tr("Loading %1...").arg(path));
    // The file is read and validated on a worker thread; the GUI thread only
    // receives the finished value. A watcher connected before setFuture() also
    // reports a future that is already finished.
    auto *watcher = new QFutureWatcher<WorkspaceReadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const WorkspaceReadResult result = watcher->result();
        watcher->deleteLater();
        if (!result.workspace) {
            statusBar()->showMessage(tr("Could not open %1").arg(path), 10000);
            Q_EMIT workspaceFailed(result.error);
            showMessage(QMessageBox::Warning, tr("Cannot open workspace"), result.error);
            return;
        }
        showWorkspace(path, *result.workspace);
    });
    watcher->setFuture(QtConcurrent::run([path] { return loadWorkspaceFile(path); }));
}

void MainWindow::showWorkspace(const QString &path, const Workspace &workspace)
{
    m_workspace = workspace;
    m_path = path;
    m_hosts->setWorkspace(workspace);
    m_links->setWorkspace(workspace);
    m_hostView->expandAll();
    for (int c = 0; c < HostTreeModel::ColumnCount; ++c)
        m_hostView->resizeColumnToContents(c);
    m_linkView->resizeColumnsToContents();
    m_map->setWorkspace(workspace);
    setWindowTitle(tr("%1[*] - MailTLS Auditor").arg(workspace.name));
    setWindowModified(false);
    m_summary->setText(tr("%1: %n host(s)", nullptr, static_cast<int>(workspace.hosts.size()))
                           .arg(workspace.organisation.isEmpty() ? workspace.name
                                                                 : workspace.organisation) +
                       QStringLiteral(", ") +
                       tr("%n link(s)", nullptr, static_cast<int>(workspace.links.size())));
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    Q_EMIT workspaceLoaded(path);
}

void MainWindow::saveWorkspace()
{
    if (m_path.isEmpty() || m_path.startsWith(QLatin1Char(':')))
        return; // nothing opened, or the compiled-in demo
    const QString path = m_path;
    statusBar()->showMessage(tr("Saving %1...").arg(path));
    // Written by a worker: the window never waits on the disk.
    whenFinished(this, QtConcurrent::run([workspace = m_workspace, path] { return saveWorkspaceFile(workspace, path); }),
        [this, path](const QString &error) {
            if (error.isEmpty()) {
                setWindowModified(false);
                statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
            } else {
                statusBar()->showMessage(tr("Could not save %1").arg(path), 10000);
                showMessage(QMessageBox::Warning, tr("Cannot save workspace"), error);
            }
            Q_EMIT workspaceSaved(path, error);
        });
}

void MainWindow::showAbout()
{
    showMessage(QMessageBox::Information, tr("About MailTLS Auditor"),
                tr("<p><b>MailTLS Auditor</b></p><p>Audits an organisation's mail paths against the "
                   "M3AAWG recommendations: opportunistic TLS on every MTA hop, encrypted internal links, "
                   "and no password in cleartext.</p>"));
}

void MainWindow::showMessage(int icon, const QString &title, const QString &text)
{
    // Window-modal and opened, never exec()'d: no nested event loop on the GUI thread.
    auto *box = new QMessageBox(static_cast<QMessageBox::Icon>(icon), title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("messageBox"));
    box->open();
}

} // namespace mailtls
