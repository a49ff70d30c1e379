#include "widgets/window/mainwindow.h"

// Audits from the window: all, selected hosts, what changed, or one endpoint
// again ("verify now"); their progress, the results as each endpoint ends,
// and the snapshot (link states, findings, checklist) read back from the store.

#include "app/session/audit_session.h"
#include "app/session/background_tasks.h"
#include "app/models/inventory_models.h"
#include "app/session/store_worker.h"
#include "widgets/remediation/checklist_panel.h"
#include "widgets/findings/findings_panel.h"
#include "widgets/history/history_panel.h"
#include "widgets/pathmap/path_map_widget.h"
#include "probes/when_finished.h"

#include <utility>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace mailtls {

void MainWindow::refreshFromStore(AndHistory history)
{
    // 1. The latest result of each endpoint, from the store's thread;
    // 2. the checklist, likewise; 3. the snapshot (link states, findings,
    // checklist) on a worker thread; 4. shown here. Each step is a function
    // of its own, continued with whenFinished(this, future, ...).
    const quint64 generation = m_generation;
    whenFinished(
        this, m_store->latestResults(m_workspace.name),
        [this, generation, history](const StoreReply<std::pair<QList<StoredResult>, qint64>> &latest) {
            readChecklist(generation, latest.value.first, latest.value.second, latest.error, history);
        });
}

void MainWindow::readChecklist(quint64 generation, const QList<StoredResult> &stored,
                               qint64 latestRun, const QString &error, AndHistory history)
{
    if (generation != m_generation)
        return;
    if (!error.isEmpty())
        statusBar()->showMessage(tr("Audit store: %1").arg(error), 10000);
    whenFinished(
        this, m_store->checklistItems(m_workspace.name, m_profile.id),
        [this, generation, stored, latestRun](const StoreReply<QList<TrackedItem>> &tracked) {
            // The domain checks are queued behind the checklist on the store's thread.
            whenFinished(this, m_store->latestDomainChecks(m_workspace.name),
                         [this, generation, stored, latestRun,
                          items = tracked.value](const StoreReply<QList<DomainDefence>> &domains) {
                             buildSnapshotFromStore(generation, stored, latestRun, items, domains.value);
                         });
            readTlsRpt(generation);
        });
    // Queued on the store's thread after the checklist: the history (which may compute the figures
    // of old runs) never holds up the findings.
    if (history == AndHistory::Yes)
        refreshHistory();
}

void MainWindow::readTlsRpt(quint64 generation)
{
    // Read, parsed and summed on the store's thread: the GUI thread never waits on them.
    whenFinished(this, m_store->tlsRptOverview(m_workspace, QDateTime::currentDateTimeUtc()),
                 [this, generation](const StoreReply<TlsRptOverview> &reply) {
                     if (generation != m_generation)
                         return;
                     if (!reply.error.isEmpty()) {
                         statusBar()->showMessage(tr("TLS-RPT reports: %1").arg(reply.error), 10000);
                         return;
                     }
                     if (reply.value.unreadable > 0)
                         statusBar()->showMessage(
                             tr("%n kept TLS-RPT report(s) no longer read; left out", nullptr, reply.value.unreadable),
                             10000);
                     m_tlsRpt = reply.value;
                     refreshMap();
                     if (!m_detailsRef.isEmpty())
                         showEndpoint(m_detailsRef);
                     m_historyPanel->setTlsRptDays(reply.value.days);
                     Q_EMIT tlsRptShown();
                 });
}

const TlsRptHostFigures *MainWindow::tlsRptOfHost(const QString &hostId) const
{
    const Host *host = m_workspace.host(hostId);
    return m_tlsRpt && host ? m_tlsRpt->window.host(host->name) : nullptr;
}

void MainWindow::buildSnapshotFromStore(quint64 generation, const QList<StoredResult> &stored,
                                        qint64 latestRun, const QList<TrackedItem> &tracked,
                                        const QList<DomainDefence> &domains)
{
    if (generation != m_generation)
        return;
    whenFinished(
        this, background::snapshotFromStored(m_workspace, m_profile, stored, latestRun, tracked, domains),
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
        this, background::rebuildSnapshot(m_workspace, m_profile, m_snapshot, tracked),
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
    m_findings->setFindings(m_profile, snapshot.findings, hostIds, snapshot.undecided);
    m_checklist->setChecklist(m_profile, snapshot.checklist, snapshot.verified);
    int open = 0;
    for (const TriagedFinding &f : snapshot.findings)
        open += f.accepted() ? 0 : 1;
    m_tabs->setTabText(m_tabs->indexOf(m_findings), tr("Fi&ndings (%1)").arg(open));
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
        runJobs(auditJobs(m_workspace), DomainChecks::Run);
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
        runJobs(auditJobs(m_workspace, ids), DomainChecks::Keep);
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
                runJobs(jobs, DomainChecks::Keep);
            });
    }
    return true;
}

void MainWindow::retireSession()
{
    // A session still keeping its run's figures finishes that first (figuresRecorded is connected
    // to refreshHistory); the window forgets it at once.
    if (m_session && m_session->isRecordingFigures()) {
        disconnect(m_session, nullptr, this, nullptr);
        connect(m_session, &AuditSession::figuresRecorded, this, &MainWindow::refreshHistory);
        connect(m_session, &AuditSession::figuresRecorded, m_session, &QObject::deleteLater);
    } else {
        delete m_session;
    }
    m_session = nullptr;
}

void MainWindow::dropSessions()
{
    qDeleteAll(findChildren<AuditSession *>(Qt::FindDirectChildrenOnly));
    m_session = nullptr;
}

void MainWindow::runJobs(const QList<AuditJob> &jobs, DomainChecks domains)
{
    if (m_session && m_session->isRunning())
        return;
    retireSession();
    ProbeOptions options = m_settings.probeOptions();
    // Started by the demo lab (mailtls-lab run), the window trusts the lab's CA unless a CA
    // file is set.
    if (options.caFile.isEmpty())
        options.caFile = qEnvironmentVariable("MAILTLS_LAB_CA");
    m_session = new AuditSession(m_store.get(), m_settings.limits(), options, this);
    // A whole audit checks the domains too; a partial one keeps their last checks (its MX hosts
    // may not be among the endpoints probed).
    if (domains == DomainChecks::Run && m_settings.domainChecks) {
        QString error;
        if (std::optional<dns::ResolverOptions> dns = m_settings.domainDns(&error)) {
            // Started by the demo lab, the window asks the lab's DNS and fetches its policies,
            // unless the settings name nameservers.
            quint16 policyPort = 443;
            if (dns->servers.isEmpty()) {
                if (const auto lab = dns::parseNameserver(qEnvironmentVariable("MAILTLS_LAB_DNS"), &error)) {
                    dns->servers = {*lab};
                    if (dns->trustAnchorFile.isEmpty())
                        dns->trustAnchorFile = qEnvironmentVariable("MAILTLS_LAB_TRUST_ANCHOR");
                    policyPort = static_cast<quint16>(
                        qEnvironmentVariableIntValue("MAILTLS_LAB_POLICY_PORT") > 0
                            ? qEnvironmentVariableIntValue("MAILTLS_LAB_POLICY_PORT")
                            : 443);
                }
            }
            m_session->setDomainChecks(*dns, policyPort);
        } else {
            statusBar()->showMessage(tr("Domains not checked: the nameservers in Settings: %1").arg(error), 10000);
        }
    }
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
                refreshFromStore(AndHistory::No);
                Q_EMIT auditFinished(run, cancelled);
            });
    connect(m_session, &AuditSession::figuresRecorded, this, &MainWindow::refreshHistory);
    m_progress->setVisible(true);
    m_progress->setRange(0, std::max<int>(static_cast<int>(jobs.size()), 1));
    m_progress->setValue(0);
    m_session->start(m_workspace, jobs, m_profile);
    updateActions();
}

void MainWindow::endpointAudited(const QString &ref, const EndpointResult &result)
{
    // The links into this endpoint change state within a batch; the findings follow when the run ends.
    m_snapshot.results.insert(ref, result);
    m_auditDirty.insert(ref);
    if (!m_auditBatch->isActive())
        m_auditBatch->start();
}

void MainWindow::applyAuditBatch()
{
    if (m_auditDirty.isEmpty())
        return;
    const QSet<QString> dirty = std::exchange(m_auditDirty, {});
    const WorkspaceIndex index(m_workspace);
    if (m_linksByRefVersion != m_workspaceVersion) {
        m_linksByRef.clear();
        for (qsizetype i = 0; i < m_workspace.links.size(); ++i) {
            const Link &l = m_workspace.links.at(i);
            if (const Endpoint *e = index.endpoint(l.endpoint))
                m_linksByRef[EndpointRef{l.endpoint.hostId, e->protocol, e->port}.toString()].append(int(i));
        }
        m_linksByRefVersion = m_workspaceVersion;
    }
    QHash<QString, LinkAssessment> changed;
    QHash<QString, MapLinkStatus> statuses;
    for (const QString &ref : dirty) {
        const auto probed = m_snapshot.results.constFind(ref);
        if (probed == m_snapshot.results.cend())
            continue;
        for (const int i : m_linksByRef.value(ref)) {
            if (i >= m_workspace.links.size())
                continue;
            const Link &l = m_workspace.links.at(i);
            const LinkAssessment assessment = assessLink(l, &probed.value(), index);
            m_snapshot.links.insert(l.id, assessment);
            changed.insert(l.id, assessment);
            statuses.insert(l.id, mapStatusOf(index, l));
        }
    }
    m_links->updateAssessments(changed);
    // Only states changed: the map redraws those links in place, keeping its
    // zoom; after a change of the workspace it is built again.
    if (m_mapVersion == m_workspaceVersion)
        m_map->setStatuses(statuses);
    else
        refreshMap();
    if (dirty.contains(m_detailsRef))
        showEndpoint(m_detailsRef);
}

void MainWindow::cancelAudit()
{
    if (m_session)
        m_session->cancel();
}

void MainWindow::changeItemState(const QString &itemKey, ItemState state)
{
    whenFinished(this,
                 m_store->setChecklistItemState(m_workspace.name, m_profile.id, itemKey, state, {}),
                 [this](const StoreReply<TrackedItem> &reply) {
                     if (!reply.error.isEmpty()) {
                         showMessage(QMessageBox::Warning, tr("Checklist"), reply.error);
                         refreshFromStore(AndHistory::No); // show the state the store has
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
    runJobs(jobs, DomainChecks::Keep);
}

MapLinkStatus MainWindow::mapStatusOf(const WorkspaceIndex &index, const Link &l) const
{
    const Endpoint *e = index.endpoint(l.endpoint);
    const QString ref = e ? EndpointRef{l.endpoint.hostId, e->protocol, e->port}.toString() : QString();
    const auto probed = m_snapshot.results.constFind(ref);
    MapLinkStatus status =
        mapLinkStatus(l, probed != m_snapshot.results.cend() ? &probed.value() : nullptr, index);
    if (l.kind == LinkKind::InternetInbound) {
        if (const Host *host = index.host(l.endpoint.hostId))
            status.defence = downgradeDefenceLabel(m_snapshot.domains, host->name);
        // Only for the MX hosts the reports were summed for: no figures is not "no reports".
        if (const TlsRptHostFigures *figures = tlsRptOfHost(l.endpoint.hostId)) {
            status.tlsRpt = tlsRptDetailLines(figures, m_tlsRpt->window);
            status.tlsRptMark = tlsRptMarkText(figures);
        }
    }
    return status;
}

void MainWindow::refreshMap()
{
    const WorkspaceIndex index(m_workspace);
    QHash<QString, MapLinkStatus> statuses;
    for (const Link &l : std::as_const(m_workspace.links))
        statuses.insert(l.id, mapStatusOf(index, l));
    // Only states changed: the map redraws those links in place, keeping its
    // zoom, instead of building and laying out every item.
    if (m_mapVersion == m_workspaceVersion) {
        m_map->setStatuses(statuses);
        return;
    }
    m_mapVersion = m_workspaceVersion;
    m_map->setWorkspace(m_workspace, statuses);
}

} // namespace mailtls
