#pragma once

// The hygiene checks' JSON, the "hygiene" object of a probe result
// (docs/probe-json.md): one object per check, in hygieneKeys() order, each
// {"value": true|false|null, "evidence": [...], "note": "..."} with the
// details of session_resumption, ocsp_stapling and dh beside them.

#include "probes/hygiene/hygiene.h"

#include <QJsonObject>

namespace mailtls {

QJsonObject hygieneToJson(const HygieneResult &hygiene);
// Every field the writer puts out; missing ones keep their defaults.
HygieneResult hygieneFromJson(const QJsonObject &json);

} // namespace mailtls
