#pragma once

// The exceptions register: findings the organisation accepts as a risk, each
// with a justification, an owner and an expiry date (kept in the workspace,
// Workspace::acceptedRisks). Pure functions: the day is passed in, so tests
// and reports decide "expired" for a date of their choosing.
//
// An accepted finding is still a finding: it stays out of the open list and
// its link still counts as unprotected. Once the expiry date has passed, the
// finding is open again and says which acceptance lapsed.

#include "app/policy/policy_evaluation.h"
#include "app/inventory/workspace.h"

#include <QDate>

#include <optional>

namespace mailtls {

struct TriagedFinding
{
    RuleResult finding;
    std::optional<RiskAcceptance> acceptance; // the register's entry for it, if any
    bool expired = false;                      // the entry's expiry date has passed

    // Accepted and still in force: not an open finding.
    bool accepted() const { return acceptance.has_value() && !expired; }
};

// Whether an acceptance names this finding: same profile and rule, and the
// same endpoint (an acceptance without a port names every port of that
// protocol on the host).
bool acceptanceMatches(const RiskAcceptance &acceptance, const QString &profileId, const RuleResult &finding);

// The findings of an evaluation (most severe first), each with its entry in
// the register. today: the date in force (the last day of an acceptance still holds).
QList<TriagedFinding> triageFindings(const Evaluation &evaluation, const QList<RiskAcceptance> &register_,
                                     QDate today);

// Entries that no finding of the evaluation needs any more (fixed, or the
// endpoint gone): worth removing from the register.
QList<RiskAcceptance> unusedAcceptances(const Evaluation &evaluation, const QList<RiskAcceptance> &register_);

// Adds or replaces the entry for the same profile, rule and endpoint; returns
// false and sets *error (translated) when the entry is not acceptable: no
// justification or owner, no expiry date, an expiry date in the past, or a
// rule the profile does not have.
bool recordAcceptance(QList<RiskAcceptance> &register_, const RiskAcceptance &acceptance, const Profile &profile,
                      QDate today, QString *error);

} // namespace mailtls
