#include "app/store/audit_store.h"

#include "app/evidence/link_state.h"
#include "app/store/store_dialect.h"
#include "app/inventory/workspace_io.h"
#include "probes/result_json.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QVariant>

#include <unistd.h>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::AuditStore)
};

// Numbered migrations: index i takes the schema from version i to i + 1.
// One SQL for both databases; {id} {key} {time} {json} are each one's column
// types (StoreDialect::schema).
const QList<QStringList> &migrations()
{
    static const QList<QStringList> m{
        {
            QStringLiteral("CREATE TABLE runs ("
                           " id {id},"
                           " workspace TEXT NOT NULL,"
                           " started_at {time} NOT NULL,"
                           " finished_at {time},"
                           " state TEXT NOT NULL CHECK (state IN ('running', 'complete', 'interrupted')),"
                           " tool_version TEXT NOT NULL,"
                           " host TEXT NOT NULL,"
                           " pid INTEGER NOT NULL,"
                           " endpoints INTEGER NOT NULL,"
                           " inventory {json} NOT NULL)"),
            QStringLiteral("CREATE TABLE results ("
                           " run_id {key} NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                           " endpoint TEXT NOT NULL,"
                           " url TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " link_state TEXT NOT NULL,"
                           " completed_at {time} NOT NULL,"
                           " result {json} NOT NULL,"
                           " PRIMARY KEY (run_id, endpoint))"),
            QStringLiteral("CREATE INDEX runs_by_workspace ON runs(workspace, started_at)"),
        },
        // 2: for a store of many large runs.
        //  - inventories: each run's inventory in a table of its own, out of
        //    runs (which keeps its rows small: listing runs reads no inventory,
        //    and ending a run rewrites none).
        //  - runs.result_count: the results a run has, counted once when it
        //    ends (complete or interrupted), so that listing the runs does not
        //    count every result of every run each time; NULL while running.
        //  - results_by_run: a run's results in the order they completed,
        //    with all a summary shows (AuditStore::resultSummaries), so that a
        //    window reads a run from the index alone, not every result's JSON.
        //  - On SQLite, results.result and inventories.inventory are written
        //    qCompress'd, as BLOBs (SQLite keeps a BLOB as it is in a TEXT
        //    column): a result's JSON of about 3 KB takes a third of the space
        //    and of the pages to read. The rows schema 1 wrote stay TEXT and
        //    read as before (AuditStore::unpackJson tells them apart by
        //    type); the new version keeps an older program, which would take
        //    a BLOB for broken JSON, from opening the store. PostgreSQL's
        //    json columns are unchanged (its TOAST compresses large values).
        {
            QStringLiteral("CREATE TABLE inventories ("
                           " run_id {key} PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,"
                           " inventory {json} NOT NULL)"),
            QStringLiteral("INSERT INTO inventories (run_id, inventory) SELECT id, inventory FROM runs"),
            QStringLiteral("ALTER TABLE runs DROP COLUMN inventory"),
            QStringLiteral("ALTER TABLE runs ADD COLUMN result_count INTEGER"),
            QStringLiteral("UPDATE runs SET result_count = (SELECT count(*) FROM results s WHERE s.run_id = runs.id)"
                           " WHERE state <> 'running'"),
            QStringLiteral("CREATE INDEX results_by_run ON results(run_id, completed_at, endpoint, url, status,"
                           " link_state)"),
        },
        // 3: the checklist carried between audits (checklist_tracking.h).
        //  - checklist_items: each item's state, per workspace and profile;
        //  - checklist_events: every change, by an audit or a person (the history);
        //  - checklist_reconciled: the latest run each checklist was brought up to date with.
        {
            QStringLiteral("CREATE TABLE checklist_items ("
                           " workspace TEXT NOT NULL,"
                           " profile TEXT NOT NULL,"
                           " rule TEXT NOT NULL,"
                           " endpoint TEXT NOT NULL,"
                           " state TEXT NOT NULL"
                           " CHECK (state IN ('open', 'in_progress', 'done', 'verified', 'accepted_risk')),"
                           " note TEXT NOT NULL,"
                           " first_seen_run {key} NOT NULL,"
                           " last_seen_run {key} NOT NULL,"
                           " verified_run {key} NOT NULL,"
                           " regressions INTEGER NOT NULL,"
                           " updated_at {time} NOT NULL,"
                           " PRIMARY KEY (workspace, profile, rule, endpoint))"),
            QStringLiteral("CREATE TABLE checklist_events ("
                           " id {id},"
                           " workspace TEXT NOT NULL,"
                           " profile TEXT NOT NULL,"
                           " rule TEXT NOT NULL,"
                           " endpoint TEXT NOT NULL,"
                           " changed_at {time} NOT NULL,"
                           " run_id {key},"
                           " from_state TEXT,"
                           " to_state TEXT NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " note TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX checklist_events_by_workspace ON checklist_events(workspace, profile, changed_at)"),
            QStringLiteral("CREATE TABLE checklist_reconciled ("
                           " workspace TEXT NOT NULL,"
                           " profile TEXT NOT NULL,"
                           " run_id {key} NOT NULL,"
                           " PRIMARY KEY (workspace, profile))"),
        },
        // 4: each run's figures for the history (run_history.h), per profile:
        //    computed once from the run's results and inventory, so that a
        //    history of many large runs reads a small row per run.
        {
            QStringLiteral("CREATE TABLE run_figures ("
                           " run_id {key} NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                           " profile TEXT NOT NULL,"
                           " figures {json} NOT NULL,"
                           " PRIMARY KEY (run_id, profile))"),
        },
        // 5: TLS-RPT aggregate reports (RFC 8460) as imported, each once per
        //    sending organisation and report-id, with its JSON as received.
        {
            QStringLiteral("CREATE TABLE tls_rpt_reports ("
                           " organization TEXT NOT NULL,"
                           " report_id TEXT NOT NULL,"
                           " start_at {time} NOT NULL,"
                           " end_at {time} NOT NULL,"
                           " source TEXT NOT NULL,"
                           " imported_at {time} NOT NULL,"
                           " report {json} NOT NULL,"
                           " PRIMARY KEY (organization, report_id))"),
            QStringLiteral("CREATE INDEX tls_rpt_reports_by_start ON tls_rpt_reports(start_at, organization)"),
        },
        // 6: each run's domain checks (MTA-STS, TLS-RPT, DANE: app/domains),
        //    one row per domain with the whole check as JSON.
        {
            QStringLiteral("CREATE TABLE domain_checks ("
                           " run_id {key} NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                           " domain TEXT NOT NULL,"
                           " checked_at {time} NOT NULL,"
                           " protected INTEGER NOT NULL,"
                           " mx_hosts INTEGER NOT NULL,"
                           " result {json} NOT NULL,"
                           " PRIMARY KEY (run_id, domain))"),
        },
    };
    return m;
}

const QString kInventorySql = QStringLiteral("SELECT inventory FROM inventories WHERE run_id = ?");
// A run's results (the run bound as its one value), when it ends.
const QString kCountResults = QStringLiteral("(SELECT count(*) FROM results WHERE run_id = ?)");


// Filled in one pass (.arg(a, b, c)): a URL's percent-encoding (%20) is no placeholder.
QString newerSchema(const QString &where, int version)
{
    return Tr::tr("%1 was written by a newer version (schema %2; this one knows %3)")
        .arg(where, QString::number(version), QString::number(AuditStore::kSchemaVersion));
}

// Ends a run still "running" as interrupted, its results counted; one that
// finished meanwhile stays complete. False when the store could not be written.
bool markInterrupted(QSqlDatabase &db, qint64 run)
{
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE runs SET state = 'interrupted', result_count = %1"
                             " WHERE id = ? AND state = 'running'")
                  .arg(kCountResults));
    u.addBindValue(run);
    u.addBindValue(run);
    return u.exec();
}

QString unreadable(const QString &where, const QString &why)
{
    return Tr::tr("%1 cannot be read as an audit store (%2); it was left as it is").arg(where, why);
}


} // namespace

AuditStore::AuditStore() = default;

QString AuditStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audits.sqlite");
}

std::unique_ptr<AuditStore> AuditStore::open(const QString &location, QString *error)
{
    const std::optional<StoreLocation> parsed = StoreLocation::parse(location, error);
    return parsed ? open(*parsed, error) : nullptr;
}

std::unique_ptr<AuditStore> AuditStore::open(const StoreLocation &location, QString *error)
{
    static QAtomicInt counter;
    std::unique_ptr<AuditStore> store(new AuditStore);
    store->m_location = location;
    store->m_dialect = StoreDialect::create(location);
    store->m_connection = QStringLiteral("mailtls-store-%1").arg(counter.fetchAndAddRelaxed(1));
    if (const QString e = store->openDatabase(); !e.isEmpty()) {
        *error = e;
        return nullptr;
    }
    return store;
}

QString AuditStore::openDatabase()
{
    const QString where = location();
    // 1. Refuse what must not even be connected to (SQLite: a file that is no database).
    if (const QString e = m_dialect->checkBeforeOpen(m_location); !e.isEmpty())
        return e;
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driver())) {
        return Tr::tr("%1: Qt's %2 driver is not installed (Debian package %3)")
            .arg(where, m_dialect->name(), m_dialect->driverPackage());
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driver(), m_connection);
    m_dialect->configure(db, m_location);
    if (!db.open())
        return sqlError(where, db.lastError());

    // 2. Whose database is it, at which version? Read in one transaction (a
    //    consistent view while another process may be creating the schema),
    //    rolled back: nothing is written before we know.
    db.transaction();
    const StoreIdentity id = m_dialect->identify(db);
    db.rollback();
    if (!id.error.isEmpty())
        return unreadable(where, id.error);
    if (id.marker == StoreIdentity::Marker::Other || (id.marker == StoreIdentity::Marker::None && !id.objects.isEmpty())) {
        return Tr::tr("%1 is another program's %2 database, not an audit store; it was left as it is")
            .arg(where, m_dialect->name());
    }
    if (id.version > kSchemaVersion)
        return newerSchema(where, id.version);
    const bool tablesThere = id.objects.contains(QLatin1String("runs")) && id.objects.contains(QLatin1String("results"));
    if (id.marker == StoreIdentity::Marker::Ours && id.version >= 1 && !tablesThere)
        return Tr::tr("%1 cannot be read as an audit store (its tables are missing); it was left as it is").arg(where);

    // 3. Ours (or empty): the connection's settings, then the migrations it lacks.
    if (const QString e = m_dialect->setUpSession(db); !e.isEmpty())
        return QStringLiteral("%1: %2").arg(where, e);
    if (const QString e = migrate(id.version); !e.isEmpty())
        return e;
    markInterruptedRuns();
    return {};
}

QString AuditStore::migrate(int fromVersion)
{
    // Each migration in its own transaction with the version it reaches. The
    // transaction excludes other writers migrating (another process, another
    // workstation), and the version is read again inside it: whoever came
    // second finds the work done.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    int version = fromVersion;
    while (version < kSchemaVersion) {
        QSqlError e;
        if (!execAll(db, QStringList{m_dialect->beginWrite()} + m_dialect->migrationLock(), &e))
            return sqlError(location(), e);
        const StoreIdentity now = m_dialect->identify(db);
        if (!now.error.isEmpty() || now.version != version) {
            execAll(db, {QStringLiteral("ROLLBACK")}, &e);
            if (!now.error.isEmpty())
                return unreadable(location(), now.error);
            if (now.version > kSchemaVersion)
                return newerSchema(location(), now.version);
            version = now.version;
            continue;
        }
        QStringList statements;
        if (version == 0)
            statements += m_dialect->markStatements();
        for (const QString &s : migrations().at(version))
            statements.append(m_dialect->schema(s));
        statements.append(m_dialect->versionStatement(version + 1));
        statements.append(QStringLiteral("COMMIT"));
        if (!execAll(db, statements, &e)) {
            QSqlError ignored;
            execAll(db, {QStringLiteral("ROLLBACK")}, &ignored);
            return Tr::tr("%1: migration to schema %2 failed: %3")
                .arg(location(), QString::number(version + 1), e.text());
        }
        ++version;
    }
    return {};
}

QSet<qint64> AuditStore::markInterruptedRuns() const
{
    // Runs left "running" whose writer is gone were interrupted (how a reader
    // knows differs: StoreDialect::writerGone). The update is conditional: a
    // run that finished meanwhile stays complete. Those this store writes
    // are its own to finish.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QList<qint64> running;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id FROM runs WHERE state = 'running'"));
        while (q.next())
            running.append(q.value(0).toLongLong());
    }
    QSet<qint64> gone;
    for (const qint64 run : std::as_const(running)) {
        if (m_heldRuns.contains(run) || !m_dialect->writerGone(db, run))
            continue;
        gone.insert(run);
        markInterrupted(db, run); // a store this user may only read: runs() still says interrupted
    }
    return gone;
}

AuditStore::~AuditStore()
{
    if (m_connection.isEmpty())
        return;
    m_addResult.reset(); // before its connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        // Runs begun here and never finished end with their writer: interrupted.
        for (const qint64 run : QSet<qint64>(m_heldRuns))
            interruptRun(run);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::optional<qint64> AuditStore::beginRun(const Workspace &workspace, int endpoints, QString *error)
{
    // The run and its writer's hold on it in one transaction: no reader ever
    // sees the run "running" without the hold, and so never takes it for interrupted.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlError e;
    if (!execAll(db, {m_dialect->beginWrite()}, &e)) {
        *error = sqlError(location(), e);
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO runs (workspace, started_at, state, tool_version, host, pid, endpoints)"
                             " VALUES (?, ?, 'running', ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(workspace.name);
    q.addBindValue(isoNow());
    q.addBindValue(QStringLiteral(MAILTLS_VERSION));
    q.addBindValue(QSysInfo::machineHostName());
    q.addBindValue(static_cast<qint64>(::getpid()));
    q.addBindValue(endpoints);
    bool inserted = q.exec() && q.next();
    const qint64 run = inserted ? q.value(0).toLongLong() : 0;
    if (!inserted)
        e = q.lastError();
    q.finish(); // SQLite commits no transaction while a statement is in progress
    if (inserted) {
        q.prepare(QStringLiteral("INSERT INTO inventories (run_id, inventory) VALUES (?, ?)"));
        q.addBindValue(run);
        q.addBindValue(packJson(workspaceToJson(workspace)));
        inserted = q.exec();
        if (!inserted)
            e = q.lastError();
    }
    QString failure;
    if (!inserted)
        failure = sqlError(location(), e);
    else if (QString why; !m_dialect->holdRun(db, run, &why))
        failure = QStringLiteral("%1: %2").arg(location(), why);
    else if (!execAll(db, {QStringLiteral("COMMIT")}, &e)) {
        failure = sqlError(location(), e);
        m_dialect->releaseRun(db, run);
    }
    if (!failure.isEmpty()) {
        execAll(db, {QStringLiteral("ROLLBACK")}, &e);
        *error = failure;
        return std::nullopt;
    }
    m_heldRuns.insert(run);
    return run;
}

bool AuditStore::addResult(qint64 run, const QString &endpoint, const EndpointResult &result, QString *error)
{
    if (!m_addResult) {
        auto q = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection));
        if (!q->prepare(QStringLiteral(
                "INSERT INTO results (run_id, endpoint, url, status, link_state, completed_at, result)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, endpoint) DO UPDATE SET"
                " url = excluded.url, status = excluded.status, link_state = excluded.link_state,"
                " completed_at = excluded.completed_at, result = excluded.result"))) {
            *error = sqlError(location(), q->lastError());
            return false;
        }
        m_addResult = std::move(q);
    }
    QSqlQuery &q = *m_addResult;
    q.bindValue(0, run);
    q.bindValue(1, endpoint);
    q.bindValue(2, result.target.url());
    q.bindValue(3, probeStatusKey(result.status));
    q.bindValue(4, linkStateKey(assessEndpoint(result).state));
    q.bindValue(5, isoNow());
    q.bindValue(6, packJson(QJsonDocument(endpointResultToJson(result)).toJson(QJsonDocument::Compact)));
    // One statement, one implicit transaction: committed before the next endpoint.
    const bool ok = q.exec();
    if (!ok)
        *error = sqlError(location(), q.lastError());
    q.finish(); // reset, still prepared; holds no lock
    return ok;
}

bool AuditStore::addDomainCheck(qint64 run, const DomainDefence &defence, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO domain_checks (run_id, domain, checked_at, protected, mx_hosts, result)"
                             " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, domain) DO UPDATE SET"
                             " checked_at = excluded.checked_at, protected = excluded.protected,"
                             " mx_hosts = excluded.mx_hosts, result = excluded.result"));
    q.addBindValue(run);
    q.addBindValue(defence.check.domain);
    q.addBindValue(defence.check.checkedAt.toString(Qt::ISODateWithMs));
    q.addBindValue(defence.protectedCount);
    q.addBindValue(static_cast<int>(defence.mx.size()));
    q.addBindValue(packJson(QJsonDocument(domainDefenceToJson(defence)).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = sqlError(location(), q.lastError());
        return false;
    }
    return true;
}

QList<DomainDefence> AuditStore::domainChecks(qint64 run) const
{
    QList<DomainDefence> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT result FROM domain_checks WHERE run_id = ? ORDER BY domain"));
    q.addBindValue(run);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(domainDefenceFromJson(QJsonDocument::fromJson(unpackJson(q.value(0))).object()));
    return out;
}

QList<DomainDefence> AuditStore::latestDomainChecks(const QString &workspace) const
{
    // The newest check of each domain across the workspace's runs: a run
    // whose checks failed to run leaves the earlier ones standing.
    QList<DomainDefence> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.domain, d.result FROM domain_checks d JOIN runs r ON r.id = d.run_id"
                             " WHERE r.workspace = ? ORDER BY d.domain, d.run_id DESC"));
    q.addBindValue(workspace);
    if (!q.exec())
        return out;
    QString last;
    bool first = true;
    while (q.next()) {
        const QString domain = q.value(0).toString();
        if (!first && domain == last)
            continue;
        first = false;
        last = domain;
        out.append(domainDefenceFromJson(QJsonDocument::fromJson(unpackJson(q.value(1))).object()));
    }
    return out;
}

bool AuditStore::finishRun(qint64 run, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE runs SET state = 'complete', finished_at = ?, result_count = %1 WHERE id = ?")
                  .arg(kCountResults));
    q.addBindValue(isoNow());
    q.addBindValue(run);
    q.addBindValue(run);
    if (!q.exec()) {
        *error = sqlError(location(), q.lastError());
        return false;
    }
    // Complete before the hold goes: a reader never finds a finished run's writer gone while it is "running".
    m_dialect->releaseRun(db, run);
    m_heldRuns.remove(run);
    return true;
}

void AuditStore::interruptRun(qint64 run)
{
    if (!m_heldRuns.contains(run))
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    markInterrupted(db, run); // when this fails, readers find the hold gone
    m_dialect->releaseRun(db, run);
    m_heldRuns.remove(run);
}

QString AuditStore::runsSql(bool ofWorkspace) const
{
    // Two statements rather than "? = '' OR workspace = ?": each has one plan,
    // and a workspace's runs are found by runs_by_workspace.
    // A run's results are counted once it has ended; only a running run's are counted here.
    return QStringLiteral("SELECT r.id, r.workspace, %1, %2, r.state, r.tool_version, r.endpoints,"
                          " COALESCE(r.result_count, (SELECT count(*) FROM results s WHERE s.run_id = r.id))"
                          " FROM runs r%3 ORDER BY r.id DESC")
        .arg(m_dialect->timeText(QStringLiteral("r.started_at")),
             m_dialect->timeText(QStringLiteral("r.finished_at")),
             ofWorkspace ? QStringLiteral(" WHERE r.workspace = ?") : QString());
}

QString AuditStore::resultsSql(bool withJson) const
{
    return QStringLiteral("SELECT endpoint, url, status, link_state, %1%2 FROM results"
                          " WHERE run_id = ? ORDER BY completed_at, endpoint")
        .arg(m_dialect->timeText(QStringLiteral("completed_at")),
             withJson ? QStringLiteral(", result") : QString());
}

QVariant AuditStore::packJson(const QByteArray &json) const
{
    if (!m_dialect->packsJson())
        return QString::fromUtf8(json);
    return qCompress(json, 1); // zlib's fastest level: JSON shrinks about as much
}

QByteArray AuditStore::unpackJson(const QVariant &stored)
{
    // Text: as schema 1 wrote it (and PostgreSQL always); a BLOB: qCompress'd.
    if (stored.typeId() == QMetaType::QByteArray)
        return qUncompress(stored.toByteArray());
    return stored.toString().toUtf8();
}

QList<StoredRun> AuditStore::runs(const QString &workspace) const
{
    // The writers' holds first, then the rows: a run that completes in
    // between reads complete, never interrupted.
    const QSet<qint64> interrupted = markInterruptedRuns();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(runsSql(!workspace.isEmpty()));
    if (!workspace.isEmpty())
        q.addBindValue(workspace);
    q.exec();
    QList<StoredRun> out;
    while (q.next()) {
        StoredRun r;
        r.id = q.value(0).toLongLong();
        r.workspace = q.value(1).toString();
        r.startedAt = readTime(q.value(2));
        r.finishedAt = readTime(q.value(3));
        r.state = q.value(4).toString();
        if (r.state == u"running" && interrupted.contains(r.id))
            r.state = QStringLiteral("interrupted"); // the store could not be marked
        r.toolVersion = q.value(5).toString();
        r.endpoints = q.value(6).toInt();
        r.results = q.value(7).toInt();
        out.append(r);
    }
    return out;
}

namespace {

// The columns resultsSql() starts with.
void readSummary(const QSqlQuery &q, StoredResultSummary *r)
{
    r->endpoint = q.value(0).toString();
    r->url = q.value(1).toString();
    r->status = q.value(2).toString();
    r->linkState = q.value(3).toString();
    r->completedAt = readTime(q.value(4));
}

} // namespace

QList<StoredResult> AuditStore::results(qint64 run) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(resultsSql(true));
    q.addBindValue(run);
    q.exec();
    QList<StoredResult> out;
    while (q.next()) {
        StoredResult r;
        readSummary(q, &r);
        r.result = QJsonDocument::fromJson(unpackJson(q.value(5))).object();
        out.append(r);
    }
    return out;
}

QList<StoredResultSummary> AuditStore::resultSummaries(qint64 run) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(resultsSql(false));
    q.addBindValue(run);
    q.exec();
    QList<StoredResultSummary> out;
    while (q.next()) {
        StoredResultSummary r;
        readSummary(q, &r);
        out.append(r);
    }
    return out;
}

std::optional<Workspace> AuditStore::inventory(qint64 run) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(kInventorySql);
    q.addBindValue(run);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const WorkspaceReadResult r = parseWorkspace(unpackJson(q.value(0)), QStringLiteral("run %1").arg(run));
    return r.workspace;
}

bool AuditStore::setRunFigures(qint64 run, const QString &profile, const QJsonObject &figures, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO run_figures (run_id, profile, figures) VALUES (?, ?, ?)"
                             " ON CONFLICT (run_id, profile) DO UPDATE SET figures = excluded.figures"));
    q.addBindValue(run);
    q.addBindValue(profile);
    q.addBindValue(packJson(QJsonDocument(figures).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = sqlError(location(), q.lastError());
        return false;
    }
    return true;
}

QHash<qint64, QJsonObject> AuditStore::runFigures(const QString &workspace, const QString &profile) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.run_id, f.figures FROM run_figures f JOIN runs r ON r.id = f.run_id"
                             " WHERE r.workspace = ? AND f.profile = ?"));
    q.addBindValue(workspace);
    q.addBindValue(profile);
    q.exec();
    QHash<qint64, QJsonObject> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), QJsonDocument::fromJson(unpackJson(q.value(1))).object());
    return out;
}

QStringList AuditStore::queryPlans(qint64 run, const QString &workspace) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // The values written in the query: PostgreSQL cannot prepare an EXPLAIN.
    QSqlField name(QStringLiteral("workspace"), QMetaType(QMetaType::QString));
    name.setValue(workspace);
    const QString quotedName = db.driver()->formatValue(name);
    const QString id = QString::number(run);
    const QList<std::pair<QString, QString>> reads{
        {QStringLiteral("runs"), runsSql(false)},
        {QStringLiteral("runs of a workspace"), runsSql(true).replace(QLatin1Char('?'), quotedName)},
        {QStringLiteral("result summaries"), resultsSql(false).replace(QLatin1Char('?'), id)},
        {QStringLiteral("results"), resultsSql(true).replace(QLatin1Char('?'), id)},
        {QStringLiteral("inventory"), QString(kInventorySql).replace(QLatin1Char('?'), id)},
    };
    QStringList out;
    for (const auto &[read, sql] : reads) {
        for (const QString &step : m_dialect->explain(db, sql))
            out.append(read + QStringLiteral(": ") + step);
    }
    return out;
}

} // namespace mailtls
