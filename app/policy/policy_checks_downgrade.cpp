// The checks of downgrade resistance: an inbound link's MX host against the
// domain checks of the domains whose MX (in DNS) it is. The domain check
// (app/domains) has decided each MX's protection; these checks turn it into
// verdicts with evidence, and leave them incomplete when no domain check ran
// or the host is no MX of a checked domain.

#include "app/policy/policy_check.h"

#include <QCoreApplication>

namespace mailtls::policy_check {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

// The link's host's verdicts in every checked domain, or the outcome that
// says why there are none.
std::optional<Outcome> noDefences(const CheckInput &in, QList<DomainDefences::ForHost> *found)
{
    const Host *host = in.index.host(in.link.endpoint.hostId);
    if (!in.domains || in.domains->domains.isEmpty())
        return Outcome{Verdict::Incomplete,
                       {{QStringLiteral("dns"), Tr::tr("the domains' defences against downgrade were not checked")}},
                       {}};
    if (!host || host->name.isEmpty())
        return Outcome{Verdict::Incomplete, {{QStringLiteral("dns"), Tr::tr("the host has no DNS name")}}, {}};
    *found = in.domains->forHost(host->name);
    if (found->isEmpty()) {
        // A domain whose MX hosts are unknown may name this host.
        for (const DomainDefence &d : in.domains->domains) {
            if (dns::isFailure(d.check.mxLookup.status))
                return Outcome{Verdict::Incomplete,
                               {{QStringLiteral("dns"), Tr::tr("the MX lookup of %1 failed (%2): whether %3 is its MX "
                                                               "is unknown")
                                                            .arg(d.check.domain,
                                                                 dns::lookupStatusLabel(d.check.mxLookup.status),
                                                                 host->name)}},
                               {}};
        }
    }
    if (found->isEmpty())
        return Outcome{Verdict::Incomplete,
                       {{QStringLiteral("dns"), Tr::tr("%1 is an MX of no domain checked: DNS does not name it")
                                                    .arg(host->name)}},
                       {}};
    return std::nullopt;
}

QString protectionEvidence(const DomainDefences::ForHost &f)
{
    return Tr::tr("%1, MX of %2: %3").arg(f.mx->host, f.domain->check.domain, mxProtectionLabel(f.mx->protection));
}

// Worst first: a fail over an incomplete over a pass.
void fold(Outcome *into, Verdict verdict, const Evidence &evidence)
{
    auto rank = [](Verdict v) {
        switch (v) {
        case Verdict::Fail: return 3;
        case Verdict::Incomplete: return 2;
        case Verdict::Pass: return 1;
        case Verdict::NotApplicable: return 0;
        }
        return 0;
    };
    if (rank(verdict) > rank(into->verdict)) {
        into->verdict = verdict;
        into->evidence.clear();
    }
    if (verdict == into->verdict)
        into->evidence.append(evidence);
}

} // namespace

// Protected by MTA-STS in enforce mode or by DANE, in every domain it is an MX of.
Outcome downgradeProtected(const CheckInput &in)
{
    QList<DomainDefences::ForHost> found;
    if (auto o = noDefences(in, &found))
        return *o;
    Outcome out{Verdict::NotApplicable, {}, {}};
    for (const DomainDefences::ForHost &f : found) {
        const Evidence e{QStringLiteral("dns"), protectionEvidence(f)};
        switch (f.mx->protection) {
        case MxProtection::Both:
        case MxProtection::Dane:
        case MxProtection::MtaSts: fold(&out, Verdict::Pass, e); break;
        case MxProtection::None: fold(&out, Verdict::Fail, e); break;
        case MxProtection::Undecided:
            fold(&out, Verdict::Incomplete,
                 {QStringLiteral("dns"),
                  protectionEvidence(f) + QStringLiteral(": ") +
                      (f.mx->dane.notes + f.mx->notes).join(QStringLiteral("; "))});
            break;
        }
    }
    return out;
}

// A published defence that validating senders would fail on: mail deferred.
Outcome downgradeDelivery(const CheckInput &in)
{
    QList<DomainDefences::ForHost> found;
    if (auto o = noDefences(in, &found))
        return *o;
    Outcome out{Verdict::NotApplicable, {}, {}};
    for (const DomainDefences::ForHost &f : found) {
        const MxDefence &m = *f.mx;
        if (m.deliveryAtRisk == true) {
            QStringList why = m.dane.notes;
            why += m.notes;
            fold(&out, Verdict::Fail,
                 {QStringLiteral("dane"), Tr::tr("%1, MX of %2: senders that validate cannot deliver: %3")
                                              .arg(m.host, f.domain->check.domain, why.join(QStringLiteral("; ")))});
        } else if (m.deliveryAtRisk == false) {
            fold(&out, Verdict::Pass,
                 {QStringLiteral("dane"), Tr::tr("%1, MX of %2: what is published matches what the MX presents")
                                              .arg(m.host, f.domain->check.domain)});
        } else {
            fold(&out, Verdict::Incomplete,
                 {QStringLiteral("dane"), Tr::tr("%1, MX of %2: undecided: %3")
                                              .arg(m.host, f.domain->check.domain,
                                                   (m.dane.notes + m.notes).join(QStringLiteral("; ")))});
        }
    }
    return out;
}

// With DANE in force, the next certificate can come without a gap.
Outcome daneRollover(const CheckInput &in)
{
    QList<DomainDefences::ForHost> found;
    if (auto o = noDefences(in, &found))
        return *o;
    Outcome out{Verdict::NotApplicable, {}, {}};
    for (const DomainDefences::ForHost &f : found) {
        const DaneCheck &d = f.mx->dane;
        if (d.inForce == false)
            continue;
        if (d.rolloverReady == true)
            fold(&out, Verdict::Pass,
                 {QStringLiteral("dane"), Tr::tr("%1: a record for the next key or the issuer is published beside "
                                                 "the current one")
                                              .arg(d.tlsaName)});
        else if (d.rolloverReady == false)
            fold(&out, Verdict::Fail,
                 {QStringLiteral("dane"),
                  QStringLiteral("%1: %2").arg(d.tlsaName, d.notes.isEmpty() ? Tr::tr("not ready") : d.notes.last())});
        else
            fold(&out, Verdict::Incomplete,
                 {QStringLiteral("dane"), Tr::tr("%1: undecided (the certificate or DNSSEC state is unknown)")
                                              .arg(d.tlsaName)});
    }
    return out;
}

// The domain asks senders for TLS reports (RFC 8460): failures reach the admin.
Outcome tlsRptPublished(const CheckInput &in)
{
    QList<DomainDefences::ForHost> found;
    if (auto o = noDefences(in, &found))
        return *o;
    Outcome out{Verdict::NotApplicable, {}, {}};
    for (const DomainDefences::ForHost &f : found) {
        const DomainLookup &txt = f.domain->check.tlsRptTxt;
        if (dns::isFailure(txt.status)) {
            fold(&out, Verdict::Incomplete,
                 {QStringLiteral("dns"), Tr::tr("%1 TXT: %2").arg(txt.name, dns::lookupStatusLabel(txt.status))});
            continue;
        }
        const domain::TlsRptPolicy &rpt = f.domain->tlsRpt;
        if (rpt.record)
            fold(&out, Verdict::Pass, {QStringLiteral("dns"), QStringLiteral("%1 TXT \"%2\"").arg(txt.name, rpt.record->txt)});
        else if (!rpt.published())
            fold(&out, Verdict::Fail, {QStringLiteral("dns"), Tr::tr("%1: no TLS-RPT record").arg(txt.name)});
        else
            fold(&out, Verdict::Fail,
                 {QStringLiteral("dns"), QStringLiteral("%1: %2").arg(txt.name, rpt.errors.join(QStringLiteral("; ")))});
    }
    return out;
}

} // namespace mailtls::policy_check
