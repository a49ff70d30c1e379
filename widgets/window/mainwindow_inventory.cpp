#include "widgets/window/mainwindow.h"

// Edits of the workspace, each one undoable: hosts and links added, edited
// and deleted, risks accepted; and the details pane on what is selected.

#include "app/imports/import_file.h"
#include "app/models/inventory_models.h"
#include "app/remediation/risk_register.h"
#include "app/inventory/workspace_edit.h"
#include "widgets/findings/accept_risk_dialog.h"
#include "widgets/details/endpoint_details.h"
#include "widgets/history/history_panel.h"
#include "widgets/inventory/host_dialog.h"
#include "widgets/inventory/link_dialog.h"
#include "widgets/pathmap/path_map_widget.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>

#include <limits>

namespace mailtls {

namespace {

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

} // namespace

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
    m_historyPanel->setMilestones(workspace.milestones);
    rebuildSnapshot();
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
    showTlsRptDetails(ref ? ref->hostId : QString(), ref ? ref->protocol : Protocol::Smtp);
}

void MainWindow::showHost(const QString &hostId)
{
    const Host *host = m_workspace.host(hostId);
    if (!host || host->endpoints.isEmpty())
        return;
    // The endpoint that needs attention first: the lowest rank of its state (cleartext before weak
    // TLS before strong), unprobed ones last; the first endpoint among equals.
    QString chosen;
    int chosenRank = std::numeric_limits<int>::max();
    for (const Endpoint &e : host->endpoints) {
        const QString ref = EndpointRef{host->id, e.protocol, e.port}.toString();
        const auto found = m_snapshot.results.constFind(ref);
        const std::optional<int> rank =
            found != m_snapshot.results.cend() ? linkStateRank(assessEndpoint(found.value()).state) : std::nullopt;
        const int r = rank.value_or(std::numeric_limits<int>::max() - 1);
        if (chosen.isEmpty() || r < chosenRank) {
            chosen = ref;
            chosenRank = r;
        }
    }
    showEndpoint(chosen);
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
    showTlsRptDetails(e ? l.endpoint.hostId : QString(), e ? e->protocol : Protocol::Smtp);
}

void MainWindow::showTlsRptDetails(const QString &hostId, Protocol protocol)
{
    // TLS-RPT reports speak of SMTP sessions to the MX: shown on its SMTP endpoints.
    const TlsRptHostFigures *figures = protocol == Protocol::Smtp ? tlsRptOfHost(hostId) : nullptr;
    if (!figures) {
        m_details->setTlsRpt({});
        return;
    }
    m_details->setTlsRpt(tlsRptDetailLines(figures, m_tlsRpt->window), figures->failed() > 0);
}

void MainWindow::addHost()
{
    if (m_workspace.name.isEmpty())
        return;
    auto *dialog = new HostDialog(m_workspace, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Checked again: an import may have finished while the dialog was open.
        if (const std::optional<EditError> error = checkHost(m_workspace, dialog->host(), {})) {
            showMessage(QMessageBox::Warning, tr("Add Host"), error->message);
            return;
        }
        changeWorkspace(putHost(m_workspace, dialog->host(), {}), tr("Add Host %1").arg(dialog->host().id));
    });
    dialog->open();
}

void MainWindow::editHost(const QString &hostId)
{
    const Host *host = m_workspace.host(hostId);
    if (!host)
        return;
    auto *dialog = new HostDialog(m_workspace, host, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The dialog checked its host against the workspace it was opened on: an undo or an
        // import since then may have changed what it may do, so it is checked again here.
        if (const std::optional<EditError> error = checkHost(m_workspace, dialog->host(), dialog->originalId())) {
            showMessage(QMessageBox::Warning, tr("Edit Host"), error->message);
            return;
        }
        if (m_workspace.host(dialog->originalId()) && *m_workspace.host(dialog->originalId()) == dialog->host())
            return; // nothing changed: nothing to undo
        changeWorkspace(putHost(m_workspace, dialog->host(), dialog->originalId()),
                        tr("Edit Host %1").arg(dialog->host().id));
    });
    dialog->open();
}

void MainWindow::addLink()
{
    if (m_workspace.name.isEmpty())
        return;
    auto *dialog = new LinkDialog(m_workspace, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const std::optional<EditError> error = checkLink(m_workspace, dialog->link(), {})) {
            showMessage(QMessageBox::Warning, tr("Add Link"), error->message);
            return;
        }
        changeWorkspace(putLink(m_workspace, dialog->link(), {}), tr("Add Link %1").arg(dialog->link().id));
    });
    dialog->open();
}

void MainWindow::editLink(const QString &linkId)
{
    const auto found = std::find_if(m_workspace.links.cbegin(), m_workspace.links.cend(),
                                    [&](const Link &l) { return l.id == linkId; });
    if (found == m_workspace.links.cend())
        return;
    auto *dialog = new LinkDialog(m_workspace, &*found, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const std::optional<EditError> error = checkLink(m_workspace, dialog->link(), dialog->originalId())) {
            showMessage(QMessageBox::Warning, tr("Edit Link"), error->message);
            return;
        }
        const bool same = std::any_of(m_workspace.links.cbegin(), m_workspace.links.cend(),
                                      [&](const Link &l) { return l == dialog->link(); });
        if (!same)
            changeWorkspace(putLink(m_workspace, dialog->link(), dialog->originalId()),
                            tr("Edit Link %1").arg(dialog->link().id));
    });
    dialog->open();
}

void MainWindow::editSelected()
{
    if (m_tabs->currentWidget() == m_map) {
        if (!m_selectedLink.isEmpty())
            editLink(m_selectedLink);
        return;
    }
    if (m_linkView->hasFocus()) {
        const QModelIndex current = m_linkView->currentIndex();
        if (current.isValid())
            editLink(current.data(LinkTableModel::LinkIdRole).toString());
        return;
    }
    QModelIndex current = m_hostView->currentIndex();
    if (current.parent().isValid())
        current = current.parent(); // an endpoint row: its host
    if (current.isValid() && current.row() < m_workspace.hosts.size())
        editHost(m_workspace.hosts.at(current.row()).id);
    else
        statusBar()->showMessage(tr("Select a host or a link in the inventory first."), 5000);
}

} // namespace mailtls
