#pragma once

// DANE for SMTP (RFC 7672; TLSA records per RFC 6698 and RFC 7671): the TLSA
// records one MX host publishes for one port, with the DNSSEC state of the
// records and of the host's addresses, judged as a DANE sender would and
// matched against the chain our probe saw. Pure: the lookups are made by the
// domain check (domain_check.h); this only decides.
//
// What a DANE sender does, and so what we decide (RFC 7672 2.2):
// 1. It looks up TLSA records only when the MX host's address records are
//    DNSSEC-secure; otherwise the host is not protected by DANE at all.
// 2. A secure, non-empty TLSA RRset puts DANE in force: TLS is mandatory, and
//    the certificate must match a usable record, or mail is deferred.
// 3. A bogus TLSA RRset (or bogus address records) also makes the sender
//    defer: mail does not flow until it is fixed.
// 4. Usable for SMTP are DANE-TA(2) and DANE-EE(3) with selector 0 or 1 and
//    matching type 0, 1 or 2 (RFC 7672 3.1.3); PKIX-TA(0) and PKIX-EE(1) are
//    unusable there. With only unusable records TLS is still mandatory, but no
//    certificate is checked.
// 5. DANE-EE(3) matches the leaf and ignores its names and dates; DANE-TA(2)
//    matches a CA certificate the server sent, and the leaf must then name
//    the MX host (RFC 7672 3.1.1, 3.1.2).

#include "probes/dns/resolver.h"
#include "probes/tls/certificate.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtls {

// One TLSA record and what it says of the chain seen.
struct TlsaRecordCheck
{
    quint8 usage = 0;
    quint8 selector = 0;
    quint8 matchingType = 0;
    QByteArray association;

    bool usable = false;         // a DANE SMTP sender would use it (point 4 above)
    QString problem;             // why not usable, for people
    std::optional<bool> matches; // a certificate of the chain matches; nullopt: unusable or no chain seen
    int matchedDepth = -1;       // 0 the leaf, 1 its issuer, ...; -1: none
    QString note;                // why a match still fails (DANE-TA and a leaf naming another host)

    // Presentation form, "3 1 1 8f1e..." (RFC 6698 2.2).
    QString text() const;
    bool operator==(const TlsaRecordCheck &) const = default;
};

// What the DNS said of one MX host and port, and what a DANE sender makes of it.
struct DaneCheck
{
    QString host;     // the MX host, as the MX record names it
    quint16 port = 25;
    QString tlsaName; // "_25._tcp.mx1.example"

    // The lookups (filled by the domain check).
    dns::LookupStatus addressStatus = dns::LookupStatus::Timeout; // A, or AAAA when there is no A
    dns::DnssecState addressDnssec = dns::DnssecState::NotValidated;
    QString addressWhyBogus;
    dns::LookupStatus tlsaStatus = dns::LookupStatus::Timeout;
    dns::DnssecState tlsaDnssec = dns::DnssecState::NotValidated;
    QString tlsaWhyBogus;
    QList<TlsaRecordCheck> records;
    // The TTL of the TLSA RRset as the resolver answered (the lowest of its
    // records; a cache answers with what is left of it); nullopt: no records.
    std::optional<quint32> tlsaTtl;

    // The verdicts (evaluateDane). nullopt: undecided, with a note saying why.
    std::optional<bool> published;     // the host publishes TLSA records for the port
    std::optional<bool> inForce;       // a DANE sender requires them (secure addresses and records)
    std::optional<bool> deferred;      // a DANE sender defers mail (bogus records, or none matches)
    std::optional<bool> matches;       // a usable record matches the chain the probe saw
    std::optional<bool> rolloverReady; // the next certificate can be installed without breaking DANE
    QStringList notes;                 // for people, in the language of the check

    bool operator==(const DaneCheck &) const = default;
};

// The resolver's JSON keys (lookupStatusKey, dnssecStateKey) back to values;
// an unknown key reads as knowing nothing (Timeout, NotValidated).
dns::LookupStatus lookupStatusFromKey(const QString &key);
dns::DnssecState dnssecStateFromKey(const QString &key);

// "_25._tcp.mx1.example" (RFC 6698 3).
QString tlsaOwnerName(const QString &host, quint16 port);

// The records of a TLSA lookup (its Record fields), each checked for usability.
QList<TlsaRecordCheck> tlsaRecordsOf(const QList<dns::Record> &records);

// Fills the verdicts of check from its lookups and the certificate the probe
// saw on this host and port (nullptr: not probed, or no certificate: the
// match and the rollover stay undecided).
void evaluateDane(DaneCheck *check, const CertificateInfo *seen);

// JSON (docs/domain-checks.md, "dane"): the lookups, every record with its
// verdict, and the verdicts; a null for each undecided one.
QJsonObject daneCheckToJson(const DaneCheck &check);
DaneCheck daneCheckFromJson(const QJsonObject &object);

} // namespace mailtls
