#pragma once

// Where TLS-RPT reports come from, read into reports (tls_rpt_report.h):
//   - a JSON file, plain or gzip (.json, .json.gz; told by content, not name);
//   - mail as reporters send it (RFC 8460 5.3): a single message (.eml), an
//     mbox, or a maildir (its cur/ and new/), each message carrying the report
//     as a MIME part application/tlsrpt+gzip or application/tlsrpt+json, or
//     application/gzip or application/json with a .json.gz or .json file name
//     (as some senders label it), in base64, quoted-printable, 7bit or 8bit.
// Everything is untrusted input and bounded: a file at most kMaxSourceBytes,
// a report's JSON at most kMaxReportBytes once decompressed (a gzip bomb stops
// there), multipart nesting kMaxMimeDepth deep with kMaxMimeParts parts per
// message. A message without a report is skipped with a note, not an error.
// A report whose organisation and report-id were read already is counted
// once (the first kept).

#include "app/imports/tls_rpt_report.h"

#include <QHash>

namespace mailtls {

inline constexpr qint64 kMaxSourceBytes = 256 * 1024 * 1024; // one file: a report, a message or an mbox
inline constexpr int kMaxMimeDepth = 8;
inline constexpr int kMaxMimeParts = 64;

struct TlsRptImport
{
    QList<TlsRptReport> reports; // read, each once, in the order found
    QStringList errors;          // each names the file (and message) and, for JSON, the path
    QStringList notes;           // messages without a report, duplicates (translated)
    int messages = 0;            // mail messages read
    int duplicates = 0;          // reports read again (same organisation and report-id)
    QHash<QString, QString> keys; // TlsRptReport::key() of each report read -> its source
};

// Reads the paths given (files or maildirs) into one import.
TlsRptImport readTlsRptSources(const QStringList &paths);

// The parts of the reading, for tests and the fuzz target.
// Decompresses gzip (one member or several), refusing more than maxBytes of output;
// nullopt with *error when the data is not gzip, truncated or too large.
std::optional<QByteArray> gunzip(const QByteArray &data, qsizetype maxBytes, QString *error);
// The reports carried by one message (headers and body, as in an .eml); source names it.
// Adds to import: reports, errors, or a note when it carries none.
void readTlsRptMessage(const QByteArray &message, const QString &source, TlsRptImport *import);
// One file's bytes, whatever it is (JSON, gzip, a message, an mbox).
void readTlsRptData(const QByteArray &data, const QString &source, TlsRptImport *import);

} // namespace mailtls
