#include "app/history/compliance_report.h"

#include "app/inventory/labels.h"
#include "probes/result_json.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ComplianceReport)
};

constexpr int kRunsLookedBack = 20; // how far back an endpoint the run did not probe is looked for

} // namespace

QList<LinkKind> linkKindsOfMeasure(int measure)
{
    QList<LinkKind> out;
    for (LinkKind k : allLinkKinds()) {
        if (measureForLinkKind(k) == measure)
            out.append(k);
    }
    return out;
}

std::optional<ReportInput> loadReportInput(const AuditStore &store, const Workspace &workspace,
                                           qint64 run, const QString &profileId, QString *error,
                                           ReportParts parts)
{
    // 1. The run: the one asked for, else the newest of the workspace.
    const QList<StoredRun> runs = store.runs(workspace.name); // newest first
    const auto found = std::find_if(runs.cbegin(), runs.cend(),
                                    [run](const StoredRun &r) { return run == 0 || r.id == run; });
    if (found == runs.cend()) {
        *error = run == 0 ? Tr::tr("%1 holds no audit of the workspace '%2'; run an audit first")
                                .arg(store.location(), workspace.name)
                          : Tr::tr("%1 holds no run %2 of the workspace '%3'")
                                .arg(store.location())
                                .arg(run)
                                .arg(workspace.name);
        return std::nullopt;
    }
    ReportInput input;
    input.run = *found;
    // 2. The inventory it audited, with today's register, layout, observations and names.
    input.workspace = workspace;
    if (const std::optional<Workspace> audited = store.inventory(found->id)) {
        input.workspace.hosts = audited->hosts;
        input.workspace.links = audited->links;
        input.workspace.domains = audited->domains;
    }
    // 3. Each endpoint's newest result as of the run.
    int looked = 0;
    for (auto it = found; it != runs.cend() && looked < kRunsLookedBack; ++it, ++looked) {
        for (const StoredResult &s : store.results(it->id)) {
            if (input.results.contains(s.endpoint))
                continue;
            if (std::optional<EndpointResult> r = endpointResultFromJson(s.result)) {
                input.results.insert(s.endpoint, *r);
                input.resultTimes.insert(s.endpoint, s.completedAt);
            }
        }
    }
    // 4. The checklist's states, as they are today.
    input.tracked = store.checklistItems(workspace.name, profileId);
    // 5. The run's domain checks.
    input.domains.domains = store.domainChecks(input.run.id);
    // 6. The kept TLS-RPT reports (the report shows those of the days before the run).
    if (parts == ReportParts::FiguresOnly)
        return input;
    QList<QByteArray> jsons;
    for (const StoredTlsRptReport &kept : store.tlsRptReports())
        jsons.append(kept.json);
    input.tlsRptReports = readStoredTlsRptReports(jsons, &input.tlsRptUnreadable);
    return input;
}

ComplianceReport buildComplianceReport(const ReportInput &input, const Profile &profile,
                                       const QString &auditor, const QDateTime &now,
                                       ReportParts parts)
{
    const Workspace &ws = input.workspace;
    const AuditSnapshot snapshot =
        buildSnapshot(ws, profile, input.results, input.tracked, now.toUTC().date(), input.domains);

    ComplianceReport r;
    r.organisation = ws.organisation.isEmpty() ? ws.name : ws.organisation;
    r.workspace = ws.name;
    r.run = input.run.id;
    r.runStarted = input.run.startedAt;
    r.runFinished = input.run.finishedAt;
    r.runState = input.run.state;
    r.auditor = auditor;
    r.generatedAt = now.toUTC();
    r.profileId = profile.id;
    r.profileVersion = profile.version;
    r.profileTitle = profile.title;
    for (const Rule &rule : profile.rules)
        r.rules.insert(rule.id, &rule);
    r.hosts = static_cast<int>(ws.hosts.size());
    r.links = static_cast<int>(ws.links.size());

    // What TLS-RPT senders reported in the days before the run started, per MX host.
    if (parts == ReportParts::Full) {
        r.tlsRpt = tlsRptWindow(input.tlsRptReports, ws, input.run.startedAt);
        r.tlsRptUnreadable = input.tlsRptUnreadable;
        for (const Domain &d : ws.domains) {
            ComplianceReport::DomainMxHosts entry{d.name, {}};
            for (const QString &id : d.mxHosts) {
                if (const Host *h = ws.host(id))
                    entry.hosts.append(h->name.trimmed().toLower());
            }
            r.mxHostsByDomain.append(entry);
        }
    }

    // Measures and kinds, from each link's state.
    QHash<QString, MapLinkStatus> statuses;
    const WorkspaceIndex index(ws);
    for (int m = 1; m <= 3; ++m)
        r.measures.append(MeasureSummary{m, 0, {}, 0});
    QMap<LinkKind, KindSummary> kinds;
    for (const Link &l : ws.links) {
        const Endpoint *e = index.endpoint(l.endpoint);
        const QString ref =
            e ? EndpointRef{l.endpoint.hostId, e->protocol, e->port}.toString() : QString();
        const auto probed = input.results.constFind(ref);
        const EndpointResult *result = probed != input.results.cend() ? &probed.value() : nullptr;
        const LinkState state = snapshot.links.value(l.id).state;
        MeasureSummary &m = r.measures[measureForLinkKind(l.kind) - 1];
        m.links += 1;
        m.byState[state] += 1;
        KindSummary &k = kinds[l.kind];
        k.kind = l.kind;
        k.links += 1;
        k.encrypted += state == LinkState::StrongTls || state == LinkState::WeakTls ? 1 : 0;
        k.strong += state == LinkState::StrongTls ? 1 : 0;
        MapLinkStatus status = mapLinkStatus(l, result, index);
        if (l.kind == LinkKind::InternetInbound) {
            if (const Host *host = index.host(l.endpoint.hostId)) {
                status.defence = downgradeDefenceLabel(input.domains, host->name);
                if (const TlsRptHostFigures *figures = r.tlsRpt.host(host->name)) {
                    status.tlsRpt = tlsRptDetailLines(figures, r.tlsRpt);
                    status.tlsRptMark = tlsRptMarkText(figures);
                }
            }
        }
        m.incomplete += status.incomplete && status.state != LinkState::NotProbed ? 1 : 0;
        statuses.insert(l.id, status);
    }
    for (LinkKind k : allLinkKinds()) {
        if (kinds.contains(k))
            r.kinds.append(kinds.value(k));
    }

    // Endpoints: the appendix and the versions accepted across them.
    for (const Host &h : ws.hosts) {
        for (const Endpoint &e : h.endpoints) {
            r.endpoints += 1;
            const QString ref = EndpointRef{h.id, e.protocol, e.port}.toString();
            const auto found = input.results.constFind(ref);
            if (found == input.results.cend())
                continue;
            r.endpointsProbed += 1;
            if (parts == ReportParts::Full)
                r.appendix.append(
                    EndpointAppendix{ref, h.name, input.resultTimes.value(ref), found.value()});
            bool tested = false;
            for (auto v = found->versions.cbegin(); v != found->versions.cend(); ++v) {
                tested = tested || v->accepted.has_value();
                if (v->accepted.value_or(false))
                    r.versionsAccepted[v.key()] += 1;
            }
            r.endpointsWithTls += tested ? 1 : 0;
        }
    }

    r.findings = snapshot.findings;
    r.undecided = snapshot.undecided;
    r.domains = input.domains.domains;
    for (const Host &h : ws.hosts) {
        for (const OutboundTest &t : ws.outboundTests) {
            if (t.relay == h.id)
                r.outboundTests.append({h.name, t});
        }
    }
    for (const TriagedFinding &f : r.findings) {
        if (f.accepted())
            r.acceptedFindings += 1;
        else
            r.openBySeverity[f.finding.severity] += 1;
    }
    r.checklist = snapshot.checklist;
    QSet<QString> listed;
    for (const ChecklistItem &i : r.checklist) {
        r.checklistByState[i.state.value_or(ItemState::Open)] += 1;
        listed.insert(i.finding.ruleId + u'@' + i.finding.endpoint);
    }
    // Items an audit verified are done: no finding lists them any more, yet they count.
    for (const TrackedItem &t : snapshot.verified) {
        if (!listed.contains(t.key()))
            r.checklistByState[ItemState::Verified] += 1;
    }

    r.map = PathMap::build(ws, statuses);
    if (parts == ReportParts::Full)
        r.map.layout(ws.layout);
    return r;
}

} // namespace mailtls
