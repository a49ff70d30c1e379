#include "probes/limiter.h"

#include <algorithm>

namespace mailtls {

ConnectionLimiter::ConnectionLimiter(int total, int perHost)
    : m_total(std::max(1, total)), m_perHost(std::max(1, perHost))
{
}

bool ConnectionLimiter::acquire(const QString &host, QDeadlineTimer deadline,
                                const std::atomic_bool *cancel, bool alone)
{
    QMutexLocker lock(&m_mutex);
    if (alone)
        ++m_aloneWanted[host];
    const auto busy = [&] {
        if (m_open >= m_total || m_aloneHeld.contains(host))
            return true;
        const int open = m_openPerHost.value(host);
        if (alone)
            return open > 0;
        // Waiting connections that must be alone go first.
        return open >= m_capPerHost.value(host, m_perHost) || m_aloneWanted.value(host) > 0;
    };
    while (busy()) {
        if ((cancel && cancel->load()) || deadline.hasExpired()) {
            if (alone && --m_aloneWanted[host] <= 0)
                m_aloneWanted.remove(host);
            m_freed.wakeAll();
            return false;
        }
        // Short waits: cancellation is a flag, not a wake-up.
        m_freed.wait(&m_mutex, QDeadlineTimer(std::min<qint64>(100, std::max<qint64>(1, deadline.remainingTime() < 0 ? 100 : deadline.remainingTime()))));
    }
    if (alone) {
        if (--m_aloneWanted[host] <= 0)
            m_aloneWanted.remove(host);
        m_aloneHeld.insert(host);
    }
    ++m_open;
    const int perHost = ++m_openPerHost[host];
    m_peakTotal = std::max(m_peakTotal, m_open);
    m_peakPerHost = std::max(m_peakPerHost, perHost);
    return true;
}

void ConnectionLimiter::release(const QString &host, bool alone)
{
    {
        QMutexLocker lock(&m_mutex);
        if (alone)
            m_aloneHeld.remove(host);
        --m_open;
        if (--m_openPerHost[host] <= 0)
            m_openPerHost.remove(host);
    }
    m_freed.wakeAll();
}

int ConnectionLimiter::capFor(const QString &host) const
{
    QMutexLocker lock(&m_mutex);
    return m_capPerHost.value(host, m_perHost);
}

int ConnectionLimiter::openTo(const QString &host) const
{
    QMutexLocker lock(&m_mutex);
    return m_openPerHost.value(host);
}

int ConnectionLimiter::lowerCap(const QString &host, int open)
{
    QMutexLocker lock(&m_mutex);
    const int cap = std::max(1, std::min(m_capPerHost.value(host, m_perHost), open - 1));
    m_capPerHost.insert(host, cap);
    return cap;
}

int ConnectionLimiter::loweredCap(const QString &host) const
{
    QMutexLocker lock(&m_mutex);
    return m_capPerHost.value(host, 0);
}

int ConnectionLimiter::peakTotal() const
{
    QMutexLocker lock(&m_mutex);
    return m_peakTotal;
}

int ConnectionLimiter::peakPerHost() const
{
    QMutexLocker lock(&m_mutex);
    return m_peakPerHost;
}

} // namespace mailtls
