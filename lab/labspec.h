#pragma once

// A lab description (resources/demo/lab.json and test-specific files): which
// real servers to start on loopback, how each is configured, and what each
// listener is expected to show a client. The expectations drive the lab's own
// integration test and, later, the probe engine's tests.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtls::lab {

// gnutls-serv (Debian's gnutls-bin) serves what OpenSSL 3 servers no longer
// can (RC4, 3DES, an RSA-1024 key next to TLS 1.0); it listens on every
// address of its port, so the lab gives it a port of its own.
// slapd (OpenLDAP, built with GnuTLS on Debian) for the internal directory links.
enum class ServerKind { Postfix, Dovecot, Nginx, Gnutls, Slapd };

// The TLS posture a service is configured with.
enum class TlsPosture {
    Strong, // TLS 1.2 and 1.3 only, ECDHE with AEAD only
    Weak,   // TLS 1.0 to 1.2 at OpenSSL security level 0, RSA key exchange and CBC allowed
    None,   // no TLS at all
};

struct CertificateSpec
{
    QString key = QStringLiteral("rsa2048"); // rsa2048, rsa1024, ec256
    bool expired = false;
    bool selfSigned = false;
};

// What a client sees on one listener.
struct Expectation
{
    QString banner;                   // substring of the greeting (HTTP: of the body)
    std::optional<bool> starttls;     // STARTTLS/STLS offered in cleartext capabilities
    QStringList capabilitiesInclude;  // cleartext capabilities that must be offered
    QStringList capabilitiesExclude;  // cleartext capabilities that must not be offered
    QStringList tlsVersions;          // accepted: of TLSv1, TLSv1.1, TLSv1.2, TLSv1.3
    int httpStatus = 0;               // expected status for GET /
    QStringList headersInclude;       // HTTP response headers that must be present
};

struct Listener
{
    QString protocol; // scheme as in probes/protocol.h: smtp, submission, smtps, lmtp, ...
    quint16 port = 0;
    Expectation expect;
};

struct Service
{
    QString id;
    ServerKind kind = ServerKind::Postfix;
    QString hostName; // the name in greetings and certificates
    QString address;  // 127.0.0.x, or ::1 (Postfix only)
    TlsPosture tls = TlsPosture::Strong;
    CertificateSpec certificate;
    QList<Listener> listeners;
    // Postfix: offer AUTH before STARTTLS ("any"), only after ("tls-only") or not at all ("none").
    // slapd: "any" takes simple binds and lists every SASL mechanism before TLS
    // (slapd's defaults); "tls-only" refuses simple binds without TLS
    // (security simple_bind=128) and "none" refuses them always (disallow
    // bind_simple); both list only SASL mechanisms that expose no password
    // (SCRAM, GSSAPI: sasl-secprops noactive).
    QString auth = QStringLiteral("none");
    QString saslService; // Postfix: id of the Dovecot service providing SASL
    // Dovecot: allow LOGIN/USER/AUTH PLAIN without TLS.
    bool plaintextAuth = false;
    // Dovecot: its SASL mechanisms (auth_mechanisms), for its own protocols
    // and for the Postfix services it authenticates for.
    QString authMechanisms = QStringLiteral("plain login");
    // nginx: send Strict-Transport-Security on HTTPS; redirect HTTP to HTTPS.
    bool hsts = false;
    bool httpRedirect = false;
    // Postfix: where mail goes, by recipient domain: the id of a Postfix
    // service (SMTP to its first smtp listener) or of a Dovecot service (LMTP),
    // so real messages cross the lab's hops as the demo workspace draws them;
    // or an explicit loopback next hop "smtp:[127.0.0.x]:PORT" (the test
    // receiver, which plays the Internet for the relay's outbound mail).
    QList<std::pair<QString, QString>> routes;
    // Postfix as a client (its smtp_tls_* settings, "smtp_client" in the
    // spec): the security level ("none", "may", "encrypt", "dane", "verify"),
    // the protocols it offers (smtp_tls_protocols, empty: Postfix's default),
    // the SNI it sends (smtp_tls_servername, empty: none), the CA file it
    // verifies with ("lab": the lab's CA).
    QString smtpSecurityLevel = QStringLiteral("may");
    QString smtpProtocols;
    QString smtpServerName;
    QString smtpCaFile;
    QString journal; // Postfix: a copy of every message to this address (always_bcc)
    // Postfix: its DHE prime from this named group of OpenSSL's (e.g.
    // "modp_2048", RFC 3526 group 14) in smtpd_tls_dh1024_param_file; empty:
    // Postfix's built-in prime, as Debian ships it.
    QString dhGroup;
};

// The defences of the lab's mail domain against downgrade, as DNS and the
// policy host publish them (Lab::setDnsStage): none (the demo's starting
// state), MTA-STS in testing mode with a TLS-RPT record, MTA-STS in enforce
// mode with DANE TLSA records for the MX hosts' keys.
enum class DnsStage { None, Testing, Enforce };

QString dnsStageKey(DnsStage stage); // "none", "testing", "enforce"
std::optional<DnsStage> dnsStageFromKey(QStringView key);

// The lab's DNS: a DNSSEC-signed zone served by unbound (lab/signed_zone.h)
// with an A record for every running service whose host name is in the zone,
// an MX record per MX service (preference 10, 20, ... in order), and
// mta-sts.ZONE at the nginx service that serves the MTA-STS policy (an extra
// HTTPS server block on its https listener, with a certificate from the lab
// CA for that name), and other mail domains served by MX hosts of the zone.
struct DnsSpec
{
    QString zone;            // "kumo.example"
    QString address;         // where unbound listens: 127.0.0.x
    quint16 port = 0;
    QStringList mx;          // Postfix service ids, in preference order
    QString policyService;   // id of the nginx service with an https listener
    QString tlsRptAddress;   // the rua of the TLS-RPT record ("mailto:..."): published from stage testing
    // More mail domains whose MX hosts are the zone's, each signed as a zone of
    // its own: their MX records, the TLS-RPT record from stage testing, no MTA-STS
    // (their MX hosts are protected by the TLSA records of the zone, in enforce).
    struct OtherZone
    {
        QString zone;
        QStringList mx; // Postfix service ids, in preference order
    };
    QList<OtherZone> otherZones;
    // Mail domains elsewhere on the "Internet" the lab's relays send to, each
    // a signed zone of its own: MX mx.<domain> at address, where a test
    // receiver listens on port (the auditor's, during an outbound test). With
    // dane, a TLSA 3 1 1 record at _PORT._tcp.mx.<domain> for a key the lab
    // made and no server holds: the certificate any receiver shows there does
    // not match, as an attacker on the path could not show the right one. A
    // relay reaches one through a route "smtp:DOMAIN:PORT" (its MX looked up
    // through the resolver below, as for any destination).
    struct Destination
    {
        QString domain;
        QString address; // 127.0.0.x
        quint16 port = 0;
        bool dane = false;
        QString mxHost() const { return QStringLiteral("mx.") + domain; }
    };
    QList<Destination> destinations;
    // The lab's validating resolver (lab/validating_resolver.h) on port 53 of
    // this loopback address: every Postfix service of the lab resolves
    // through it (its own resolv.conf). Empty: none, the host's resolver.
    QString resolver;
    const Destination *destination(const QString &domain) const;
    QString policyHost() const { return QStringLiteral("mta-sts.") + zone; }
};

struct LabSpec
{
    QString name;
    QList<Service> services;
    std::optional<DnsSpec> dns;

    const Service *service(const QString &id) const;
    // Postfix's transport to a service: "smtp:[127.0.0.13]:2525" or
    // "lmtp:inet:127.0.0.21:2424"; an explicit loopback next hop
    // "smtp:[127.0.0.x]:PORT" or a DNS destination "smtp:DOMAIN:PORT"
    // (DnsSpec::destinations) as it is; empty when nothing takes the mail.
    QString transport(const QString &id) const;
    // The services to start for ids (empty: all), with their dependencies, in start order.
    QList<Service> selection(const QStringList &ids, QString *error) const;
    // The https port of the MTA-STS policy host; 0 without DNS.
    quint16 policyPort() const;
};

struct LabSpecResult
{
    std::optional<LabSpec> spec;
    QString error;
};

LabSpecResult parseLabSpec(const QByteArray &json, const QString &sourceName);
LabSpecResult loadLabSpec(const QString &path);

} // namespace mailtls::lab
