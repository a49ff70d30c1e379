#include "app/remediation/dane_warning.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Remediation)
};

QString listed(const QStringList &records)
{
    return records.join(QStringLiteral(", "));
}

// The safe order (RFC 7671 8.1), with the TTL when the lookup gave one.
QString rolloverAdvice(const std::optional<quint32> &ttl)
{
    const QString wait = ttl ? Tr::tr("wait at least two TTLs of the TLSA RRset (its TTL was %1 s when looked up: "
                                      "at least %2 s)")
                                   .arg(*ttl)
                                   .arg(2 * static_cast<qint64>(*ttl))
                             : Tr::tr("wait at least twice the TTL of the TLSA RRset");
    return Tr::tr("Before installing it: publish the TLSA record of the new certificate (or key) beside the old "
                  "one, %1, then install the certificate, then remove the old record.")
        .arg(wait);
}

} // namespace

QString daneImpactKey(DaneImpact impact)
{
    switch (impact) {
    case DaneImpact::Breaks: return QStringLiteral("breaks");
    case DaneImpact::BreaksIfNewKey: return QStringLiteral("breaks_if_new_key");
    case DaneImpact::BreaksIfOtherCa: return QStringLiteral("breaks_if_other_ca");
    case DaneImpact::RolloverPrepared: return QStringLiteral("rollover_prepared");
    case DaneImpact::AlreadyFailing: return QStringLiteral("already_failing");
    case DaneImpact::Undecided: return QStringLiteral("undecided");
    }
    return QStringLiteral("undecided");
}

QString daneImpactLabel(DaneImpact impact)
{
    switch (impact) {
    case DaneImpact::Breaks: return Tr::tr("a new certificate breaks DANE");
    case DaneImpact::BreaksIfNewKey: return Tr::tr("a new key breaks DANE");
    case DaneImpact::BreaksIfOtherCa: return Tr::tr("a certificate from another CA breaks DANE");
    case DaneImpact::RolloverPrepared: return Tr::tr("DANE rollover prepared");
    case DaneImpact::AlreadyFailing: return Tr::tr("DANE fails already");
    case DaneImpact::Undecided: return Tr::tr("DANE could not be judged");
    }
    return Tr::tr("DANE could not be judged");
}

std::optional<DaneWarning> daneWarningFor(const DaneCheck &dane, KeyChange keyChange, const CertificateInfo *seen)
{
    DaneWarning w;
    w.host = dane.host;
    w.tlsaName = dane.tlsaName;
    w.ttl = dane.tlsaTtl;

    // 1. Do DANE senders check the certificate at all? Bogus or unknown is
    //    never taken for "no".
    const bool bogus =
        dane.tlsaDnssec == dns::DnssecState::Bogus || dane.addressDnssec == dns::DnssecState::Bogus;
    if (bogus) {
        w.impact = DaneImpact::Undecided;
        w.text = Tr::tr("DANE could not be judged for %1: its TLSA records or addresses fail DNSSEC validation, and "
                        "DANE senders defer mail to it until that is fixed. Fix DNSSEC first; then check which TLSA "
                        "record the new certificate must match before installing it.")
                     .arg(dane.host);
        return w;
    }
    if (dane.inForce == false)
        return std::nullopt;
    if (!dane.inForce) {
        w.impact = DaneImpact::Undecided;
        const QString why = dns::isFailure(dane.tlsaStatus)
                                ? Tr::tr("the TLSA lookup of %1 did not answer (%2)")
                                      .arg(dane.tlsaName, dns::lookupStatusLabel(dane.tlsaStatus))
                                : Tr::tr("the DNSSEC state of %1 or of the host's addresses is unknown")
                                      .arg(dane.tlsaName);
        w.text = Tr::tr("DANE could not be judged for %1: %2. Check its TLSA records before installing a new "
                        "certificate: if DANE senders use them, the new certificate must match one.")
                     .arg(dane.host, why);
        return w;
    }
    QList<const TlsaRecordCheck *> usable;
    for (const TlsaRecordCheck &r : dane.records) {
        if (r.usable)
            usable.append(&r);
    }
    if (usable.isEmpty())
        return std::nullopt; // TLS is mandatory, but no certificate is checked

    // 2. Which records match the certificate in use.
    if (!dane.matches) {
        w.impact = DaneImpact::Undecided;
        for (const TlsaRecordCheck *r : std::as_const(usable))
            w.standby << r->text();
        w.text = Tr::tr("DANE could not be judged for %1: no certificate was seen on port %2, so which TLSA record "
                        "it matches is unknown. DANE senders require one of %3 to match.")
                     .arg(dane.host)
                     .arg(dane.port)
                     .arg(listed(w.standby)) +
                 u' ' + rolloverAdvice(w.ttl);
        return w;
    }
    if (*dane.matches == false) {
        w.impact = DaneImpact::AlreadyFailing;
        for (const TlsaRecordCheck *r : std::as_const(usable))
            w.standby << r->text();
        w.text = Tr::tr("No TLSA record of %1 matches the certificate in use: DANE senders defer mail to it now. "
                        "Install a certificate that one of %2 matches, or publish the new certificate's record "
                        "first.")
                     .arg(dane.host, listed(w.standby)) +
                 u' ' + rolloverAdvice(w.ttl);
        return w;
    }

    // 3. Each record's fate with the new certificate.
    bool anchorKept = false;
    bool keyKept = false;
    QStringList keyRecords;
    for (const TlsaRecordCheck *r : std::as_const(usable)) {
        if (r->matches != true) {
            w.standby << r->text();
            continue;
        }
        if (r->usage == 2) {
            w.stillMatching << r->text();
            anchorKept = true;
            if (w.pinnedCa.isEmpty() && seen && r->matchedDepth >= 0 && r->matchedDepth < seen->daneDigests.size())
                w.pinnedCa = seen->daneDigests.at(r->matchedDepth).subject;
        } else if (r->selector == 1 && keyChange == KeyChange::MayKeep) {
            w.stillMatching << r->text();
            keyRecords << r->text();
            keyKept = true;
        } else {
            w.breaking << r->text();
        }
    }

    if (!w.standby.isEmpty()) {
        w.impact = DaneImpact::RolloverPrepared;
        w.text = Tr::tr("The DANE rollover of %1 is prepared: the TLSA records %2 match no certificate in use and "
                        "are there for the next certificate or key. The new certificate must match one of them, or a "
                        "record that goes on matching; remove the records of the old one only after the change.")
                     .arg(dane.host, listed(w.standby));
        if (!w.breaking.isEmpty())
            w.text += u' ' + Tr::tr("These stop matching with the change: %1.").arg(listed(w.breaking));
        return w;
    }
    if (anchorKept) {
        w.impact = DaneImpact::BreaksIfOtherCa;
        const QString ca = w.pinnedCa.isEmpty() ? Tr::tr("the CA that issued the certificate in use") : w.pinnedCa;
        w.text = Tr::tr("The TLSA records %1 of %2 pin a CA (DANE-TA): %3. A new certificate from that CA keeps "
                        "DANE working; one from another CA breaks it.")
                     .arg(listed(w.stillMatching), dane.host, ca);
        if (!w.breaking.isEmpty())
            w.text += u' ' + Tr::tr("These pin the certificate in use and stop matching: %1; remove them after the "
                                    "change.")
                                 .arg(listed(w.breaking));
        w.text += u' ' + Tr::tr("If another CA issues it:") + u' ' + rolloverAdvice(w.ttl);
        return w;
    }
    if (keyKept) {
        w.impact = DaneImpact::BreaksIfNewKey;
        w.text = Tr::tr("The TLSA records %1 of %2 pin the key in use (DANE-EE, SPKI): a new certificate with the "
                        "same key keeps DANE working (renew with the key kept, e.g. certbot --reuse-key); a new key "
                        "breaks it.")
                     .arg(listed(keyRecords), dane.host);
        if (!w.breaking.isEmpty())
            w.text += u' ' + Tr::tr("These pin the certificate in use and stop matching: %1; remove them after the "
                                    "change.")
                                 .arg(listed(w.breaking));
        w.text += u' ' + Tr::tr("For a new key:") + u' ' + rolloverAdvice(w.ttl);
        return w;
    }
    w.impact = DaneImpact::Breaks;
    w.text = (keyChange == KeyChange::New
                  ? Tr::tr("Installing the new certificate breaks DANE for %1: it needs a new key, and the TLSA "
                           "records %2 match only the certificate or key in use. DANE senders would defer mail.")
                  : Tr::tr("Installing a new certificate breaks DANE for %1: the TLSA records %2 pin the certificate "
                           "in use (DANE-EE, full certificate), which any new certificate, even with the same key, "
                           "fails. DANE senders would defer mail."))
                 .arg(dane.host, listed(w.breaking)) +
             u' ' + rolloverAdvice(w.ttl);
    return w;
}

QString daneWarningLine(const DaneWarning &w)
{
    return (w.domains.isEmpty() ? Tr::tr("DANE, %1: %2").arg(w.host, w.text)
                                : Tr::tr("DANE, %1 (MX of %2): %3").arg(w.host, w.domains.join(QStringLiteral(", ")), w.text));
}

QJsonObject daneWarningToJson(const DaneWarning &w)
{
    QJsonObject o{{QLatin1StringView("impact"), daneImpactKey(w.impact)},
                  {QLatin1StringView("host"), w.host},
                  {QLatin1StringView("tlsa_name"), w.tlsaName},
                  {QLatin1StringView("domains"), QJsonArray::fromStringList(w.domains)},
                  {QLatin1StringView("breaking"), QJsonArray::fromStringList(w.breaking)},
                  {QLatin1StringView("still_matching"), QJsonArray::fromStringList(w.stillMatching)},
                  {QLatin1StringView("standby"), QJsonArray::fromStringList(w.standby)},
                  {QLatin1StringView("ttl"), w.ttl ? QJsonValue(static_cast<qint64>(*w.ttl)) : QJsonValue()},
                  {QLatin1StringView("text"), w.text}};
    if (!w.pinnedCa.isEmpty())
        o.insert(QLatin1StringView("pinned_ca"), w.pinnedCa);
    return o;
}

} // namespace mailtls
