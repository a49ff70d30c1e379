#pragma once

// The main window: the workspace's inventory, the findings and the checklist
// of its audits, and the audit itself (all, selected hosts, or only what
// changed) with live progress. Its parts are in files by feature:
// mainwindow.cpp (the frame), mainwindow_files.cpp, mainwindow_inventory.cpp,
// mainwindow_audit.cpp, mainwindow_reports.cpp and mainwindow_history.cpp.
// Every file, store and network operation runs off the GUI thread, started
// by a service of app/ that returns a QFuture (background_tasks.h and
// report_tasks.h for files and evaluations, the StoreWorker's thread for the
// database, AuditSession's scheduler for probes); the window starts no
// thread of its own, only shows values and continues with
// whenFinished(this, future, ...).

#include "app/session/app_settings.h"
#include "app/history/audit_snapshot.h"
#include "app/store/audit_store.h"
#include "app/history/run_history.h"
#include "app/imports/tls_rpt_window.h"
#include "app/inventory/workspace.h"
#include "app/evidence/outbound_verdict.h"
#include "app/pathmap/path_map.h"
#include "probes/dns/resolver.h"

#include <QMainWindow>
#include <QSet>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QModelIndex;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QTableView;
class QTimer;
class QUndoStack;

namespace mailtls {

class AuditSession;
class ChecklistPanel;
class EndpointDetails;
class FindingsPanel;
class HistoryPanel;
class HostTreeModel;
class LinkTableModel;
class OutboundTestDialog;
class PathMapWidget;
class StoreWorker;
class WelcomePage;
struct AuditJob;
struct FileImport;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    QUndoStack *undoStack() const { return m_undo; }
    ~MainWindow() override;

    // Starts loading a workspace file; the window updates when it is read.
    void openWorkspace(const QString &path);
    // An empty workspace, not saved yet (Save asks where).
    void newWorkspace();
    // The demo network built into the binary (resources/demo/demo-workspace.json).
    static QString demoWorkspacePath();
    // The welcome page is shown while no workspace is open; the tabs after.
    bool isWelcomeShown() const;
    const Workspace &workspace() const { return m_workspace; }
    QString workspacePath() const { return m_path; }
    const AuditSnapshot &snapshot() const { return m_snapshot; }
    const AppSettings &settings() const { return m_settings; }
    // Persist::No: for this session only (--db on the command line), the stored settings unchanged.
    enum class Persist { No, Yes };
    void applySettings(const AppSettings &settings, Persist persist = Persist::Yes);

    enum class AuditScope { All, SelectedHosts, Changed };
    // Starts an audit; false (with a message) when one runs or nothing is to probe.
    bool startAudit(AuditScope scope);
    void cancelAudit();
    // Imports a file (int ImportKind) into the workspace on a worker thread; undoable.
    void importPath(int kind, const QString &path);
    // Imports what DNS says about a domain's mail, asked on a worker thread; undoable.
    void importDomain(const QString &domain, const dns::ResolverOptions &options);
    // The Add and Edit dialogs of the inventory (opened, not exec()'d); their OK is undoable.
    void addHost();
    void addLink();
    void editHost(const QString &hostId);
    void editLink(const QString &linkId);
    // Edits the host or link selected in the inventory (or the link selected on the map).
    void editSelected();
    // The compliance report of the latest run, written as PDF or HTML (by the suffix) off the GUI thread.
    void exportReportTo(const QString &path);
    // The report in a print preview, from which it prints.
    void printReport();
    // The History tab: two runs compared (what was fixed, what is new, which links regressed).
    void compareRuns(qint64 before, qint64 after);
    // The rollout's target dates, in a dialog; OK is undoable.
    void editMilestones();
    // "about 3 min left", from AuditSession's estimate (-1: not known yet).
    static QString remainingText(qint64 ms);

Q_SIGNALS:
    void workspaceLoaded(const QString &path);
    void workspaceFailed(const QString &error);
    // A save finished: an empty error means the file was written.
    void workspaceSaved(const QString &path, const QString &error);
    // The latest audits were read and shown (after opening, and after each audit).
    void snapshotShown();
    void auditFinished(qint64 run, bool cancelled);
    void importFinished(bool imported);
    // A report export ended: an empty error means the file was written.
    void reportExported(const QString &path, const QString &error);
    void reportPreviewShown();
    void historyShown();
    // The kept TLS-RPT reports were read and shown on the map, the details and the History.
    void tlsRptShown();
    void comparisonShown(qsizetype fixed, qsizetype added, qsizetype regressed);

protected:
    // The geometry, the docks and tool bars, the splitters and the current tab are kept for the next start.
    void closeEvent(QCloseEvent *event) override;

private:
    // The constructor's parts, in the order it calls them.
    void createUndoStack();
    void loadSettings(); // the settings, the profile they name and the store
    void createTabs();   // the map, inventory, findings, checklist and history as tabs
    void createWelcome(); // the page shown before a workspace is open, in front of the tabs
    void leaveWelcome();  // the tabs (and the details pane, unless it was closed) in its place
    QWidget *createInventory(); // the host tree above the link table
    void createFindingsPanels();
    void createMap();
    void createHistoryPanel();
    void createDetailsDock();
    void connectInventoryViews(); // a row shown in the details, or edited when activated
    void showInventoryRow(const QModelIndex &current);
    void createStatusBar();
    void createActions();
    QAction *createFileMenu(); // returns its Open action, for the tool bar
    void createEditMenu();
    void createAuditMenu();
    void createToolBar(QAction *open);
    void restoreWindowState(); // what closeEvent kept, over the defaults built before
    void saveWindowState();
    void chooseWorkspace();
    void saveWorkspace();
    void saveWorkspaceAs();
    void writeWorkspace(const QString &path);
    void showWorkspace(const QString &path, const Workspace &workspace);
    // The latest results and the checklist from the store; the history after them, when asked
    // (after an audit it waits for the run's figures: AuditSession::figuresRecorded).
    enum class AndHistory { No, Yes };
    void refreshFromStore(AndHistory history = AndHistory::Yes);
    void readChecklist(quint64 generation, const QList<StoredResult> &stored, qint64 latestRun, const QString &error,
                       AndHistory history);
    void buildSnapshotFromStore(quint64 generation, const QList<StoredResult> &stored, qint64 latestRun,
                                const QList<TrackedItem> &tracked, const QList<DomainDefence> &domains);
    void showSnapshot(const AuditSnapshot &snapshot);
    // The kept TLS-RPT reports of the last kTlsRptWindowDays per MX host, and per day, read on the store's thread.
    void readTlsRpt(quint64 generation);
    // The TLS-RPT figures of a host by id: nullptr while the reports are not read, or when it is no MX host.
    const TlsRptHostFigures *tlsRptOfHost(const QString &hostId) const;
    void rebuildSnapshot();
    // Run: the workspace domains are checked beside the probes; Keep: their last checks stand.
    enum class DomainChecks { Run, Keep };
    void runJobs(const QList<AuditJob> &jobs, DomainChecks domains);
    // The session of the last run makes way for a new one (kept until its figures are stored).
    void retireSession();
    // Every session gone, the retired ones too: before the store they write to goes.
    void dropSessions();
    void endpointAudited(const QString &ref, const EndpointResult &result);
    void acceptRisk(const RuleResult &finding);
    // A change of the workspace, undoable: the models, the map and the findings follow.
    void changeWorkspace(const Workspace &changed, const QString &what);
    void applyWorkspace(const Workspace &workspace);
    void importFrom(int kind);
    void chooseDomain();
    void chooseReportFile();
    void refreshHistory();
    void showComparison(const ComplianceReport &before, const ComplianceReport &after, const RunDiff &diff);
    void exportHistoryChart();
    void exportHistoryCsv();
    // Runs an import on a worker over the workspace as it is; when the workspace was edited
    // meanwhile, imports again into the edited one (the edits are never overwritten).
    void runImport(const std::function<FileImport(const Workspace &)> &import, int attempt = 0);
    void importDone(const FileImport &result);
    void deleteSelected();
    void changeItemState(const QString &itemKey, ItemState state);
    void verifyEndpoint(const QString &endpointRef);
    void showSettings();
    // The details pane on one endpoint ("mx1/smtp:25"), with the observations of the links into it.
    void showEndpoint(const QString &endpointRef);
    // A host chosen on the map or in the inventory: its least protected endpoint in the details
    // (the Internet and the users have none: nothing changes).
    void showHost(const QString &hostId);
    void showLink(int row);
    // The TLS-RPT figures of an MX host in the details pane, for its SMTP endpoints (else none).
    void showTlsRptDetails(const QString &hostId, Protocol protocol);
    // The map with the links' current states.
    void refreshMap();
    // An audit goes on: the results that came since the last batch change
    // the links into their endpoints (the table's rows and the map's edges),
    // and nothing else: the work per batch follows the workspace's size once,
    // not once per endpoint.
    void applyAuditBatch();
    // What the map shows for one link (its state, and for an inbound MX link
    // the domain's defence and the TLS-RPT figures).
    MapLinkStatus mapStatusOf(const WorkspaceIndex &index, const Link &link) const;
    void updateRecent(const QString &path);
    void updateActions();
    void showAbout();
    // mainwindow_outbound.cpp: the test receiver for a relay (the map's
    // selected outbound link or the selected host), and its verdicts recorded.
    void testOutboundRelay();
    void recordOutbound(const QString &workspacePath, const QList<ReceivedSession> &sessions,
                        DestinationPolicy policy);
    void showMessage(int icon, const QString &title, const QString &text);

    AppSettings m_settings;
    Profile m_profile;
    std::unique_ptr<StoreWorker> m_store;
    AuditSession *m_session = nullptr;
    Workspace m_workspace;
    QString m_path;
    bool m_modified = false;
    int m_workspaceVersion = 0; // each change of m_workspace
    int m_mapVersion = 0;       // the workspace the map was laid out for
    AuditSnapshot m_snapshot;
    std::optional<TlsRptOverview> m_tlsRpt; // nullopt until read for this workspace and store
    quint64 m_generation = 0; // drops snapshots of an earlier workspace or store

    HostTreeModel *m_hosts = nullptr;
    LinkTableModel *m_links = nullptr;
    QStackedWidget *m_pages = nullptr; // the welcome page, or the tabs
    WelcomePage *m_welcome = nullptr;
    QDockWidget *m_detailsDock = nullptr; // hidden behind the welcome page, shown again after it
    bool m_detailsWanted = true;          // the details pane's visibility once the welcome page goes
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_hostView = nullptr;
    QTableView *m_linkView = nullptr;
    FindingsPanel *m_findings = nullptr;
    ChecklistPanel *m_checklist = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    EndpointDetails *m_details = nullptr;
    PathMapWidget *m_map = nullptr;
    QTimer *m_auditBatch = nullptr; // during an audit: results are applied a few times a second
    QSet<QString> m_auditDirty;     // endpoint refs with a result since the last batch
    // The links into each endpoint (positions in m_workspace.links), made for m_linksByRefVersion.
    QHash<QString, QList<int>> m_linksByRef;
    int m_linksByRefVersion = -1;
    QString m_detailsRef; // the endpoint the details pane shows
    QString m_selectedLink; // the link last selected on the map
    QLabel *m_summary = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QMenu *m_recentMenu = nullptr;
    QUndoStack *m_undo = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_auditAll = nullptr;
    QAction *m_auditSelected = nullptr;
    QAction *m_auditChanged = nullptr;
    QAction *m_cancel = nullptr;
    OutboundTestDialog *m_outboundDialog = nullptr;
};

} // namespace mailtls
