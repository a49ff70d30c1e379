#include "app/imports/dns_discovery.h"

#include "app/inventory/workspace_merge.h"
#include "probes/when_finished.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QPromise>
#include <QUrl>

#include <algorithm>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::DnsDiscovery)
};

using dns::LookupResult;
using dns::LookupStatus;
using dns::RecordType;

struct WellKnownName
{
    const char *prefix;
    QList<Protocol> protocols;
};

// Names admins give their mail hosts, and what clients guess behind them.
const QList<WellKnownName> &wellKnownNames()
{
    static const QList<WellKnownName> names{
        {"mail", {Protocol::Submission, Protocol::Smtps, Protocol::Imaps, Protocol::Imap}},
        {"smtp", {Protocol::Submission, Protocol::Smtps}},
        {"imap", {Protocol::Imaps, Protocol::Imap}},
        {"pop", {Protocol::Pop3s, Protocol::Pop3}},
        {"webmail", {Protocol::Https}},
    };
    return names;
}

const LookupResult *find(const QList<LookupResult> &lookups, QStringView name, RecordType type)
{
    for (const LookupResult &r : lookups) {
        if (r.type == type && dns::sameName(r.name, name))
            return &r;
    }
    return nullptr;
}

QStringList addressesOf(const QList<LookupResult> &lookups, QStringView name)
{
    QStringList out;
    for (RecordType type : {RecordType::A, RecordType::Aaaa}) {
        const LookupResult *r = find(lookups, name, type);
        if (!r || r->status != LookupStatus::Ok)
            continue;
        for (const dns::Record &rec : r->records) {
            const QString a = rec.address.toString();
            if (!out.contains(a))
                out.append(a);
        }
    }
    return out;
}

QStringList aliasesOf(const QList<LookupResult> &lookups, QStringView name)
{
    for (RecordType type : {RecordType::A, RecordType::Aaaa}) {
        if (const LookupResult *r = find(lookups, name, type); r && !r->aliases.isEmpty())
            return r->aliases;
    }
    return {};
}

bool isRoot(const QString &target) { return target == QLatin1String("."); }

// A target we may query and import: a host name, not the root, not an escaped oddity.
bool usableTarget(const QString &target) { return !isRoot(target) && isHostName(target); }

QString lowerName(QString name)
{
    if (name.size() > 1 && name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.toLower();
}

// Runs the discovery's steps on a resolver: the first queries, then the address
// queries their answers call for, then the assembly.
class DiscoveryRun : public QObject
{
public:
    DiscoveryRun(dns::Resolver *resolver, const QString &domain)
        : QObject(resolver), m_resolver(resolver), m_domain(domain)
    {
    }

    QFuture<DnsDiscoveryResult> start()
    {
        m_promise.start();
        QFuture<DnsDiscoveryResult> future = m_promise.future();
        ask(firstDiscoveryQueries(m_domain));
        return future;
    }

private:
    void ask(const QList<DnsQuery> &queries)
    {
        m_pending = static_cast<int>(queries.size());
        for (const DnsQuery &q : queries) {
            const qsizetype index = m_lookups.size();
            m_lookups.append(LookupResult{});
            whenFinished(this, m_resolver->lookup(q.first, q.second), [this, index](const LookupResult &r) {
                m_lookups[index] = r;
                if (--m_pending == 0)
                    phaseDone();
            });
        }
    }

    void phaseDone()
    {
        if (!m_addressesAsked) {
            m_addressesAsked = true;
            const QList<DnsQuery> more = addressQueries(m_lookups);
            if (!more.isEmpty()) {
                ask(more);
                return;
            }
        }
        DnsDiscoveryResult result = assembleDiscovery(m_domain, m_lookups);
        for (const dns::Nameserver &ns : m_resolver->options().servers)
            result.servers.append(ns.toString());
        m_promise.addResult(result);
        m_promise.finish();
        deleteLater();
    }

    dns::Resolver *m_resolver;
    QString m_domain;
    QPromise<DnsDiscoveryResult> m_promise;
    QList<LookupResult> m_lookups; // in the order asked
    int m_pending = 0;
    bool m_addressesAsked = false;
};

QJsonArray protocolsJson(const QList<Protocol> &protocols)
{
    QJsonArray out;
    for (Protocol p : protocols)
        out.append(protocolScheme(p));
    return out;
}

} // namespace

QList<DnsQueryOutcome> DnsDiscoveryResult::failures() const
{
    QList<DnsQueryOutcome> out;
    for (const DnsQueryOutcome &q : queries) {
        if (dns::isFailure(q.status))
            out.append(q);
    }
    return out;
}

const DnsQueryOutcome *DnsDiscoveryResult::query(QStringView name, dns::RecordType type) const
{
    for (const DnsQueryOutcome &q : queries) {
        if (q.type == type && dns::sameName(q.name, name))
            return &q;
    }
    return nullptr;
}

const QList<MailSrvService> &mailSrvServices()
{
    static const QList<MailSrvService> services{
        {"_submissions._tcp", Protocol::Smtps},    // RFC 8314: submission over implicit TLS, 465
        {"_submission._tcp", Protocol::Submission}, // RFC 6186: submission with STARTTLS, 587
        {"_imaps._tcp", Protocol::Imaps},           // RFC 6186: 993
        {"_imap._tcp", Protocol::Imap},             // 143
        {"_pop3s._tcp", Protocol::Pop3s},           // 995
        {"_pop3._tcp", Protocol::Pop3},             // 110
    };
    return services;
}

std::optional<QString> normalizeDomain(const QString &input, QString *error)
{
    QString name = input.trimmed();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QString ace = QString::fromLatin1(QUrl::toAce(name)).toLower();
    if (ace.isEmpty() || !isHostName(ace) || !ace.contains(QLatin1Char('.')) || ace.size() > 253) {
        *error = Tr::tr("'%1' is not a domain name").arg(input);
        return std::nullopt;
    }
    return ace;
}

QList<DnsQuery> firstDiscoveryQueries(const QString &domain)
{
    QList<DnsQuery> queries{{domain, RecordType::Mx}};
    for (const MailSrvService &s : mailSrvServices())
        queries.append({QLatin1StringView(s.label) + QLatin1Char('.') + domain, RecordType::Srv});
    for (const WellKnownName &n : wellKnownNames()) {
        const QString name = QLatin1StringView(n.prefix) + QLatin1Char('.') + domain;
        queries.append({name, RecordType::A});
        queries.append({name, RecordType::Aaaa});
    }
    return queries;
}

QList<DnsQuery> addressQueries(const QList<LookupResult> &lookups)
{
    QList<DnsQuery> queries;
    auto want = [&](const QString &target) {
        if (!usableTarget(target))
            return;
        const QString name = lowerName(target);
        for (RecordType type : {RecordType::A, RecordType::Aaaa}) {
            const bool asked = find(lookups, name, type) || std::any_of(queries.cbegin(), queries.cend(), [&](const DnsQuery &q) {
                                   return q.second == type && dns::sameName(q.first, name);
                               });
            if (!asked)
                queries.append({name, type});
        }
    };
    for (const LookupResult &r : lookups) {
        if (r.status != LookupStatus::Ok || (r.type != RecordType::Mx && r.type != RecordType::Srv))
            continue;
        for (const dns::Record &rec : r.records) {
            if (rec.type == RecordType::Mx || rec.port != 0)
                want(rec.target);
        }
    }
    return queries;
}

DnsDiscoveryResult assembleDiscovery(const QString &domain, const QList<LookupResult> &lookups)
{
    DnsDiscoveryResult result;
    result.domain = domain;
    for (const LookupResult &r : lookups)
        result.queries.append({r.name, r.type, r.status, r.detail, r.aliases, r.dnssec, r.whyBogus});

    // 1. MX: the domain's own answer, then each exchange's addresses.
    if (const LookupResult *mx = find(lookups, domain, RecordType::Mx)) {
        result.domainExists = mx->status != LookupStatus::NxDomain;
        const bool onlyRoot = mx->status == LookupStatus::Ok &&
                              std::all_of(mx->records.cbegin(), mx->records.cend(),
                                          [](const dns::Record &r) { return isRoot(r.target); });
        result.nullMx = onlyRoot;
        for (const dns::Record &r : mx->records) {
            if (isRoot(r.target)) {
                if (!onlyRoot)
                    result.notes.append(Tr::tr("MX %1 .: a null MX among other MX records (RFC 7505 says it must "
                                               "stand alone); left out")
                                            .arg(r.preference));
                continue;
            }
            if (!usableTarget(r.target)) {
                result.notes.append(
                    Tr::tr("MX %1 %2: not a host name; left out").arg(r.preference).arg(r.target));
                continue;
            }
            const QString host = lowerName(r.target);
            if (std::any_of(result.mx.cbegin(), result.mx.cend(), [&](const DiscoveredMx &m) { return m.host == host; }))
                continue;
            result.mx.append({host, r.preference, addressesOf(lookups, host)});
            if (const QStringList aliases = aliasesOf(lookups, host); !aliases.isEmpty())
                result.notes.append(Tr::tr("MX %1 %2 is an alias (CNAME) of %3: RFC 2181 10.3 forbids MX targets "
                                           "that are aliases")
                                        .arg(r.preference)
                                        .arg(host, aliases.constLast()));
        }
        std::stable_sort(result.mx.begin(), result.mx.end(), [](const DiscoveredMx &a, const DiscoveredMx &b) {
            return a.preference != b.preference ? a.preference < b.preference : a.host < b.host;
        });
    }

    // 2. SRV, per service: by priority, then the heavier weight first.
    for (const MailSrvService &s : mailSrvServices()) {
        const QString name = QLatin1StringView(s.label) + QLatin1Char('.') + domain;
        const LookupResult *srv = find(lookups, name, RecordType::Srv);
        if (!srv || srv->status != LookupStatus::Ok)
            continue;
        QList<DiscoveredService> found;
        for (const dns::Record &r : srv->records) {
            DiscoveredService d;
            d.service = QString::fromLatin1(s.label);
            d.protocol = s.protocol;
            d.priority = r.priority;
            d.weight = r.weight;
            d.port = r.port;
            if (isRoot(r.target)) {
                d.offered = false;
            } else if (!usableTarget(r.target) || r.port == 0) {
                result.notes.append(Tr::tr("SRV %1 %2 %3 %4 %5: not a host and port; left out")
                                        .arg(name)
                                        .arg(r.priority)
                                        .arg(r.weight)
                                        .arg(r.port)
                                        .arg(r.target));
                continue;
            } else {
                d.target = lowerName(r.target);
                d.addresses = addressesOf(lookups, d.target);
            }
            found.append(d);
        }
        std::stable_sort(found.begin(), found.end(), [](const DiscoveredService &a, const DiscoveredService &b) {
            return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
        });
        result.services += found;
    }

    // 3. The well-known names that exist.
    for (const WellKnownName &n : wellKnownNames()) {
        const QString name = QLatin1StringView(n.prefix) + QLatin1Char('.') + domain;
        const QStringList addresses = addressesOf(lookups, name);
        if (!addresses.isEmpty())
            result.names.append({name, addresses, aliasesOf(lookups, name), n.protocols});
    }
    return result;
}

QFuture<DnsDiscoveryResult> discoverDomain(dns::Resolver *resolver, const QString &domain)
{
    auto *run = new DiscoveryRun(resolver, domain);
    return run->start();
}

QJsonObject dnsDiscoveryToJson(const DnsDiscoveryResult &result)
{
    QJsonObject root;
    root.insert(QLatin1StringView("domain"), result.domain);
    root.insert(QLatin1StringView("servers"), QJsonArray::fromStringList(result.servers));
    root.insert(QLatin1StringView("domain_exists"), result.domainExists);
    root.insert(QLatin1StringView("null_mx"), result.nullMx);
    QJsonArray mx;
    for (const DiscoveredMx &m : result.mx) {
        mx.append(QJsonObject{{QLatin1StringView("host"), m.host},
                              {QLatin1StringView("preference"), m.preference},
                              {QLatin1StringView("addresses"), QJsonArray::fromStringList(m.addresses)}});
    }
    root.insert(QLatin1StringView("mx"), mx);
    QJsonArray services;
    for (const DiscoveredService &s : result.services) {
        QJsonObject o{{QLatin1StringView("service"), s.service},
                      {QLatin1StringView("protocol"), protocolScheme(s.protocol)},
                      {QLatin1StringView("offered"), s.offered}};
        if (s.offered) {
            o.insert(QLatin1StringView("target"), s.target);
            o.insert(QLatin1StringView("port"), s.port);
            o.insert(QLatin1StringView("priority"), s.priority);
            o.insert(QLatin1StringView("weight"), s.weight);
            o.insert(QLatin1StringView("addresses"), QJsonArray::fromStringList(s.addresses));
        }
        services.append(o);
    }
    root.insert(QLatin1StringView("services"), services);
    QJsonArray names;
    for (const SuggestedName &n : result.names) {
        names.append(QJsonObject{{QLatin1StringView("name"), n.name},
                                 {QLatin1StringView("addresses"), QJsonArray::fromStringList(n.addresses)},
                                 {QLatin1StringView("aliases"), QJsonArray::fromStringList(n.aliases)},
                                 {QLatin1StringView("protocols"), protocolsJson(n.protocols)}});
    }
    root.insert(QLatin1StringView("names"), names);
    root.insert(QLatin1StringView("notes"), QJsonArray::fromStringList(result.notes));
    QJsonArray queries;
    for (const DnsQueryOutcome &q : result.queries) {
        QJsonObject o{{QLatin1StringView("name"), q.name},
                      {QLatin1StringView("type"), dns::recordTypeName(q.type)},
                      {QLatin1StringView("status"), dns::lookupStatusKey(q.status)}};
        if (!q.detail.isEmpty())
            o.insert(QLatin1StringView("detail"), q.detail);
        if (!q.aliases.isEmpty())
            o.insert(QLatin1StringView("aliases"), QJsonArray::fromStringList(q.aliases));
        o.insert(QLatin1StringView("dnssec"), dns::dnssecStateKey(q.dnssec));
        if (q.dnssec == dns::DnssecState::Bogus)
            o.insert(QLatin1StringView("why_bogus"), q.whyBogus);
        queries.append(o);
    }
    root.insert(QLatin1StringView("queries"), queries);
    return root;
}

DnsDiscoveryResult discoverAndWait(const QString &domain, const dns::ResolverOptions &options)
{
    dns::Resolver resolver(options);
    QFutureWatcher<DnsDiscoveryResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(discoverDomain(&resolver, domain));
    if (!watcher.isFinished())
        loop.exec();
    return watcher.future().result();
}

} // namespace mailtls
