#pragma once

// The probe result as JSON: the schema of `mailtls-auditor probe --json`,
// documented in docs/probe-json.md. Absent knowledge is null, never false.

#include "probes/endpoint_probe.h"

#include <QJsonObject>

#include <optional>

namespace mailtls {

QJsonObject endpointResultToJson(const EndpointResult &result);

// The inverse, for results read back from the audit store: every field the
// writer puts out. Missing fields keep their defaults (older stored runs);
// nullopt only when the endpoint URL cannot be read.
std::optional<EndpointResult> endpointResultFromJson(const QJsonObject &json);

// A certificate's JSON as it appears in a result ("certificate" of an
// endpoint), for other results that carry one (the MTA-STS policy fetch).
QJsonObject certificateToJson(const CertificateInfo &certificate);
CertificateInfo certificateFromJson(const QJsonObject &json);

} // namespace mailtls
