#pragma once

// A domain's defence against downgrade, MX host by MX host: what a sender
// that applies MTA-STS (RFC 8461) or DANE (RFC 7672) would demand of each MX,
// and whether the MX, as our probes saw it, meets it. An attacker on the path
// can strip STARTTLS or present any certificate to a merely opportunistic
// sender; an MX is protected when a sender has a reason to refuse both.
//
// The steps of assessDomain:
// 1. DANE of every MX host, matched against the certificate the probe saw on
//    port 25 at each of the host's addresses (the weakest address counts).
// 2. MTA-STS: the TXT record, the policy fetched, every MX matched against
//    the policy's patterns, every pattern against the MX hosts, and what an
//    enforcing sender checks: a certificate that chains to a trusted root and
//    names the MX, and TLS 1.2 or later.
// 3. Each MX's verdict: protected by DANE, by MTA-STS in enforce mode, by
//    both, or by neither; undecided when an answer that could tip it is
//    missing. A defence a validating sender would fail on (a bogus or
//    mismatched TLSA RRset, an enforced policy the MX does not meet) puts the
//    delivery at risk, which is worse than no defence.
// 4. DANE of the submission hosts asked for (TLSA at _465._tcp or _587._tcp),
//    matched against the certificate the probe saw on that host's smtps or
//    submission endpoint. Informational: RFC 7672 covers MX hosts only, so
//    these never count in the MX figures.

#include "probes/domain/domain_check.h"
#include "probes/domain/mta_sts.h"
#include "probes/domain/tls_rpt.h"
#include "probes/endpoint_probe.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtls {

enum class MxProtection {
    Undecided, // an answer that could decide it is missing
    None,      // opportunistic TLS at best: an active attacker can downgrade
    MtaSts,    // an enforced MTA-STS policy the MX meets
    Dane,      // DANE in force and matching
    Both,
};

QString mxProtectionKey(MxProtection p);   // "undecided", "none", "mta_sts", "dane", "both"
QString mxProtectionLabel(MxProtection p); // translated

struct MxDefence
{
    QString host;
    quint16 preference = 0;
    QStringList endpoints;              // the probe results used (EndpointRef text), empty: not probed
    std::optional<bool> starttls;       // STARTTLS offered and working on port 25
    std::optional<bool> tls12;          // TLS 1.2 or later accepted
    std::optional<bool> certificateValid; // chains to a trusted root, names the MX, in its dates
    DaneCheck dane;                     // port 25, evaluated with the certificate seen
    std::optional<bool> stsCovered;     // a pattern of the MTA-STS policy matches it; nullopt: no usable policy
    MxProtection protection = MxProtection::Undecided;
    std::optional<bool> deliveryAtRisk; // a sender applying the published defence would fail
    QStringList notes;

    bool operator==(const MxDefence &) const = default;
};

// What senders make of the domain's MTA-STS (step 2).
struct MtaStsDefence
{
    StsRecordResult record;            // the TXT record(s) read
    std::optional<StsPolicy> policy;   // the policy a sender would apply (fetched, usable)
    std::optional<StsMode> mode;       // its mode
    // A sender applies a policy: the record and a usable policy are there.
    // nullopt: the lookup or the fetch did not answer.
    std::optional<bool> inForce;
    QStringList errors;                // what is wrong, for people (record, fetch, policy lines)
    QStringList unmatchedMx;           // MX hosts no pattern matches
    QStringList unusedPatterns;        // patterns no MX host matches
    std::optional<bool> idUnchanged;   // the policy changed since the previous check, the id did not

};

struct DomainDefence
{
    DomainCheck check;               // what the network said (the evidence)
    MtaStsDefence mtaSts;
    domain::TlsRptPolicy tlsRpt;     // the TLS-RPT record, parsed
    QList<MxDefence> mx;
    int protectedCount = 0;          // MX hosts with protection other than None or Undecided
    int undecidedCount = 0;
    std::optional<bool> allProtected; // every MX protected; nullopt: some undecided and none unprotected
    QList<DaneCheck> submission;     // step 4, evaluated with the certificate seen

};

// One audit's domain checks, and the MX verdicts of a host across them.
struct DomainDefences
{
    QList<DomainDefence> domains;

    struct ForHost
    {
        const DomainDefence *domain;
        const MxDefence *mx;
    };
    // Every domain whose MX list (in DNS) names the host, with its verdict there.
    QList<ForHost> forHost(const QString &hostName) const;
    const DomainDefence *domain(const QString &name) const;
};

// What protects the host against downgrade in every domain whose MX it is:
// "DANE", "MTA-STS" or "DANE + MTA-STS" (the weakest across domains); empty
// when it is an MX of none, or one of them leaves it unprotected or undecided.
QString downgradeDefenceLabel(const DomainDefences &defences, const QString &hostName);

// One line for people on the domain's MX hosts: "2 of 3 MX hosts protected
// (1 undecided)", or why there is no count: the MX lookup failed (undecided,
// never "0 of 0"), a null MX, no MX record (mail goes to the domain's
// address, unprotected).
QString mxSummary(const DomainDefence &defence);
// The TLS-RPT record for people: its rua addresses, "not published",
// "invalid: ..." or "undecided (...)" when the lookup failed.
QString tlsRptSummary(const DomainDefence &defence);
// MTA-STS for people: the mode senders apply, "not in force" or "undecided".
QString mtaStsSummary(const DomainDefence &defence);

// A submission host's DANE for people: "TLSA secure, matches yes", "not
// published", or "undecided (...)" when the TLSA lookup failed.
QString submissionDaneSummary(const DaneCheck &dane);
// Whether the report shows it: records published, or the lookup undecided.
bool submissionDaneWorthShowing(const DaneCheck &dane);

// The SMTP (port 25) results of the workspace's or the command's probes, by
// MX host name (lower case, no trailing dot).
using MxResults = QHash<QString, QList<const EndpointResult *>>;

// The submission and smtps results by the TLSA owner name of the host at
// the standard port (tlsaOwnerName(host, 587) or (host, 465)).
using SubmissionResults = QHash<QString, QList<const EndpointResult *>>;

// The port of the TLSA owner name for a submission protocol: 587 for
// Submission (STARTTLS), 465 for Smtps; nullopt for the others.
std::optional<quint16> submissionTlsaPort(Protocol protocol);

// previous: the same domain's check of an earlier audit, to tell a policy
// changed under an unchanged id; nullptr when there is none.
DomainDefence assessDomain(const DomainCheck &check, const MxResults &results,
                           const DomainDefence *previous = nullptr);
// The same, with the probes of the check's submission hosts (step 4).
DomainDefence assessDomain(const DomainCheck &check, const MxResults &results, const DomainDefence *previous,
                           const SubmissionResults &submission);

// JSON (docs/domain-checks.md): the check's lookups and every verdict, null
// where undecided.
QJsonObject domainDefenceToJson(const DomainDefence &defence);
DomainDefence domainDefenceFromJson(const QJsonObject &object);

} // namespace mailtls
