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
#include <QSet>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <atomic>

namespace mailtls {

class ConnectionLimiter
{
public:
    ConnectionLimiter(int total, int perHost);

    // Blocks until a slot for host is free. False when cancelled or the deadline passed.
    // alone: until no other connection to the host is open, and none opens
    // while this one is (to tell whether a server drops connections because
    // of how many there are, or because of what was asked).
    bool acquire(const QString &host, QDeadlineTimer deadline, const std::atomic_bool *cancel,
                 bool alone = false);
    void release(const QString &host, bool alone = false);

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
    QWaitCondition m_freed;
    int m_open = 0;
    QHash<QString, int> m_openPerHost;
    QHash<QString, int> m_capPerHost; // hosts whose cap was lowered
    QHash<QString, int> m_aloneWanted; // connections waiting to be a host's only one
    QSet<QString> m_aloneHeld;         // hosts with a connection that must stay alone
    int m_peakTotal = 0;
    int m_peakPerHost = 0;
};

// Holds one slot for the lifetime of a connection.
class ConnectionSlot
{
public:
    ConnectionSlot() = default;
    ConnectionSlot(ConnectionLimiter *limiter, QString host, bool alone = false)
        : m_limiter(limiter), m_host(std::move(host)), m_alone(alone)
    {
    }
    ~ConnectionSlot() { reset(); }
    ConnectionSlot(const ConnectionSlot &) = delete;
    ConnectionSlot &operator=(const ConnectionSlot &) = delete;
    void reset()
    {
        if (m_limiter)
            m_limiter->release(m_host, m_alone);
        m_limiter = nullptr;
    }

private:
    ConnectionLimiter *m_limiter = nullptr;
    QString m_host;
    bool m_alone = false;
};

} // namespace mailtls
