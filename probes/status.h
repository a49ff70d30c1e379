#pragma once

// How a probe ended: one enum for every way, so results, reports and the
// store speak the same language (after zgrab2's status taxonomy).

#include <QString>

#include <optional>

namespace mailtls {

enum class ProbeStatus {
    Ok,                 // the probe ran to the end; its findings are in the result
    Refused,            // TCP connection refused
    Timeout,            // a connect, read, write or handshake deadline passed
    Unreachable,        // no route, name did not resolve, or another network error
    ProtocolError,      // the server broke the mail protocol (bad greeting, bad reply)
    StartTlsNotOffered, // the server does not advertise STARTTLS/STLS
    StartTlsRejected,   // the server advertised it but refused the command
    HandshakeFailed,    // the TLS handshake failed (no common version or suite, bad record)
    RateLimited,        // the server said try later (421, [UNAVAILABLE], -ERR [IN-USE] ...)
    Cancelled,          // the user or the deadline of the whole endpoint stopped it
};

QString probeStatusKey(ProbeStatus status); // "ok", "refused", "timeout", ...
std::optional<ProbeStatus> probeStatusFromKey(QStringView key);
QString probeStatusLabel(ProbeStatus status); // translated, for people

} // namespace mailtls
