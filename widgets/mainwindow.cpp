#include "widgets/mainwindow.h"

#include "app/core/audit_session.h"
#include "app/core/import_file.h"
#include "app/core/inventory_models.h"
#include "app/core/store_worker.h"
#include "app/core/when_finished.h"
#include "app/core/workspace_io.h"
#include "probes/result_json.h"
#include "widgets/accept_risk_dialog.h"
#include "widgets/checklist_panel.h"
#include "widgets/endpoint_details.h"
#include "widgets/findings_panel.h"
#include "widgets/pathmap/path_map_widget.h"
#include "widgets/settings_dialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace mailtls {

namespace {

constexpr int kRecentMax = 8;

// One change of the workspace, as the undo stack keeps it: the workspace before and after.
class WorkspaceChange : public QUndoCommand
{
public:
    WorkspaceChange(std::function<void(const Workspace &)> apply, Workspace before, Workspace after,
                    const QString &what)
        : QUndoCommand(what), m_apply(std::move(apply)), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }
    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

private:
    std::function<void(const Workspace &)> m_apply;
    Workspace m_before;
    Workspace m_after;
};

// Off the GUI thread: stored results read back, and the snapshot built from them.
AuditSnapshot snapshotFromStored(const Workspace &ws, const Profile &profile,
                                 const QList<StoredResult> &stored, qint64 latestRun,
                                 const QList<TrackedItem> &tracked)
{
    QHash<QString, EndpointResult> results;
    QHash<QString, QDateTime> times;
    for (const StoredResult &s : stored) {
        if (std::optional<EndpointResult> r = endpointResultFromJson(s.result)) {
            results.insert(s.endpoint, *r);
            times.insert(s.endpoint, s.completedAt);
        }
    }
    AuditSnapshot snapshot = buildSnapshot(ws, profile, results, tracked, QDate::currentDate());
    snapshot.resultTimes = times;
    snapshot.latestRun = latestRun;
    return snapshot;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_hosts(new HostTreeModel(this)), m_links(new LinkTableModel(this))
{
    m_undo = new QUndoStack(this);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        m_modified = !clean;
        setWindowModified(!clean);
    });
    setWindowTitle(tr("MailTLS Auditor"));
    resize(1440, 900);
    QSettings settings;
    m_settings = AppSettings::load(settings);
    m_profile = builtinProfile(m_settings.profile).value_or(*builtinProfile(u"m3aawg"));
    m_store = std::make_unique<StoreWorker>(m_settings.storeLocation());

    m_hostView = new QTreeView;
    m_hostView->setModel(m_hosts);
    m_hostView->setUniformRowHeights(true);
    m_hostView->setAlternatingRowColors(true);
    m_hostView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_hostView->setObjectName(QStringLiteral("hostView"));

    m_linkView = new QTableView;
    m_linkView->setModel(m_links);
    m_linkView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linkView->setAlternatingRowColors(true);
    m_linkView->verticalHeader()->hide();
    m_linkView->verticalHeader()->setDefaultSectionSize(m_linkView->fontMetrics().height() + 8);
    m_linkView->horizontalHeader()->setStretchLastSection(true);
    m_linkView->setObjectName(QStringLiteral("linkView"));

    auto *inventory = new QSplitter(Qt::Vertical);
    inventory->addWidget(m_hostView);
    inventory->addWidget(m_linkView);
    inventory->setStretchFactor(0, 3);
    inventory->setStretchFactor(1, 2);

    m_findings = new FindingsPanel;
    m_checklist = new ChecklistPanel;
    connect(m_findings, &FindingsPanel::acceptRequested, this, &MainWindow::acceptRisk);
    connect(m_checklist, &ChecklistPanel::stateChangeRequested, this, &MainWindow::changeItemState);
    connect(m_checklist, &ChecklistPanel::verifyRequested, this, &MainWindow::verifyEndpoint);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    // The path map: dragged nodes are kept in the workspace (saved with File > Save).
    m_map = new PathMapWidget;
    connect(m_map, &PathMapWidget::nodeMoved, this, [this](const QString &id, QPointF pos) {
        m_workspace.layout.insert(id, pos);
        m_modified = true;
        setWindowModified(true);
    });
    connect(m_map, &PathMapWidget::linkSelected, this, [this](const QString &linkId) {
        for (int row = 0; row < m_workspace.links.size(); ++row) {
            if (m_workspace.links.at(row).id == linkId)
                showLink(row);
        }
    });
    m_mapRefresh = new QTimer(this);
    m_mapRefresh->setSingleShot(true);
    m_mapRefresh->setInterval(400);
    connect(m_mapRefresh, &QTimer::timeout, this, &MainWindow::refreshMap);
    // The map first: at a glance, which hops are cleartext.
    m_tabs->addTab(m_map, tr("Path &Map"));
    m_tabs->addTab(inventory, tr("&Inventory"));
    m_tabs->addTab(m_findings, tr("&Findings"));
    m_tabs->addTab(m_checklist, tr("&Checklist"));
    setCentralWidget(m_tabs);

    m_details = new EndpointDetails;
    m_details->setObjectName(QStringLiteral("endpointDetails"));
    auto *dock = new QDockWidget(tr("Details"), this);
    dock->setObjectName(QStringLiteral("detailsDock"));
    dock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {400}, Qt::Horizontal);
    connect(m_findings, &FindingsPanel::endpointActivated, this, &MainWindow::showEndpoint);
    connect(m_linkView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showLink(current.row()); });
    connect(m_hostView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.parent().isValid() ||
                    current.parent().row() >= m_workspace.hosts.size())
                    return;
                const Host &h = m_workspace.hosts.at(current.parent().row());
                if (current.row() < h.endpoints.size()) {
                    const Endpoint &e = h.endpoints.at(current.row());
                    showEndpoint(EndpointRef{h.id, e.protocol, e.port}.toString());
                }
            });

    createStatusBar();
    createActions();
    updateActions();
}

MainWindow::~MainWindow()
{
    if (m_session)
        m_session->cancel();
    delete m_session; // its scheduler stops before the store it writes to
    m_session = nullptr;
    // The undo stack, a child, is cleared after this part of the window is gone: its
    // cleanChanged must not reach it (UBSan saw the member access in the ASan build).
    disconnect(m_undo, nullptr, this, nullptr);
}

QString MainWindow::remainingText(qint64 ms)
{
    if (ms < 0)
        return tr("estimating the time left");
    const int seconds = static_cast<int>((ms + 999) / 1000);
    if (seconds < 60)
        return tr("about %n s left", nullptr, seconds);
    return tr("about %n min left", nullptr, (seconds + 59) / 60);
}

void MainWindow::createStatusBar()
{
    m_summary = new QLabel(tr("No workspace"));
    m_progressLabel = new QLabel;
    m_progressLabel->setObjectName(QStringLiteral("auditProgressLabel"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_summary);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace..."), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecent({});
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::saveWorkspace);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    QAction *saveAs = file->addAction(tr("Save &As..."), this, &MainWindow::saveWorkspaceAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    QMenu *importMenu = file->addMenu(tr("&Import"));
    importMenu->addAction(tr("Hosts from &CSV..."), this,
                          [this] { importFrom(int(ImportKind::HostsCsv)); });
    importMenu->addAction(tr("Hosts from &nmap XML..."), this,
                          [this] { importFrom(int(ImportKind::NmapXml)); });
    importMenu->addAction(tr("Message &Paths (.eml, mbox)..."), this,
                          [this] { importFrom(int(ImportKind::Messages)); });
    file->addSeparator();
    file->addAction(tr("Se&ttings..."), this, &MainWindow::showSettings)
        ->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *remove =
        edit->addAction(tr("&Delete Selected Hosts or Links"), this, &MainWindow::deleteSelected);
    remove->setShortcut(QKeySequence::Delete);

    QMenu *audit = menuBar()->addMenu(tr("&Audit"));
    m_auditAll = audit->addAction(tr("&Audit All"), this, [this] { startAudit(AuditScope::All); });
    m_auditAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_auditAll->setObjectName(QStringLiteral("auditAll"));
    m_auditSelected = audit->addAction(tr("Audit &Selected Hosts"), this,
                                       [this] { startAudit(AuditScope::SelectedHosts); });
    m_auditSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_auditChanged = audit->addAction(tr("Audit What &Changed"), this,
                                      [this] { startAudit(AuditScope::Changed); });
    audit->addSeparator();
    m_cancel = audit->addAction(tr("&Cancel Audit"), this, &MainWindow::cancelAudit);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setObjectName(QStringLiteral("cancelAudit"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MailTLS Auditor"), this, &MainWindow::showAbout);

    QToolBar *bar = addToolBar(tr("Audit"));
    bar->setObjectName(QStringLiteral("auditToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(open);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_auditAll);
    bar->addAction(m_auditSelected);
    bar->addAction(m_auditChanged);
    bar->addAction(m_cancel);
}

void MainWindow::updateActions()
{
    const bool running = m_session && m_session->isRunning();
    const bool loaded = !m_workspace.name.isEmpty();
    m_auditAll->setEnabled(loaded && !running);
    m_auditSelected->setEnabled(loaded && !running);
    m_auditChanged->setEnabled(loaded && !running);
    m_cancel->setEnabled(running);
    m_saveAction->setEnabled(loaded);
}

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
    // Read and validated on a worker thread; the GUI thread only receives the
    // value. A watcher connected before setFuture() also reports a future
    // that is already finished.
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
        this, QtConcurrent::run([ws = m_workspace, path] { return saveWorkspaceFile(ws, path); }),
        [this, path](const QString &error) {
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
    m_undo->clear();
    m_detailsRef.clear();
    m_details->clear();
    m_hosts->setWorkspace(workspace);
    m_links->setWorkspace(workspace);
    m_map->setWorkspace(workspace);
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
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    updateRecent(path);
    updateActions();
    Q_EMIT workspaceLoaded(path);
    refreshFromStore();
}

void MainWindow::refreshFromStore()
{
    // 1. The latest result of each endpoint, from the store's thread;
    // 2. the checklist, likewise; 3. the snapshot (link states, findings,
    // checklist) on a worker thread; whenFinished(this, 4. shown here. Each step is a function
    // of its own, continued with, ...).
    const quint64 generation = m_generation;
    whenFinished(
        this, m_store->latestResults(m_workspace.name),
        [this, generation](const StoreReply<std::pair<QList<StoredResult>, qint64>> &latest) {
            readChecklist(generation, latest.value.first, latest.value.second, latest.error);
        });
}

void MainWindow::readChecklist(quint64 generation, const QList<StoredResult> &stored,
                               qint64 latestRun, const QString &error)
{
    if (generation != m_generation)
        return;
    if (!error.isEmpty())
        statusBar()->showMessage(tr("Audit store: %1").arg(error), 10000);
    whenFinished(
        this, m_store->checklistItems(m_workspace.name, m_profile.id),
        [this, generation, stored, latestRun](const StoreReply<QList<TrackedItem>> &tracked) {
            buildSnapshotFromStore(generation, stored, latestRun, tracked.value);
        });
}

void MainWindow::buildSnapshotFromStore(quint64 generation, const QList<StoredResult> &stored,
                                        qint64 latestRun, const QList<TrackedItem> &tracked)
{
    if (generation != m_generation)
        return;
    whenFinished(
        this,
        QtConcurrent::run(&snapshotFromStored, m_workspace, m_profile, stored, latestRun, tracked),
        [this, generation](const AuditSnapshot &snapshot) {
            if (generation == m_generation)
                showSnapshot(snapshot);
        });
}

void MainWindow::rebuildSnapshot()
{
    // After the register changed: the same results, the findings and checklist again.
    const quint64 generation = m_generation;
    QList<TrackedItem> tracked = m_snapshot.verified;
    for (const ChecklistItem &i : std::as_const(m_snapshot.checklist)) {
        if (i.state)
            tracked.append({m_profile.id,
                            i.finding.ruleId,
                            i.finding.endpoint,
                            *i.state,
                            i.note,
                            0,
                            0,
                            0,
                            i.regressions,
                            {}});
    }
    whenFinished(
        this,
        QtConcurrent::run([ws = m_workspace, profile = m_profile, previous = m_snapshot, tracked] {
            AuditSnapshot s =
                buildSnapshot(ws, profile, previous.results, tracked, QDate::currentDate());
            s.resultTimes = previous.resultTimes;
            s.latestRun = previous.latestRun;
            return s;
        }),
        [this, generation](const AuditSnapshot &s) {
            if (generation == m_generation)
                showSnapshot(s);
        });
}

void MainWindow::showSnapshot(const AuditSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_links->setAssessments(snapshot.links);
    QStringList hostIds;
    for (const Host &h : std::as_const(m_workspace.hosts))
        hostIds << h.id;
    m_findings->setFindings(m_profile, snapshot.findings, hostIds);
    m_checklist->setChecklist(m_profile, snapshot.checklist, snapshot.verified);
    int open = 0;
    for (const TriagedFinding &f : snapshot.findings)
        open += f.accepted() ? 0 : 1;
    m_tabs->setTabText(m_tabs->indexOf(m_findings), tr("&Findings (%1)").arg(open));
    refreshMap();
    if (!m_detailsRef.isEmpty())
        showEndpoint(m_detailsRef);
    Q_EMIT snapshotShown();
}

bool MainWindow::startAudit(AuditScope scope)
{
    if ((m_session && m_session->isRunning()) || m_workspace.name.isEmpty())
        return false;
    if (scope == AuditScope::All) {
        runJobs(auditJobs(m_workspace));
    } else if (scope == AuditScope::SelectedHosts) {
        QSet<QString> ids;
        for (const QModelIndex &i : m_hostView->selectionModel()->selectedRows()) {
            const QModelIndex top = i.parent().isValid() ? i.parent() : i;
            if (top.row() < m_workspace.hosts.size())
                ids.insert(m_workspace.hosts.at(top.row()).id);
        }
        if (ids.isEmpty()) {
            statusBar()->showMessage(tr("Select one or more hosts in the inventory first."), 5000);
            return false;
        }
        runJobs(auditJobs(m_workspace, ids));
    } else {
        // What the last run's inventory did not have, or probed differently: read from the
        // store's thread.
        const quint64 generation = m_generation;
        whenFinished(
            this, m_store->inventory(m_snapshot.latestRun),
            [this, generation](const StoreReply<std::optional<Workspace>> &before) {
                if (generation != m_generation)
                    return;
                const QList<AuditJob> jobs =
                    before.value ? changedJobs(m_workspace, *before.value) : auditJobs(m_workspace);
                if (jobs.isEmpty()) {
                    statusBar()->showMessage(tr("Nothing changed since the last audit."), 5000);
                    return;
                }
                runJobs(jobs);
            });
    }
    return true;
}

void MainWindow::runJobs(const QList<AuditJob> &jobs)
{
    if (m_session && m_session->isRunning())
        return;
    delete m_session;
    ProbeOptions options = m_settings.probeOptions();
    // Started by the demo lab (mailtls-lab run), the window trusts the lab's CA unless a CA
    // file is set.
    if (options.caFile.isEmpty())
        options.caFile = qEnvironmentVariable("MAILTLS_LAB_CA");
    m_session = new AuditSession(m_store.get(), m_settings.limits(), options, this);
    connect(m_session, &AuditSession::endpointFinished, this, &MainWindow::endpointAudited);
    connect(m_session, &AuditSession::progress, this,
            [this](int done, int total, qint64 remainingMs) {
                m_progress->setRange(0, std::max(total, 1));
                m_progress->setValue(done);
                m_progressLabel->setText(tr("Audit: %1 of %2 endpoints, %3")
                                             .arg(done)
                                             .arg(total)
                                             .arg(remainingText(remainingMs)));
            });
    connect(m_session, &AuditSession::failed, this, [this](const QString &error) {
        showMessage(QMessageBox::Warning, tr("Audit"), error);
        m_progress->setVisible(false);
        updateActions();
    });
    connect(m_session, &AuditSession::finished, this,
            [this](qint64 run, bool cancelled, const Evaluation &, const Reconciliation &) {
                m_progress->setVisible(false);
                m_progressLabel->setText(cancelled ? tr("Audit run %1 cancelled").arg(run)
                                                   : tr("Audit run %1 complete").arg(run));
                updateActions();
                refreshFromStore();
                Q_EMIT auditFinished(run, cancelled);
            });
    m_progress->setVisible(true);
    m_progress->setRange(0, std::max<int>(static_cast<int>(jobs.size()), 1));
    m_progress->setValue(0);
    m_session->start(m_workspace, jobs, m_profile);
    updateActions();
}

void MainWindow::endpointAudited(const QString &ref, const EndpointResult &result)
{
    // The links into this endpoint change state at once; the findings follow when the run ends.
    m_snapshot.results.insert(ref, result);
    const WorkspaceIndex index(m_workspace);
    for (const Link &l : std::as_const(m_workspace.links)) {
        const Endpoint *e = index.endpoint(l.endpoint);
        if (e && EndpointRef{l.endpoint.hostId, e->protocol, e->port}.toString() == ref)
            m_snapshot.links.insert(l.id, assessLink(&result, index.observations(l.id)));
    }
    m_links->setAssessments(m_snapshot.links);
    if (!m_mapRefresh->isActive())
        m_mapRefresh->start();
    if (ref == m_detailsRef)
        showEndpoint(ref);
}

void MainWindow::cancelAudit()
{
    if (m_session)
        m_session->cancel();
}

void MainWindow::acceptRisk(const RuleResult &finding)
{
    auto *dialog = new AcceptRiskDialog(m_profile, finding, QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        QList<RiskAcceptance> risks = m_workspace.acceptedRisks;
        if (!recordAcceptance(risks, dialog->acceptance(), m_profile, QDate::currentDate(),
                              &error)) {
            showMessage(QMessageBox::Warning, tr("Accept as a Risk"), error);
            return;
        }
        Workspace changed =
            m_workspace; // through the undo stack, like every change of the workspace
        changed.acceptedRisks = risks;
        changeWorkspace(changed, tr("Accept as a Risk"));
        saveWorkspace(); // the register is part of the workspace file: kept at once
    });
    dialog->open();
}

void MainWindow::changeWorkspace(const Workspace &changed, const QString &what)
{
    m_undo->push(new WorkspaceChange([this](const Workspace &ws) { applyWorkspace(ws); },
                                     m_workspace, changed, what));
}

void MainWindow::applyWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    ++m_workspaceVersion; // the map is laid out again at the next refresh
    m_hosts->setWorkspace(workspace);
    m_links->setWorkspace(workspace);
    m_links->setAssessments(m_snapshot.links);
    m_hostView->expandAll();
    rebuildSnapshot();
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
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, importKind](const QString &path) { importPath(int(importKind), path); });
    dialog->open();
}

void MainWindow::importPath(int kind, const QString &path)
{
    const quint64 generation = m_generation;
    statusBar()->showMessage(tr("Importing %1...").arg(path));
    whenFinished(this, QtConcurrent::run(&importFile, m_workspace, ImportKind(kind), path),
                 [this, generation](const FileImport &result) { importDone(generation, result); });
}

void MainWindow::importDone(quint64 generation, const FileImport &result)
{
    if (generation != m_generation)
        return;
    if (!result.workspace) {
        statusBar()->clearMessage();
        showMessage(QMessageBox::Warning, tr("Import failed: nothing was imported"), result.error);
        Q_EMIT importFinished(false);
        return;
    }
    changeWorkspace(*result.workspace, tr("Import"));
    statusBar()->showMessage(result.summary, 10000);
    if (!result.warnings.isEmpty())
        showMessage(QMessageBox::Information, tr("Imported, with warnings"),
                    result.warnings.join(u'\n'));
    Q_EMIT importFinished(true);
}

void MainWindow::deleteSelected()
{
    if (m_linkView->hasFocus()) {
        QSet<QString> ids;
        for (const QModelIndex &i : m_linkView->selectionModel()->selectedRows())
            ids.insert(i.data(LinkTableModel::LinkIdRole).toString());
        if (!ids.isEmpty())
            changeWorkspace(removeLinks(m_workspace, ids),
                            tr("Delete %n link(s)", nullptr, int(ids.size())));
        return;
    }
    QSet<QString> ids;
    for (const QModelIndex &i : m_hostView->selectionModel()->selectedRows()) {
        if (!i.parent().isValid() && i.row() < m_workspace.hosts.size())
            ids.insert(m_workspace.hosts.at(i.row()).id);
    }
    if (!ids.isEmpty())
        changeWorkspace(removeHosts(m_workspace, ids),
                        tr("Delete %n host(s)", nullptr, int(ids.size())));
}

void MainWindow::changeItemState(const QString &itemKey, ItemState state)
{
    whenFinished(this,
                 m_store->setChecklistItemState(m_workspace.name, m_profile.id, itemKey, state, {}),
                 [this](const StoreReply<TrackedItem> &reply) {
                     if (!reply.error.isEmpty()) {
                         showMessage(QMessageBox::Warning, tr("Checklist"), reply.error);
                         refreshFromStore(); // show the state the store has
                         return;
                     }
                     m_checklist->model()->setItemState(reply.value.key(), reply.value.state);
                     for (ChecklistItem &i : m_snapshot.checklist) {
                         if (i.finding.ruleId + u'@' + i.finding.endpoint == reply.value.key())
                             i.state = reply.value.state;
                     }
                 });
}

void MainWindow::verifyEndpoint(const QString &endpointRef)
{
    const std::optional<EndpointRef> ref = EndpointRef::parse(endpointRef);
    QList<AuditJob> jobs;
    for (const AuditJob &j : auditJobs(m_workspace, {ref ? ref->hostId : QString()})) {
        if (j.ref == endpointRef)
            jobs.append(j);
    }
    if (jobs.isEmpty() || (m_session && m_session->isRunning())) {
        statusBar()->showMessage(tr("Cannot verify %1 now.").arg(endpointRef), 5000);
        return;
    }
    runJobs(jobs);
}

void MainWindow::showEndpoint(const QString &endpointRef)
{
    m_detailsRef = endpointRef;
    const std::optional<EndpointRef> ref = EndpointRef::parse(endpointRef);
    QList<Observation> observations;
    if (ref) {
        const WorkspaceIndex index(m_workspace);
        for (const Link &l : std::as_const(m_workspace.links)) {
            const Endpoint *e = index.endpoint(l.endpoint);
            if (l.endpoint.hostId == ref->hostId && e && e->protocol == ref->protocol &&
                (ref->port == 0 || e->port == ref->port))
                observations += index.observations(l.id);
        }
    }
    const auto found = m_snapshot.results.constFind(endpointRef);
    m_details->setEndpoint(
        endpointRef, found != m_snapshot.results.cend() ? &found.value() : nullptr, observations);
}

void MainWindow::showLink(int row)
{
    if (row < 0 || row >= m_workspace.links.size())
        return;
    const Link &l = m_workspace.links.at(row);
    const WorkspaceIndex index(m_workspace);
    const Endpoint *e = index.endpoint(l.endpoint);
    const QString ref =
        e ? EndpointRef{l.endpoint.hostId, e->protocol, e->port}.toString() : l.endpoint.toString();
    m_detailsRef = ref;
    const auto found = m_snapshot.results.constFind(ref);
    m_details->setEndpoint(ref, found != m_snapshot.results.cend() ? &found.value() : nullptr,
                           index.observations(l.id));
}

void MainWindow::refreshMap()
{
    const WorkspaceIndex index(m_workspace);
    QHash<QString, MapLinkStatus> statuses;
    for (const Link &l : std::as_const(m_workspace.links)) {
        const Endpoint *e = index.endpoint(l.endpoint);
        const QString ref = e ? EndpointRef{l.endpoint.hostId, e->protocol, e->port}.toString() : QString();
        const auto probed = m_snapshot.results.constFind(ref);
        statuses.insert(l.id, mapLinkStatus(probed != m_snapshot.results.cend() ? &probed.value() : nullptr,
                                            index.observations(l.id)));
    }
    // Only states changed (an audit goes on): the map redraws those links in
    // place, keeping its zoom, instead of building and laying out every item.
    if (m_mapVersion == m_workspaceVersion) {
        m_map->setStatuses(statuses);
        return;
    }
    m_mapVersion = m_workspaceVersion;
    m_map->setWorkspace(m_workspace, statuses);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applySettings(dialog->settings()); });
    dialog->open();
}

void MainWindow::applySettings(const AppSettings &settings)
{
    QSettings stored;
    settings.save(stored);
    const bool storeChanged = settings.storeLocation() != m_settings.storeLocation();
    const bool profileChanged = settings.profile != m_settings.profile;
    m_settings = settings;
    m_profile = builtinProfile(settings.profile).value_or(*builtinProfile(u"m3aawg"));
    if (storeChanged && !(m_session && m_session->isRunning())) {
        ++m_generation;
        delete m_session;
        m_session = nullptr;
        m_store = std::make_unique<StoreWorker>(settings.storeLocation());
    }
    if ((storeChanged || profileChanged) && !m_workspace.name.isEmpty())
        refreshFromStore();
}

void MainWindow::showAbout()
{
    // Our own text, so rich text is safe here (and only here).
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About MailTLS Auditor"),
        tr("<p><b>MailTLS Auditor</b></p><p>Audits an organisation's mail paths against the "
           "M3AAWG recommendations: opportunistic TLS on every MTA hop, encrypted internal "
           "links, and no password in cleartext.</p>"),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->open();
}

void MainWindow::showMessage(int icon, const QString &title, const QString &text)
{
    // Window-modal and opened, never exec()'d: no nested event loop on the GUI thread.
    auto *box =
        new QMessageBox(static_cast<QMessageBox::Icon>(icon), title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setTextFormat(Qt::PlainText); // errors quote file contents and servers' words
    box->open();
}

} // namespace mailtls
