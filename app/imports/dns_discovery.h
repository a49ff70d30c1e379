#pragma once

// What public DNS says about a domain's mail, as the start of an inventory:
// the MX hosts with their preferences and addresses (the inbound MX), the SRV
// records by which mail clients find submission and access (RFC 6186, RFC
// 8314), and the well-known names (mail., smtp., imap., pop., webmail.) worth
// a look. Every item keeps its evidence; every query that failed says why.
//
// The discovery itself is pure steps around the resolver: the first queries,
// the address queries their answers call for, and the assembly of all answers
// into a result, so tests can feed the steps answers of their own.

#include "probes/dns/resolver.h"
#include "probes/protocol.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace mailtls {

// One query of a discovery and how it ended: the evidence behind every item.
struct DnsQueryOutcome
{
    QString name;
    dns::RecordType type = dns::RecordType::A;
    dns::LookupStatus status = dns::LookupStatus::Timeout;
    QString detail;      // for failures: why
    QStringList aliases; // the CNAMEs followed from name
    dns::DnssecState dnssec = dns::DnssecState::NotValidated;
    QString whyBogus;    // the validator's reason, when Bogus
};

struct DiscoveredMx
{
    QString host;           // the exchange's name
    quint16 preference = 0; // lower is tried first (RFC 5321 5.1)
    QStringList addresses;  // its A, then AAAA records
};

struct DiscoveredService
{
    QString service;        // "_imaps._tcp"
    Protocol protocol = Protocol::Imaps;
    bool offered = true;    // false: the target is "." (RFC 2782): decidedly not offered
    QString target;         // the host that offers it
    quint16 port = 0;
    quint16 priority = 0;   // lower is tried first
    quint16 weight = 0;     // among equal priorities, the share of clients
    QStringList addresses;  // the target's A, then AAAA records
};

struct SuggestedName
{
    QString name;              // "mail.kumo.example"
    QStringList addresses;     // its A, then AAAA records
    QStringList aliases;       // CNAMEs: the name is an alias of the last
    QList<Protocol> protocols; // what a name like this usually offers: worth a probe
};

struct DnsDiscoveryResult
{
    QString domain;
    QStringList servers;               // the nameservers asked
    bool domainExists = true;          // false: NXDOMAIN for the domain itself
    bool nullMx = false;               // a "." MX (RFC 7505): the domain accepts no mail
    QList<DiscoveredMx> mx;            // by preference, then name
    QList<DiscoveredService> services; // in the order of mailSrvServices(), then priority and weight
    QList<SuggestedName> names;        // the well-known names that exist
    QStringList notes;                 // records we did not take, and why (odd targets)
    QList<DnsQueryOutcome> queries;    // every query, in the order asked

    // The queries whose answer is unknown (SERVFAIL, timeout, ...): what they would have found is missing.
    QList<DnsQueryOutcome> failures() const;
    const DnsQueryOutcome *query(QStringView name, dns::RecordType type) const;
};

// The SRV services of RFC 6186 and RFC 8314 and the protocol each names.
struct MailSrvService
{
    const char *label; // "_submission._tcp"
    Protocol protocol;
};
const QList<MailSrvService> &mailSrvServices();

using DnsQuery = std::pair<QString, dns::RecordType>;

// "Kumo.Example." -> "kumo.example"; an IDN becomes its ACE form. nullopt (with *error) for no domain.
std::optional<QString> normalizeDomain(const QString &input, QString *error);

// 1. MX of the domain, the SRV services, A and AAAA of the well-known names.
QList<DnsQuery> firstDiscoveryQueries(const QString &domain);
// 2. A and AAAA of the MX and SRV targets that no lookup has asked for yet.
QList<DnsQuery> addressQueries(const QList<dns::LookupResult> &lookups);
// 3. Everything the lookups say, as one result.
DnsDiscoveryResult assembleDiscovery(const QString &domain, const QList<dns::LookupResult> &lookups);

// Runs steps 1 to 3 on the resolver and returns at once; the future finishes on
// the resolver's thread. domain must be normalised.
QFuture<DnsDiscoveryResult> discoverDomain(dns::Resolver *resolver, const QString &domain);

// Runs a discovery on a resolver of its own and waits for it in a local event
// loop: for the command line's main thread and for worker threads, never the
// GUI thread (the resolver reads /etc/resolv.conf when no server is given).
DnsDiscoveryResult discoverAndWait(const QString &domain, const dns::ResolverOptions &options);

QJsonObject dnsDiscoveryToJson(const DnsDiscoveryResult &result);

} // namespace mailtls
