#include "widgets/window/mainwindow.h"

// The window's frame: its views, menus, tool bar and status bar, the settings
// and the message boxes, each part built by a function of its own. Each
// feature lives in a file of its own: mainwindow_files.cpp (open, save,
// import), mainwindow_inventory.cpp (edits of the workspace),
// mainwindow_audit.cpp (audits and their results), mainwindow_reports.cpp
// (the compliance report) and mainwindow_history.cpp (the History tab).

#include "app/session/audit_session.h"
#include "app/imports/import_file.h"
#include "app/models/inventory_models.h"
#include "app/session/store_worker.h"
#include "widgets/remediation/checklist_panel.h"
#include "widgets/details/endpoint_details.h"
#include "widgets/findings/findings_panel.h"
#include "widgets/history/history_panel.h"
#include "widgets/pathmap/path_map_widget.h"
#include "widgets/window/settings_dialog.h"
#include "widgets/window/welcome_page.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace mailtls {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_hosts(new HostTreeModel(this)), m_links(new LinkTableModel(this))
{
    createUndoStack();
    setWindowTitle(tr("MailTLS Auditor"));
    // The first start's size, within the screen's room (a laptop at 2x scale has little of it).
    const QSize room = screen() ? screen()->availableGeometry().size() * 0.92 : QSize(1440, 900);
    resize(QSize(1440, 900).boundedTo(room));
    loadSettings();
    createTabs();
    createDetailsDock();
    connectInventoryViews();
    createStatusBar();
    createActions();
    updateActions();
    restoreWindowState();
}

namespace {

// Where the window's own state is kept in QSettings (the app's settings are elsewhere: AppSettings).
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kTabKey = QStringLiteral("window/tab");
const QString kDetailsKey = QStringLiteral("window/details");
QString splitterKey(const QString &name)
{
    return QStringLiteral("window/splitters/") + name;
}

} // namespace

void MainWindow::restoreWindowState()
{
    // Each part that was not kept (the first start) keeps the size and layout built above.
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    // The details pane says nothing on the welcome page, shown first: it comes back with the tabs.
    m_detailsWanted = settings.value(kDetailsKey, true).toBool();
    m_detailsDock->hide();
    const int tab = settings.value(kTabKey, 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(splitterKey(splitter->objectName())).toByteArray());
    }
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    // As the user left it, not as the welcome page hides it.
    settings.setValue(kDetailsKey, isWelcomeShown() ? m_detailsWanted : m_detailsDock->isVisible());
    settings.setValue(kTabKey, m_tabs->currentIndex());
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitterKey(splitter->objectName()), splitter->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::createUndoStack()
{
    m_undo = new QUndoStack(this);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        m_modified = !clean;
        setWindowModified(!clean);
    });
}

void MainWindow::loadSettings()
{
    QSettings settings;
    m_settings = AppSettings::load(settings);
    m_profile = builtinProfile(m_settings.profile).value_or(*builtinProfile(u"m3aawg"));
    m_store = std::make_unique<StoreWorker>(m_settings.storeLocation());
}

QWidget *MainWindow::createInventory()
{
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
    inventory->setObjectName(QStringLiteral("inventorySplitter"));
    inventory->addWidget(m_hostView);
    inventory->addWidget(m_linkView);
    inventory->setStretchFactor(0, 3);
    inventory->setStretchFactor(1, 2);
    return inventory;
}

void MainWindow::createFindingsPanels()
{
    m_findings = new FindingsPanel;
    m_checklist = new ChecklistPanel;
    connect(m_findings, &FindingsPanel::acceptRequested, this, &MainWindow::acceptRisk);
    connect(m_findings, &FindingsPanel::endpointActivated, this, &MainWindow::showEndpoint);
    connect(m_checklist, &ChecklistPanel::stateChangeRequested, this, &MainWindow::changeItemState);
    connect(m_checklist, &ChecklistPanel::verifyRequested, this, &MainWindow::verifyEndpoint);
}

void MainWindow::createMap()
{
    // The path map: dragged nodes are kept in the workspace (saved with File > Save).
    m_map = new PathMapWidget;
    connect(m_map, &PathMapWidget::nodeMoved, this, [this](const QString &id, QPointF pos) {
        m_workspace.layout.insert(id, pos);
        m_modified = true;
        setWindowModified(true);
    });
    connect(m_map, &PathMapWidget::linkSelected, this, [this](const QString &linkId) {
        m_selectedLink = linkId;
        for (int row = 0; row < m_workspace.links.size(); ++row) {
            if (m_workspace.links.at(row).id == linkId)
                showLink(row);
        }
    });
    connect(m_map, &PathMapWidget::nodeSelected, this, &MainWindow::showHost);
    m_auditBatch = new QTimer(this);
    m_auditBatch->setSingleShot(true);
    m_auditBatch->setInterval(250);
    connect(m_auditBatch, &QTimer::timeout, this, &MainWindow::applyAuditBatch);
}

void MainWindow::createHistoryPanel()
{
    m_historyPanel = new HistoryPanel;
    m_historyPanel->setObjectName(QStringLiteral("historyPanel"));
    connect(m_historyPanel, &HistoryPanel::compareRequested, this, &MainWindow::compareRuns);
    connect(m_historyPanel, &HistoryPanel::exportChartRequested, this,
            &MainWindow::exportHistoryChart);
    connect(m_historyPanel, &HistoryPanel::exportCsvRequested, this, &MainWindow::exportHistoryCsv);
    connect(m_historyPanel, &HistoryPanel::milestonesRequested, this, &MainWindow::editMilestones);
}

void MainWindow::createTabs()
{
    QWidget *inventory = createInventory();
    createFindingsPanels();
    createMap();
    createHistoryPanel();
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    // The map first: at a glance, which hops are cleartext.
    m_tabs->addTab(m_map, tr("Path &Map"));
    m_tabs->addTab(inventory, tr("&Inventory"));
    m_tabs->addTab(m_findings, tr("Fi&ndings"));
    m_tabs->addTab(m_checklist, tr("&Checklist"));
    m_tabs->addTab(m_historyPanel, tr("Hi&story"));
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_tabs);
    createWelcome();
    setCentralWidget(m_pages);
    // Runs of other processes end while the window is open (complete, or
    // interrupted when their process is gone): the History reads them again when shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_store && m_tabs->currentWidget() == m_historyPanel)
            refreshHistory();
    });
}

void MainWindow::createWelcome()
{
    m_welcome = new WelcomePage;
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] { openWorkspace(demoWorkspacePath()); });
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseWorkspace);
    connect(m_welcome, &WelcomePage::recentChosen, this, &MainWindow::openWorkspace);
    connect(m_welcome, &WelcomePage::importRequested, this, [this](WelcomePage::Import kind) {
        switch (kind) {
        case WelcomePage::Import::Csv:
            importFrom(int(ImportKind::HostsCsv));
            break;
        case WelcomePage::Import::Nmap:
            importFrom(int(ImportKind::NmapXml));
            break;
        case WelcomePage::Import::Dns:
            chooseDomain();
            break;
        }
    });
    m_pages->addWidget(m_welcome);
    m_pages->setCurrentWidget(m_welcome);
}

void MainWindow::leaveWelcome()
{
    if (!isWelcomeShown())
        return;
    m_pages->setCurrentWidget(m_tabs);
    m_detailsDock->setVisible(m_detailsWanted);
}

bool MainWindow::isWelcomeShown() const
{
    return m_pages->currentWidget() == m_welcome;
}

void MainWindow::createDetailsDock()
{
    m_details = new EndpointDetails;
    m_details->setObjectName(QStringLiteral("endpointDetails"));
    auto *dock = new QDockWidget(tr("Details"), this);
    dock->setObjectName(QStringLiteral("detailsDock"));
    dock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {400}, Qt::Horizontal);
    m_detailsDock = dock;
}

void MainWindow::connectInventoryViews()
{
    connect(m_linkView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showLink(current.row()); });
    // Double-click or Enter on a row edits its host or link.
    connect(m_hostView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex top = index.parent().isValid() ? index.parent() : index;
        if (top.row() < m_workspace.hosts.size())
            editHost(m_workspace.hosts.at(top.row()).id);
    });
    connect(m_linkView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        editLink(index.data(LinkTableModel::LinkIdRole).toString());
    });
    connect(m_hostView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showInventoryRow(current); });
}

void MainWindow::showInventoryRow(const QModelIndex &current)
{
    // A host's row shows the host; an endpoint's row (a child) shows the endpoint.
    if (!current.parent().isValid()) {
        if (current.isValid() && current.row() < m_workspace.hosts.size())
            showHost(m_workspace.hosts.at(current.row()).id);
        return;
    }
    if (current.parent().row() >= m_workspace.hosts.size())
        return;
    const Host &h = m_workspace.hosts.at(current.parent().row());
    if (current.row() < h.endpoints.size()) {
        const Endpoint &e = h.endpoints.at(current.row());
        showEndpoint(EndpointRef{h.id, e.protocol, e.port}.toString());
    }
}

MainWindow::~MainWindow()
{
    if (m_session)
        m_session->cancel();
    dropSessions(); // their schedulers and figures stop before the store they write to
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
    QAction *open = createFileMenu();
    createEditMenu();
    createAuditMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MailTLS Auditor"), this, &MainWindow::showAbout);
    createToolBar(open);
}

QAction *MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace"), this, &MainWindow::newWorkspace)
        ->setObjectName(QStringLiteral("newWorkspace"));
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
    importMenu->addAction(tr("Hosts from &DNS..."), this, &MainWindow::chooseDomain)
        ->setObjectName(QStringLiteral("importDns"));
    importMenu->addAction(tr("Message &Paths (.eml, mbox)..."), this,
                          [this] { importFrom(int(ImportKind::Messages)); });
    file->addSeparator();
    QAction *exportReport = file->addAction(tr("&Export Report (PDF, HTML)..."), this, &MainWindow::chooseReportFile);
    exportReport->setObjectName(QStringLiteral("exportReport"));
    QAction *print = file->addAction(tr("&Print Report..."), this, &MainWindow::printReport);
    print->setShortcut(QKeySequence::Print);
    print->setObjectName(QStringLiteral("printReport"));
    file->addSeparator();
    file->addAction(tr("Se&ttings..."), this, &MainWindow::showSettings)
        ->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    return open;
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *addHostAction = edit->addAction(tr("Add &Host..."), this, &MainWindow::addHost);
    addHostAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    addHostAction->setObjectName(QStringLiteral("addHost"));
    QAction *addLinkAction = edit->addAction(tr("Add &Link..."), this, &MainWindow::addLink);
    addLinkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addLinkAction->setObjectName(QStringLiteral("addLink"));
    QAction *editAction = edit->addAction(tr("&Edit Selected..."), this, &MainWindow::editSelected);
    editAction->setShortcut(QKeySequence(Qt::Key_F2));
    editAction->setObjectName(QStringLiteral("editSelected"));
    QAction *remove =
        edit->addAction(tr("&Delete Selected Hosts or Links"), this, &MainWindow::deleteSelected);
    remove->setShortcut(QKeySequence::Delete);
}

void MainWindow::createAuditMenu()
{
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
    m_cancel = audit->addAction(tr("Cance&l Audit"), this, &MainWindow::cancelAudit);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setObjectName(QStringLiteral("cancelAudit"));
    audit->addSeparator();
    QAction *outbound = audit->addAction(tr("Test &Outbound Relay..."), this, &MainWindow::testOutboundRelay);
    outbound->setObjectName(QStringLiteral("testOutboundRelay"));
    outbound->setStatusTip(tr("Start the test receiver and see what a relay does when it sends to the world."));
}

void MainWindow::createToolBar(QAction *open)
{
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

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applySettings(dialog->settings()); });
    dialog->open();
}

void MainWindow::applySettings(const AppSettings &settings, Persist persist)
{
    if (persist == Persist::Yes) {
        QSettings stored;
        settings.save(stored);
    }
    const bool storeChanged = settings.storeLocation() != m_settings.storeLocation();
    const bool profileChanged = settings.profile != m_settings.profile;
    m_settings = settings;
    m_profile = builtinProfile(settings.profile).value_or(*builtinProfile(u"m3aawg"));
    if (storeChanged && !(m_session && m_session->isRunning())) {
        ++m_generation;
        m_tlsRpt.reset(); // the other store's reports are not this one's
        dropSessions(); // a session (or one still keeping figures) writes to the store going away
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
