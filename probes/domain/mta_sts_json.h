#pragma once

// MTA-STS results as JSON, documented in docs/domain-checks.md (section
// MTA-STS): the TXT record, the policy and the policy fetch. The per-domain
// `mta_sts` object is assembled from these parts by the domain check.
// Absent knowledge is null, never false or empty.

#include "probes/domain/mta_sts.h"
#include "probes/domain/policy_fetch.h"

#include <QJsonObject>

#include <optional>

namespace mailtls {

// {"txt": [...], "id": "..."|null, "extensions": {...}, "errors": [...]}
QJsonObject stsRecordResultToJson(const StsRecordResult &result);
StsRecordResult stsRecordResultFromJson(const QJsonObject &json);

// {"version", "mode", "mx", "max_age", "extensions", "errors": [{"line", "message", "fatal"}], "usable", "lines"}
QJsonObject stsPolicyToJson(const StsPolicy &policy);
StsPolicy stsPolicyFromJson(const QJsonObject &json);

// {"status", "url", "host", "addresses", "address", "certificate", "http_status", "location",
//  "content_type", "body", "policy", "elapsed_ms", "note"}; nullopt when the status is unknown.
QJsonObject policyFetchToJson(const PolicyFetchResult &result);
std::optional<PolicyFetchResult> policyFetchFromJson(const QJsonObject &json);

} // namespace mailtls
