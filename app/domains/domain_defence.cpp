#include "app/domains/domain_defence.h"

#include <QCoreApplication>
#include <QJsonArray>

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

// Step 1: DANE at every address, the weakest counting.
DaneCheck daneAtAddresses(const DaneCheck &lookups, const QList<const EndpointResult *> &addresses)
{
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
    if (d.inForce == true && d.matches == true && d.deferred == false)
        return true;
    if (d.deferred == true)
        return false;
    return std::nullopt;
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

DomainDefence assessDomain(const DomainCheck &check, const MxResults &results)
{
    DomainDefence d;
    d.check = check;
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
            m.dane = daneAtAddresses(host.dane.first(), addresses);

        // Step 2 needs a fetched policy; without one no sender applies MTA-STS.
        std::optional<bool> stsProtects;
        if (check.mtaStsTxt.status == dns::LookupStatus::Ok || check.mtaStsTxt.status == dns::LookupStatus::NoData ||
            check.mtaStsTxt.status == dns::LookupStatus::NxDomain) {
            bool announced = false;
            for (const QString &t : check.mtaStsTxt.texts)
                announced = announced || t.startsWith(QLatin1String("v=STSv1"));
            if (!announced)
                stsProtects = false;
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
        if (m.dane.deferred == true)
            m.deliveryAtRisk = true;
        else if (m.dane.deferred == false || m.dane.inForce == false)
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
    return d;
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
    return d;
}

} // namespace mailtls
