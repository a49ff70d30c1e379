#pragma once

// The mail-path protocols the auditor knows, with the facts every layer needs
// about them: URL scheme, default port, and how TLS is reached (implicit on
// connect, upgraded with a STARTTLS-like command, or not at all).

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace mailtls {

enum class Protocol {
    Smtp,       // MTA to MTA, STARTTLS (RFC 3207), port 25
    Submission, // message submission, STARTTLS, port 587 (RFC 6409)
    Smtps,      // submission over implicit TLS, port 465 (RFC 8314)
    Lmtp,       // local delivery to the mail store (RFC 2033), STARTTLS
    Imap,       // IMAP with STARTTLS, port 143 (RFC 2595)
    Imaps,      // IMAP over implicit TLS, port 993
    Pop3,       // POP3 with STLS, port 110 (RFC 2595)
    Pop3s,      // POP3 over implicit TLS, port 995
    Sieve,      // ManageSieve with STARTTLS, port 4190 (RFC 5804)
    Ldap,       // LDAP with StartTLS, port 389 (RFC 4511)
    Ldaps,      // LDAP over implicit TLS, port 636
    Http,       // webmail over cleartext HTTP, port 80
    Https,      // webmail over HTTPS, port 443
    Tls,        // any other service behind implicit TLS
};

// How a client reaches TLS on a protocol's port.
enum class TlsMode {
    Implicit, // the handshake starts right after connect
    StartTls, // a protocol command upgrades the cleartext session
    None,     // the protocol has no TLS upgrade (plain HTTP)
};

struct ProtocolInfo
{
    Protocol protocol;
    const char *scheme; // URL scheme, also the name in workspace files
    quint16 defaultPort;
    TlsMode tlsMode;
    bool carriesCredentials; // users log in over it (measure M3)
};

const ProtocolInfo &protocolInfo(Protocol protocol);
QString protocolScheme(Protocol protocol);
std::optional<Protocol> protocolFromScheme(QStringView scheme);
QList<Protocol> allProtocols();

// One thing to probe: a protocol on a host and port, and the name the hop is
// addressed by (SNI and certificate name matching use it).
struct ProbeTarget
{
    Protocol protocol = Protocol::Smtp;
    QString host; // name or literal address to connect to
    quint16 port = 0;
    QString serverName; // defaults to host

    QString url() const;
    bool operator==(const ProbeTarget &) const = default;
};

struct TargetParseResult
{
    std::optional<ProbeTarget> target;
    QString error; // set when target is empty, names the offending input
};

// True for an IPv4 or IPv6 literal (no SNI is sent for those; names match as IP SANs).
bool isIpLiteral(QStringView host);

// Parses "smtp://mx.example.org", "imaps://[::1]:1993" and the like.
TargetParseResult parseTargetUrl(const QString &text);

} // namespace mailtls
