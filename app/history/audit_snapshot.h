#pragma once

// What the window shows of a workspace's audits at one moment: the latest
// probe result of each endpoint (across runs: a run of selected hosts leaves
// the others as the earlier runs saw them), each link's state, the findings
// against the profile with the exceptions register applied, and the
// checklist with its tracked states. Built off the GUI thread from values;
// the window only displays it.

#include "app/remediation/remediation.h"
#include "app/evidence/link_state.h"

#include <QHash>

namespace mailtls {

struct AuditSnapshot
{
    QHash<QString, EndpointResult> results;    // by endpoint ref
    QHash<QString, QDateTime> resultTimes;     // when each result completed (UTC)
    QHash<QString, LinkAssessment> links;      // by link id
    Evaluation evaluation;
    QList<TriagedFinding> findings;            // most severe first
    // Checks of probed endpoints that no answer decided (verdict incomplete:
    // a question the server left unanswered), most severe first: neither
    // findings nor passes, and shown as such.
    QList<RuleResult> undecided;
    QList<ChecklistItem> checklist;            // with tracked states attached
    QList<TrackedItem> verified;               // items audits verified
    qint64 latestRun = 0;                      // 0: never audited
    DomainDefences domains;                    // the newest check of each workspace domain
};

AuditSnapshot buildSnapshot(const Workspace &workspace, const Profile &profile,
                            const QHash<QString, EndpointResult> &results, const QList<TrackedItem> &tracked,
                            QDate today, const DomainDefences &domains = {});

} // namespace mailtls
