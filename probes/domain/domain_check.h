#pragma once

// What a domain publishes against downgrade, gathered from the network as a
// sending MTA would see it: its MX hosts, their addresses and TLSA records
// (DANE, RFC 7672) with their DNSSEC state, the MTA-STS TXT record and policy
// (RFC 8461), and the TLS-RPT record (RFC 8460). Only the gathering is here;
// what it means for the domain's MX hosts, with the certificates the probes
// saw, is decided by app/domains.
//
// The steps of one check, each lookup with its own deadline:
// 1. MX of the domain (a null MX ends it: the domain takes no mail).
// 2. At once: A and AAAA of every MX host, TLSA at _25._tcp of every MX host
//    (and at the extra ports asked for), TXT at _mta-sts.DOMAIN and at
//    _smtp._tls.DOMAIN.
// 3. The MTA-STS policy from https://mta-sts.DOMAIN/.well-known/mta-sts.txt,
//    fetched as a sender does, whatever the TXT record said (a policy without
//    a record is a finding too), beside the lookups.
//    Also at once, for every submission host asked for: its A and AAAA and
//    the TLSA at _465._tcp or _587._tcp (admins publish these for their
//    submission hosts too, though RFC 7672 covers only MX hosts).
// 4. When validating: the DNSKEY of the first trust anchor, asked through the
//    same nameservers. A nameserver that strips DNSSEC records makes every
//    answer look bogus; then no DNSSEC state of the check is believed (all
//    read not validated, with the reason in dnssecProblem).

#include "probes/domain/dane.h"
#include "probes/domain/policy_fetch.h"
#include "probes/dns/resolver.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtls {

// One lookup of the check, as evidence.
struct DomainLookup
{
    QString name;
    dns::RecordType type = dns::RecordType::A;
    dns::LookupStatus status = dns::LookupStatus::Timeout;
    dns::DnssecState dnssec = dns::DnssecState::NotValidated;
    QString whyBogus;
    QString detail;     // what the server said, when the lookup failed
    QStringList texts;  // TXT: every record's text (character-strings joined)

    bool operator==(const DomainLookup &) const = default;
};

struct DomainMxHost
{
    QString host;           // as the MX record names it, no trailing dot
    quint16 preference = 0;
    QStringList addresses;  // A, then AAAA
    QList<DaneCheck> dane;  // port 25 first, then the extra ports (evaluateDane not yet applied)

    bool operator==(const DomainMxHost &) const = default;
};

// A submission host whose TLSA records are looked up: its name and the
// standard port the TLSA owner name uses (465 for implicit TLS, 587 for
// STARTTLS), whatever port the server actually listens on.
struct SubmissionHost
{
    QString host;
    quint16 port = 587;

    bool operator==(const SubmissionHost &) const = default;
};

struct DomainCheckOptions
{
    QList<SubmissionHost> submission; // step 2: TLSA and addresses of these hosts too
    QList<quint16> extraTlsaPorts;  // TLSA ports besides 25 on every MX host (465, 587 for submission)
    bool fetchPolicy = true;        // step 3
    PolicyFetchOptions policy;
};

struct DomainCheck
{
    QString domain;
    QDateTime checkedAt;         // UTC, when the check started
    QString resolver;            // the nameservers asked, "127.0.0.1:5353", or "system"
    DomainLookup mxLookup;
    bool nullMx = false;         // "." MX (RFC 7505): the domain takes no mail
    QList<DomainMxHost> mx;      // by preference, then name
    DomainLookup mtaStsTxt;      // _mta-sts.DOMAIN TXT
    DomainLookup tlsRptTxt;      // _smtp._tls.DOMAIN TXT
    std::optional<PolicyFetchResult> policyFetch; // step 3; nullopt: not fetched
    QString dnssecProblem;       // step 4: why no DNSSEC state is believed; empty: they are
    QList<DaneCheck> submission; // the submission hosts asked for (evaluateDane not yet applied)

};

// Runs steps 1 and 2 with resolver (on its thread; the future finishes there).
QFuture<DomainCheck> lookUpDomain(dns::Resolver *resolver, const QString &domain, const DomainCheckOptions &options);

QJsonObject domainLookupToJson(const DomainLookup &lookup);
DomainLookup domainLookupFromJson(const QJsonObject &object);

} // namespace mailtls
