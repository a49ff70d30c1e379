#include "app/history/audit_snapshot.h"

namespace mailtls {

AuditSnapshot buildSnapshot(const Workspace &ws, const Profile &profile, const QHash<QString, EndpointResult> &results,
                            const QList<TrackedItem> &tracked, QDate today, const DomainDefences &domains)
{
    AuditSnapshot s;
    s.results = results;
    s.domains = domains;
    const WorkspaceIndex index(ws);
    for (const Link &l : ws.links) {
        const Endpoint *e = index.endpoint(l.endpoint);
        const QString ref = e ? EndpointRef{l.endpoint.hostId, e->protocol, e->port}.toString() : QString();
        const auto probed = results.constFind(ref);
        s.links.insert(l.id, assessLink(l, probed != results.cend() ? &probed.value() : nullptr, index));
    }
    s.evaluation = evaluate(profile, ws, results, domains.domains.isEmpty() ? nullptr : &s.domains);
    s.findings = triageFindings(s.evaluation, ws.acceptedRisks, today);
    for (const RuleResult &r : std::as_const(s.evaluation.results)) {
        if (r.verdict == Verdict::Incomplete && results.contains(r.endpoint))
            s.undecided.append(r);
    }
    std::stable_sort(s.undecided.begin(), s.undecided.end(),
                     [](const RuleResult &a, const RuleResult &b) { return a.severity > b.severity; });
    s.checklist = buildChecklist(s.evaluation, ws, results, domains.domains.isEmpty() ? nullptr : &s.domains);
    attachTracking(s.checklist, profile.id, tracked, ws.acceptedRisks, today);
    for (const TrackedItem &t : tracked) {
        if (t.profile == profile.id && t.state == ItemState::Verified)
            s.verified.append(t);
    }
    return s;
}

} // namespace mailtls
