#pragma once

// The main window: the workspace's inventory (hosts and their endpoints) and
// its links, and the path map. Loading and saving happen on a worker thread; the window only shows results.

#include "app/core/workspace.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;
class QTreeView;
class QTableView;

namespace mailtls {

class HostTreeModel;
class LinkTableModel;
class PathMapWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Starts loading a workspace file; the window updates when it is read.
    void openWorkspace(const QString &path);
    const Workspace &workspace() const { return m_workspace; }
    QString workspacePath() const { return m_path; }

Q_SIGNALS:
    void workspaceLoaded(const QString &path);
    void workspaceFailed(const QString &error);
    // A save finished: an empty error means the file was written.
    void workspaceSaved(const QString &path, const QString &error);

private:
    void createActions();
    void chooseWorkspace();
    void showWorkspace(const QString &path, const Workspace &workspace);
    void saveWorkspace();
    void showAbout();
    void showMessage(int icon, const QString &title, const QString &text);

    Workspace m_workspace;
    QString m_path;
    HostTreeModel *m_hosts = nullptr;
    LinkTableModel *m_links = nullptr;
    QTreeView *m_hostView = nullptr;
    QTableView *m_linkView = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    PathMapWidget *m_map = nullptr;
};

} // namespace mailtls
