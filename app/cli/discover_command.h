#pragma once

// `mailtls-auditor discover DOMAIN`: what DNS says about a domain's mail, and
// the DNS options that discover and `import --dns` share.

#include "app/imports/dns_discovery.h"

#include <QCommandLineOption>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace mailtls::cli {

// --server ADDR[:PORT] (repeatable) and --timeout SECONDS, declared and checked in one place.
class DnsOptions
{
public:
    DnsOptions();
    void addTo(QCommandLineParser &parser) const;
    // Fills options; on a bad value says "command: what" on err and returns false.
    bool read(const QCommandLineParser &parser, const QString &command, QTextStream &err,
              dns::ResolverOptions *options) const;

private:
    QCommandLineOption m_server;
    QCommandLineOption m_timeout;
};

// `mailtls-auditor discover DOMAIN [--server ADDR[:PORT]] [--timeout SECONDS] [--json]`
int runDiscover(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
