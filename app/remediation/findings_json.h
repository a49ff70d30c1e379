#pragma once

// The findings of a run as JSON, with the accepted risks of the register:
// what `mailtls-auditor findings --json` prints; and its checklist, what
// `checklist --json` prints. The keys are documented in docs/probe-json.md.

#include "app/remediation/remediation.h"
#include "app/remediation/risk_register.h"

#include <QJsonObject>

namespace mailtls {

// An entry of the register as a finding carries it; lapsed: its expiry date has passed.
QJsonObject riskAcceptanceToJson(const RiskAcceptance &acceptance, bool lapsed);

// The run (workspace, run id, profile and version), each measure's links, and
// every rule's result, those accepted as a risk with their "accepted_risk".
QJsonObject findingsToJson(const QString &workspace, qint64 run, const Profile &profile,
                           const Evaluation &evaluation, const QList<TriagedFinding> &triaged);

// The checklist of a run: each item's rule, endpoint, remedy, state and DANE
// warning, then the items audits verified.
QJsonObject checklistToJson(const QString &workspace, qint64 run, const Profile &profile,
                            const QList<ChecklistItem> &items, const QList<TrackedItem> &verified);

} // namespace mailtls
