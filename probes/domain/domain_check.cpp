#include "probes/domain/domain_check.h"

#include "probes/when_finished.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPromise>

#include <algorithm>
#include <functional>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::DomainCheck)
};

QString withoutDot(QString name)
{
    if (name.endsWith(QLatin1Char('.')) && name.size() > 1)
        name.chop(1);
    return name;
}

DomainLookup lookupOf(const dns::LookupResult &r)
{
    DomainLookup l;
    l.name = r.name;
    l.type = r.type;
    l.status = r.status;
    l.dnssec = r.dnssec;
    l.whyBogus = r.whyBogus;
    if (r.status != dns::LookupStatus::Ok)
        l.detail = r.detail;
    if (r.type == dns::RecordType::Txt) {
        for (const dns::Record &rec : r.records)
            l.texts << dns::txtText(rec);
    }
    return l;
}

// The enum values back from their JSON keys (the resolver writes them).
dns::RecordType recordTypeFromName(const QString &name)
{
    for (dns::RecordType t : {dns::RecordType::A, dns::RecordType::Aaaa, dns::RecordType::Mx, dns::RecordType::Txt,
                              dns::RecordType::Tlsa, dns::RecordType::Cname, dns::RecordType::Srv})
        if (dns::recordTypeName(t) == name)
            return t;
    return dns::RecordType::A;
}

class DomainRun : public QObject
{
public:
    DomainRun(dns::Resolver *resolver, const QString &domain, const DomainCheckOptions &options)
        : QObject(resolver), m_resolver(resolver), m_options(options)
    {
        m_check.domain = withoutDot(domain.trimmed().toLower());
        m_check.checkedAt = QDateTime::currentDateTimeUtc();
        QStringList servers;
        for (const dns::Nameserver &ns : resolver->options().servers)
            servers << ns.toString();
        m_check.resolver = servers.isEmpty() ? QStringLiteral("system") : servers.join(QStringLiteral(", "));
    }

    QFuture<DomainCheck> start()
    {
        m_promise.start();
        QFuture<DomainCheck> future = m_promise.future();
        // Step 1, and the two TXT records of step 2 at once.
        ask(m_check.domain, dns::RecordType::Mx, [this](const dns::LookupResult &r) { mxAnswered(r); });
        ask(QStringLiteral("_mta-sts.") + m_check.domain, dns::RecordType::Txt,
            [this](const dns::LookupResult &r) { m_check.mtaStsTxt = lookupOf(r); });
        ask(QStringLiteral("_smtp._tls.") + m_check.domain, dns::RecordType::Txt,
            [this](const dns::LookupResult &r) { m_check.tlsRptTxt = lookupOf(r); });
        // Step 2 for the submission hosts asked for.
        for (const SubmissionHost &h : m_options.submission) {
            DaneCheck dane;
            dane.host = withoutDot(h.host.trimmed().toLower());
            dane.port = h.port;
            dane.tlsaName = tlsaOwnerName(dane.host, h.port);
            if (dane.host.isEmpty() || std::any_of(m_check.submission.cbegin(), m_check.submission.cend(),
                                                   [&](const DaneCheck &d) { return d.tlsaName == dane.tlsaName; }))
                continue;
            m_check.submission.append(dane);
        }
        for (qsizetype i = 0; i < m_check.submission.size(); ++i) {
            const QString host = m_check.submission.at(i).host;
            m_submissionAddresses.append(Addresses{});
            ask(host, dns::RecordType::A,
                [this, i](const dns::LookupResult &a) { submissionAddressAnswered(i, a, true); });
            ask(host, dns::RecordType::Aaaa,
                [this, i](const dns::LookupResult &a) { submissionAddressAnswered(i, a, false); });
            ask(m_check.submission.at(i).tlsaName, dns::RecordType::Tlsa,
                [this, i](const dns::LookupResult &t) { tlsaAnswered(&m_check.submission[i], t); });
        }
        // Step 4: can the nameservers carry DNSSEC at all?
        const QStringList anchors = m_resolver->trustAnchorNames();
        if (!anchors.isEmpty()) {
            const QString anchor = anchors.constFirst();
            ask(anchor.isEmpty() ? QStringLiteral(".") : anchor, dns::RecordType::Dnskey,
                [this, anchor](const dns::LookupResult &r) {
                    if (r.dnssec != dns::DnssecState::Secure)
                        m_check.dnssecProblem =
                            Tr::tr("the DNSKEY of the trust anchor %1 did not validate through %2 (%3%4): the "
                                   "nameservers do not pass DNSSEC records, so no DNSSEC state can be known")
                                .arg(anchor, m_check.resolver, dns::lookupStatusLabel(r.status),
                                     r.whyBogus.isEmpty() ? QString() : QStringLiteral(", ") + r.whyBogus);
                });
        }
        // Step 3, beside the lookups.
        if (m_options.fetchPolicy) {
            ++m_pending;
            whenFinished(this, fetchStsPolicy(m_resolver, m_check.domain, m_options.policy),
                         [this](const PolicyFetchResult &r) {
                             m_check.policyFetch = r;
                             if (--m_pending == 0)
                                 finish();
                         });
        }
        return future;
    }

private:
    void ask(const QString &name, dns::RecordType type, std::function<void(const dns::LookupResult &)> then)
    {
        ++m_pending;
        whenFinished(this, m_resolver->lookup(name, type), [this, then](const dns::LookupResult &r) {
            then(r);
            if (--m_pending == 0)
                finish();
        });
    }

    void mxAnswered(const dns::LookupResult &r)
    {
        m_check.mxLookup = lookupOf(r);
        for (const dns::Record &rec : r.records) {
            if (rec.type != dns::RecordType::Mx)
                continue;
            const QString host = withoutDot(rec.target.toLower());
            if (host.isEmpty() || host == QLatin1String(".")) {
                m_check.nullMx = true;
                continue;
            }
            if (std::any_of(m_check.mx.cbegin(), m_check.mx.cend(),
                            [&](const DomainMxHost &m) { return m.host == host; }))
                continue;
            DomainMxHost mx;
            mx.host = host;
            mx.preference = rec.preference;
            m_check.mx.append(mx);
        }
        if (m_check.nullMx)
            m_check.mx.clear();
        std::sort(m_check.mx.begin(), m_check.mx.end(), [](const DomainMxHost &a, const DomainMxHost &b) {
            return a.preference != b.preference ? a.preference < b.preference : a.host < b.host;
        });
        QList<quint16> ports{25};
        for (quint16 p : m_options.extraTlsaPorts) {
            if (!ports.contains(p))
                ports << p;
        }
        // Step 2 for each host: its addresses (whose DNSSEC state decides
        // whether DANE applies) and its TLSA records.
        for (qsizetype i = 0; i < m_check.mx.size(); ++i) {
            const QString host = m_check.mx.at(i).host;
            for (quint16 port : ports) {
                DaneCheck dane;
                dane.host = host;
                dane.port = port;
                dane.tlsaName = tlsaOwnerName(host, port);
                m_check.mx[i].dane.append(dane);
            }
            m_addresses.append(Addresses{});
            ask(host, dns::RecordType::A, [this, i](const dns::LookupResult &a) { addressAnswered(i, a, true); });
            ask(host, dns::RecordType::Aaaa, [this, i](const dns::LookupResult &a) { addressAnswered(i, a, false); });
            for (qsizetype p = 0; p < ports.size(); ++p) {
                ask(tlsaOwnerName(host, ports.at(p)), dns::RecordType::Tlsa,
                    [this, i, p](const dns::LookupResult &t) { tlsaAnswered(&m_check.mx[i].dane[p], t); });
            }
        }
    }

    static void tlsaAnswered(DaneCheck *d, const dns::LookupResult &t)
    {
        d->tlsaStatus = t.status;
        d->tlsaDnssec = t.dnssec;
        d->tlsaWhyBogus = t.whyBogus;
        d->records = tlsaRecordsOf(t.records);
        d->tlsaTtl.reset();
        for (const dns::Record &rec : t.records) {
            if (rec.type == dns::RecordType::Tlsa)
                d->tlsaTtl = std::min(rec.ttl, d->tlsaTtl.value_or(rec.ttl));
        }
    }

    struct Addresses
    {
        dns::LookupResult v4;
        dns::LookupResult v6;
        bool v4Done = false;
        bool v6Done = false;
    };

    // Keeps one of a host's two address answers; true when both are in.
    static bool bothAnswered(Addresses *a, const dns::LookupResult &r, bool v4)
    {
        (v4 ? a->v4 : a->v6) = r;
        (v4 ? a->v4Done : a->v6Done) = true;
        return a->v4Done && a->v6Done;
    }

    // The address RRset that decides DANE: the A records, or the AAAA when
    // there is no A; a bogus one of either counts (a sender asks both).
    static void setAddressState(DaneCheck *d, const Addresses &a)
    {
        const dns::LookupResult *decides = &a.v4;
        if (a.v6.dnssec == dns::DnssecState::Bogus)
            decides = &a.v6;
        else if (a.v4.dnssec != dns::DnssecState::Bogus && a.v4.status != dns::LookupStatus::Ok &&
                 a.v6.status == dns::LookupStatus::Ok)
            decides = &a.v6;
        d->addressStatus = decides->status;
        d->addressDnssec = decides->dnssec;
        d->addressWhyBogus = decides->whyBogus;
    }

    void addressAnswered(qsizetype i, const dns::LookupResult &r, bool v4)
    {
        Addresses &a = m_addresses[i];
        if (!bothAnswered(&a, r, v4))
            return;
        DomainMxHost &mx = m_check.mx[i];
        for (const dns::LookupResult *l : {&a.v4, &a.v6}) {
            for (const dns::Record &rec : l->records)
                mx.addresses << rec.address.toString();
        }
        for (DaneCheck &d : mx.dane)
            setAddressState(&d, a);
    }

    void submissionAddressAnswered(qsizetype i, const dns::LookupResult &r, bool v4)
    {
        Addresses &a = m_submissionAddresses[i];
        if (bothAnswered(&a, r, v4))
            setAddressState(&m_check.submission[i], a);
    }

    void finish()
    {
        if (!m_check.dnssecProblem.isEmpty())
            forgetDnssec();
        m_promise.addResult(m_check);
        m_promise.finish();
        deleteLater();
    }

    // Step 4 failed: what the answers said of DNSSEC is not believed.
    void forgetDnssec()
    {
        for (DomainLookup *l : {&m_check.mxLookup, &m_check.mtaStsTxt, &m_check.tlsRptTxt}) {
            l->dnssec = dns::DnssecState::NotValidated;
            l->whyBogus.clear();
        }
        QList<DaneCheck *> all;
        for (DomainMxHost &mx : m_check.mx) {
            for (DaneCheck &d : mx.dane)
                all << &d;
        }
        for (DaneCheck &d : m_check.submission)
            all << &d;
        for (DaneCheck *d : all) {
            d->addressDnssec = dns::DnssecState::NotValidated;
            d->addressWhyBogus.clear();
            d->tlsaDnssec = dns::DnssecState::NotValidated;
            d->tlsaWhyBogus.clear();
            // A lookup the validator failed still carries its records.
            if (d->tlsaStatus == dns::LookupStatus::ServFail && !d->records.isEmpty())
                d->tlsaStatus = dns::LookupStatus::Ok;
        }
    }

    dns::Resolver *m_resolver;
    DomainCheckOptions m_options;
    DomainCheck m_check;
    QList<Addresses> m_addresses;
    QList<Addresses> m_submissionAddresses;
    QPromise<DomainCheck> m_promise;
    int m_pending = 0;
};

} // namespace

QFuture<DomainCheck> lookUpDomain(dns::Resolver *resolver, const QString &domain, const DomainCheckOptions &options)
{
    auto *run = new DomainRun(resolver, domain, options);
    return run->start();
}

QJsonObject domainLookupToJson(const DomainLookup &l)
{
    QJsonObject o{{QLatin1StringView("name"), l.name},
                  {QLatin1StringView("type"), dns::recordTypeName(l.type)},
                  {QLatin1StringView("status"), dns::lookupStatusKey(l.status)},
                  {QLatin1StringView("dnssec"), dns::dnssecStateKey(l.dnssec)}};
    if (!l.whyBogus.isEmpty())
        o.insert(QLatin1StringView("why_bogus"), l.whyBogus);
    if (!l.detail.isEmpty())
        o.insert(QLatin1StringView("detail"), l.detail);
    if (l.type == dns::RecordType::Txt)
        o.insert(QLatin1StringView("texts"), QJsonArray::fromStringList(l.texts));
    return o;
}

DomainLookup domainLookupFromJson(const QJsonObject &o)
{
    DomainLookup l;
    l.name = o.value(QLatin1StringView("name")).toString();
    l.type = recordTypeFromName(o.value(QLatin1StringView("type")).toString());
    l.status = lookupStatusFromKey(o.value(QLatin1StringView("status")).toString());
    l.dnssec = dnssecStateFromKey(o.value(QLatin1StringView("dnssec")).toString());
    l.whyBogus = o.value(QLatin1StringView("why_bogus")).toString();
    l.detail = o.value(QLatin1StringView("detail")).toString();
    for (const QJsonValue &v : o.value(QLatin1StringView("texts")).toArray())
        l.texts << v.toString();
    return l;
}

} // namespace mailtls
