#include "app/cli/discover_command.h"

#include "app/cli/cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::DiscoverCommand)
};

QString protocolList(const QList<Protocol> &protocols)
{
    QStringList names;
    for (Protocol p : protocols)
        names.append(protocolScheme(p));
    return names.join(QStringLiteral(", "));
}

QString addressList(const QStringList &addresses)
{
    return addresses.isEmpty() ? Tr::tr("no address") : addresses.join(QStringLiteral(", "));
}

// The SRV services the domain publishes (RFC 6186, RFC 8314), and those it does not.
void printServices(const DnsDiscoveryResult &r, QTextStream &out)
{
    out << Tr::tr("Services (SRV, RFC 6186 and RFC 8314):") << Qt::endl;
    if (r.services.isEmpty())
        out << Tr::tr("  none published") << Qt::endl;
    for (const DiscoveredService &s : r.services) {
        out << QStringLiteral("  %1  %2  ").arg(protocolScheme(s.protocol), -10).arg(s.service, -17);
        if (!s.offered) {
            out << Tr::tr("not offered (target \".\")") << Qt::endl;
            continue;
        }
        out << QStringLiteral("%1:%2  ").arg(s.target).arg(s.port)
            << Tr::tr("priority %1, weight %2").arg(s.priority).arg(s.weight) << QStringLiteral("  ")
            << addressList(s.addresses) << Qt::endl;
    }
    QStringList unpublished;
    for (const MailSrvService &s : mailSrvServices()) {
        const QString name = QLatin1StringView(s.label) + QLatin1Char('.') + r.domain;
        const DnsQueryOutcome *q = r.query(name, dns::RecordType::Srv);
        if (q && (q->status == dns::LookupStatus::NxDomain || q->status == dns::LookupStatus::NoData))
            unpublished.append(QString::fromLatin1(s.label));
    }
    if (!unpublished.isEmpty())
        out << Tr::tr("  not published: %1").arg(unpublished.join(QStringLiteral(", "))) << Qt::endl;
}

void printDiscovery(const DnsDiscoveryResult &r, QTextStream &out)
{
    out << Tr::tr("DNS discovery for %1 (nameserver %2)")
               .arg(r.domain, r.servers.join(QStringLiteral(", ")))
        << Qt::endl;
    if (!r.domainExists) {
        out << Tr::tr("  %1 does not exist (NXDOMAIN).").arg(r.domain) << Qt::endl;
        return;
    }

    const QList<DnsQueryOutcome> failures = r.failures();
    if (!failures.isEmpty() && failures.size() == r.queries.size()) {
        // Nothing answered: one line says why, not one per query, and no "none found".
        const DnsQueryOutcome &q = failures.constFirst();
        out << Tr::tr("Every query failed, e.g. %1 %2: %3 (%4)")
                   .arg(q.name, dns::recordTypeName(q.type), dns::lookupStatusLabel(q.status), q.detail)
            << Qt::endl;
        return;
    }

    // 1. Inbound MX.
    out << Tr::tr("Inbound MX:") << Qt::endl;
    const DnsQueryOutcome *mxQuery = r.query(r.domain, dns::RecordType::Mx);
    if (r.nullMx) {
        out << Tr::tr("  none: %1 accepts no mail (null MX, RFC 7505)").arg(r.domain) << Qt::endl;
    } else if (mxQuery && dns::isFailure(mxQuery->status)) {
        out << Tr::tr("  unknown: the MX lookup failed (see below)") << Qt::endl;
    } else if (r.mx.isEmpty()) {
        out << Tr::tr("  none published: senders use the domain's own address (RFC 5321 5.1)") << Qt::endl;
    }
    for (const DiscoveredMx &m : r.mx) {
        out << QStringLiteral("  %1  %2  ").arg(m.preference, 5).arg(m.host) << addressList(m.addresses)
            << Qt::endl;
    }

    // 2. SRV services, and the ones not published.
    printServices(r, out);

    // 3. Well-known names: suggestions to probe.
    out << Tr::tr("Suggested names:") << Qt::endl;
    if (r.names.isEmpty())
        out << Tr::tr("  none of mail., smtp., imap., pop., webmail. exists") << Qt::endl;
    for (const SuggestedName &n : r.names) {
        out << QStringLiteral("  %1  %2").arg(n.name, addressList(n.addresses));
        if (!n.aliases.isEmpty())
            out << QStringLiteral("  ") << Tr::tr("(alias of %1)").arg(n.aliases.constLast());
        out << QStringLiteral("  ") << Tr::tr("try: %1").arg(protocolList(n.protocols)) << Qt::endl;
    }

    // 4. What is missing, and why.
    if (!failures.isEmpty()) {
        out << Tr::tr("Failed queries (what they would have found is missing):") << Qt::endl;
        for (const DnsQueryOutcome &q : failures) {
            out << QStringLiteral("  %1 %2: %3").arg(q.name, dns::recordTypeName(q.type), dns::lookupStatusLabel(q.status));
            if (!q.detail.isEmpty())
                out << QStringLiteral(" (") << q.detail << QLatin1Char(')');
            out << Qt::endl;
        }
    }
    if (!r.notes.isEmpty()) {
        out << Tr::tr("Notes:") << Qt::endl;
        for (const QString &n : r.notes)
            out << QStringLiteral("  ") << n << Qt::endl;
    }
}

} // namespace

DnsOptions::DnsOptions()
    : m_server(QStringLiteral("server"),
               Tr::tr("Ask this nameserver (ADDR, ADDR:PORT or [IPv6]:PORT; repeat for more) instead of those in "
                      "/etc/resolv.conf."),
               Tr::tr("address")),
      m_timeout(QStringLiteral("timeout"), Tr::tr("Seconds for each DNS lookup, retries included (default 5)."),
                Tr::tr("s"), QStringLiteral("5"))
{
}

void DnsOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_server, m_timeout});
}

bool DnsOptions::read(const QCommandLineParser &parser, const QString &command, QTextStream &err,
                      dns::ResolverOptions *options) const
{
    bool ok = false;
    const double seconds = parser.value(m_timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600) {
        err << Tr::tr("%1: --timeout takes a number of seconds from 0 to 600").arg(command) << Qt::endl;
        return false;
    }
    options->timeoutMs = static_cast<int>(seconds * 1000);
    options->servers.clear();
    for (const QString &value : parser.values(m_server)) {
        QString error;
        const auto ns = dns::parseNameserver(value, &error);
        if (!ns) {
            err << Tr::tr("%1: --server: %2").arg(command, error) << Qt::endl;
            return false;
        }
        options->servers.append(*ns);
    }
    return true;
}

int runDiscover(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print what DNS says about a domain's mail: the MX hosts with their preferences and addresses, "
               "the SRV records of submission, IMAP and POP (RFC 6186, RFC 8314), and the well-known names "
               "mail., smtp., imap., pop. and webmail. Exits 1 when the domain does not exist or its MX lookup "
               "failed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("domain"), Tr::tr("The mail domain, e.g. example.org."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the discovery as JSON."));
    parser.addOption(jsonOption);
    const DnsOptions dnsOptions;
    dnsOptions.addTo(parser);
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        err << Tr::tr("discover: give one DOMAIN") << Qt::endl;
        return 2;
    }
    QString error;
    const auto domain = normalizeDomain(parser.positionalArguments().constFirst(), &error);
    if (!domain) {
        err << Tr::tr("discover: %1").arg(error) << Qt::endl;
        return 2;
    }
    dns::ResolverOptions options;
    if (!dnsOptions.read(parser, QStringLiteral("discover"), err, &options))
        return 2;

    const DnsDiscoveryResult r = discoverAndWait(*domain, options);
    if (parser.isSet(jsonOption))
        out << QString::fromUtf8(QJsonDocument(dnsDiscoveryToJson(r)).toJson());
    else
        printDiscovery(r, out);
    const DnsQueryOutcome *mx = r.query(r.domain, dns::RecordType::Mx);
    return !r.domainExists || !mx || dns::isFailure(mx->status) ? 1 : 0;
}

} // namespace mailtls::cli
