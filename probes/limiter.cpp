#include "probes/limiter.h"

#include <QFile>

#include <algorithm>
#include <utility>

namespace mailtls {

namespace {
thread_local QByteArray t_label;
thread_local ConnectionPriority::Level t_priority = ConnectionPriority::Normal;
} // namespace

ConnectionPriority::ConnectionPriority(Level level) : m_previous(std::exchange(t_priority, level))
{
}

ConnectionPriority::~ConnectionPriority()
{
    t_priority = m_previous;
}

ConnectionPriority::Level ConnectionPriority::current()
{
    return t_priority;
}

ConnectionLabel::ConnectionLabel(QByteArray label)
    : m_previous(std::exchange(t_label, std::move(label)))
{
}

ConnectionLabel::~ConnectionLabel()
{
    t_label = std::move(m_previous);
}

QByteArray ConnectionLabel::current()
{
    return t_label;
}

ConnectionLimiter::ConnectionLimiter(int total, int perHost)
    : m_total(std::max(1, total)), m_perHost(std::max(1, perHost)),
      m_tracePath(qEnvironmentVariable("MAILTLS_CONNECTION_TRACE"))
{
    m_traceClock.start();
}

ConnectionLimiter::~ConnectionLimiter()
{
    if (m_tracePath.isEmpty())
        return;
    QFile out(m_tracePath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return;
    // host, asked, granted, released (ms since the limiter was made), alone, label
    for (const TraceEntry &e : std::as_const(m_trace)) {
        out.write(e.host.toUtf8() + '\t' + QByteArray::number(e.asked) + '\t' +
                  QByteArray::number(e.granted) + '\t' + QByteArray::number(e.released) + '\t' +
                  (e.alone ? "alone" : "-") + '\t' + e.label + '\n');
    }
}

bool ConnectionLimiter::acquire(const QString &host, QDeadlineTimer deadline,
                                const std::atomic_bool *cancel, bool alone, int *slotId,
                                int *slotLevel)
{
    QMutexLocker lock(&m_mutex);
    const qint64 asked = m_tracePath.isEmpty() ? 0 : m_traceClock.elapsed();
    if (alone)
        ++m_aloneWanted[host];
    const int priority = alone ? ConnectionPriority::Critical : t_priority;
    ++m_waitingByPriority[host][priority];
    std::shared_ptr<HostWaiters> &entry = m_waiters[host];
    if (!entry)
        entry = std::make_shared<HostWaiters>();
    // Held here: the entry leaves the map when the host's last waiter stops.
    const std::shared_ptr<HostWaiters> waiters = entry;
    QWaitCondition &myTurn = waiters->byClass[alone ? 3 : priority];
    const auto moreUrgentWaiting = [&] {
        const std::array<int, 3> &waiting = m_waitingByPriority[host];
        for (int p = priority + 1; p < int(waiting.size()); ++p) {
            if (waiting[p] > 0)
                return true;
        }
        return false;
    };
    const auto stopWaiting = [&] {
        std::array<int, 3> &waiting = m_waitingByPriority[host];
        --waiting[priority];
        if (waiting == std::array<int, 3>{}) {
            m_waitingByPriority.remove(host);
            m_waiters.remove(host);
        }
    };
    const auto busy = [&] {
        if (m_open >= m_total || m_aloneHeld.contains(host))
            return true;
        const int open = m_openPerHost.value(host);
        if (alone)
            return open > 0;
        // Waiting connections that must be alone go first. The critical ones
        // may take every slot; the others keep a quarter of them free for
        // the critical ones while fewer than that are open (when the
        // enumeration starts, its questions may ask a moment after the
        // others), and let any more urgent one waiting go first,
        // except while their level holds less than a quarter of the slots
        // (so that the gap fillers advance too). Background connections hold
        // at most half of them.
        const int cap = m_capPerHost.value(host, m_perHost);
        if (open >= cap || m_aloneWanted.value(host) > 0)
            return true;
        if (priority == ConnectionPriority::Critical)
            return false;
        const std::array<int, 3> held = m_openByPriority.value(host);
        if (held[ConnectionPriority::Critical] < cap / 4 && open >= cap - cap / 4)
            return true;
        if (priority == ConnectionPriority::Background && held[priority] >= std::max(1, cap / 2))
            return true;
        return held[priority] >= std::max(1, cap / 4) && moreUrgentWaiting();
    };
    while (busy()) {
        if ((cancel && cancel->load()) || deadline.hasExpired()) {
            if (alone && --m_aloneWanted[host] <= 0)
                m_aloneWanted.remove(host);
            stopWaiting();
            wakeHost(host); // less urgent ones may have waited behind this one
            return false;
        }
        // Short waits: cancellation is a flag, not a wake-up.
        myTurn.wait(&m_mutex, QDeadlineTimer(std::min<qint64>(
                                   100, std::max<qint64>(1, deadline.remainingTime() < 0
                                                                ? 100
                                                                : deadline.remainingTime()))));
    }
    if (alone) {
        if (--m_aloneWanted[host] <= 0)
            m_aloneWanted.remove(host);
        m_aloneHeld.insert(host);
    }
    stopWaiting();
    // Perhaps the last more urgent one, or the first of several free slots
    // (after a connection that was alone): the next of each class may go.
    wakeHost(host);
    ++m_open;
    ++m_openByPriority[host][priority];
    if (slotLevel)
        *slotLevel = priority;
    const int perHost = ++m_openPerHost[host];
    m_peakTotal = std::max(m_peakTotal, m_open);
    m_peakPerHost = std::max(m_peakPerHost, perHost);
    if (!m_tracePath.isEmpty()) {
        if (slotId)
            *slotId = static_cast<int>(m_trace.size());
        m_trace.append({host, asked, m_traceClock.elapsed(), -1, alone, t_label});
    }
    return true;
}

void ConnectionLimiter::wakeHost(const QString &host)
{
    if (const auto it = m_waiters.constFind(host); it != m_waiters.cend()) {
        for (QWaitCondition &c : (*it)->byClass)
            c.wakeOne();
    }
}

void ConnectionLimiter::release(const QString &host, bool alone, int slotId, int level)
{
    {
        QMutexLocker lock(&m_mutex);
        if (level >= 0 && level < 3) {
            auto held = m_openByPriority.find(host);
            if (held != m_openByPriority.end()) {
                --(*held)[level];
                if (*held == std::array<int, 3>{})
                    m_openByPriority.erase(held);
            }
        }
        if (slotId >= 0 && slotId < m_trace.size())
            m_trace[slotId].released = m_traceClock.elapsed();
        if (alone)
            m_aloneHeld.remove(host);
        // At the total cap, every host's waiters waited for this slot too.
        const bool wasFull = m_open >= m_total;
        --m_open;
        if (--m_openPerHost[host] <= 0)
            m_openPerHost.remove(host);
        if (wasFull) {
            for (auto it = m_waiters.cbegin(); it != m_waiters.cend(); ++it) {
                for (QWaitCondition &c : (*it)->byClass)
                    c.wakeOne();
            }
        } else {
            wakeHost(host);
        }
    }
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
