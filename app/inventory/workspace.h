#pragma once

// The organisation as data: domains, hosts with their roles and endpoints, and
// the links that mail and passwords travel between them. Two pseudo-nodes,
// "internet" and "users", stand for everything outside the organisation.
// Plain values: cheap to copy into a worker thread, compared in tests.

#include "probes/protocol.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtls {

inline constexpr QLatin1StringView kInternetNode{"internet"};
inline constexpr QLatin1StringView kUsersNode{"users"};

enum class Zone { Internal, External };

enum class HostRole {
    InboundMx,     // receives mail from the Internet
    OutboundRelay, // sends mail to the Internet
    InternalRelay, // relays between internal hosts
    Filter,        // content filter in the path
    MailStore,     // holds mailboxes (delivery by LMTP or SMTP)
    Submission,    // accepts mail from users (465/587)
    Access,        // IMAP/POP for users
    Webmail,       // web front end for users
    Directory,     // LDAP or database the mail hosts query
};

enum class LinkKind {
    InternetInbound, // the Internet to an inbound MX (M1)
    Outbound,        // an outbound relay to the Internet (M1)
    InternalRelay,   // between internal MTAs and filters (M2)
    Delivery,        // to the mail store by LMTP or SMTP (M2)
    Directory,       // internal directory or database lookups (M2)
    UserSubmission,  // users submitting mail with a password (M3)
    UserAccess,      // users reading mail by IMAP or POP (M3)
    UserWebmail,     // users on webmail (M3)
};

struct Endpoint
{
    Protocol protocol = Protocol::Smtp;
    quint16 port = 0;
    QString address; // connect here; empty means the host's first address, then its name

    bool operator==(const Endpoint &) const = default;
};

struct Host
{
    QString id;   // stable key used by links, unique in the workspace
    QString name; // DNS name the host is addressed by (SNI, certificate match)
    QStringList addresses;
    QList<HostRole> roles;
    QString software; // as known by the admin, e.g. "Postfix 3.7"; may be empty
    Zone zone = Zone::Internal;
    QString site;
    QList<Endpoint> endpoints;

    bool operator==(const Host &) const = default;
};

// "host/scheme" or "host/scheme:port": names one endpoint of one host.
struct EndpointRef
{
    QString hostId;
    Protocol protocol = Protocol::Smtp;
    quint16 port = 0; // 0: the host's only endpoint of that protocol

    QString toString() const;
    static std::optional<EndpointRef> parse(QStringView text);
    bool operator==(const EndpointRef &) const = default;
};

struct Link
{
    QString id;
    LinkKind kind = LinkKind::InternalRelay;
    QString from;         // a host id, kInternetNode or kUsersNode
    EndpointRef endpoint; // the endpoint that receives the connection
    QString note;

    bool operator==(const Link &) const = default;
};

// What real messages showed on a link: its Received: headers said how the hop
// travelled. One entry per link and way of travelling (TLS version and
// cipher, or cleartext); importing the same messages again changes nothing.
struct Observation
{
    QString link;         // link id
    QString transport;    // "tls", "cleartext", "local", "unknown" (see received.h)
    QString tlsVersion;   // "TLSv1.3", ...; empty when the header did not say
    QString cipher;       // as the MTA wrote it
    QDateTime firstSeen;  // UTC, from the hop's date
    QDateTime lastSeen;   // UTC
    QString messageId;    // the latest message that showed it
    QString source;       // the file it was read from (name only)

    bool operator==(const Observation &) const = default;
};

// What the test receiver saw an outbound relay do as a client
// (probes/receiver/, judged by app/evidence/outbound_verdict.h): the evidence
// an outbound link's sending side is judged by. One entry per relay and
// destination policy; a newer test of the same relay and policy replaces it.
struct OutboundCheckRecord
{
    QString check;              // "uses_starttls", "best_version", ... (outboundCheckKey)
    std::optional<bool> passed; // nullopt: undecided, the evidence says why
    bool informational = false; // reported, never a fault (the opportunistic fallback)
    QString evidence;           // what decided it, in English
    QList<int> sessions;        // the receiver's session ids that decided it
    // The evidence as a phrase each reader translates (outboundEvidenceText()):
    // its English source, arguments and plural count; empty source: the
    // evidence above is all there is.
    QString evidenceSource;
    QStringList evidenceArgs;
    int evidenceCount = -1;

    bool operator==(const OutboundCheckRecord &) const = default;
};

struct OutboundTest
{
    QString relay;         // host id of the relay that connected
    QString clientAddress; // the address it connected from
    QString ehlo;          // the name it greeted with
    QDateTime testedAt;    // UTC, when the receiver's last session of it ended
    QString policy;        // "none" or "requires-tls": what the destinations the scenarios played publish
    QStringList scenarios; // the scenarios it was sent to, e.g. "normal", "stripped"
    int sessions = 0;      // its sessions the verdict rests on
    QList<OutboundCheckRecord> checks;
    QString source;        // where the verdict came from: the receiver, or its JSON file

    bool operator==(const OutboundTest &) const = default;
};

// How `audit --outbound-test` tests the relays headless: where the test
// receiver listens (one scenario per listener), what the destinations it
// plays publish, and the command that makes each relay send one message to
// a test domain ({to} and {domain} filled in, one run per listener). The
// commands run only when the audit is asked to (--outbound-test): a
// workspace file alone never runs anything.
struct OutboundTestPlan
{
    struct Listener
    {
        QString listen;   // "ADDR:PORT" ("[ADDR]:PORT" for IPv6)
        QString scenario; // receiverScenarioKey(): "normal", "stripped", ...
        // A mail domain whose MX is this listener, published in DNS (with its
        // DANE or MTA-STS, as the policy says): the relay finds it as it finds
        // any destination, through its own resolver. Empty: the test domain
        // SCENARIO.mailtls-test.invalid, which the relay's routing must send here.
        QString domain;
        bool operator==(const Listener &) const = default;
    };
    struct Trigger
    {
        QString relay;   // host id
        QString command; // run by /bin/sh, e.g. "ssh out.example.org sendmail -f postmaster@example.org {to}"
        bool operator==(const Trigger &) const = default;
    };
    QList<Listener> listeners;
    QString policy = QStringLiteral("none"); // "none" or "requires-tls"
    QString hostname;                        // the receiver's greeting name; empty: mailtls-test.invalid
    int waitSeconds = 120;                   // for every relay to reach every listener
    QList<Trigger> triggers;

    bool operator==(const OutboundTestPlan &) const = default;
};

// A finding the organisation accepts as a risk for a while: who decided, why,
// and until when. An exception never lasts for ever: once its expiry date has
// passed, the finding counts again (risk_register.h).
struct RiskAcceptance
{
    QString profile = QStringLiteral("m3aawg"); // the profile the rule belongs to
    QString rule;          // rule id, e.g. "M1.6"
    QString endpoint;      // EndpointRef text as findings name it, e.g. "mx2/smtp:25"
    QString justification; // why the risk is accepted
    QString owner;         // who answers for it
    QDate expires;         // the last day it holds
    QDateTime acceptedAt;  // UTC, when it was recorded
    bool operator==(const RiskAcceptance &) const = default;
};

// A target date of the rollout ("every internal link encrypted by March"),
// drawn on the history's trend charts.
struct Milestone
{
    QDate date;
    QString label;
    bool operator==(const Milestone &) const = default;
};

struct Domain
{
    QString name;
    QStringList mxHosts; // host ids of the inbound MX, in preference order

    bool operator==(const Domain &) const = default;
};

struct Workspace
{
    // 2: observations; 3: accepted risks; 4: milestones; 5: outbound tests
    // (older files read as they are).
    static constexpr int kSchemaVersion = 5;

    QString name;
    QString organisation;
    QList<Domain> domains;
    QList<Host> hosts;
    QList<Link> links;
    QList<Observation> observations;
    QList<OutboundTest> outboundTests; // by relay, then policy
    std::optional<OutboundTestPlan> outboundTestPlan;
    QList<RiskAcceptance> acceptedRisks;
    QList<Milestone> milestones; // by date
    // Where the user dragged nodes of the path map (path_map.h): node id (a
    // host id, kInternetNode or kUsersNode) to the centre of its box in map
    // units. Nodes without an entry take the automatic layout.
    QMap<QString, QPointF> layout;

    const Host *host(QStringView id) const;
    // The endpoint a reference names, or nullptr when it names none.
    const Endpoint *endpoint(const EndpointRef &ref) const;
    // What the probe engine connects to for an endpoint of a host.
    ProbeTarget target(const Host &host, const Endpoint &endpoint) const;
    // A display name for a link end: a host's name or the pseudo-node's name.
    QString nodeName(QStringView nodeId) const;

    bool operator==(const Workspace &) const = default;
};

// Hash lookups over a workspace that does not change while the index lives,
// for work over every link of a large organisation (10,000 hosts).
class WorkspaceIndex
{
public:
    explicit WorkspaceIndex(const Workspace &workspace);
    const Host *host(const QString &id) const;
    const Endpoint *endpoint(const EndpointRef &ref) const;
    // The observations of one link, newest first.
    QList<Observation> observations(const QString &linkId) const;
    // The outbound tests of one relay host, newest first.
    QList<OutboundTest> outboundTests(const QString &hostId) const;

private:
    const Workspace &m_workspace;
    QHash<QString, qsizetype> m_hosts;
    QHash<QString, QList<qsizetype>> m_observations;
    QHash<QString, QList<qsizetype>> m_outboundTests;
};

QString zoneKey(Zone zone);
std::optional<Zone> zoneFromKey(QStringView key);
QString hostRoleKey(HostRole role);
std::optional<HostRole> hostRoleFromKey(QStringView key);
QList<HostRole> allHostRoles();
QString linkKindKey(LinkKind kind);
std::optional<LinkKind> linkKindFromKey(QStringView key);
QList<LinkKind> allLinkKinds();

} // namespace mailtls
