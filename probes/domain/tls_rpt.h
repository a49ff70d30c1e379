#pragma once

// The TLS-RPT record of a domain (RFC 8460 section 3): the TXT records at
// _smtp._tls.DOMAIN, each as one text (dns::txtText joins a record's
// character-strings without a separator, as the RFC says), read by the RFC's
// ABNF and nothing looser:
//
//   tlsrpt-record    = tlsrpt-version 1*(field-delim tlsrpt-field) [field-delim]
//   field-delim      = *WSP ";" *WSP
//   tlsrpt-field     = tlsrpt-rua / tlsrpt-extension
//   tlsrpt-version   = %s"v=TLSRPTv1"
//   tlsrpt-rua       = %s"rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)
//   tlsrpt-uri       = URI (RFC 3986; "," and "!" MUST be percent-encoded)
//   tlsrpt-extension = tlsrpt-ext-name "=" tlsrpt-ext-value
//   tlsrpt-ext-name  = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
//   tlsrpt-ext-value = 1*(%x21-3A / %x3C / %x3E-7E)
//
// Records that do not begin with "v=TLSRPTv1" are not TLS-RPT records and are
// set aside; none left means the domain publishes no policy, more than one
// is an error (senders then assume the domain does not implement TLS-RPT).
// Only "mailto:" and "https:" destinations are defined; a URI of another
// scheme is an error, and so is a DMARC-style size limit ("!10m"): the RFC
// has none, and a raw "!" is not allowed in a tlsrpt-uri. Several rua fields
// are grammatical; their destinations are kept in order. A record without
// any rua field names no destination and is an error: no report can reach
// the domain. Pure: no lookup here.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtls::domain {

struct TlsRptRecord
{
    QString txt;                                  // the record as published (its strings joined)
    QStringList rua;                              // the report destinations, in the record's order
    QList<QPair<QString, QString>> extensions;    // other fields, name and value, in order
};

struct TlsRptPolicy
{
    // The one TLS-RPT record, when exactly one was published and it parsed.
    std::optional<TlsRptRecord> record;
    // Each record's text that begins with "v=TLSRPTv1" (one, normally).
    QStringList candidates;
    // What is wrong, each quoting the record it is about (translated).
    QStringList errors;
    // True when at least one record begins with "v=TLSRPTv1".
    bool published() const { return !candidates.isEmpty(); }
};

// Parses one record's text; nullopt with *error (quoting the record) when it
// does not follow the ABNF.
std::optional<TlsRptRecord> parseTlsRptRecord(const QString &txt, QString *error);

// Picks the TLS-RPT record among the texts of all TXT records at
// _smtp._tls.DOMAIN and parses it.
TlsRptPolicy parseTlsRptPolicy(const QStringList &txtRecords);

// Whether a text is a TLS-RPT record at all: "v=TLSRPTv1" followed by the end,
// a space, a tab or ";".
bool isTlsRptRecord(QStringView txt);

} // namespace mailtls::domain
