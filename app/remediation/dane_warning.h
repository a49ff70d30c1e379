#pragma once

// What installing a new certificate on an MX host does to its DANE (RFC 7672,
// the rollover of RFC 7671 8.1 and 8.4): a remedy that replaces the
// certificate warns before it breaks mail from DANE senders. Pure: it reads
// the host's DANE check (evaluated against the certificate the probe saw) and
// says, record by record, which would stop matching.
//
// How one record fares when the certificate is replaced:
//   DANE-EE(3), selector 0 (the whole certificate): any new certificate, even
//     with the same key, stops matching.
//   DANE-EE(3), selector 1 (the key): only a new key stops matching; a
//     renewal that keeps the key (certbot --reuse-key) goes on matching.
//   DANE-TA(2): only a certificate from another CA stops matching.
//   A usable record that matches no certificate in use is taken for the next
//     certificate's or key's (the rollover prepared).
// The safe order, whatever breaks: publish the new record beside the old,
// wait two TTLs of the TLSA RRset, install, then remove the old record.

#include "app/domains/domain_defence.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtls {

// What the remedy does to the key.
enum class KeyChange {
    MayKeep, // a new certificate; the key may be kept (a renewal, a new name)
    New,     // the finding is about the key itself: the new certificate needs a new one
};

enum class DaneImpact {
    Breaks,           // every record that matches today stops matching
    BreaksIfNewKey,   // DANE-EE key records go on matching as long as the key is kept
    BreaksIfOtherCa,  // DANE-TA records go on matching as long as the same CA issues it
    RolloverPrepared, // a record for the next certificate or key is published beside the current one
    AlreadyFailing,   // no record matches the certificate in use: DANE senders defer mail now
    Undecided,        // the TLSA records, their DNSSEC state or the certificate in use is unknown
};

// "breaks", "breaks_if_new_key", "breaks_if_other_ca", "rollover_prepared",
// "already_failing", "undecided".
QString daneImpactKey(DaneImpact impact);
QString daneImpactLabel(DaneImpact impact); // translated, short

struct DaneWarning
{
    DaneImpact impact = DaneImpact::Undecided;
    QString host;               // the MX host, as DNS names it
    QString tlsaName;           // "_25._tcp.mx1.example"
    QStringList domains;        // the domains whose MX it is
    QStringList breaking;       // records (presentation form) the new certificate no longer matches
    QStringList stillMatching;  // records it goes on matching (same key, same CA)
    QStringList standby;        // usable records that match nothing in use: for the next certificate or key
    QString pinnedCa;           // DANE-TA: the CA certificate the records match (its subject)
    std::optional<quint32> ttl; // the TLSA RRset's TTL as the lookup saw it
    QString text;               // what to do, for people, in the language of the default locale

    bool operator==(const DaneWarning &) const = default;
};

// The warning for replacing the certificate that dane was matched against.
// seen: that certificate (names the CA a DANE-TA record pins); may be null.
// nullopt: no DANE sender checks the certificate (no TLSA records, records
// not signed, addresses not signed, or no record usable for SMTP).
std::optional<DaneWarning> daneWarningFor(const DaneCheck &dane, KeyChange keyChange,
                                          const CertificateInfo *seen = nullptr);

// The warning as exports show it: "DANE, mx1.example (MX of example.org): TEXT".
QString daneWarningLine(const DaneWarning &warning);

// JSON (docs/policy.md, "DANE and a new certificate"): the impact's key and every field above.
QJsonObject daneWarningToJson(const DaneWarning &warning);

} // namespace mailtls
