// The main window's part of "Test Outbound Relay": which relay to test (the
// outbound link chosen on the map, else the host selected in the
// inventory), the dialog that runs the test receiver, and its verdicts
// recorded in the workspace as an undoable change.

#include "widgets/window/mainwindow.h"

#include "widgets/evidence/outbound_test_dialog.h"

#include <QItemSelectionModel>
#include <QStatusBar>
#include <QTreeView>

namespace mailtls {

void MainWindow::testOutboundRelay()
{
    if (m_workspace.name.isEmpty())
        return;
    QString relay;
    for (const Link &l : std::as_const(m_workspace.links)) {
        if (l.id == m_selectedLink && l.kind == LinkKind::Outbound)
            relay = l.from;
    }
    if (relay.isEmpty() && m_hostView) {
        const QModelIndexList rows = m_hostView->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            const QModelIndex top = rows.first().parent().isValid() ? rows.first().parent() : rows.first();
            if (top.row() < m_workspace.hosts.size())
                relay = m_workspace.hosts.at(top.row()).id;
        }
    }
    if (m_outboundDialog && m_outboundDialog->busy()) {
        m_outboundDialog->show();
        m_outboundDialog->raise();
        m_outboundDialog->activateWindow();
        return;
    }
    delete m_outboundDialog; // made again for the workspace as it is now
    m_outboundDialog = new OutboundTestDialog(m_workspace, m_path, relay, this);
    connect(m_outboundDialog, &OutboundTestDialog::recorded, this,
            [this, dialog = m_outboundDialog](const QList<ReceivedSession> &sessions, DestinationPolicy policy) {
                recordOutbound(dialog->workspacePath(), sessions, policy);
            });
    m_outboundDialog->show();
}

void MainWindow::recordOutbound(const QString &workspacePath, const QList<ReceivedSession> &sessions,
                                DestinationPolicy policy)
{
    // The test belongs to the workspace it was started for.
    if (workspacePath != m_path) {
        statusBar()->showMessage(tr("The outbound test was started for another workspace (%1): not recorded.")
                                     .arg(workspacePath.isEmpty() ? tr("unsaved") : workspacePath),
                                 15000);
        return;
    }
    Workspace updated = m_workspace;
    const OutboundRecording rec = recordOutboundTests(&updated, sessions, policy, QStringLiteral("receiver"));
    if (!rec.recorded.isEmpty())
        changeWorkspace(updated, tr("Record Outbound Test"));
    QStringList said;
    if (!rec.recorded.isEmpty())
        said << tr("Outbound test recorded for %1.").arg(rec.recorded.join(QStringLiteral(", ")));
    if (!rec.ignored.isEmpty())
        said << tr("Ignored, a relay's name from another address: %1.").arg(rec.ignored.join(QStringLiteral(", ")));
    if (!rec.unmatched.isEmpty())
        said << tr("Not recorded, no host of the workspace: %1.").arg(rec.unmatched.join(QStringLiteral(", ")));
    statusBar()->showMessage(said.join(u' '), 15000);
}

} // namespace mailtls
