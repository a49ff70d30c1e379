#include "probes/status.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ProbeStatus)
};

constexpr std::array<std::pair<ProbeStatus, const char *>, 10> kKeys{{
    {ProbeStatus::Ok, "ok"},
    {ProbeStatus::Refused, "refused"},
    {ProbeStatus::Timeout, "timeout"},
    {ProbeStatus::Unreachable, "unreachable"},
    {ProbeStatus::ProtocolError, "protocol_error"},
    {ProbeStatus::StartTlsNotOffered, "starttls_not_offered"},
    {ProbeStatus::StartTlsRejected, "starttls_rejected"},
    {ProbeStatus::HandshakeFailed, "handshake_failed"},
    {ProbeStatus::RateLimited, "rate_limited"},
    {ProbeStatus::Cancelled, "cancelled"},
}};

} // namespace

QString probeStatusKey(ProbeStatus status)
{
    for (const auto &[s, key] : kKeys) {
        if (s == status)
            return QString::fromLatin1(key);
    }
    Q_UNREACHABLE();
}

std::optional<ProbeStatus> probeStatusFromKey(QStringView key)
{
    for (const auto &[s, k] : kKeys) {
        if (key == QLatin1StringView(k))
            return s;
    }
    return std::nullopt;
}

QString probeStatusLabel(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Ok: return Tr::tr("OK");
    case ProbeStatus::Refused: return Tr::tr("Connection refused");
    case ProbeStatus::Timeout: return Tr::tr("Timed out");
    case ProbeStatus::Unreachable: return Tr::tr("Unreachable");
    case ProbeStatus::ProtocolError: return Tr::tr("Protocol error");
    case ProbeStatus::StartTlsNotOffered: return Tr::tr("STARTTLS not offered");
    case ProbeStatus::StartTlsRejected: return Tr::tr("STARTTLS rejected");
    case ProbeStatus::HandshakeFailed: return Tr::tr("TLS handshake failed");
    case ProbeStatus::RateLimited: return Tr::tr("Rate limited by the server");
    case ProbeStatus::Cancelled: return Tr::tr("Cancelled");
    }
    Q_UNREACHABLE();
}

} // namespace mailtls
