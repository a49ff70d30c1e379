#include "probes/dns/resolver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QPromise>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>
#include <memory>

namespace mailtls::dns {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Resolver)
};

constexpr qsizetype kMaxUdpResponse = 65535;

QString seconds(qint64 ms) { return QString::number(double(ms) / 1000.0, 'f', 1); }

} // namespace

// One lookup, from the first query to the final answer.
//   1. Try t goes to server t mod n over UDP, with a fresh socket (a fresh
//      source port) and a fresh random ID, and waits its share of the deadline.
//   2. Datagrams from elsewhere, malformed ones and ones that do not answer our
//      question are ignored (noted for the detail): a spoofer must guess both.
//   3. A truncated answer is asked again over TCP, to the same server, within
//      the remaining deadline.
//   4. NOERROR and NXDOMAIN are final; FORMERR to an EDNS query is retried
//      without EDNS; SERVFAIL, REFUSED and the rest move on to the next try.
//   5. A CNAME is followed within the answer, then by a new query for its
//      target, at most maxCnameHops times.
class Lookup : public QObject
{
public:
    Lookup(Resolver *resolver, const QString &name, RecordType type)
        : QObject(resolver), m_resolver(resolver), m_options(resolver->options())
    {
        m_result.name = name;
        m_result.type = type;
        m_current = name;
        m_edns = m_options.edns;
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { tryTimedOut(); });
        m_promise.start();
    }

    QFuture<LookupResult> future() { return m_promise.future(); }

    void start()
    {
        if (m_options.servers.isEmpty()) {
            m_result.status = LookupStatus::NetworkError;
            m_result.detail = Tr::tr("no nameserver (none given, none in /etc/resolv.conf)");
            finish();
            return;
        }
        m_deadline = QDeadlineTimer(m_options.timeoutMs);
        startQuery();
    }

private:
    int totalTries() const { return static_cast<int>(m_options.servers.size()) * std::max(1, m_options.attempts); }

    // A query for m_current: tries restart, the deadline does not.
    void startQuery()
    {
        m_try = -1;
        nextTry();
    }

    void note(const QString &what) { m_notes.append(QStringLiteral("%1: %2").arg(m_server.toString(), what)); }

    void nextTry()
    {
        closeSockets();
        ++m_try;
        if (m_try >= totalTries() || m_deadline.hasExpired()) {
            finishFailed();
            return;
        }
        m_server = m_options.servers.at(m_try % m_options.servers.size());
        m_id = static_cast<quint16>(QRandomGenerator::system()->generate() & 0xffff);
        QString error;
        const auto query = encodeQuery(m_id, m_current, m_result.type, m_edns, &error);
        if (!query) {
            m_result.status = LookupStatus::BadResponse;
            m_result.detail = error;
            finish();
            return;
        }
        m_query = *query;
        m_udp = std::make_unique<QUdpSocket>();
        const bool v6 = m_server.address.protocol() == QAbstractSocket::IPv6Protocol;
        if (!m_udp->bind(v6 ? QHostAddress(QHostAddress::AnyIPv6) : QHostAddress(QHostAddress::AnyIPv4), 0) ||
            m_udp->writeDatagram(m_query, m_server.address, m_server.port) != m_query.size()) {
            note(Tr::tr("cannot send: %1").arg(m_udp->errorString()));
            m_lastStatus = LookupStatus::NetworkError;
            deferNextTry();
            return;
        }
        ++m_result.queriesSent;
        connect(m_udp.get(), &QUdpSocket::readyRead, this, [this] { readUdp(); });
        const int triesLeft = totalTries() - m_try;
        const qint64 share = std::max<qint64>(1, m_deadline.remainingTime() / triesLeft);
        m_tryElapsed.start();
        m_timer.start(std::chrono::milliseconds(share));
    }

    void tryTimedOut()
    {
        if (m_tcp) {
            note(Tr::tr("no answer over TCP before the deadline"));
        } else {
            note(Tr::tr("no answer within %1 s").arg(seconds(m_tryElapsed.elapsed())));
        }
        nextTry();
    }

    void readUdp()
    {
        while (m_udp && m_udp->hasPendingDatagrams()) {
            const QNetworkDatagram d = m_udp->receiveDatagram(kMaxUdpResponse);
            if (!d.senderAddress().isEqual(m_server.address, QHostAddress::TolerantConversion) ||
                d.senderPort() != m_server.port)
                continue; // from elsewhere: not an answer, whatever it says
            if (handleResponse(d.data(), false))
                return;
        }
    }

    // True when the response settled this try (the socket may be gone).
    bool handleResponse(const QByteArray &wire, bool overTcp)
    {
        QString error;
        const auto message = parseMessage(wire, &error);
        if (!message) {
            ++m_ignored;
            m_ignoredWhy = error;
            return false;
        }
        if (const QString mismatch = responseMismatch(*message, m_id, m_current, m_result.type); !mismatch.isEmpty()) {
            ++m_ignored;
            m_ignoredWhy = mismatch;
            return false;
        }
        if (message->truncated) {
            if (overTcp) {
                note(Tr::tr("a truncated answer over TCP"));
                m_lastStatus = LookupStatus::BadResponse;
                nextTry();
            } else {
                startTcp();
            }
            return true;
        }
        switch (message->rcode) {
        case Rcode::NoError:
        case Rcode::NxDomain: answered(*message, overTcp); return true;
        case Rcode::FormErr:
            if (m_edns) {
                // A server that does not know EDNS answers FORMERR (RFC 6891 7): ask it plainly.
                m_edns = false;
                --m_try;
                note(Tr::tr("FORMERR to EDNS; asking without it"));
                nextTry();
                return true;
            }
            [[fallthrough]];
        default:
            note(rcodeName(message->rcode));
            m_lastStatus = message->rcode == Rcode::ServFail ? LookupStatus::ServFail : LookupStatus::Refused;
            nextTry();
            return true;
        }
    }

    void startTcp()
    {
        closeSockets();
        QByteArray frame;
        frame.append(static_cast<char>(m_query.size() >> 8));
        frame.append(static_cast<char>(m_query.size() & 0xff));
        frame.append(m_query);
        m_tcpBuffer.clear();
        m_tcp = std::make_unique<QTcpSocket>();
        connect(m_tcp.get(), &QTcpSocket::connected, this, [this, frame] {
            ++m_result.queriesSent;
            m_tcp->write(frame);
        });
        connect(m_tcp.get(), &QTcpSocket::readyRead, this, [this] { readTcp(); });
        connect(m_tcp.get(), &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            m_timer.stop();
            m_tcp->disconnect(this);
            note(Tr::tr("TCP: %1").arg(m_tcp->errorString()));
            m_lastStatus = LookupStatus::NetworkError;
            deferNextTry(); // the socket is still inside its own signal here
        });
        m_tcp->connectToHost(m_server.address, m_server.port);
        m_tryElapsed.start();
        m_timer.start(std::chrono::milliseconds(std::max<qint64>(1, m_deadline.remainingTime())));
    }

    void readTcp()
    {
        // The length first, then exactly the message: a server that sends
        // more (or sends forever) is not read beyond the one answer.
        std::optional<QByteArray> message;
        while (!message && m_tcp->bytesAvailable() > 0) {
            m_tcpBuffer.append(m_tcp->read(tcpBytesWanted(m_tcpBuffer)));
            message = takeTcpMessage(&m_tcpBuffer);
        }
        if (!message)
            return;
        const QByteArray wire = *message;
        m_tcp->disconnect(this);
        if (!handleResponse(wire, true)) {
            // Over TCP only our server answers: a bad answer ends this try.
            note(Tr::tr("a bad answer over TCP: %1").arg(m_ignoredWhy));
            m_lastStatus = LookupStatus::BadResponse;
            --m_ignored;
            nextTry();
        }
    }

    // An answer (NOERROR or NXDOMAIN) for m_current: follow CNAMEs, then decide.
    void answered(const Message &m, bool overTcp)
    {
        m_result.server = m_server.toString();
        m_result.overTcp = overTcp;
        const QString asked = m_current;
        for (;;) {
            QList<Record> records;
            const Record *cname = nullptr;
            for (const Record &r : m.answers) {
                if (r.klass != kClassIn || !sameName(r.name, m_current))
                    continue;
                if (r.type == m_result.type)
                    records.append(r);
                else if (r.type == RecordType::Cname && !cname)
                    cname = &r;
            }
            if (!records.isEmpty()) {
                m_result.records = records;
                m_result.status = LookupStatus::Ok;
                finish();
                return;
            }
            if (!cname)
                break;
            if (!followCname(cname->target))
                return;
        }
        if (m.rcode == Rcode::NxDomain) {
            m_result.status = LookupStatus::NxDomain;
            finish();
            return;
        }
        if (!sameName(asked, m_current)) {
            // The server gave the alias but not its target's records: ask for the target.
            startQuery();
            return;
        }
        m_result.status = LookupStatus::NoData;
        finish();
    }

    bool followCname(const QString &target)
    {
        const bool loop = sameName(target, m_result.name) ||
                          std::any_of(m_result.aliases.cbegin(), m_result.aliases.cend(),
                                      [&](const QString &a) { return sameName(a, target); });
        if (loop || m_result.aliases.size() >= m_options.maxCnameHops) {
            m_result.status = LookupStatus::BadResponse;
            m_result.detail = loop ? Tr::tr("a CNAME loop: %1").arg((QStringList{m_result.name} + m_result.aliases + QStringList{target}).join(QStringLiteral(" -> ")))
                                   : Tr::tr("more than %n CNAME(s) in a row", nullptr, m_options.maxCnameHops);
            finish();
            return false;
        }
        m_result.aliases.append(target);
        m_current = target;
        return true;
    }

    void finishFailed()
    {
        m_result.status = m_lastStatus;
        QStringList notes = m_notes;
        if (m_ignored > 0) {
            notes.append(Tr::tr("%n answer(s) ignored", nullptr, m_ignored) + QStringLiteral(" (") + m_ignoredWhy +
                         QLatin1Char(')'));
            if (m_lastStatus == LookupStatus::Timeout)
                m_result.status = LookupStatus::BadResponse;
        }
        if (m_deadline.hasExpired() && m_try < totalTries())
            notes.append(Tr::tr("the deadline of %1 s passed").arg(seconds(m_options.timeoutMs)));
        m_result.detail = notes.join(QStringLiteral("; "));
        finish();
    }

    // The next try, from the event loop; dropped when something else moved on first.
    void deferNextTry()
    {
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation && !m_finished)
                nextTry();
        });
    }

    void closeSockets()
    {
        ++m_generation;
        m_timer.stop();
        if (m_udp) {
            m_udp->disconnect(this);
            m_udp.release()->deleteLater();
        }
        if (m_tcp) {
            m_tcp->disconnect(this);
            m_tcp->abort();
            m_tcp.release()->deleteLater();
        }
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        closeSockets();
        if (m_result.status != LookupStatus::Ok && m_result.status != LookupStatus::NoData &&
            m_result.status != LookupStatus::NxDomain && m_result.detail.isEmpty())
            m_result.detail = m_notes.join(QStringLiteral("; "));
        m_promise.addResult(m_result);
        m_promise.finish();
        m_resolver->lookupFinished();
        deleteLater();
    }

    Resolver *m_resolver;
    ResolverOptions m_options;
    QPromise<LookupResult> m_promise;
    LookupResult m_result;
    QString m_current; // the name the current query asks for (the last alias)
    bool m_edns = true;
    QDeadlineTimer m_deadline;
    QElapsedTimer m_tryElapsed;
    QTimer m_timer;
    int m_try = -1;
    Nameserver m_server;
    quint16 m_id = 0;
    QByteArray m_query;
    std::unique_ptr<QUdpSocket> m_udp;
    std::unique_ptr<QTcpSocket> m_tcp;
    QByteArray m_tcpBuffer;
    LookupStatus m_lastStatus = LookupStatus::Timeout;
    QStringList m_notes;
    int m_ignored = 0;
    QString m_ignoredWhy;
    int m_generation = 0; // counts socket changes, for deferred calls
    bool m_finished = false;
};

Resolver::Resolver(ResolverOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    if (m_options.servers.isEmpty())
        m_options.servers = systemNameservers();
}

Resolver::~Resolver() = default;

QFuture<LookupResult> Resolver::lookup(const QString &name, RecordType type)
{
    auto *lookup = new Lookup(this, name, type);
    QFuture<LookupResult> future = lookup->future();
    m_queue.append(lookup);
    startQueued();
    return future;
}

void Resolver::lookupFinished()
{
    --m_inFlight;
    // Not from inside the finished lookup's own call stack.
    QMetaObject::invokeMethod(this, &Resolver::startQueued, Qt::QueuedConnection);
}

void Resolver::startQueued()
{
    while (!m_queue.isEmpty() && m_inFlight < std::max(1, m_options.maxInFlight)) {
        Lookup *next = m_queue.takeFirst();
        ++m_inFlight;
        next->start();
    }
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
