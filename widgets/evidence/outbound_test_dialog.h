#pragma once

// "Test Outbound Relay": starts the test receiver for one relay of the
// workspace (app/session/outbound_test_session.h), shows how to make the
// relay send to it (the test domains and the routing lines for its
// software), lists the sessions as they arrive and the verdict as it forms,
// and when stopped hands the verdicts to the window to record in the
// workspace (recorded()). What clients sent (EHLO names, SNI) is shown as
// plain text. Non-modal; the receiver runs off the GUI thread.

#include "app/inventory/workspace.h"
#include "app/session/outbound_test_session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace mailtls {

class OutboundTestDialog : public QDialog
{
    Q_OBJECT

public:
    // relayId: the relay to preselect (may be empty).
    OutboundTestDialog(const Workspace &workspace, const QString &workspacePath, const QString &relayId,
                       QWidget *parent = nullptr);

    // The address the receiver listens on by default: this machine's first
    // address that is not loopback, else 127.0.0.1.
    static QString defaultListenAddress();

    bool running() const { return m_session && m_session->running(); }
    // Starting, running or stopping: closing now would lose the sessions.
    bool busy() const { return m_session != nullptr; }
    // The workspace file the dialog was opened for.
    QString workspacePath() const { return m_workspacePath; }

public Q_SLOTS:
    void startReceiver();
    void stopReceiver();

Q_SIGNALS:
    // The receiver stopped: its sessions, to judge per relay and record in the workspace.
    void recorded(const QList<mailtls::ReceivedSession> &sessions, mailtls::DestinationPolicy policy);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addSession(const ReceivedSession &s);
    void showVerdicts();
    void setRunningUi(bool running);

    Workspace m_workspace;
    QString m_workspacePath;
    OutboundTestSession *m_session = nullptr;
    QTimer *m_refresh; // the verdict and the columns, a few times a second while sessions arrive
    QComboBox *m_relay;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QList<std::pair<ReceiverScenario, QCheckBox *>> m_scenarios;
    QComboBox *m_policy;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_status;
    QPlainTextEdit *m_instructions;
    QTreeWidget *m_sessionList;
    QTreeWidget *m_verdicts;
};

} // namespace mailtls
