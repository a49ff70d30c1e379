#pragma once

// The probe result as JSON: the schema of `mailtls-auditor probe --json`,
// documented in docs/probe-json.md. Absent knowledge is null, never false.

#include "probes/endpoint_probe.h"

#include <QJsonObject>

namespace mailtls {

QJsonObject endpointResultToJson(const EndpointResult &result);

} // namespace mailtls
