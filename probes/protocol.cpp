#include "probes/protocol.h"

#include <QHostAddress>

#include <array>

namespace mailtls {

namespace {

constexpr std::array<ProtocolInfo, 14> kProtocols{{
    {Protocol::Smtp, "smtp", 25, TlsMode::StartTls, false},
    {Protocol::Submission, "submission", 587, TlsMode::StartTls, true},
    {Protocol::Smtps, "smtps", 465, TlsMode::Implicit, true},
    {Protocol::Lmtp, "lmtp", 24, TlsMode::StartTls, false},
    {Protocol::Imap, "imap", 143, TlsMode::StartTls, true},
    {Protocol::Imaps, "imaps", 993, TlsMode::Implicit, true},
    {Protocol::Pop3, "pop3", 110, TlsMode::StartTls, true},
    {Protocol::Pop3s, "pop3s", 995, TlsMode::Implicit, true},
    {Protocol::Sieve, "sieve", 4190, TlsMode::StartTls, true},
    {Protocol::Ldap, "ldap", 389, TlsMode::StartTls, true},
    {Protocol::Ldaps, "ldaps", 636, TlsMode::Implicit, true},
    {Protocol::Http, "http", 80, TlsMode::None, true},
    {Protocol::Https, "https", 443, TlsMode::Implicit, true},
    {Protocol::Tls, "tls", 0, TlsMode::Implicit, false},
}};

} // namespace

const ProtocolInfo &protocolInfo(Protocol protocol)
{
    for (const ProtocolInfo &info : kProtocols) {
        if (info.protocol == protocol)
            return info;
    }
    Q_UNREACHABLE();
}

QString protocolScheme(Protocol protocol)
{
    return QString::fromLatin1(protocolInfo(protocol).scheme);
}

std::optional<Protocol> protocolFromScheme(QStringView scheme)
{
    for (const ProtocolInfo &info : kProtocols) {
        if (scheme.compare(QLatin1StringView(info.scheme), Qt::CaseInsensitive) == 0)
            return info.protocol;
    }
    return std::nullopt;
}

QList<Protocol> allProtocols()
{
    QList<Protocol> result;
    for (const ProtocolInfo &info : kProtocols)
        result.append(info.protocol);
    return result;
}

bool isIpLiteral(QStringView host)
{
    return !QHostAddress(host.toString()).isNull();
}

QString ProbeTarget::url() const
{
    QUrl u;
    u.setScheme(protocolScheme(protocol));
    u.setHost(host);
    u.setPort(port);
    return u.toString();
}

TargetParseResult parseTargetUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        return {std::nullopt, QCoreApplication::translate("mailtls::ProbeTarget",
                                                          "'%1' is not a URL like smtp://host[:port]")
                                  .arg(text)};
    }
    const auto protocol = protocolFromScheme(url.scheme());
    if (!protocol) {
        return {std::nullopt,
                QCoreApplication::translate("mailtls::ProbeTarget", "'%1': unknown scheme '%2'")
                    .arg(text, url.scheme())};
    }
    if (!url.path().isEmpty() && url.path() != QLatin1String("/")) {
        return {std::nullopt,
                QCoreApplication::translate("mailtls::ProbeTarget", "'%1': a path is not allowed")
                    .arg(text)};
    }
    const int defaultPort = protocolInfo(*protocol).defaultPort;
    const int port = url.port(defaultPort);
    if (port <= 0) {
        return {std::nullopt, QCoreApplication::translate("mailtls::ProbeTarget",
                                                          "'%1': the scheme '%2' needs a port")
                                  .arg(text, url.scheme())};
    }
    ProbeTarget target;
    target.protocol = *protocol;
    target.host = url.host();
    target.port = static_cast<quint16>(port);
    target.serverName = url.host();
    return {target, {}};
}

} // namespace mailtls
