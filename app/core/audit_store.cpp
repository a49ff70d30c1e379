#include "app/core/audit_store.h"

#include "app/core/link_state.h"
#include "app/core/workspace_io.h"
#include "probes/result_json.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QVariant>

#include <csignal>
#include <unistd.h>

namespace mailtls {

namespace {

constexpr qint64 kApplicationId = 0x4D544C53; // "MTLS" in PRAGMA application_id

// Numbered migrations: index i takes the schema from version i to i + 1.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> m{
        {
            QStringLiteral("CREATE TABLE runs ("
                           " id INTEGER PRIMARY KEY,"
                           " workspace TEXT NOT NULL,"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " state TEXT NOT NULL CHECK (state IN ('running', 'complete', 'interrupted')),"
                           " tool_version TEXT NOT NULL,"
                           " host TEXT NOT NULL,"
                           " pid INTEGER NOT NULL,"
                           " endpoints INTEGER NOT NULL,"
                           " inventory TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE results ("
                           " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                           " endpoint TEXT NOT NULL,"
                           " url TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " link_state TEXT NOT NULL,"
                           " completed_at TEXT NOT NULL,"
                           " result TEXT NOT NULL,"
                           " PRIMARY KEY (run_id, endpoint))"),
            QStringLiteral("CREATE INDEX runs_by_workspace ON runs(workspace, started_at)"),
        },
    };
    return m;
}

QString isoNow() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

bool processAlive(qint64 pid) { return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM); }

QString sqlError(const QString &path, const QSqlError &e)
{
    return QStringLiteral("%1: %2").arg(path, e.text());
}

} // namespace

QString AuditStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audits.sqlite");
}

std::unique_ptr<AuditStore> AuditStore::open(const QString &path, QString *error)
{
    // 1. Refuse what is not ours before SQLite touches it: SQLite would happily
    //    "open" any file and fail later, or turn an empty file into a database.
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (info.exists() && !info.isFile()) {
        *error = QStringLiteral("%1: not a file").arg(path);
        return nullptr;
    }
    if (existed) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
            return nullptr;
        }
        if (f.read(16) != QByteArray("SQLite format 3\0", 16)) {
            *error = QStringLiteral("%1 is not an audit store (not an SQLite database); it was left as it is").arg(path);
            return nullptr;
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("%1: cannot create the folder").arg(info.absolutePath());
        return nullptr;
    }

    static QAtomicInt counter;
    std::unique_ptr<AuditStore> store(new AuditStore);
    store->m_path = path;
    store->m_connection = QStringLiteral("mailtls-store-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = sqlError(path, db.lastError());
        return nullptr;
    }
    QSqlQuery q(db);
    // 2. Whose database is it? application_id says; a damaged file fails here.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        *error = QStringLiteral("%1 cannot be read as an audit store (%2); it was left as it is")
                     .arg(path, q.lastError().text());
        return nullptr;
    }
    const qint64 applicationId = q.value(0).toLongLong();
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : -1;
    // The schema must read back: a damaged first page fails here, not later.
    if (!q.exec(QStringLiteral("SELECT count(*), sum(name IN ('runs', 'results')) FROM sqlite_schema")) ||
        !q.next()) {
        *error = QStringLiteral("%1 cannot be read as an audit store (%2); it was left as it is")
                     .arg(path, q.lastError().text());
        return nullptr;
    }
    const int objects = q.value(0).toInt();
    const int ourTables = q.value(1).toInt();
    if (applicationId != kApplicationId && (applicationId != 0 || objects != 0)) {
        *error = QStringLiteral("%1 is another program's SQLite database, not an audit store; it was left as it is")
                     .arg(path);
        return nullptr;
    }
    if (version > kSchemaVersion) {
        *error = QStringLiteral("%1 was written by a newer version (schema %2; this one knows %3)")
                     .arg(path)
                     .arg(version)
                     .arg(kSchemaVersion);
        return nullptr;
    }
    if (applicationId == kApplicationId && version >= 1 && ourTables != 2) {
        *error = QStringLiteral("%1 cannot be read as an audit store (its tables are missing); it was left as it is")
                     .arg(path);
        return nullptr;
    }
    // 3. WAL: readers never wait for the writer, and each commit is durable on its own.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    // 4. Migrations, each in its own transaction with the version it reaches.
    for (int v = version; v < kSchemaVersion; ++v) {
        if (!db.transaction()) {
            *error = sqlError(path, db.lastError());
            return nullptr;
        }
        QStringList statements = migrations().at(v);
        if (v == 0)
            statements.prepend(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
        statements.append(QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
        for (const QString &s : std::as_const(statements)) {
            if (!q.exec(s)) {
                *error = QStringLiteral("%1: migration to schema %2 failed: %3")
                             .arg(path)
                             .arg(v + 1)
                             .arg(q.lastError().text());
                db.rollback();
                return nullptr;
            }
        }
        if (!db.commit()) {
            *error = sqlError(path, db.lastError());
            return nullptr;
        }
    }
    // 5. Runs left "running" by a process of this machine that is gone were interrupted.
    QSqlQuery running(db);
    running.prepare(QStringLiteral("SELECT id, pid FROM runs WHERE state = 'running' AND host = ?"));
    running.addBindValue(QSysInfo::machineHostName());
    running.exec();
    QList<qint64> interrupted;
    while (running.next()) {
        if (!processAlive(running.value(1).toLongLong()))
            interrupted.append(running.value(0).toLongLong());
    }
    for (qint64 id : std::as_const(interrupted)) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE runs SET state = 'interrupted' WHERE id = ?"));
        u.addBindValue(id);
        u.exec();
    }
    return store;
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
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO runs (workspace, started_at, state, tool_version, host, pid, endpoints,"
                             " inventory) VALUES (?, ?, 'running', ?, ?, ?, ?, ?)"));
    q.addBindValue(workspace.name);
    q.addBindValue(isoNow());
    q.addBindValue(QStringLiteral(MAILTLS_VERSION));
    q.addBindValue(QSysInfo::machineHostName());
    q.addBindValue(static_cast<qint64>(::getpid()));
    q.addBindValue(endpoints);
    q.addBindValue(QString::fromUtf8(workspaceToJson(workspace)));
    if (!q.exec()) {
        *error = sqlError(m_path, q.lastError());
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool AuditStore::addResult(qint64 run, const QString &endpoint, const EndpointResult &result, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO results (run_id, endpoint, url, status, link_state,"
                             " completed_at, result) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(run);
    q.addBindValue(endpoint);
    q.addBindValue(result.target.url());
    q.addBindValue(probeStatusKey(result.status));
    q.addBindValue(linkStateKey(assessEndpoint(result).state));
    q.addBindValue(isoNow());
    q.addBindValue(QString::fromUtf8(QJsonDocument(endpointResultToJson(result)).toJson(QJsonDocument::Compact)));
    // One statement, one implicit transaction: committed before the next endpoint.
    if (!q.exec()) {
        *error = sqlError(m_path, q.lastError());
        return false;
    }
    return true;
}

bool AuditStore::finishRun(qint64 run, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE runs SET state = 'complete', finished_at = ? WHERE id = ?"));
    q.addBindValue(isoNow());
    q.addBindValue(run);
    if (!q.exec()) {
        *error = sqlError(m_path, q.lastError());
        return false;
    }
    return true;
}

QList<StoredRun> AuditStore::runs(const QString &workspace) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT r.id, r.workspace, r.started_at, r.finished_at, r.state, r.tool_version,"
                             " r.endpoints, (SELECT count(*) FROM results s WHERE s.run_id = r.id)"
                             " FROM runs r WHERE ? OR r.workspace = ? ORDER BY r.id DESC"));
    q.addBindValue(workspace.isEmpty());
    q.addBindValue(workspace.isEmpty() ? QStringLiteral("") : workspace);
    q.exec();
    QList<StoredRun> out;
    while (q.next()) {
        StoredRun r;
        r.id = q.value(0).toLongLong();
        r.workspace = q.value(1).toString();
        r.startedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        r.finishedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
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
    q.prepare(QStringLiteral("SELECT endpoint, url, status, link_state, completed_at, result FROM results"
                             " WHERE run_id = ? ORDER BY completed_at, endpoint"));
    q.addBindValue(run);
    q.exec();
    QList<StoredResult> out;
    while (q.next()) {
        StoredResult r;
        r.endpoint = q.value(0).toString();
        r.url = q.value(1).toString();
        r.status = q.value(2).toString();
        r.linkState = q.value(3).toString();
        r.completedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
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
