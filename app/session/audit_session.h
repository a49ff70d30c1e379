#pragma once

// One audit run, the one pipeline of the window and of the `audit` command:
// probes the chosen endpoints on the scheduler's threads, keeps each result in
// the store as it completes (through the StoreWorker, never on the caller's
// thread), reports progress with an
// estimate of the time left, can be cancelled at any moment, and at the end
// checks the run against the profile and brings the checklist up to date.
// Lives on the thread that creates it (the GUI thread, or the command line's
// main thread running an event loop); nothing it does there waits on the
// network, DNS or the database.
//
// Steps:
//   1. beginRun in the store (the run's id comes back asynchronously);
//   2. the scheduler probes; each result is shown at once and stored;
//   2b. beside the probes, when domain checks are on: every workspace
//       domain's MTA-STS, TLS-RPT and DANE looked up (domain_check.h);
//   3. the scheduler ends (all done, or cancelled) and the domain lookups
//      too: each domain judged with the MX results (domain_defence.h) and
//      stored; finishRun;
//   4. evaluation on a worker thread, then the checklist update in the store;
//   5. finished();
//   6. the run's figures for the history computed and kept: figuresRecorded().
// A store request that fails is reported by storeError() with its step: Begin
// and Finish end the run (failed() follows), the others leave it going.

#include "app/store/audit_store.h"
#include "probes/domain/domain_check.h"
#include "probes/scheduler.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace mailtls {

class StoreWorker;

// One endpoint to probe, with the reference the store keys its result by ("mx1/smtp:25").
struct AuditJob
{
    QString ref;
    ProbeTarget target;
    bool operator==(const AuditJob &) const = default;
};

// Every endpoint of the workspace; only those of the given hosts when some are named.
QList<AuditJob> auditJobs(const Workspace &workspace, const QSet<QString> &hostIds = {});
// "Only what changed": the endpoints of now that the earlier inventory did not
// have, or probed differently (address, name, port, protocol).
QList<AuditJob> changedJobs(const Workspace &now, const Workspace &before);

class AuditSession : public QObject
{
    Q_OBJECT
public:
    // The steps that ask the store for something, as storeError() names them.
    enum class StoreStep
    {
        Begin,     // the run could not begin: it ends
        Result,    // a result was not kept; the run goes on
        Finish,    // the run could not be finished: it ends
        Checklist, // the checklist was not brought up to date; finished() still comes
        Figures    // the run's figures were not kept (the history computes them later)
    };
    Q_ENUM(StoreStep)

    AuditSession(StoreWorker *store, SchedulerLimits limits, ProbeOptions options, QObject *parent = nullptr);
    ~AuditSession() override;

    // Domain checks for the next runs, with this DNS (off until set). policyPort: where
    // MTA-STS policies are fetched (senders always use 443; a lab may serve them elsewhere).
    void setDomainChecks(const dns::ResolverOptions &dns, quint16 policyPort = 443);
    // Domain checks off for the next runs (a partial audit: its MX hosts may not be probed).
    void clearDomainChecks() { m_domainDns.reset(); }
    // The run's domain checks, once the probes have ended.
    const DomainDefences &domainDefences() const { return m_defences; }

    // Starts a run of these jobs; false when one is already running.
    bool start(const Workspace &workspace, const QList<AuditJob> &jobs, const Profile &profile);
    // Stops every probe at its next operation; the results so far stay in the run.
    void cancel();
    bool isRunning() const { return m_running; }
    // After finished(), until figuresRecorded(): the run's figures are being computed and kept.
    // Deleting the session then loses them (the history computes them later, with the checklist
    // of that day): retire it with deleteLater on figuresRecorded instead.
    bool isRecordingFigures() const { return m_recordingFigures; }

    // The run's id once the store has begun it (0 before).
    qint64 run() const { return m_run; }
    // The results so far, by endpoint reference; all of them after finished().
    const QHash<QString, EndpointResult> &results() const { return m_results; }
    // Store requests of this run that failed so far (storeError()).
    int storeErrors() const { return m_storeErrors; }

    // Time left, from the pace so far and what is still to do; -1 while unknown.
    static qint64 estimateRemainingMs(qint64 elapsedMs, int done, int total);

Q_SIGNALS:
    void started(qint64 run, int endpoints);
    void endpointStarted(const QString &ref);
    void endpointFinished(const QString &ref, const mailtls::EndpointResult &result);
    void progress(int done, int total, qint64 remainingMs);
    // The run ended (complete or cancelled), with its findings and the checklist after it.
    void finished(qint64 run, bool cancelled, const mailtls::Evaluation &evaluation,
                  const mailtls::Reconciliation &checklist);
    // After finished(): the run's figures are in the store (or could not be kept, and the
    // history will compute them); the history can be read again.
    void figuresRecorded(qint64 run);
    // The run could not be started, or the store failed; the message names the store.
    void failed(const QString &error);
    // A store request failed at this step (before failed() when the step ends the run).
    void storeError(mailtls::AuditSession::StoreStep step, const QString &error);

private:
    void probe(qint64 run);
    void lookUpDomains();
    void probesEnded();
    void conclude();
    void readRun();
    void evaluateRun(const StoredRun &stored);
    void updateChecklist(const StoredRun &stored, const Evaluation &evaluation);
    void recordFigures(const Workspace &workspace, const Profile &profile, qint64 run);
    void fail(const QString &error);
    void reportStoreError(StoreStep step, const QString &error);

    StoreWorker *m_store;
    SchedulerLimits m_limits;
    ProbeOptions m_options;
    std::unique_ptr<ProbeScheduler> m_scheduler;
    Workspace m_workspace;
    QList<AuditJob> m_jobs;
    Profile m_profile;
    QHash<QString, EndpointResult> m_results;
    std::optional<dns::ResolverOptions> m_domainDns;
    quint16 m_policyPort = 443;
    std::unique_ptr<dns::Resolver> m_resolver;
    QList<DomainCheck> m_domainChecks;
    int m_domainsPending = 0;
    bool m_probesEnded = false;
    DomainDefences m_defences;
    DomainDefences m_previousDefences; // the newest earlier check of each domain (a changed policy, same id)
    qint64 m_run = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_recordingFigures = false;
    int m_storeErrors = 0;
    QElapsedTimer m_clock;
};

} // namespace mailtls
