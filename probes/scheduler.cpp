#include "probes/scheduler.h"

#include <QMetaObject>
#include <functional>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace mailtls {

ProbeScheduler::ProbeScheduler(SchedulerLimits limits, ProbeOptions options, QObject *parent)
    : QObject(parent), m_limits(limits), m_options(std::move(options)),
      m_limiter(limits.maxConnections, limits.maxPerHost)
{
    qRegisterMetaType<mailtls::EndpointResult>();
    m_endpointPool.setMaxThreadCount(std::max(1, limits.maxEndpoints));
    // An address waits on its versions only, never on another address.
    m_addressPool.setMaxThreadCount(std::max(1, limits.maxEndpoints));
    // A version step holds at most one connection: more threads than
    // connection slots would only wait.
    m_versionPool.setMaxThreadCount(std::max(1, limits.maxConnections));
    m_suitePool.setMaxThreadCount(std::max(1, limits.maxConnections));
    m_options.limiter = &m_limiter;
    m_options.addressPool = &m_addressPool;
    m_options.versionPool = &m_versionPool;
    m_options.suitePool = &m_suitePool;
    m_options.cancel = &m_cancel;
}

ProbeScheduler::~ProbeScheduler()
{
    cancel();
    m_future.waitForFinished();
    m_endpointPool.waitForDone();
    m_addressPool.waitForDone();
    m_versionPool.waitForDone();
    m_suitePool.waitForDone();
}

bool ProbeScheduler::isRunning() const { return m_future.isRunning(); }

void ProbeScheduler::cancel() { m_cancel = true; }

EndpointResult ProbeScheduler::probeOne(const QList<ProbeTarget> &targets, int index)
{
    const int total = static_cast<int>(targets.size());
    QMetaObject::invokeMethod(this, [this, index] { Q_EMIT endpointStarted(index); }, Qt::QueuedConnection);
    EndpointResult r = probeEndpoint(targets.at(index), m_options);
    // Counted where the signals are delivered: two workers ending at once
    // may post their results in either order, and finished() must come
    // after every endpointFinished().
    QMetaObject::invokeMethod(
        this,
        [this, index, r, total] {
            const int delivered = ++m_delivered;
            Q_EMIT endpointFinished(index, r);
            Q_EMIT progress(delivered, total);
            if (delivered == total)
                Q_EMIT finished();
        },
        Qt::QueuedConnection);
    return r;
}

QFuture<EndpointResult> ProbeScheduler::start(const QList<ProbeTarget> &targets)
{
    m_cancel = false;
    m_delivered = 0;
    m_indexes.clear();
    for (int i = 0; i < targets.size(); ++i)
        m_indexes.append(i);
    std::function<EndpointResult(const int &)> one = [this, targets](const int &index) {
        return probeOne(targets, index);
    };
    QFuture<EndpointResult> future = QtConcurrent::mapped(&m_endpointPool, m_indexes, one);
    m_future = future;
    if (targets.isEmpty())
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
    return future;
}

QFuture<void> ProbeScheduler::startStreaming(const QList<ProbeTarget> &targets)
{
    m_cancel = false;
    m_delivered = 0;
    m_indexes.clear();
    for (int i = 0; i < targets.size(); ++i)
        m_indexes.append(i);
    std::function<void(int &)> one = [this, targets](int &index) { probeOne(targets, index); };
    m_future = QtConcurrent::map(&m_endpointPool, m_indexes, one);
    if (targets.isEmpty())
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
    return m_future;
}

} // namespace mailtls
