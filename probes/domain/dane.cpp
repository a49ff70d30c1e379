#include "probes/domain/dane.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Dane)
};

// The digest of a certificate that a record with this selector and matching type compares with.
QByteArray digestFor(const DaneDigests &d, quint8 selector, quint8 matchingType)
{
    const bool spki = selector == 1;
    switch (matchingType) {
    case 0: // the full data: compared through its SHA-256
    case 1: return spki ? d.spkiSha256 : d.certSha256;
    case 2: return spki ? d.spkiSha512 : d.certSha512;
    default: return {};
    }
}

QByteArray associationDigest(const TlsaRecordCheck &r)
{
    return r.matchingType == 0 ? QCryptographicHash::hash(r.association, QCryptographicHash::Sha256)
                               : r.association;
}

void matchRecord(TlsaRecordCheck *r, const CertificateInfo &seen)
{
    r->matches = false;
    r->matchedDepth = -1;
    r->note.clear();
    const QByteArray wanted = associationDigest(*r);
    for (int depth = 0; depth < seen.daneDigests.size(); ++depth) {
        // DANE-EE matches the leaf only; DANE-TA a CA certificate the server sent.
        if ((r->usage == 3) != (depth == 0))
            continue;
        const QByteArray have = digestFor(seen.daneDigests.at(depth), r->selector, r->matchingType);
        if (!have.isEmpty() && have == wanted) {
            r->matchedDepth = depth;
            break;
        }
    }
    if (r->matchedDepth < 0)
        return;
    if (r->usage == 2 && seen.nameMatches == false) {
        r->note = Tr::tr("the trust anchor matches, but the certificate does not name the MX host, "
                         "which DANE-TA(2) requires");
        return;
    }
    if (r->usage == 2 && seen.trusted == false && seen.chainLength < 2) {
        r->note = Tr::tr("the trust anchor matches, but the server sent no chain from it to its certificate");
        return;
    }
    r->matches = true;
}

QJsonValue optionalJson(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<bool> optionalFrom(const QJsonValue &v)
{
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

bool isSecure(dns::DnssecState s)
{
    return s == dns::DnssecState::Secure;
}

} // namespace

dns::LookupStatus lookupStatusFromKey(const QString &key)
{
    for (dns::LookupStatus s : {dns::LookupStatus::Ok, dns::LookupStatus::NoData, dns::LookupStatus::NxDomain,
                                dns::LookupStatus::ServFail, dns::LookupStatus::Refused, dns::LookupStatus::Timeout,
                                dns::LookupStatus::NetworkError, dns::LookupStatus::BadResponse})
        if (dns::lookupStatusKey(s) == key)
            return s;
    return dns::LookupStatus::Timeout;
}

dns::DnssecState dnssecStateFromKey(const QString &key)
{
    for (dns::DnssecState s : {dns::DnssecState::Secure, dns::DnssecState::Insecure, dns::DnssecState::Bogus})
        if (dns::dnssecStateKey(s) == key)
            return s;
    return dns::DnssecState::NotValidated;
}

QString TlsaRecordCheck::text() const
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(usage)
        .arg(selector)
        .arg(matchingType)
        .arg(QString::fromLatin1(association.toHex()));
}

QString tlsaOwnerName(const QString &host, quint16 port)
{
    QString name = host;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return QStringLiteral("_%1._tcp.%2").arg(port).arg(name);
}

QList<TlsaRecordCheck> tlsaRecordsOf(const QList<dns::Record> &records)
{
    QList<TlsaRecordCheck> out;
    for (const dns::Record &rec : records) {
        if (rec.type != dns::RecordType::Tlsa)
            continue;
        TlsaRecordCheck r;
        r.usage = rec.usage;
        r.selector = rec.selector;
        r.matchingType = rec.matchingType;
        r.association = rec.association;
        if (r.usage == 0 || r.usage == 1)
            r.problem = Tr::tr("usage %1 (PKIX-%2) is unusable for SMTP: senders ignore it (RFC 7672 3.1.3); "
                               "use 3 (DANE-EE) or 2 (DANE-TA)")
                            .arg(r.usage)
                            .arg(r.usage == 0 ? QStringLiteral("TA") : QStringLiteral("EE"));
        else if (r.usage > 3)
            r.problem = Tr::tr("usage %1 is not defined").arg(r.usage);
        else if (r.selector > 1)
            r.problem = Tr::tr("selector %1 is not defined").arg(r.selector);
        else if (r.matchingType > 2)
            r.problem = Tr::tr("matching type %1 is not defined").arg(r.matchingType);
        else if (r.matchingType == 1 && r.association.size() != 32)
            r.problem = Tr::tr("a SHA-256 association of %1 octets, not 32").arg(r.association.size());
        else if (r.matchingType == 2 && r.association.size() != 64)
            r.problem = Tr::tr("a SHA-512 association of %1 octets, not 64").arg(r.association.size());
        else if (r.matchingType == 0 && r.association.isEmpty())
            r.problem = Tr::tr("an empty association");
        r.usable = r.problem.isEmpty();
        out.append(r);
    }
    return out;
}

void evaluateDane(DaneCheck *check, const CertificateInfo *seen)
{
    DaneCheck &c = *check;
    c.published.reset();
    c.inForce.reset();
    c.deferred.reset();
    c.matches.reset();
    c.rolloverReady.reset();
    c.notes.clear();

    const bool tlsaAnswered = !dns::isFailure(c.tlsaStatus);
    if (tlsaAnswered)
        c.published = !c.records.isEmpty();
    else if (c.tlsaDnssec == dns::DnssecState::Bogus)
        c.published = true; // signed records that fail to validate: something is published
    else
        c.notes << Tr::tr("the TLSA lookup of %1 did not answer (%2): whether DANE is published is unknown")
                       .arg(c.tlsaName, dns::lookupStatusLabel(c.tlsaStatus));

    // Points 1 and 3: the DNSSEC state of the host's addresses, then of the records.
    if (c.addressDnssec == dns::DnssecState::Bogus) {
        c.inForce = true;
        c.deferred = true;
        c.notes << Tr::tr("the addresses of %1 fail DNSSEC validation (%2): validating senders cannot deliver")
                       .arg(c.host, c.addressWhyBogus);
    } else if (c.tlsaDnssec == dns::DnssecState::Bogus) {
        c.inForce = true;
        c.deferred = true;
        c.notes << Tr::tr("the TLSA records of %1 fail DNSSEC validation (%2): DANE senders defer mail")
                       .arg(c.tlsaName, c.tlsaWhyBogus);
    } else if (c.published == false) {
        c.inForce = false;
    } else if (c.addressDnssec == dns::DnssecState::Insecure) {
        c.inForce = false;
        if (c.published == true)
            c.notes << Tr::tr("the addresses of %1 are not signed: DANE senders do not look its TLSA records up")
                           .arg(c.host);
    } else if (c.published == true && c.tlsaDnssec == dns::DnssecState::Insecure) {
        c.inForce = false;
        c.notes << Tr::tr("the TLSA records of %1 are not signed: senders ignore them").arg(c.tlsaName);
    } else if (c.published == true && isSecure(c.addressDnssec) && isSecure(c.tlsaDnssec)) {
        c.inForce = true;
    } else if (c.published == true) {
        c.notes << Tr::tr("the DNSSEC state of %1 or of its addresses is unknown (%2, %3): whether senders "
                          "apply DANE is undecided")
                       .arg(c.tlsaName, dns::dnssecStateLabel(c.tlsaDnssec), dns::dnssecStateLabel(c.addressDnssec));
    }

    // The records against the chain seen, and the rollover.
    auto judgeRecords = [&] {
        QList<TlsaRecordCheck *> usable;
        for (TlsaRecordCheck &r : c.records) {
            r.matches.reset();
            r.matchedDepth = -1;
            r.note.clear();
            if (r.usable)
                usable.append(&r);
        }
        // Records that fail validation say nothing a sender would use.
        if (c.records.isEmpty() || c.tlsaDnssec == dns::DnssecState::Bogus ||
            c.addressDnssec == dns::DnssecState::Bogus)
            return;
        if (usable.isEmpty()) {
            c.notes << Tr::tr("no TLSA record is usable for SMTP: TLS is mandatory for DANE senders, "
                              "but no certificate is checked");
            return;
        }
        if (!seen || seen->daneDigests.isEmpty()) {
            c.notes << Tr::tr("no certificate of %1 on port %2 was seen: the records cannot be matched")
                           .arg(c.host)
                           .arg(c.port);
            return;
        }
        QList<const TlsaRecordCheck *> matching;
        for (TlsaRecordCheck *r : usable) {
            matchRecord(r, *seen);
            if (r->matches == true)
                matching.append(r);
        }
        c.matches = !matching.isEmpty();
        if (c.matches == false) {
            c.rolloverReady = false;
            c.notes << Tr::tr("no usable TLSA record matches the certificate %1 presents").arg(c.host);
            return;
        }

        // Rollover: a record that does not match today (the next key, or the next
        // issuer) published beside the one that does, or records for both the
        // leaf and its issuer, let the certificate change without a gap.
        const bool standby = matching.size() < usable.size();
        bool leaf = false;
        bool anchor = false;
        bool leafCertificateOnly = true;
        for (const TlsaRecordCheck *r : matching) {
            leaf = leaf || r->usage == 3;
            anchor = anchor || r->usage == 2;
            if (r->usage != 3 || r->selector != 0)
                leafCertificateOnly = false;
        }
        if (standby || (leaf && anchor)) {
            c.rolloverReady = true;
        } else if (anchor) {
            c.rolloverReady = true;
            c.notes << Tr::tr("only the issuer is pinned (DANE-TA): a new certificate from the same CA works at once; "
                              "a change of CA needs its record published two TTLs ahead");
        } else {
            c.rolloverReady = false;
            c.notes << (leafCertificateOnly
                            ? Tr::tr("only the current certificate is pinned (3 0 x): any new certificate, even with the "
                                     "same key, breaks DANE unless its record is published two TTLs ahead")
                            : Tr::tr("only the current key is pinned: renew with the same key, or publish the next "
                                     "key's record two TTLs before the change"));
        }
    };
    judgeRecords();

    // What a DANE sender does with it all.
    if (c.inForce == false)
        c.deferred = false;
    else if (c.inForce == true && !c.deferred) {
        bool anyUsable = false;
        for (const TlsaRecordCheck &r : c.records)
            anyUsable = anyUsable || r.usable;
        if (!anyUsable)
            c.deferred = false; // TLS without a certificate check
        else if (c.matches)
            c.deferred = !*c.matches;
    }
}

QJsonObject daneCheckToJson(const DaneCheck &c)
{
    QJsonObject o{{QLatin1StringView("host"), c.host},
                  {QLatin1StringView("port"), c.port},
                  {QLatin1StringView("tlsa_name"), c.tlsaName},
                  {QLatin1StringView("address_status"), dns::lookupStatusKey(c.addressStatus)},
                  {QLatin1StringView("address_dnssec"), dns::dnssecStateKey(c.addressDnssec)},
                  {QLatin1StringView("tlsa_status"), dns::lookupStatusKey(c.tlsaStatus)},
                  {QLatin1StringView("dnssec"), dns::dnssecStateKey(c.tlsaDnssec)},
                  {QLatin1StringView("published"), optionalJson(c.published)},
                  {QLatin1StringView("in_force"), optionalJson(c.inForce)},
                  {QLatin1StringView("deferred"), optionalJson(c.deferred)},
                  {QLatin1StringView("matches"), optionalJson(c.matches)},
                  {QLatin1StringView("rollover_ready"), optionalJson(c.rolloverReady)},
                  {QLatin1StringView("notes"), QJsonArray::fromStringList(c.notes)}};
    if (!c.addressWhyBogus.isEmpty())
        o.insert(QLatin1StringView("address_why_bogus"), c.addressWhyBogus);
    if (!c.tlsaWhyBogus.isEmpty())
        o.insert(QLatin1StringView("why_bogus"), c.tlsaWhyBogus);
    if (c.tlsaTtl)
        o.insert(QLatin1StringView("tlsa_ttl"), static_cast<qint64>(*c.tlsaTtl));
    QJsonArray records;
    for (const TlsaRecordCheck &r : c.records) {
        QJsonObject ro{{QLatin1StringView("record"), r.text()},
                       {QLatin1StringView("usage"), r.usage},
                       {QLatin1StringView("selector"), r.selector},
                       {QLatin1StringView("matching_type"), r.matchingType},
                       {QLatin1StringView("usable"), r.usable},
                       {QLatin1StringView("matches"), optionalJson(r.matches)}};
        if (!r.problem.isEmpty())
            ro.insert(QLatin1StringView("problem"), r.problem);
        if (r.matchedDepth >= 0)
            ro.insert(QLatin1StringView("matched_depth"), r.matchedDepth);
        if (!r.note.isEmpty())
            ro.insert(QLatin1StringView("note"), r.note);
        records.append(ro);
    }
    o.insert(QLatin1StringView("tlsa"), records);
    return o;
}

DaneCheck daneCheckFromJson(const QJsonObject &o)
{
    DaneCheck c;
    c.host = o.value(QLatin1StringView("host")).toString();
    c.port = static_cast<quint16>(o.value(QLatin1StringView("port")).toInt(25));
    c.tlsaName = o.value(QLatin1StringView("tlsa_name")).toString();
    c.addressStatus = lookupStatusFromKey(o.value(QLatin1StringView("address_status")).toString());
    c.addressDnssec = dnssecStateFromKey(o.value(QLatin1StringView("address_dnssec")).toString());
    c.addressWhyBogus = o.value(QLatin1StringView("address_why_bogus")).toString();
    c.tlsaStatus = lookupStatusFromKey(o.value(QLatin1StringView("tlsa_status")).toString());
    c.tlsaDnssec = dnssecStateFromKey(o.value(QLatin1StringView("dnssec")).toString());
    c.tlsaWhyBogus = o.value(QLatin1StringView("why_bogus")).toString();
    if (const QJsonValue ttl = o.value(QLatin1StringView("tlsa_ttl")); ttl.isDouble() && ttl.toDouble() >= 0)
        c.tlsaTtl = static_cast<quint32>(ttl.toInteger());
    c.published = optionalFrom(o.value(QLatin1StringView("published")));
    c.inForce = optionalFrom(o.value(QLatin1StringView("in_force")));
    c.deferred = optionalFrom(o.value(QLatin1StringView("deferred")));
    c.matches = optionalFrom(o.value(QLatin1StringView("matches")));
    c.rolloverReady = optionalFrom(o.value(QLatin1StringView("rollover_ready")));
    for (const QJsonValue &v : o.value(QLatin1StringView("notes")).toArray())
        c.notes << v.toString();
    for (const QJsonValue &v : o.value(QLatin1StringView("tlsa")).toArray()) {
        const QJsonObject ro = v.toObject();
        TlsaRecordCheck r;
        const QStringList parts = ro.value(QLatin1StringView("record")).toString().split(QLatin1Char(' '));
        r.usage = static_cast<quint8>(ro.value(QLatin1StringView("usage")).toInt());
        r.selector = static_cast<quint8>(ro.value(QLatin1StringView("selector")).toInt());
        r.matchingType = static_cast<quint8>(ro.value(QLatin1StringView("matching_type")).toInt());
        if (parts.size() == 4)
            r.association = QByteArray::fromHex(parts.at(3).toLatin1());
        r.usable = ro.value(QLatin1StringView("usable")).toBool();
        r.problem = ro.value(QLatin1StringView("problem")).toString();
        r.matches = optionalFrom(ro.value(QLatin1StringView("matches")));
        r.matchedDepth = ro.value(QLatin1StringView("matched_depth")).toInt(-1);
        r.note = ro.value(QLatin1StringView("note")).toString();
        c.records.append(r);
    }
    return c;
}

} // namespace mailtls
