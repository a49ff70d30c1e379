#pragma once

// An evaluation as JSON: what `mailtls-auditor findings --json` prints of a
// rule's result and of each measure, and what `profiles --json` prints of a
// profile. The keys are documented in docs/probe-json.md.

#include "app/policy/policy_evaluation.h"

#include <QJsonObject>

namespace mailtls {

// The result with what its rule says of it (title, rationale, references).
QJsonObject ruleResultToJson(const RuleResult &result, const Rule &rule);

// Each measure's links in scope and protected, keyed by the measure's number.
QJsonObject measuresToJson(const Evaluation &evaluation);

// A profile in a list: id, version, title, rule count, source.
QJsonObject profileSummaryToJson(const Profile &profile);

} // namespace mailtls
