#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor tls-rpt import PATH... [--db URL]`: reads TLS-RPT aggregate
// reports (JSON, gzip, an .eml, an mbox, a maildir; tls_rpt_sources.h) and
// keeps each in the audit store once. Reports that read well are kept even
// when others do not; each bad one is an error naming its file, message and
// JSON path (exit status 1), and what the store held stays as it was.
// `mailtls-auditor tls-rpt summary [--domain D] [--workspace FILE] [--json] [--db URL]`:
// the kept reports per sending organisation and day, and per MX host (the
// workspace's inbound MX hosts; docs/tls-rpt.md).
int runTlsRpt(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
