#pragma once

// `mailtls-auditor domain DOMAIN`: a domain's defence against downgrade
// (MTA-STS, TLS-RPT, DANE), with its MX hosts probed on port 25 at the
// addresses DNS gives, as a sender would reach them.

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor domain DOMAIN [--server ADDR[:PORT]] [--timeout S] [--trust-anchor FILE]
//  [--ca-file FILE] [--no-probe] [--json]`
int runDomain(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
