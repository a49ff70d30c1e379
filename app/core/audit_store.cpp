#include "app/core/audit_store.h"

#include "app/core/link_state.h"
#include "app/core/store_dialect.h"
#include "app/core/workspace_io.h"
#include "probes/result_json.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
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
    };
    return m;
}

// Bound as text on both: PostgreSQL casts it to timestamptz.
QString isoNow() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
QDateTime readTime(const QVariant &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

QString sqlError(const QString &where, const QSqlError &e) { return QStringLiteral("%1: %2").arg(where, e.text()); }

// Filled in one pass (.arg(a, b, c)): a URL's percent-encoding (%20) is no placeholder.
QString newerSchema(const QString &where, int version)
{
    return Tr::tr("%1 was written by a newer version (schema %2; this one knows %3)")
        .arg(where, QString::number(version), QString::number(AuditStore::kSchemaVersion));
}

QString unreadable(const QString &where, const QString &why)
{
    return Tr::tr("%1 cannot be read as an audit store (%2); it was left as it is").arg(where, why);
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QSqlError *error)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            *error = q.lastError();
            return false;
        }
    }
    return true;
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
    store->m_dialect = StoreDialect::create(location.kind);
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

void AuditStore::markInterruptedRuns()
{
    // Runs left "running" whose writer is gone were interrupted (how a reader
    // knows differs: StoreDialect::writerGone). The update is conditional: a
    // run that finished meanwhile stays complete.
    struct Running
    {
        qint64 run;
        QString host;
        qint64 pid;
    };
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QList<Running> running;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id, host, pid FROM runs WHERE state = 'running'"));
        while (q.next())
            running.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    for (const Running &r : std::as_const(running)) {
        if (!m_dialect->writerGone(db, r.run, r.host, r.pid))
            continue;
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE runs SET state = 'interrupted' WHERE id = ? AND state = 'running'"));
        u.addBindValue(r.run);
        u.exec();
    }
}

AuditStore::~AuditStore()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
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
    q.prepare(QStringLiteral("INSERT INTO runs (workspace, started_at, state, tool_version, host, pid, endpoints,"
                             " inventory) VALUES (?, ?, 'running', ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(workspace.name);
    q.addBindValue(isoNow());
    q.addBindValue(QStringLiteral(MAILTLS_VERSION));
    q.addBindValue(QSysInfo::machineHostName());
    q.addBindValue(static_cast<qint64>(::getpid()));
    q.addBindValue(endpoints);
    q.addBindValue(QString::fromUtf8(workspaceToJson(workspace)));
    const bool inserted = q.exec() && q.next();
    const qint64 run = inserted ? q.value(0).toLongLong() : 0;
    if (!inserted)
        e = q.lastError();
    q.finish(); // SQLite commits no transaction while a statement is in progress
    QString failure;
    if (!inserted)
        failure = sqlError(location(), e);
    else if (QString why; !m_dialect->holdRun(db, run, &why))
        failure = QStringLiteral("%1: %2").arg(location(), why);
    else if (!execAll(db, {QStringLiteral("COMMIT")}, &e))
        failure = sqlError(location(), e);
    if (!failure.isEmpty()) {
        execAll(db, {QStringLiteral("ROLLBACK")}, &e);
        *error = failure;
        return std::nullopt;
    }
    return run;
}

bool AuditStore::addResult(qint64 run, const QString &endpoint, const EndpointResult &result, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO results (run_id, endpoint, url, status, link_state, completed_at, result)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, endpoint) DO UPDATE SET"
                             " url = excluded.url, status = excluded.status, link_state = excluded.link_state,"
                             " completed_at = excluded.completed_at, result = excluded.result"));
    q.addBindValue(run);
    q.addBindValue(endpoint);
    q.addBindValue(result.target.url());
    q.addBindValue(probeStatusKey(result.status));
    q.addBindValue(linkStateKey(assessEndpoint(result).state));
    q.addBindValue(isoNow());
    q.addBindValue(QString::fromUtf8(QJsonDocument(endpointResultToJson(result)).toJson(QJsonDocument::Compact)));
    // One statement, one implicit transaction: committed before the next endpoint.
    if (!q.exec()) {
        *error = sqlError(location(), q.lastError());
        return false;
    }
    return true;
}

bool AuditStore::finishRun(qint64 run, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE runs SET state = 'complete', finished_at = ? WHERE id = ?"));
    q.addBindValue(isoNow());
    q.addBindValue(run);
    if (!q.exec()) {
        *error = sqlError(location(), q.lastError());
        return false;
    }
    m_dialect->releaseRun(db, run);
    return true;
}

QList<StoredRun> AuditStore::runs(const QString &workspace) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT r.id, r.workspace, %1, %2, r.state, r.tool_version, r.endpoints,"
                             " (SELECT count(*) FROM results s WHERE s.run_id = r.id)"
                             " FROM runs r WHERE ? = '' OR r.workspace = ? ORDER BY r.id DESC")
                  .arg(m_dialect->timeText(QStringLiteral("r.started_at")),
                       m_dialect->timeText(QStringLiteral("r.finished_at"))));
    const QString name = workspace.isEmpty() ? QStringLiteral("") : workspace; // not NULL, which equals nothing
    q.addBindValue(name);
    q.addBindValue(name);
    q.exec();
    QList<StoredRun> out;
    while (q.next()) {
        StoredRun r;
        r.id = q.value(0).toLongLong();
        r.workspace = q.value(1).toString();
        r.startedAt = readTime(q.value(2));
        r.finishedAt = readTime(q.value(3));
        r.state = q.value(4).toString();
        r.toolVersion = q.value(5).toString();
        r.endpoints = q.value(6).toInt();
        r.results = q.value(7).toInt();
        out.append(r);
    }
    return out;
}

QList<StoredResult> AuditStore::results(qint64 run) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT endpoint, url, status, link_state, %1, result FROM results"
                             " WHERE run_id = ? ORDER BY completed_at, endpoint")
                  .arg(m_dialect->timeText(QStringLiteral("completed_at"))));
    q.addBindValue(run);
    q.exec();
    QList<StoredResult> out;
    while (q.next()) {
        StoredResult r;
        r.endpoint = q.value(0).toString();
        r.url = q.value(1).toString();
        r.status = q.value(2).toString();
        r.linkState = q.value(3).toString();
        r.completedAt = readTime(q.value(4));
        r.result = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        out.append(r);
    }
    return out;
}

std::optional<Workspace> AuditStore::inventory(qint64 run) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT inventory FROM runs WHERE id = ?"));
    q.addBindValue(run);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const WorkspaceReadResult r = parseWorkspace(q.value(0).toString().toUtf8(), QStringLiteral("run %1").arg(run));
    return r.workspace;
}

} // namespace mailtls
