#include "app/store/store_dialect.h"

#include "app/store/run_lock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <map>

namespace mailtls {

QString isoNow() { return isoTime(QDateTime::currentDateTimeUtc()); }
QString isoTime(const QDateTime &time) { return time.toUTC().toString(Qt::ISODateWithMs); }
QDateTime readTime(const QVariant &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }
QString sqlError(const QString &where, const QSqlError &e) { return QStringLiteral("%1: %2").arg(where, e.text()); }

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

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::AuditStore)
};

constexpr qint64 kApplicationId =
    0x4D544C53; // "MTLS": SQLite's application_id, PostgreSQL's lock class
const QString kApplicationName = QStringLiteral("mailtls-auditor");

// One file, WAL. SQLite keeps our mark and schema version in its header
// (PRAGMA application_id, user_version). A run in progress is told by its
// writer's lock on a file next to the database (run_lock.h).
class SqliteDialect final : public StoreDialect
{
public:
    // The lock files sit next to the database, named from its absolute path
    // so that every process finds the same ones.
    explicit SqliteDialect(const QString &databasePath) : m_databasePath(QFileInfo(databasePath).absoluteFilePath()) {}

    QString name() const override { return QStringLiteral("SQLite"); }
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-sqlite"); }

    QString checkBeforeOpen(const StoreLocation &location) const override
    {
        // SQLite would happily "open" any file and fail later, or turn an empty
        // file into a database: refuse what is not ours before it touches it.
        const QString &path = location.path;
        const QFileInfo info(path);
        if (info.exists() && !info.isFile())
            return Tr::tr("%1: not a file").arg(path);
        if (!info.exists() || info.size() == 0) {
            if (!QDir().mkpath(info.absolutePath()))
                return Tr::tr("%1: cannot create the folder").arg(info.absolutePath());
            return {};
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("%1: %2").arg(path, f.errorString());
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return Tr::tr("%1 is not an audit store (not an SQLite database); it was left as it is")
                .arg(path);
        return {};
    }

    void configure(QSqlDatabase &db, const StoreLocation &location) const override
    {
        db.setDatabaseName(location.path);
        // Writers of other processes are waited for, not failed on.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }

    StoreIdentity identify(QSqlDatabase &db) const override
    {
        StoreIdentity id;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
            id.error = q.lastError().text();
            return id;
        }
        const qint64 applicationId = q.value(0).toLongLong();
        id.marker = applicationId == kApplicationId ? StoreIdentity::Marker::Ours
                    : applicationId == 0            ? StoreIdentity::Marker::None
                                                    : StoreIdentity::Marker::Other;
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            id.version = q.value(0).toInt();
        // The schema must read back: a damaged first page fails here, not later.
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema"))) {
            id.error = q.lastError().text();
            return id;
        }
        while (q.next())
            id.objects.append(q.value(0).toString());
        if (q.lastError().isValid())
            id.error = q.lastError().text();
        return id;
    }

    QString setUpSession(QSqlDatabase &db) const override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
            return q.lastError().text();
        // WAL: readers never wait for the writer, and each commit is durable on
        // its own. The switch needs the file to itself and SQLite's busy timeout
        // does not wait for it: a few tries, then on in the current mode (the
        // file keeps WAL once any open has switched it).
        bool wal = false;
        for (int attempt = 0; attempt < 25; ++attempt) {
            if (q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
                wal = q.next() && q.value(0).toString() == QLatin1String("wal");
                break;
            }
            QThread::msleep(20);
        }
        // In WAL mode a commit need not wait for the disk (synchronous=NORMAL):
        // it is in the log, in the kernel's hands, when it returns, so a killed
        // process loses nothing; only a power loss or a crash of the machine
        // can take the last commits back, never the file's consistency. FULL
        // would fsync each result's commit: a hundred times slower.
        if (wal) {
            q.finish();
            if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
                return q.lastError().text();
        }
        return {};
    }

    // IMMEDIATE: the write lock now, which also keeps two processes from both migrating.
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QStringList migrationLock() const override { return {}; }
    QStringList markStatements() const override
    {
        return {QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)};
    }
    QString versionStatement(int version) const override
    {
        return QStringLiteral("PRAGMA user_version=%1").arg(version);
    }

    // Stored as ISO 8601 text in UTC already.
    QString timeText(const QString &column) const override { return column; }
    // SQLite compresses nothing itself.
    bool packsJson() const override { return true; }
    QStringList explain(QSqlDatabase &db, const QString &query) const override
    {
        // Rows of (id, parent, notused, detail); a step's depth from its parent.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + query))
            return {q.lastError().text()};
        QHash<int, int> depth;
        QStringList steps;
        while (q.next()) {
            const int d = depth.value(q.value(1).toInt(), -1) + 1;
            depth.insert(q.value(0).toInt(), d);
            steps.append(QString(d * 2, QLatin1Char(' ')) + q.value(3).toString());
        }
        return steps;
    }

    bool holdRun(QSqlDatabase &, qint64 run, QString *error) override
    {
        std::optional<RunLock> lock = RunLock::take(RunLock::path(m_databasePath, run), error);
        if (!lock)
            return false;
        m_held.insert_or_assign(run, std::move(*lock));
        return true;
    }
    void releaseRun(QSqlDatabase &, qint64 run) override
    {
        const auto it = m_held.find(run);
        if (it == m_held.end())
            return;
        it->second.release();
        m_held.erase(it);
    }
    bool writerGone(QSqlDatabase &, qint64 run) const override
    {
        const QString path = RunLock::path(m_databasePath, run);
        if (RunLock::holder(path) != RunLock::Holder::Nobody)
            return false;
        // Nobody will take it again: the file of a run found interrupted goes.
        QFile::remove(path);
        return true;
    }

protected:
    ColumnTypes columnTypes() const override
    {
        return {QStringLiteral("INTEGER PRIMARY KEY"), QStringLiteral("INTEGER"),
                QStringLiteral("TEXT"), QStringLiteral("TEXT")};
    }

private:
    QString m_databasePath;
    std::map<qint64, RunLock> m_held; // the runs this store writes, each with its lock
};

// A database shared by a team's workstations. PostgreSQL has no header for
// our mark: the table mailtls_meta holds it and the schema version.
//
// A run in progress is told by a session-level advisory lock (class "MTLS",
// the run id) that the writer's connection takes in the transaction that
// creates the run and holds until the run finishes. The server drops it when
// that session ends for any reason (kill -9, a crash, a lost connection), so
// a reader on any workstation whose pg_try_advisory_lock on a "running" run
// succeeds knows the writer is gone. A pid means nothing on another machine,
// and a heartbeat would need a writer thread and a staleness guess; the lock
// is exact. Its one delay: a workstation that vanishes from the network holds
// it until the server's TCP keepalive notices.
class PostgresDialect final : public StoreDialect
{
public:
    QString name() const override { return QStringLiteral("PostgreSQL"); }
    QString driver() const override { return QStringLiteral("QPSQL"); }
    QString driverPackage() const override { return QStringLiteral("libqt6sql6-psql"); }
    QString checkBeforeOpen(const StoreLocation &) const override { return {}; }

    void configure(QSqlDatabase &db, const StoreLocation &location) const override
    {
        // An empty password is not passed: libpq then reads PGPASSWORD or ~/.pgpass.
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setConnectOptions(location.connectOptions());
    }

    StoreIdentity identify(QSqlDatabase &db) const override
    {
        // Every table of the database, whatever its owner or privileges (the
        // information_schema would hide those we may not read).
        StoreIdentity id;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT CASE WHEN n.nspname = current_schema() THEN c.relname "
                                   "ELSE n.nspname || '.' || c.relname END"
                                   " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                   " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')"
                                   " AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE "
                                   "'pg\\_%' ORDER BY 1"))) {
            id.error = q.lastError().text();
            return id;
        }
        while (q.next())
            id.objects.append(q.value(0).toString());
        if (!id.objects.contains(QLatin1String("mailtls_meta")))
            return id;
        if (!q.exec(QStringLiteral("SELECT key, value FROM mailtls_meta"))) {
            id.error = q.lastError().text();
            return id;
        }
        id.marker = StoreIdentity::Marker::Other;
        while (q.next()) {
            const QString key = q.value(0).toString();
            if (key == QLatin1String("application") && q.value(1).toString() == kApplicationName)
                id.marker = StoreIdentity::Marker::Ours;
            else if (key == QLatin1String("schema_version"))
                id.version = q.value(1).toInt();
        }
        return id;
    }

    QString setUpSession(QSqlDatabase &db) const override
    {
        // As SQLite's synchronous=NORMAL: a commit returns before the server
        // has flushed its log (it does within a fraction of a second). It is
        // the server's once it returns, so a killed client loses nothing, and
        // other sessions see it at once; only a crash of the server can take
        // back the last commits, never its consistency. On: an fsync per result.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SET synchronous_commit = off")))
            return q.lastError().text();
        return {};
    }

    QString beginWrite() const override { return QStringLiteral("BEGIN"); }
    // Released at COMMIT or ROLLBACK; key 0, as run ids start at 1.
    QStringList migrationLock() const override
    {
        return {QStringLiteral("SELECT pg_advisory_xact_lock(%1, 0)").arg(kApplicationId)};
    }
    QStringList markStatements() const override
    {
        return {
            QStringLiteral("CREATE TABLE mailtls_meta (key text PRIMARY KEY, value text NOT NULL)"),
            QStringLiteral(
                "INSERT INTO mailtls_meta VALUES ('application', '%1'), ('schema_version', '0')")
                .arg(kApplicationName)};
    }
    QString versionStatement(int version) const override
    {
        return QStringLiteral("UPDATE mailtls_meta SET value = '%1' WHERE key = 'schema_version'")
            .arg(version);
    }

    // Whatever the session's time zone: to_char formats the UTC wall time.
    QString timeText(const QString &column) const override
    {
        return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
            .arg(column);
    }

    // json columns take text only, and TOAST compresses large values itself.
    bool packsJson() const override { return false; }
    QStringList explain(QSqlDatabase &db, const QString &query) const override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("EXPLAIN ") + query))
            return {q.lastError().text()};
        QStringList steps;
        while (q.next())
            steps.append(q.value(0).toString());
        return steps;
    }

    bool holdRun(QSqlDatabase &db, qint64 run, QString *error) override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(%1, %2)")
                        .arg(kApplicationId)
                        .arg(lockKey(run)))) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
    void releaseRun(QSqlDatabase &db, qint64 run) override { unlock(db, run); }
    bool writerGone(QSqlDatabase &db, qint64 run) const override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1, %2)")
                        .arg(kApplicationId)
                        .arg(lockKey(run))) ||
            !q.next() || !q.value(0).toBool())
            return false;
        // Free: the writer's session is over. Nobody takes it again: let it go at once.
        unlock(db, run);
        return true;
    }

protected:
    ColumnTypes columnTypes() const override
    {
        // json, not jsonb: kept as written, and jsonb refuses \u0000, which a
        // hostile server's certificate can put in a probe result.
        return {QStringLiteral("bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"),
                QStringLiteral("bigint"), QStringLiteral("timestamptz"), QStringLiteral("json")};
    }

private:
    static void unlock(QSqlDatabase &db, qint64 run)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1, %2)")
                   .arg(kApplicationId)
                   .arg(lockKey(run)));
    }
    // The lock's second key is an int4; ids past 2^31 share keys, which at
    // worst shows an interrupted run as running while another holds its key.
    static int lockKey(qint64 run) { return static_cast<int>(run & 0x7fffffff); }
};

} // namespace

std::unique_ptr<StoreDialect> StoreDialect::create(const StoreLocation &location)
{
    if (location.kind == StoreLocation::Kind::Postgres)
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>(location.path);
}

QString StoreDialect::schema(QString statement) const
{
    const ColumnTypes t = columnTypes();
    return statement.replace(QLatin1String("{id}"), t.id)
        .replace(QLatin1String("{key}"), t.key)
        .replace(QLatin1String("{time}"), t.time)
        .replace(QLatin1String("{json}"), t.json);
}

} // namespace mailtls
