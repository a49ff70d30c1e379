#pragma once

// The page the window shows while no workspace is open: open the bundled
// demo network, start a new workspace, open a workspace file, import hosts
// (CSV, nmap XML, DNS) into a new workspace, or reopen a recent workspace.
// It only asks: each choice is a signal the window answers with its own
// actions, and the window leaves the page once a workspace is shown.

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QLabel;

namespace mailtls {

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // The recent workspaces, newest first (the window's File > Open Recent).
    void setRecent(const QStringList &paths);

    // What an import button asks for (ImportKind values, plus DNS).
    enum class Import { Csv, Nmap, Dns };

Q_SIGNALS:
    void demoRequested();
    void newRequested();
    void openRequested();
    void importRequested(mailtls::WelcomePage::Import kind);
    void recentChosen(const QString &path);

private:
    void openRecent(QListWidgetItem *item);

    QListWidget *m_recent;
    QLabel *m_noRecent;
};

} // namespace mailtls
