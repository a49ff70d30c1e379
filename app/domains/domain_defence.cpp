#include "app/domains/domain_defence.h"

#include <QCoreApplication>
#include "probes/domain/mta_sts_json.h"

#include <QJsonArray>

#include <algorithm>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::DomainDefence)
};

QJsonValue optionalJson(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<bool> optionalFrom(const QJsonValue &v)
{
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

// Folds one answer per address into the host's: any false is false, then any
// unknown is unknown.
void weakest(std::optional<bool> *into, const std::optional<bool> &value, bool first)
{
    if (first) {
        *into = value;
        return;
    }
    if (*into == false || value == false)
        *into = false;
    else if (!into->has_value() || !value.has_value())
        into->reset();
}

std::optional<bool> tls12Of(const EndpointResult &r)
{
    const std::optional<bool> v12 = r.versions.value(TlsVersion::Tls12).accepted;
    const std::optional<bool> v13 = r.versions.value(TlsVersion::Tls13).accepted;
    if (v12 == true || v13 == true)
        return true;
    if (v12 == false && v13 == false)
        return false;
    return std::nullopt;
}

std::optional<bool> certificateValidOf(const EndpointResult &r)
{
    if (!r.certificate)
        return r.starttlsSucceeded == false ? std::optional<bool>(false) : std::nullopt;
    const CertificateInfo &c = *r.certificate;
    if (c.expired || c.notYetValid || c.trusted == false || c.nameMatches == false)
        return false;
    if (!c.trusted || !c.nameMatches)
        return std::nullopt;
    return true;
}

// Steps 1 and 4: DANE at every address of the probes, the weakest counting.
DaneCheck daneAtAddresses(const DaneCheck &lookups, const QList<const EndpointResult *> &probed)
{
    QList<const EndpointResult *> addresses;
    for (const EndpointResult *r : probed)
        addresses << r->addressResults();
    DaneCheck out = lookups;
    if (addresses.isEmpty()) {
        evaluateDane(&out, nullptr);
        return out;
    }
    bool first = true;
    for (const EndpointResult *r : addresses) {
        DaneCheck at = lookups;
        evaluateDane(&at, r->certificate ? &*r->certificate : nullptr);
        if (first) {
            out = at;
        } else {
            weakest(&out.matches, at.matches, false);
            weakest(&out.rolloverReady, at.rolloverReady, false);
            if (at.deferred == true)
                out.deferred = true;
            for (const QString &n : at.notes) {
                if (!out.notes.contains(n))
                    out.notes << n;
            }
        }
        first = false;
    }
    return out;
}

// Step 3 for DANE alone: true when it protects, false when it does not apply.
std::optional<bool> daneProtects(const DaneCheck &d)
{
    if (d.inForce == false)
        return false;
    // Only unusable records: TLS is mandatory but any certificate passes, so
    // an attacker on the path can still present one of his own.
    if (!d.records.isEmpty() && std::none_of(d.records.cbegin(), d.records.cend(),
                                             [](const TlsaRecordCheck &r) { return r.usable; }))
        return false;
    if (d.inForce == true && d.matches == true && d.deferred == false)
        return true;
    if (d.deferred == true)
        return false;
    return std::nullopt;
}

// Step 2 for the domain: the record, the policy fetched, the MX list against the patterns.
MtaStsDefence assessMtaSts(const DomainCheck &check, const DomainDefence *previous)
{
    MtaStsDefence s;
    const bool txtAnswered = !dns::isFailure(check.mtaStsTxt.status);
    if (txtAnswered)
        s.record = readStsRecords(check.mtaStsTxt.texts);
    s.errors = s.record.errors;
    const PolicyFetchResult *fetch = check.policyFetch ? &*check.policyFetch : nullptr;
    const bool fetched = fetch && fetch->status == PolicyFetchStatus::Ok && fetch->policy;
    // A fetch that ended on the network (no answer, no connection, time, a drop) or in a broken
    // dialogue decides nothing.
    const bool fetchUndecided = !fetch || fetch->status == PolicyFetchStatus::DnsFailure ||
                                fetch->status == PolicyFetchStatus::Timeout ||
                                fetch->status == PolicyFetchStatus::ConnectFailed ||
                                fetch->status == PolicyFetchStatus::Broken ||
                                fetch->status == PolicyFetchStatus::MalformedResponse;
    if (fetch && !fetched && fetch->status != PolicyFetchStatus::NoAddress &&
        (!s.record.absent() || fetch->status != PolicyFetchStatus::HttpStatus))
        s.errors << Tr::tr("the policy at %1: %2").arg(fetch->url, policyFetchStatusLabel(fetch->status)) +
                        (fetch->note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(fetch->note));
    if (fetched) {
        for (const StsPolicyError &e : fetch->policy->errors)
            s.errors << Tr::tr("policy %1").arg(e.text());
        if (fetch->policy->usable()) {
            s.policy = *fetch->policy;
            s.mode = fetch->policy->mode;
        }
    }
    if (!txtAnswered) {
        s.errors << Tr::tr("%1 TXT: %2: whether MTA-STS is published is unknown")
                        .arg(check.mtaStsTxt.name, dns::lookupStatusLabel(check.mtaStsTxt.status));
    } else if (s.record.absent()) {
        s.inForce = false;
        if (fetched)
            s.errors << Tr::tr("a policy is served at %1 but no _mta-sts TXT record announces it: senders never "
                               "fetch it")
                            .arg(fetch->url);
    } else if (!s.record.record) {
        s.inForce = false; // a malformed record, or several: senders act as if there were none
    } else if (s.policy) {
        s.inForce = true;
    } else if (fetched || !fetchUndecided) {
        s.inForce = false;
        s.errors << Tr::tr("the record announces a policy (id=%1) that senders cannot use").arg(s.record.record->id);
    }
    // The MX list against the patterns (DNS is what senders follow).
    if (s.policy) {
        QStringList hosts;
        for (const DomainMxHost &m : check.mx)
            hosts << m.host;
        const StsMxCrossCheck cross = crossCheckStsMx(s.policy->mx, hosts);
        s.unmatchedMx = cross.unmatchedHosts;
        s.unusedPatterns = cross.unusedPatterns;
        for (const QString &h : cross.unmatchedHosts)
            s.errors << Tr::tr("MX %1 matches no mx pattern of the policy").arg(h);
        for (const QString &p : cross.unusedPatterns)
            s.errors << Tr::tr("the policy's pattern %1 matches no MX host").arg(p);
    }
    // An id that stayed while the policy changed: senders keep the policy they have.
    if (previous && s.record.record && previous->mtaSts.record.record && s.policy && previous->mtaSts.policy) {
        const bool sameId = previous->mtaSts.record.record->id == s.record.record->id;
        const bool samePolicy = serialiseStsPolicy(*previous->mtaSts.policy) == serialiseStsPolicy(*s.policy);
        s.idUnchanged = sameId && !samePolicy;
        if (*s.idUnchanged)
            s.errors << Tr::tr("the policy changed since %1 but its id (%2) did not: senders that cached the "
                               "old policy keep it until it expires")
                            .arg(previous->check.checkedAt.toString(Qt::ISODate), s.record.record->id);
    }
    return s;
}

QJsonValue textsOrNull(const DomainLookup &l)
{
    if (dns::isFailure(l.status))
        return QJsonValue(QJsonValue::Null);
    return QJsonArray::fromStringList(l.texts);
}

} // namespace

QString mxProtectionKey(MxProtection p)
{
    switch (p) {
    case MxProtection::Undecided: return QStringLiteral("undecided");
    case MxProtection::None: return QStringLiteral("none");
    case MxProtection::MtaSts: return QStringLiteral("mta_sts");
    case MxProtection::Dane: return QStringLiteral("dane");
    case MxProtection::Both: return QStringLiteral("both");
    }
    return QStringLiteral("undecided");
}

QString mxProtectionLabel(MxProtection p)
{
    switch (p) {
    case MxProtection::Undecided: return Tr::tr("undecided");
    case MxProtection::None: return Tr::tr("not protected against downgrade");
    case MxProtection::MtaSts: return Tr::tr("protected by MTA-STS");
    case MxProtection::Dane: return Tr::tr("protected by DANE");
    case MxProtection::Both: return Tr::tr("protected by DANE and MTA-STS");
    }
    return Tr::tr("undecided");
}

DomainDefence assessDomain(const DomainCheck &check, const MxResults &results, const DomainDefence *previous,
                           const SubmissionResults &submission)
{
    DomainDefence d;
    d.check = check;
    d.mtaSts = assessMtaSts(check, previous);
    if (!dns::isFailure(check.tlsRptTxt.status))
        d.tlsRpt = domain::parseTlsRptPolicy(check.tlsRptTxt.texts);
    for (const DomainMxHost &host : check.mx) {
        MxDefence m;
        m.host = host.host;
        m.preference = host.preference;
        const QList<const EndpointResult *> probed = results.value(host.host.toLower());
        QList<const EndpointResult *> addresses;
        for (const EndpointResult *r : probed) {
            m.endpoints << r->target.url();
            addresses << r->addressResults();
        }
        bool first = true;
        for (const EndpointResult *r : addresses) {
            const std::optional<bool> starttls =
                r->status != ProbeStatus::Ok ? std::nullopt : r->starttlsSucceeded;
            weakest(&m.starttls, starttls, first);
            weakest(&m.tls12, tls12Of(*r), first);
            weakest(&m.certificateValid, certificateValidOf(*r), first);
            first = false;
        }
        if (addresses.isEmpty())
            m.notes << Tr::tr("%1 was not probed on port 25: its certificate and versions are unknown").arg(host.host);
        if (!host.dane.isEmpty())
            m.dane = daneAtAddresses(host.dane.first(), probed);

        // Step 2 for this MX: what an enforcing sender demands of it.
        std::optional<bool> stsProtects;
        bool stsFails = false; // enforced, and this MX fails it: senders do not deliver
        const MtaStsDefence &sts = d.mtaSts;
        if (sts.inForce == false) {
            stsProtects = false;
        } else if (sts.inForce == true) {
            m.stsCovered = false;
            for (const QString &p : sts.policy->mx)
                m.stsCovered = *m.stsCovered || stsMxMatches(p, host.host);
            const bool enforce = sts.mode == StsMode::Enforce;
            if (!enforce) {
                stsProtects = false; // testing or none: senders report, and deliver anyway
            } else if (m.stsCovered == false || m.certificateValid == false || m.tls12 == false ||
                       m.starttls == false) {
                stsProtects = false;
                stsFails = true;
                if (m.stsCovered == false)
                    m.notes << Tr::tr("the enforced MTA-STS policy does not list %1: senders that apply it do not "
                                      "deliver to it")
                                   .arg(host.host);
                if (m.certificateValid == false)
                    m.notes << Tr::tr("the enforced MTA-STS policy demands a certificate that chains to a trusted "
                                      "root and names %1; the one it presents does not")
                                   .arg(host.host);
                if (m.tls12 == false || m.starttls == false)
                    m.notes << Tr::tr("the enforced MTA-STS policy demands STARTTLS with TLS 1.2 or later of %1")
                                   .arg(host.host);
            } else if (m.certificateValid == true && m.tls12 == true && m.starttls == true) {
                stsProtects = true;
            }
        }

        // Step 3.
        const std::optional<bool> byDane = daneProtects(m.dane);
        if (byDane == true && stsProtects == true)
            m.protection = MxProtection::Both;
        else if (byDane == true)
            m.protection = MxProtection::Dane;
        else if (stsProtects == true)
            m.protection = MxProtection::MtaSts;
        else if (byDane == false && stsProtects == false)
            m.protection = MxProtection::None;
        else
            m.protection = MxProtection::Undecided;
        if (m.dane.deferred == true || stsFails)
            m.deliveryAtRisk = true;
        else if ((m.dane.deferred == false || m.dane.inForce == false) &&
                 (sts.inForce == false || sts.mode != StsMode::Enforce || stsProtects == true))
            m.deliveryAtRisk = false;
        d.mx.append(m);
    }
    bool anyUnprotected = false;
    for (const MxDefence &m : std::as_const(d.mx)) {
        if (m.protection == MxProtection::Undecided)
            ++d.undecidedCount;
        else if (m.protection == MxProtection::None)
            anyUnprotected = true;
        else
            ++d.protectedCount;
    }
    if (anyUnprotected)
        d.allProtected = false;
    else if (d.undecidedCount == 0 && !d.mx.isEmpty())
        d.allProtected = true;
    else if (d.mx.isEmpty() && !check.nullMx && !dns::isFailure(check.mxLookup.status))
        d.allProtected = false; // mail goes to the domain's own address records, unprotected
    // Step 4.
    for (const DaneCheck &lookups : check.submission)
        d.submission << daneAtAddresses(lookups, submission.value(lookups.tlsaName));
    return d;
}

DomainDefence assessDomain(const DomainCheck &check, const MxResults &results, const DomainDefence *previous)
{
    return assessDomain(check, results, previous, {});
}

QString submissionDaneSummary(const DaneCheck &dane)
{
    if (!dane.published.has_value())
        return Tr::tr("undecided (%1 TLSA: %2)").arg(dane.tlsaName, dns::lookupStatusLabel(dane.tlsaStatus));
    if (dane.published == false)
        return Tr::tr("not published");
    QString text = Tr::tr("TLSA %1, matches %2")
                       .arg(dns::dnssecStateLabel(dane.tlsaDnssec),
                            !dane.matches ? Tr::tr("undecided") : *dane.matches ? Tr::tr("yes") : Tr::tr("no"));
    if (dane.deferred == true)
        text += Tr::tr("; DANE senders would refuse it");
    return text;
}

std::optional<quint16> submissionTlsaPort(Protocol protocol)
{
    if (protocol == Protocol::Submission)
        return quint16(587);
    if (protocol == Protocol::Smtps)
        return quint16(465);
    return std::nullopt;
}

bool submissionDaneWorthShowing(const DaneCheck &dane)
{
    return dane.published != false;
}

QString mxSummary(const DomainDefence &d)
{
    const DomainLookup &lookup = d.check.mxLookup;
    if (dns::isFailure(lookup.status))
        return Tr::tr("MX lookup failed (%1): undecided").arg(dns::lookupStatusLabel(lookup.status));
    if (d.check.nullMx)
        return Tr::tr("takes no mail (null MX)");
    if (d.mx.isEmpty())
        return Tr::tr("no MX record: mail goes to the domain's own address, unprotected");
    QString text = Tr::tr("%1 of %2 MX hosts protected").arg(d.protectedCount).arg(d.mx.size());
    if (d.undecidedCount > 0)
        text += Tr::tr(" (%n undecided)", nullptr, d.undecidedCount);
    return text;
}

QString tlsRptSummary(const DomainDefence &d)
{
    if (d.tlsRpt.record)
        return d.tlsRpt.record->rua.join(QStringLiteral(", "));
    if (dns::isFailure(d.check.tlsRptTxt.status))
        return Tr::tr("undecided (%1 TXT: %2)")
            .arg(d.check.tlsRptTxt.name, dns::lookupStatusLabel(d.check.tlsRptTxt.status));
    if (d.tlsRpt.published())
        return Tr::tr("invalid: %1").arg(d.tlsRpt.errors.join(QStringLiteral("; ")));
    return Tr::tr("not published");
}

QString mtaStsSummary(const DomainDefence &d)
{
    if (d.mtaSts.inForce == true && d.mtaSts.mode)
        return stsModeKey(*d.mtaSts.mode);
    return d.mtaSts.inForce == false ? Tr::tr("not in force") : Tr::tr("undecided");
}

QList<DomainDefences::ForHost> DomainDefences::forHost(const QString &hostName) const
{
    QList<ForHost> out;
    for (const DomainDefence &d : domains) {
        for (const MxDefence &m : d.mx) {
            if (dns::sameName(m.host, hostName))
                out.append({&d, &m});
        }
    }
    return out;
}

QString downgradeDefenceLabel(const DomainDefences &defences, const QString &hostName)
{
    const QList<DomainDefences::ForHost> found = defences.forHost(hostName);
    if (found.isEmpty())
        return {};
    bool dane = true;
    bool sts = true;
    for (const DomainDefences::ForHost &f : found) {
        const MxProtection p = f.mx->protection;
        dane = dane && (p == MxProtection::Dane || p == MxProtection::Both);
        sts = sts && (p == MxProtection::MtaSts || p == MxProtection::Both);
    }
    if (dane && sts)
        return QStringLiteral("DANE + MTA-STS");
    if (dane)
        return QStringLiteral("DANE");
    if (sts)
        return QStringLiteral("MTA-STS");
    return {};
}

const DomainDefence *DomainDefences::domain(const QString &name) const
{
    for (const DomainDefence &d : domains) {
        if (dns::sameName(d.check.domain, name))
            return &d;
    }
    return nullptr;
}

QJsonObject domainDefenceToJson(const DomainDefence &d)
{
    const DomainCheck &c = d.check;
    QJsonObject o{{QLatin1StringView("domain"), c.domain},
                  {QLatin1StringView("checked_at"), c.checkedAt.toString(Qt::ISODate)},
                  {QLatin1StringView("resolver"), c.resolver},
                  {QLatin1StringView("mx_lookup"), domainLookupToJson(c.mxLookup)},
                  {QLatin1StringView("null_mx"), c.nullMx},
                  {QLatin1StringView("mta_sts_txt"), domainLookupToJson(c.mtaStsTxt)},
                  {QLatin1StringView("tls_rpt_txt"), domainLookupToJson(c.tlsRptTxt)},
                  {QLatin1StringView("dnssec_problem"), c.dnssecProblem},
                  {QLatin1StringView("protected_count"), d.protectedCount},
                  {QLatin1StringView("undecided_count"), d.undecidedCount},
                  {QLatin1StringView("all_protected"), optionalJson(d.allProtected)}};
    QJsonArray mx;
    for (qsizetype i = 0; i < d.mx.size(); ++i) {
        const MxDefence &m = d.mx.at(i);
        QJsonObject mo{{QLatin1StringView("host"), m.host},
                       {QLatin1StringView("preference"), m.preference},
                       {QLatin1StringView("endpoints"), QJsonArray::fromStringList(m.endpoints)},
                       {QLatin1StringView("starttls"), optionalJson(m.starttls)},
                       {QLatin1StringView("tls12"), optionalJson(m.tls12)},
                       {QLatin1StringView("certificate_valid"), optionalJson(m.certificateValid)},
                       {QLatin1StringView("sts_covered"), optionalJson(m.stsCovered)},
                       {QLatin1StringView("protection"), mxProtectionKey(m.protection)},
                       {QLatin1StringView("delivery_at_risk"), optionalJson(m.deliveryAtRisk)},
                       {QLatin1StringView("dane"), daneCheckToJson(m.dane)},
                       {QLatin1StringView("notes"), QJsonArray::fromStringList(m.notes)}};
        if (i < c.mx.size())
            mo.insert(QLatin1StringView("addresses"), QJsonArray::fromStringList(c.mx.at(i).addresses));
        mx.append(mo);
    }
    o.insert(QLatin1StringView("mx"), mx);
    QJsonArray submission;
    for (const DaneCheck &dane : d.submission)
        submission.append(daneCheckToJson(dane));
    o.insert(QLatin1StringView("submission_dane"), submission);

    // The summaries docs/domain-checks.md documents, beside the evidence above.
    const MtaStsDefence &s = d.mtaSts;
    QJsonObject sts{{QLatin1StringView("txt"), textsOrNull(c.mtaStsTxt)},
                    {QLatin1StringView("id"), s.record.record ? QJsonValue(s.record.record->id)
                                                              : QJsonValue(QJsonValue::Null)},
                    {QLatin1StringView("in_force"), optionalJson(s.inForce)},
                    {QLatin1StringView("errors"), QJsonArray::fromStringList(s.errors)},
                    {QLatin1StringView("unmatched_mx"), QJsonArray::fromStringList(s.unmatchedMx)},
                    {QLatin1StringView("unused_patterns"), QJsonArray::fromStringList(s.unusedPatterns)},
                    {QLatin1StringView("id_unchanged"), optionalJson(s.idUnchanged)},
                    {QLatin1StringView("record"), stsRecordResultToJson(s.record)}};
    if (s.policy) {
        sts.insert(QLatin1StringView("policy"),
                   QJsonObject{{QLatin1StringView("mode"), s.mode ? stsModeKey(*s.mode) : QString()},
                               {QLatin1StringView("mx"), QJsonArray::fromStringList(s.policy->mx)},
                               {QLatin1StringView("max_age"),
                                s.policy->maxAge ? QJsonValue(double(*s.policy->maxAge)) : QJsonValue()},
                               {QLatin1StringView("parsed"), stsPolicyToJson(*s.policy)}});
    } else {
        sts.insert(QLatin1StringView("policy"), QJsonValue(QJsonValue::Null));
    }
    if (c.policyFetch)
        sts.insert(QLatin1StringView("fetch"), policyFetchToJson(*c.policyFetch));
    o.insert(QLatin1StringView("mta_sts"), sts);
    QJsonArray rua;
    if (d.tlsRpt.record) {
        for (const QString &u : d.tlsRpt.record->rua)
            rua.append(u);
    }
    o.insert(QLatin1StringView("tls_rpt"),
             QJsonObject{{QLatin1StringView("txt"), textsOrNull(c.tlsRptTxt)},
                         {QLatin1StringView("published"), dns::isFailure(c.tlsRptTxt.status)
                                                              ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(d.tlsRpt.record.has_value())},
                         {QLatin1StringView("rua"), d.tlsRpt.record ? QJsonValue(rua) : QJsonValue(QJsonValue::Null)},
                         {QLatin1StringView("errors"), QJsonArray::fromStringList(d.tlsRpt.errors)}});
    return o;
}

DomainDefence domainDefenceFromJson(const QJsonObject &o)
{
    DomainDefence d;
    DomainCheck &c = d.check;
    c.domain = o.value(QLatin1StringView("domain")).toString();
    c.checkedAt = QDateTime::fromString(o.value(QLatin1StringView("checked_at")).toString(), Qt::ISODate);
    c.resolver = o.value(QLatin1StringView("resolver")).toString();
    c.mxLookup = domainLookupFromJson(o.value(QLatin1StringView("mx_lookup")).toObject());
    c.nullMx = o.value(QLatin1StringView("null_mx")).toBool();
    c.mtaStsTxt = domainLookupFromJson(o.value(QLatin1StringView("mta_sts_txt")).toObject());
    c.tlsRptTxt = domainLookupFromJson(o.value(QLatin1StringView("tls_rpt_txt")).toObject());
    c.dnssecProblem = o.value(QLatin1StringView("dnssec_problem")).toString();
    const QJsonObject sts = o.value(QLatin1StringView("mta_sts")).toObject();
    if (sts.contains(QLatin1StringView("fetch")))
        c.policyFetch = policyFetchFromJson(sts.value(QLatin1StringView("fetch")).toObject());
    d.mtaSts.record = stsRecordResultFromJson(sts.value(QLatin1StringView("record")).toObject());
    if (sts.value(QLatin1StringView("policy")).isObject()) {
        d.mtaSts.policy = stsPolicyFromJson(
            sts.value(QLatin1StringView("policy")).toObject().value(QLatin1StringView("parsed")).toObject());
        d.mtaSts.mode = d.mtaSts.policy->mode;
    }
    d.mtaSts.inForce = optionalFrom(sts.value(QLatin1StringView("in_force")));
    for (const QJsonValue &e : sts.value(QLatin1StringView("errors")).toArray())
        d.mtaSts.errors << e.toString();
    for (const QJsonValue &e : sts.value(QLatin1StringView("unmatched_mx")).toArray())
        d.mtaSts.unmatchedMx << e.toString();
    for (const QJsonValue &e : sts.value(QLatin1StringView("unused_patterns")).toArray())
        d.mtaSts.unusedPatterns << e.toString();
    d.mtaSts.idUnchanged = optionalFrom(sts.value(QLatin1StringView("id_unchanged")));
    if (!dns::isFailure(c.tlsRptTxt.status))
        d.tlsRpt = domain::parseTlsRptPolicy(c.tlsRptTxt.texts);
    d.protectedCount = o.value(QLatin1StringView("protected_count")).toInt();
    d.undecidedCount = o.value(QLatin1StringView("undecided_count")).toInt();
    d.allProtected = optionalFrom(o.value(QLatin1StringView("all_protected")));
    for (const QJsonValue &v : o.value(QLatin1StringView("mx")).toArray()) {
        const QJsonObject mo = v.toObject();
        MxDefence m;
        m.host = mo.value(QLatin1StringView("host")).toString();
        m.preference = static_cast<quint16>(mo.value(QLatin1StringView("preference")).toInt());
        for (const QJsonValue &e : mo.value(QLatin1StringView("endpoints")).toArray())
            m.endpoints << e.toString();
        m.starttls = optionalFrom(mo.value(QLatin1StringView("starttls")));
        m.tls12 = optionalFrom(mo.value(QLatin1StringView("tls12")));
        m.certificateValid = optionalFrom(mo.value(QLatin1StringView("certificate_valid")));
        m.stsCovered = optionalFrom(mo.value(QLatin1StringView("sts_covered")));
        const QString protection = mo.value(QLatin1StringView("protection")).toString();
        for (MxProtection p : {MxProtection::None, MxProtection::MtaSts, MxProtection::Dane, MxProtection::Both})
            if (mxProtectionKey(p) == protection)
                m.protection = p;
        m.deliveryAtRisk = optionalFrom(mo.value(QLatin1StringView("delivery_at_risk")));
        m.dane = daneCheckFromJson(mo.value(QLatin1StringView("dane")).toObject());
        for (const QJsonValue &n : mo.value(QLatin1StringView("notes")).toArray())
            m.notes << n.toString();
        DomainMxHost host;
        host.host = m.host;
        host.preference = m.preference;
        for (const QJsonValue &a : mo.value(QLatin1StringView("addresses")).toArray())
            host.addresses << a.toString();
        host.dane = {m.dane};
        c.mx.append(host);
        d.mx.append(m);
    }
    for (const QJsonValue &v : o.value(QLatin1StringView("submission_dane")).toArray())
        d.submission << daneCheckFromJson(v.toObject());
    c.submission = d.submission;
    return d;
}

} // namespace mailtls
