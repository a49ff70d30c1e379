#pragma once

// Runs the probes of many endpoints asynchronously: results stream out as
// each endpoint completes, progress is signalled, the whole run can be
// cancelled, and the connection caps (in all, and per host) always hold.
// Lives in the thread that creates it (the GUI thread is fine: it never
// blocks); the probing happens on its own thread pools.

#include "probes/endpoint_probe.h"
#include "probes/limiter.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace mailtls {

struct SchedulerLimits
{
    int maxConnections = 32; // TCP connections open at once, in all
    // To any one host: mail servers cap connections per client (Postfix's
    // smtpd_client_connection_count_limit is 50, hardened setups use 10 or
    // more), and a probe's connections are short; 8 keeps well below.
    int maxPerHost = 8;
    int maxEndpoints = 16;   // endpoints in progress at once
};

class ProbeScheduler : public QObject
{
    Q_OBJECT
public:
    explicit ProbeScheduler(SchedulerLimits limits, ProbeOptions options, QObject *parent = nullptr);
    ~ProbeScheduler() override;

    // Starts probing; the future's results() are every result, in the order of targets.
    QFuture<EndpointResult> start(const QList<ProbeTarget> &targets);
    // Starts probing and keeps no result: each is delivered by endpointFinished()
    // only, so memory stays bounded by the endpoints in progress, whatever
    // the number of targets.
    QFuture<void> startStreaming(const QList<ProbeTarget> &targets);
    // Stops every probe at its next operation; results so far stay, the rest end "cancelled".
    void cancel();
    bool isRunning() const;

    const ConnectionLimiter &limiter() const { return m_limiter; }

Q_SIGNALS:
    void endpointStarted(int index);
    void endpointFinished(int index, const mailtls::EndpointResult &result);
    void progress(int done, int total);
    void finished();

private:
    SchedulerLimits m_limits;
    ProbeOptions m_options;
    ConnectionLimiter m_limiter;
    QThreadPool m_endpointPool;
    QThreadPool m_addressPool; // an endpoint's addresses after its first
    QThreadPool m_versionPool;
    QThreadPool m_suitePool;
    std::atomic_bool m_cancel{false};
    int m_delivered = 0; // endpointFinished() emitted so far (on the scheduler's thread)
    QList<int> m_indexes; // the sequence a streaming run maps over (it must outlive the run)
    QFuture<void> m_future;

    // Probes target index and delivers its result by the signals.
    EndpointResult probeOne(const QList<ProbeTarget> &targets, int index);
};

} // namespace mailtls

Q_DECLARE_METATYPE(mailtls::EndpointResult)
