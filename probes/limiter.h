#pragma once

// Caps TCP connections: at most `total` open at once, and at most `perHost`
// to any one host (mail servers rate-limit scanners). Every probe connection
// holds a slot from connect to close. A host that drops connections while
// several are open to it (a firewall's connlimit, xinetd's per_source, a load
// balancer's cap) gets a lower cap of its own, down to one at a time, for the
// rest of the run: what it allows is then what it gets. Thread-safe; waiting
// honours a cancellation flag and a deadline.

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QWaitCondition>

#include <QElapsedTimer>
#include <QList>

#include <array>
#include <atomic>
#include <memory>

namespace mailtls {

// What the connections opened on this thread ask, for the limiter's trace:
// set for the lifetime of the object, restored after it (nested labels).
class ConnectionLabel
{
public:
    explicit ConnectionLabel(QByteArray label);
    ~ConnectionLabel();
    ConnectionLabel(const ConnectionLabel &) = delete;
    ConnectionLabel &operator=(const ConnectionLabel &) = delete;
    static QByteArray current();

private:
    QByteArray m_previous;
};

// How urgent the connections opened on this thread are while the object
// lives. Critical: the questions that decide a version and the chains of
// TLS 1.2 and 1.3, whose length is the probe's; they may take every slot of
// the host. The others leave a quarter of the slots to them and let more
// urgent ones waiting go first, beyond a quarter of the slots that each
// level may always hold (so that what fills the gaps advances too);
// Background ones hold at most half of the slots. Connections that must be
// alone go before all.
// Nested objects restore the outer priority when they go.
class ConnectionPriority
{
public:
    enum Level
    {
        Background = 0,
        Normal = 1,
        Critical = 2
    };
    explicit ConnectionPriority(Level level);
    ~ConnectionPriority();
    static Level current();
    ConnectionPriority(const ConnectionPriority &) = delete;
    ConnectionPriority &operator=(const ConnectionPriority &) = delete;

private:
    Level m_previous;
};

// The checks that fill the gaps: ConnectionPriority::Background.
class BackgroundConnections : public ConnectionPriority
{
public:
    BackgroundConnections() : ConnectionPriority(Background) {}
};

class ConnectionLimiter
{
public:
    ConnectionLimiter(int total, int perHost);
    // With the environment variable MAILTLS_CONNECTION_TRACE naming a file,
    // every slot (asked, granted, released, alone, label) is written there,
    // one line each, when the limiter goes: what the benchmarks read to see
    // how busy the per-host slots were.
    ~ConnectionLimiter();

    // Blocks until a slot for host is free. False when cancelled or the deadline passed.
    // A connection waits while one more urgent waits for the host (ConnectionPriority).
    // alone: until no other connection to the host is open, and none opens
    // while this one is (to tell whether a server drops connections because
    // of how many there are, or because of what was asked).
    // *slotId, when given, names the slot for release() (its trace line);
    // *slotLevel, the ConnectionPriority level it was taken at.
    bool acquire(const QString &host, QDeadlineTimer deadline, const std::atomic_bool *cancel,
                 bool alone = false, int *slotId = nullptr, int *slotLevel = nullptr);
    // level: what acquire() set *slotLevel to (-1: not asked).
    void release(const QString &host, bool alone = false, int slotId = -1, int level = -1);

    int total() const { return m_total; }
    int perHost() const { return m_perHost; }
    // The cap for this host now: perHost, or lower once the host has dropped connections.
    int capFor(const QString &host) const;
    // Connections open to the host now (the caller's included, while it holds its slot).
    int openTo(const QString &host) const;
    // The host dropped a connection while `open` were open to it: its cap
    // becomes at most open - 1 (at least 1). Returns the cap after.
    int lowerCap(const QString &host, int open);
    // The cap the host was lowered to; 0 when it never dropped a connection under load.
    int loweredCap(const QString &host) const;
    // The most connections ever open at once, in all and to one host (for tests and benchmarks).
    int peakTotal() const;
    int peakPerHost() const;

private:
    const int m_total;
    const int m_perHost;
    mutable QMutex m_mutex;
    // Who waits for a host's slot, by class (the three priority levels, then
    // those that must be alone). Everyone of a class waits for the same
    // thing, so a change wakes one of each class of the host it concerns,
    // not every thread waiting for any host.
    struct HostWaiters
    {
        std::array<QWaitCondition, 4> byClass;
    };
    QHash<QString, std::shared_ptr<HostWaiters>> m_waiters; // hosts with connections waiting
    // One waiter of each class of the host (under m_mutex).
    void wakeHost(const QString &host);
    int m_open = 0;
    QHash<QString, int> m_openPerHost;
    QHash<QString, int> m_capPerHost;  // hosts whose cap was lowered
    QHash<QString, int> m_aloneWanted; // connections waiting to be a host's only one
    QHash<QString, std::array<int, 3>> m_openByPriority; // per host and ConnectionPriority level
    // Connections waiting per host and ConnectionPriority level.
    QHash<QString, std::array<int, 3>> m_waitingByPriority;
    QSet<QString> m_aloneHeld; // hosts with a connection that must stay alone
    int m_peakTotal = 0;
    int m_peakPerHost = 0;
    struct TraceEntry
    {
        QString host;
        qint64 asked = 0;
        qint64 granted = 0;
        qint64 released = -1;
        bool alone = false;
        QByteArray label;
    };
    QString m_tracePath; // empty: no trace kept
    QElapsedTimer m_traceClock;
    QList<TraceEntry> m_trace;
};

// Holds one slot for the lifetime of a connection.
class ConnectionSlot
{
public:
    ConnectionSlot() = default;
    ConnectionSlot(ConnectionLimiter *limiter, QString host, bool alone = false, int slotId = -1,
                   int level = -1)
        : m_limiter(limiter), m_host(std::move(host)), m_alone(alone), m_slotId(slotId),
          m_level(level)
    {
    }
    ~ConnectionSlot() { reset(); }
    ConnectionSlot(const ConnectionSlot &) = delete;
    ConnectionSlot &operator=(const ConnectionSlot &) = delete;
    void reset()
    {
        if (m_limiter)
            m_limiter->release(m_host, m_alone, m_slotId, m_level);
        m_limiter = nullptr;
    }

private:
    ConnectionLimiter *m_limiter = nullptr;
    QString m_host;
    bool m_alone = false;
    int m_slotId = -1;
    int m_level = -1;
};

} // namespace mailtls
