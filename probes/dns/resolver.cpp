#include "probes/dns/resolver.h"

#include <QCoreApplication>
#include <QFile>
#include <QPromise>
#include <QSocketNotifier>
#include <QTimer>

#include <unbound.h>

#include <algorithm>

namespace mailtls::dns {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Resolver)
};

const QString kSystemTrustAnchor = QStringLiteral("/usr/share/dns/root.key");
constexpr qint64 kMaxAnchorFile = 1024 * 1024;

QString seconds(qint64 ms) { return QString::number(double(ms) / 1000.0, 'f', 1); }

QString unboundError(int code) { return QString::fromUtf8(ub_strerror(code)); }

// "127.0.0.60@5353", "::1@53": a forwarder as libunbound takes it.
QByteArray forwarderSpec(const Nameserver &ns)
{
    return ns.address.toString().toLatin1() + '@' + QByteArray::number(ns.port);
}

// Records of the asked type owned by the end of the CNAME chain that starts
// at name, and that chain, read from the answer section.
struct Chain
{
    QList<Record> records;
    QStringList aliases;
    bool loop = false;
};

Chain followAnswer(const Message &m, const QString &name, RecordType type)
{
    Chain chain;
    QString current = name;
    for (;;) {
        const Record *cname = nullptr;
        for (const Record &r : m.answers) {
            if (r.klass != kClassIn || !sameName(r.name, current))
                continue;
            if (r.type == type)
                chain.records.append(r);
            else if (r.type == RecordType::Cname && !cname)
                cname = &r;
        }
        if (!chain.records.isEmpty() || !cname || type == RecordType::Cname)
            return chain;
        const QString target = cname->target;
        const bool seen = sameName(target, name) ||
                          std::any_of(chain.aliases.cbegin(), chain.aliases.cend(),
                                      [&](const QString &a) { return sameName(a, target); });
        if (seen) {
            chain.loop = true;
            chain.aliases.append(target);
            return chain;
        }
        chain.aliases.append(target);
        current = target;
    }
}

} // namespace

// One lookup, from ub_resolve_async to its future's result.
//   1. The name is checked (a name we could not put in a query fails at once).
//   2. libunbound resolves it in its thread; the deadline timer runs here.
//   3. Its answer (ub_result) comes through Resolver::processAnswers: the
//      answer packet is parsed for the records and the CNAME chain, the rcode
//      gives the status, secure/bogus the DNSSEC state.
//   4. When the deadline passes first, the query is cancelled: Timeout.
class Lookup : public QObject
{
public:
    Lookup(Resolver *resolver, const QString &name, RecordType type) : QObject(resolver), m_resolver(resolver)
    {
        m_result.name = name;
        m_result.type = type;
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer); // the deadline, not earlier
        connect(&m_timer, &QTimer::timeout, this, [this] { timedOut(); });
        m_promise.start();
    }

    QFuture<LookupResult> future() { return m_promise.future(); }

    void start()
    {
        if (!m_resolver->m_setupError.isEmpty()) {
            fail(LookupStatus::NetworkError, m_resolver->m_setupError);
            return;
        }
        QString error;
        if (!checkQueryName(m_result.name, &error)) {
            fail(LookupStatus::BadResponse, error);
            return;
        }
        const QByteArray name = m_result.name.toLatin1();
        const int rc = ub_resolve_async(m_resolver->m_ctx, name.constData(), static_cast<int>(m_result.type),
                                        kClassIn, this, &Lookup::answered, &m_asyncId);
        if (rc != 0) {
            fail(LookupStatus::NetworkError, Tr::tr("libunbound: %1").arg(unboundError(rc)));
            return;
        }
        m_timer.start(std::max(1, m_resolver->m_options.timeoutMs));
    }

    // Called from ub_process (on the resolver's thread) with libunbound's answer.
    static void answered(void *arg, int err, ub_result *result)
    {
        auto *lookup = static_cast<Lookup *>(arg);
        if (err != 0)
            lookup->fail(LookupStatus::NetworkError, Tr::tr("libunbound: %1").arg(unboundError(err)));
        else
            lookup->take(*result);
        ub_resolve_free(result);
    }

private:
    void take(const ub_result &r)
    {
        // 1. DNSSEC: secure and bogus as libunbound says. Neither means insecure
        //    only when the name lies under a trust anchor (a proven unsigned
        //    delegation); outside every anchor nothing was validated.
        if (r.bogus) {
            m_result.dnssec = DnssecState::Bogus;
            m_result.whyBogus = r.why_bogus ? QString::fromUtf8(r.why_bogus) : Tr::tr("no reason given");
        } else if (r.secure) {
            m_result.dnssec = DnssecState::Secure;
        } else if (isUnderAnyOf(m_result.name, m_resolver->m_anchorNames)) {
            m_result.dnssec = DnssecState::Insecure;
        }

        // 2. The status from the rcode.
        const auto rcode = static_cast<Rcode>(r.rcode);
        switch (rcode) {
        case Rcode::NoError: break;
        case Rcode::NxDomain: m_result.status = LookupStatus::NxDomain; break;
        case Rcode::ServFail:
            // libunbound says SERVFAIL both when a nameserver did and when none answered usefully.
            fail(LookupStatus::ServFail,
                 Tr::tr("SERVFAIL: from %1, or none of them gave a usable answer").arg(serverList()));
            return;
        default:
            fail(LookupStatus::Refused, Tr::tr("%1 from %2").arg(rcodeName(rcode), serverList()));
            return;
        }

        // 3. The records and the CNAME chain, from the answer packet.
        if (!r.answer_packet || r.answer_len <= 0) {
            fail(LookupStatus::BadResponse, Tr::tr("libunbound gave no answer packet"));
            return;
        }
        QString error;
        const auto message =
            parseMessage(QByteArrayView(static_cast<const char *>(r.answer_packet), r.answer_len), &error);
        if (!message) {
            fail(LookupStatus::BadResponse, Tr::tr("an answer we cannot read: %1").arg(error));
            return;
        }
        const Chain chain = followAnswer(*message, m_result.name, m_result.type);
        m_result.aliases = chain.aliases;
        if (chain.loop) {
            fail(LookupStatus::BadResponse,
                 Tr::tr("a CNAME loop: %1")
                     .arg((QStringList{m_result.name} + chain.aliases).join(QStringLiteral(" -> "))));
            return;
        }
        m_result.records = chain.records;
        if (m_result.status != LookupStatus::NxDomain)
            m_result.status = chain.records.isEmpty() ? LookupStatus::NoData : LookupStatus::Ok;
        finish();
    }

    QString serverList() const
    {
        QStringList names;
        for (const Nameserver &ns : m_resolver->m_options.servers)
            names.append(ns.toString());
        return names.join(QStringLiteral(", "));
    }

    void timedOut()
    {
        ub_cancel(m_resolver->m_ctx, m_asyncId);
        fail(LookupStatus::Timeout, Tr::tr("%1: no answer within %2 s")
                                        .arg(serverList(), seconds(m_resolver->m_options.timeoutMs)));
    }

    // A failed lookup knows no records and nothing of DNSSEC.
    void fail(LookupStatus status, const QString &detail)
    {
        m_result.status = status;
        m_result.detail = detail;
        m_result.records.clear();
        m_result.dnssec = DnssecState::NotValidated;
        m_result.whyBogus.clear();
        finish();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        m_promise.addResult(m_result);
        m_promise.finish();
        deleteLater();
    }

    Resolver *m_resolver;
    QPromise<LookupResult> m_promise;
    LookupResult m_result;
    QTimer m_timer;
    int m_asyncId = 0;
    bool m_finished = false;
};

// The context: forwarders, trust anchor, and the options that keep a lookup
// within its deadline (docs/dns.md lists them and why).
Resolver::Resolver(ResolverOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    if (m_options.servers.isEmpty())
        m_options.servers = systemNameservers();
    m_ctx = ub_ctx_create();
    if (!m_ctx) {
        m_setupError = Tr::tr("libunbound could not create a context");
        return;
    }
    QStringList problems;
    auto set = [&](const char *option, const QByteArray &value) {
        if (const int rc = ub_ctx_set_option(m_ctx, option, value.constData()); rc != 0)
            problems.append(QStringLiteral("%1 %2: %3")
                                .arg(QLatin1StringView(option), QString::fromLatin1(value), unboundError(rc)));
    };
    // Our nameservers may be on loopback (a local resolver, the tests' servers).
    set("do-not-query-localhost:", "no");
    // RFC 6761 lets test. be used for tests: ask the nameservers like any
    // other name, instead of libunbound's built-in NXDOMAIN.
    set("local-zone:", "test. transparent");
    // One try never waits longer than the whole deadline, and a nameserver
    // that missed one is asked again by the next lookup, not skipped for 15 min.
    set("infra-cache-max-rtt:", QByteArray::number(std::max(m_options.timeoutMs, 50)));
    set("infra-keep-probing:", "yes");
    // The validator's reason for a bogus answer, in full (why_bogus).
    set("val-log-level:", "2");
    set("verbosity:", "0");
    if (m_options.servers.isEmpty())
        problems.append(Tr::tr("no nameserver (none given, none in /etc/resolv.conf)"));
    if (!m_options.servers.isEmpty()) {
        // The nameservers given, or those of resolv.conf: libunbound reads it the same way.
        for (const Nameserver &ns : m_options.servers) {
            if (const int rc = ub_ctx_set_fwd(m_ctx, forwarderSpec(ns).constData()); rc != 0)
                problems.append(QStringLiteral("%1: %2").arg(ns.toString(), unboundError(rc)));
        }
    }

    QString anchor = m_options.validate ? m_options.trustAnchorFile : QString();
    if (m_options.validate && anchor.isEmpty() && QFile::exists(kSystemTrustAnchor))
        anchor = kSystemTrustAnchor;
    if (!anchor.isEmpty()) {
        QFile file(anchor);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(Tr::tr("trust anchor %1: %2").arg(anchor, file.errorString()));
        } else {
            m_anchorNames = trustAnchorOwners(file.read(kMaxAnchorFile));
            if (m_anchorNames.isEmpty())
                problems.append(Tr::tr("trust anchor %1: no DS or DNSKEY record").arg(anchor));
            else if (const int rc = ub_ctx_add_ta_file(m_ctx, QFile::encodeName(anchor).constData()); rc != 0)
                problems.append(Tr::tr("trust anchor %1: %2").arg(anchor, unboundError(rc)));
        }
    }
    m_options.trustAnchorFile = anchor;

    // A thread of libunbound's does the work; its answers wake our notifier.
    if (const int rc = ub_ctx_async(m_ctx, 1); rc != 0)
        problems.append(QStringLiteral("async: %1").arg(unboundError(rc)));
    if (!problems.isEmpty()) {
        m_setupError = problems.join(QStringLiteral("; "));
        m_anchorNames.clear();
        return;
    }
    const int fd = ub_fd(m_ctx);
    if (fd < 0) {
        m_setupError = Tr::tr("libunbound gave no descriptor to watch");
        return;
    }
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Resolver::processAnswers);
}

Resolver::~Resolver()
{
    delete m_notifier;
    m_notifier = nullptr;
    // Stops libunbound's thread; queries still running are dropped without a
    // callback, and the lookups (our children) cancel their futures.
    if (m_ctx)
        ub_ctx_delete(m_ctx);
}

QFuture<LookupResult> Resolver::lookup(const QString &name, RecordType type)
{
    auto *lookup = new Lookup(this, name, type);
    QFuture<LookupResult> future = lookup->future();
    lookup->start();
    return future;
}

void Resolver::processAnswers()
{
    if (const int rc = ub_process(m_ctx); rc != 0)
        qWarning("libunbound: %s", ub_strerror(rc));
}

QStringList trustAnchorOwners(const QByteArray &contents)
{
    QStringList owners;
    for (const QByteArray &raw : contents.split('\n')) {
        QByteArray line = raw;
        if (const qsizetype comment = line.indexOf(';'); comment >= 0)
            line.truncate(comment);
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 3 || line.startsWith(' ') || line.startsWith('\t') || line.startsWith('$'))
            continue;
        // OWNER [TTL] [CLASS] TYPE ...: the type is DS or DNSKEY among the next three fields.
        bool anchor = false;
        for (qsizetype i = 1; i < std::min<qsizetype>(fields.size(), 4); ++i) {
            const QByteArray f = fields.at(i).toUpper();
            if (f == "DS" || f == "DNSKEY") {
                anchor = true;
                break;
            }
        }
        if (!anchor)
            continue;
        QString owner = QString::fromLatin1(fields.constFirst());
        if (owner.size() > 1 && owner.endsWith(QLatin1Char('.')))
            owner.chop(1);
        if (!owners.contains(owner, Qt::CaseInsensitive))
            owners.append(owner);
    }
    return owners;
}

bool isUnderAnyOf(QStringView name, const QStringList &owners)
{
    QStringView n = name;
    if (n.size() > 1 && n.endsWith(QLatin1Char('.')))
        n.chop(1);
    for (const QString &owner : owners) {
        if (owner == QLatin1String(".") || sameName(n, owner))
            return true;
        if (n.size() > owner.size() && n.at(n.size() - owner.size() - 1) == QLatin1Char('.') &&
            sameName(n.right(owner.size()), owner))
            return true;
    }
    return false;
}

namespace {

struct StatusInfo
{
    LookupStatus status;
    const char *key;
};

constexpr StatusInfo kStatuses[] = {
    {LookupStatus::Ok, "ok"},
    {LookupStatus::NoData, "no_data"},
    {LookupStatus::NxDomain, "nxdomain"},
    {LookupStatus::ServFail, "servfail"},
    {LookupStatus::Refused, "refused"},
    {LookupStatus::Timeout, "timeout"},
    {LookupStatus::NetworkError, "network_error"},
    {LookupStatus::BadResponse, "bad_response"},
};

} // namespace

QString dnssecStateKey(DnssecState state)
{
    switch (state) {
    case DnssecState::NotValidated: return QStringLiteral("not_validated");
    case DnssecState::Secure: return QStringLiteral("secure");
    case DnssecState::Insecure: return QStringLiteral("insecure");
    case DnssecState::Bogus: return QStringLiteral("bogus");
    }
    return QStringLiteral("not_validated");
}

QString dnssecStateLabel(DnssecState state)
{
    switch (state) {
    case DnssecState::NotValidated: return Tr::tr("not validated");
    case DnssecState::Secure: return Tr::tr("secure (DNSSEC)");
    case DnssecState::Insecure: return Tr::tr("insecure (unsigned)");
    case DnssecState::Bogus: return Tr::tr("bogus (DNSSEC validation failed)");
    }
    return Tr::tr("not validated");
}

QString lookupStatusKey(LookupStatus status)
{
    for (const StatusInfo &s : kStatuses) {
        if (s.status == status)
            return QString::fromLatin1(s.key);
    }
    Q_UNREACHABLE();
}

QString lookupStatusLabel(LookupStatus status)
{
    switch (status) {
    case LookupStatus::Ok: return Tr::tr("found");
    case LookupStatus::NoData: return Tr::tr("no such record");
    case LookupStatus::NxDomain: return Tr::tr("no such name (NXDOMAIN)");
    case LookupStatus::ServFail: return Tr::tr("server failure (SERVFAIL)");
    case LookupStatus::Refused: return Tr::tr("refused by the server");
    case LookupStatus::Timeout: return Tr::tr("timeout");
    case LookupStatus::NetworkError: return Tr::tr("network error");
    case LookupStatus::BadResponse: return Tr::tr("bad response");
    }
    Q_UNREACHABLE();
}

bool isFailure(LookupStatus status)
{
    return status != LookupStatus::Ok && status != LookupStatus::NoData && status != LookupStatus::NxDomain;
}

} // namespace mailtls::dns
