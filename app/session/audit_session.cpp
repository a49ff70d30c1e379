#include "app/session/audit_session.h"

#include "app/session/store_worker.h"
#include "probes/when_finished.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace mailtls {

namespace {

// The workspace's hosts named domain or under it that have submission or
// smtps endpoints, each with the standard port its TLSA owner name uses.
QList<SubmissionHost> submissionHostsOf(const Workspace &ws, const QString &domain)
{
    QList<SubmissionHost> out;
    const QString suffix = QLatin1Char('.') + domain.toLower();
    for (const Host &h : ws.hosts) {
        const QString name = h.name.toLower();
        if (name != domain.toLower() && !name.endsWith(suffix))
            continue;
        for (const Endpoint &e : h.endpoints) {
            const std::optional<quint16> port = submissionTlsaPort(e.protocol);
            const SubmissionHost host{name, port.value_or(0)};
            if (port && !out.contains(host))
                out << host;
        }
    }
    return out;
}

} // namespace

QList<AuditJob> auditJobs(const Workspace &ws, const QSet<QString> &hostIds)
{
    QList<AuditJob> jobs;
    for (const Host &h : ws.hosts) {
        if (!hostIds.isEmpty() && !hostIds.contains(h.id))
            continue;
        for (const Endpoint &e : h.endpoints)
            jobs.append({EndpointRef{h.id, e.protocol, e.port}.toString(), ws.target(h, e)});
    }
    return jobs;
}

QList<AuditJob> changedJobs(const Workspace &now, const Workspace &before)
{
    QHash<QString, ProbeTarget> earlier;
    for (const AuditJob &j : auditJobs(before))
        earlier.insert(j.ref, j.target);
    QList<AuditJob> changed;
    for (const AuditJob &j : auditJobs(now)) {
        const auto it = earlier.constFind(j.ref);
        if (it == earlier.cend() || !(it.value() == j.target))
            changed.append(j);
    }
    return changed;
}

AuditSession::AuditSession(StoreWorker *store, SchedulerLimits limits, ProbeOptions options,
                           QObject *parent)
    : QObject(parent), m_store(store), m_limits(limits), m_options(std::move(options))
{
}

AuditSession::~AuditSession()
{
    if (m_scheduler)
        m_scheduler->cancel();
}

qint64 AuditSession::estimateRemainingMs(qint64 elapsedMs, int done, int total)
{
    if (done <= 0 || total <= done || elapsedMs <= 0)
        return done >= total && total > 0 ? 0 : -1;
    // Endpoints run in parallel, so the pace so far (elapsed per endpoint done)
    // already includes the parallelism.
    return elapsedMs * (total - done) / done;
}

bool AuditSession::start(const Workspace &workspace, const QList<AuditJob> &jobs,
                         const Profile &profile)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_storeErrors = 0;
    m_workspace = workspace;
    m_jobs = jobs;
    m_profile = profile;
    m_results.clear();
    m_domainChecks.clear();
    m_defences = {};
    m_previousDefences = {};
    m_domainsPending = 0;
    m_probesEnded = false;
    m_run = 0;
    // The watcher is this session's child: nothing runs once the session is gone.
    whenFinished(this, m_store->beginRun(workspace, static_cast<int>(jobs.size())),
                 [this](const StoreReply<qint64> &reply) {
                     if (!reply.error.isEmpty()) {
                         reportStoreError(StoreStep::Begin, reply.error);
                         fail(reply.error);
                     } else if (m_cancelled) {
                         m_run = reply.value;
                         conclude(); // cancelled before the first probe: an empty run, finished
                     } else
                         probe(reply.value);
                 });
    return true;
}

void AuditSession::probe(qint64 run)
{
    m_run = run;
    Q_EMIT started(run, static_cast<int>(m_jobs.size()));
    m_scheduler = std::make_unique<ProbeScheduler>(m_limits, m_options);
    connect(m_scheduler.get(), &ProbeScheduler::endpointStarted, this,
            [this](int index) { Q_EMIT endpointStarted(m_jobs.at(index).ref); });
    connect(m_scheduler.get(), &ProbeScheduler::endpointFinished, this,
            [this](int index, const EndpointResult &result) {
                const QString &ref = m_jobs.at(index).ref;
                m_results.insert(ref, result);
                whenFinished(this, m_store->addResult(m_run, ref, result),
                             [this](const StoreReply<bool> &r) {
                                 if (!r.error.isEmpty())
                                     reportStoreError(StoreStep::Result, r.error);
                             });
                Q_EMIT endpointFinished(ref, result);
                const int done = static_cast<int>(m_results.size());
                const int total = static_cast<int>(m_jobs.size());
                Q_EMIT progress(done, total, estimateRemainingMs(m_clock.elapsed(), done, total));
            });
    connect(m_scheduler.get(), &ProbeScheduler::finished, this, &AuditSession::probesEnded);
    lookUpDomains();
    QList<ProbeTarget> targets;
    targets.reserve(m_jobs.size());
    for (const AuditJob &j : std::as_const(m_jobs))
        targets.append(j.target);
    m_clock.start();
    Q_EMIT progress(0, static_cast<int>(m_jobs.size()), -1);
    if (targets.isEmpty()) {
        probesEnded();
        return;
    }
    m_scheduler->startStreaming(targets); // the results are kept in m_results, once
}

void AuditSession::setDomainChecks(const dns::ResolverOptions &dns, quint16 policyPort)
{
    m_domainDns = dns;
    m_policyPort = policyPort;
    if (!m_running)
        m_resolver.reset(); // the next run asks the DNS given now
}

void AuditSession::lookUpDomains()
{
    // 2b. Every domain at once, on this thread's event loop (the resolver blocks nothing).
    if (!m_domainDns || m_workspace.domains.isEmpty())
        return;
    if (!m_resolver)
        m_resolver = std::make_unique<dns::Resolver>(*m_domainDns);
    m_domainsPending = static_cast<int>(m_workspace.domains.size()) + 1;
    // The earlier checks, read from the store's thread meanwhile.
    whenFinished(this, m_store->latestDomainChecks(m_workspace.name),
                 [this, run = m_run](const StoreReply<QList<DomainDefence>> &previous) {
                     if (run != m_run)
                         return;
                     m_previousDefences.domains = previous.value;
                     if (--m_domainsPending == 0 && m_probesEnded)
                         conclude();
                 });
    for (const Domain &d : std::as_const(m_workspace.domains)) {
        DomainCheckOptions options;
        options.policy.caFile = m_options.caFile; // the audit's trust anchors, as for the MX certificates
        options.policy.port = m_policyPort;
        options.submission = submissionHostsOf(m_workspace, d.name);
        whenFinished(this, lookUpDomain(m_resolver.get(), d.name, options), [this, run = m_run](const DomainCheck &c) {
            if (run != m_run)
                return; // a check of an earlier run
            m_domainChecks.append(c);
            if (--m_domainsPending == 0 && m_probesEnded)
                conclude();
        });
    }
}

void AuditSession::probesEnded()
{
    m_probesEnded = true;
    // A cancelled run does not wait for DNS: what is known is judged.
    if (m_domainsPending == 0 || m_cancelled)
        conclude();
}

void AuditSession::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_scheduler)
        m_scheduler->cancel();
}

void AuditSession::conclude()
{
    // 3. The domains judged with the MX hosts' results on port 25, and kept.
    m_domainsPending = 0;
    m_defences.domains.clear();
    if (!m_domainChecks.isEmpty()) {
        MxResults byHost;
        for (const EndpointResult &r : std::as_const(m_results)) {
            if (r.target.protocol == Protocol::Smtp)
                byHost[(r.target.serverName.isEmpty() ? r.target.host : r.target.serverName).toLower()].append(&r);
        }
        SubmissionResults bySubmissionHost;
        for (const EndpointResult &r : std::as_const(m_results)) {
            if (const std::optional<quint16> port = submissionTlsaPort(r.target.protocol))
                bySubmissionHost[tlsaOwnerName(
                                     (r.target.serverName.isEmpty() ? r.target.host : r.target.serverName).toLower(),
                                     *port)]
                    .append(&r);
        }
        for (const DomainCheck &c : std::as_const(m_domainChecks)) {
            m_defences.domains.append(
                assessDomain(c, byHost, m_previousDefences.domain(c.domain), bySubmissionHost));
            whenFinished(this, m_store->addDomainCheck(m_run, m_defences.domains.last()),
                         [this](const StoreReply<bool> &r) {
                             if (!r.error.isEmpty())
                                 reportStoreError(StoreStep::Result, r.error);
                         });
        }
        m_domainChecks.clear();
    }
    // Queued after every addResult: the run ends with all its results in.
    whenFinished(this, m_store->finishRun(m_run), [this](const StoreReply<bool> &finished) {
        if (!finished.error.isEmpty()) {
            reportStoreError(StoreStep::Finish, finished.error);
            fail(finished.error);
        } else
            readRun();
    });
}

void AuditSession::readRun()
{
    // The run as the store has it (its start time decides which marks it judges).
    whenFinished(this, m_store->runs(m_workspace.name),
                 [this](const StoreReply<QList<StoredRun>> &runs) {
                     StoredRun stored;
                     for (const StoredRun &r : runs.value) {
                         if (r.id == m_run)
                             stored = r;
                     }
                     evaluateRun(stored);
                 });
}

void AuditSession::evaluateRun(const StoredRun &stored)
{
    // 4. The evaluation of a large organisation takes a moment: off this thread.
    whenFinished(
        this,
        QtConcurrent::run([profile = m_profile, workspace = m_workspace, results = m_results,
                           defences = m_defences] { return evaluate(profile, workspace, results, &defences); }),
        [this, stored](const Evaluation &evaluation) { updateChecklist(stored, evaluation); });
}

void AuditSession::updateChecklist(const StoredRun &stored, const Evaluation &evaluation)
{
    whenFinished(this,
                 m_store->updateChecklist(m_workspace, evaluation, stored, QDate::currentDate()),
                 [this, evaluation](const StoreReply<Reconciliation> &r) {
                     m_running = false;
                     m_scheduler.reset();
                     // 6. is queued behind what the listeners of finished() ask the store for
                     //    (the window's findings first); busy until it ends.
                     m_recordingFigures = true;
                     QTimer::singleShot(0, this,
                                        [this, workspace = m_workspace, profile = m_profile,
                                         run = m_run] { recordFigures(workspace, profile, run); });
                     if (!r.error.isEmpty()) {
                         reportStoreError(StoreStep::Checklist, r.error);
                         Q_EMIT failed(r.error);
                     }
                     Q_EMIT finished(m_run, m_cancelled, evaluation, r.value);
                 });
}

void AuditSession::recordFigures(const Workspace &workspace, const Profile &profile, qint64 run)
{
    // 6. The run's figures for the history, with the checklist as the run left it: read on the
    //    store's thread, computed on a worker (seconds for 10,000 hosts, while the store serves the
    //    window), kept. A run whose figures could not be kept gets them when the history is read.
    //    Everything it needs is captured here: a later start() changes the session's members.
    const auto done = [this, run] {
        m_recordingFigures = false;
        Q_EMIT figuresRecorded(run);
    };
    if (run == 0) { // the run never began
        done();
        return;
    }
    whenFinished(this, m_store->reportInput(workspace, run, profile.id),
                 [this, run, profile, done](const StoreReply<std::optional<ReportInput>> &input) {
                     if (!input.value) {
                         if (!input.error.isEmpty())
                             reportStoreError(StoreStep::Figures, input.error);
                         done();
                         return;
                     }
                     whenFinished(this,
                                  QtConcurrent::run([input = *input.value, profile, run] {
                                      return runFigures(input, profile, run);
                                  }),
                                  [this, profile, done](const RunFigures &figures) {
                                      whenFinished(this,
                                                   m_store->setRunFigures(figures, profile.id),
                                                   [this, done](const StoreReply<bool> &kept) {
                                                       if (!kept.error.isEmpty())
                                                           reportStoreError(StoreStep::Figures,
                                                                            kept.error);
                                                       done();
                                                   });
                                  });
                 });
}

void AuditSession::reportStoreError(StoreStep step, const QString &error)
{
    ++m_storeErrors;
    Q_EMIT storeError(step, error);
}

void AuditSession::fail(const QString &error)
{
    m_running = false;
    if (m_scheduler)
        m_scheduler->cancel();
    // The run will take no more results: readers see it interrupted now, not
    // running until the window closes.
    if (m_run != 0)
        m_store->interruptRun(m_run);
    Q_EMIT failed(error);
}

} // namespace mailtls
