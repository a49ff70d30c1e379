#include "app/cli/network_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::NetworkOptions)
};

} // namespace

NetworkOptions::NetworkOptions()
    : m_caFile(QStringLiteral("ca-file"), Tr::tr("Trust these PEM certificates instead of the system store."),
               Tr::tr("file")),
      m_concurrency(QStringLiteral("concurrency"), Tr::tr("TCP connections open at once, in all (default 32)."),
                    Tr::tr("n"), QStringLiteral("32")),
      m_perHost(QStringLiteral("per-host"), Tr::tr("TCP connections open at once to one host (default 8)."),
                Tr::tr("n"), QStringLiteral("8")),
      m_timeout(QStringLiteral("timeout"), Tr::tr("Seconds for each network operation (default 10)."), Tr::tr("s"),
                QStringLiteral("10")),
      m_noIntrusive(QStringLiteral("no-intrusive"),
                    Tr::tr("Leave out the checks that send malformed messages (Heartbleed, CCS injection, "
                           "ROBOT): they stay undecided.")),
      m_noHygiene(QStringLiteral("no-hygiene"),
                  Tr::tr("Leave out the TLS hygiene checks (compression, renegotiation, fallback, "
                         "Heartbleed, ROBOT, resumption, OCSP stapling, ...)."))
{
}

void NetworkOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_caFile, m_concurrency, m_perHost, m_timeout, m_noIntrusive, m_noHygiene});
}

bool NetworkOptions::read(const QCommandLineParser &parser, const QString &command, QTextStream &err,
                          ProbeOptions *options, SchedulerLimits *limits) const
{
    // toInt() gives 0 for anything not a number: rejected with the rest.
    const int concurrency = parser.value(m_concurrency).toInt();
    const int perHost = parser.value(m_perHost).toInt();
    const int timeout = parser.value(m_timeout).toInt();
    if (concurrency < 1 || perHost < 1 || timeout < 1) {
        err << Tr::tr("%1: --concurrency, --per-host and --timeout take positive numbers").arg(command) << Qt::endl;
        return false;
    }
    if (parser.isSet(m_caFile)) {
        options->caFile = parser.value(m_caFile);
        if (!QFileInfo(options->caFile).isReadable()) {
            err << Tr::tr("%1: cannot read the CA file %2").arg(command, options->caFile) << Qt::endl;
            return false;
        }
    }
    options->operationTimeoutMs = timeout * 1000;
    options->intrusive = !parser.isSet(m_noIntrusive);
    options->hygiene = !parser.isSet(m_noHygiene);
    limits->maxConnections = concurrency;
    limits->maxPerHost = perHost;
    // One endpoint needs at least one connection: as many in progress as the
    // connections allow, so that many endpoints on one host (ports of one
    // appliance) are not held back by the per-host cap meant for connections.
    limits->maxEndpoints = concurrency;
    return true;
}

} // namespace mailtls::cli
