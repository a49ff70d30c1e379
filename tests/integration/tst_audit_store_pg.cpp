// The audit store on a real PostgreSQL server that the test starts on
// loopback (tests/common/pg_server.h): the scenarios every database runs
// (tests/common/store_scenarios.h), then the command line against it: an
// audit killed with SIGKILL shows as interrupted, and the password comes from
// the URL, PGPASSWORD or ~/.pgpass and is never printed.

#include "app/store/audit_store.h"
#include "tests/common/child_process.h"
#include "tests/common/killed_audit.h"
#include "tests/common/pg_server.h"
#include "tests/common/raw_sql.h"
#include "tests/common/store_scenarios.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>


using namespace mailtls;
using storetest::PgServer;

namespace {

const QString kBinary = QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor");
const QString kRole = QStringLiteral("auditor");
// Characters a URL must percent-encode and ~/.pgpass must escape.
const QString kPassword = QStringLiteral("p@ss:w/rd 1%");

// Each store a database of its own, owned by the role the stores log in as.
class PgBackend final : public storetest::StoreBackend
{
public:
    explicit PgBackend(PgServer *server) : m_server(server) {}

    // postgresql://auditor[:password]@127.0.0.1:PORT/database
    QString url(const QString &database, const QString &password) const
    {
        const QString userInfo =
            password.isEmpty()
                ? kRole
                : kRole + QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(password));
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(userInfo, QString::number(m_server->port()), database);
    }

    QString freshDatabase()
    {
        const QString name = QStringLiteral("store_%1").arg(++m_count);
        const QString e =
            m_server->adminSql(QStringLiteral("postgres"),
                               {QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, kRole)});
        if (!e.isEmpty())
            qWarning("%s", qPrintable(e));
        return name;
    }

    QString freshLocation() override { return url(freshDatabase(), kPassword); }

    std::optional<QStringList> sql(const QString &location, const QStringList &statements) override
    {
        QString error;
        const std::optional<StoreLocation> l = StoreLocation::parse(location, &error);
        std::optional<QStringList> values;
        if (l) {
            values = storetest::rawSql(
                QStringLiteral("QPSQL"),
                [&](QSqlDatabase &db) {
                    db.setHostName(l->host);
                    db.setPort(l->port);
                    db.setDatabaseName(l->database);
                    db.setUserName(l->user);
                    db.setPassword(l->password);
                },
                statements, &error);
        }
        if (!values)
            qWarning("%s", qPrintable(error));
        return values;
    }

    // Every relation (tables, indexes, sequences, views) and the rows of every table we may read.
    QByteArray snapshot(const QString &location) override
    {
        const auto relations =
            sql(location, {QStringLiteral("SELECT CASE WHEN has_schema_privilege(n.oid, 'USAGE') "
                                          "AND has_table_privilege(c.oid, 'SELECT')"
                                          " THEN c.relkind::text ELSE '-' END || ' ' || n.nspname "
                                          "|| '.' || c.relname FROM pg_class c"
                                          " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                          " WHERE n.nspname <> 'information_schema' AND n.nspname "
                                          "NOT LIKE 'pg\\_%' ORDER BY 1")});
        if (!relations)
            return {};
        QByteArray out;
        for (const QString &r : *relations) {
            out += r.toUtf8() + '\n';
            if (!r.startsWith(QLatin1String("r ")))
                continue;
            const auto rows = sql(
                location, {QStringLiteral("SELECT t::text FROM %1 t ORDER BY 1").arg(r.mid(2))});
            for (const QString &row : rows.value_or(QStringList{QStringLiteral("(failed)")}))
                out += "  " + row.toUtf8() + '\n';
        }
        return out;
    }

    QStringList markAs(bool ours, int version) const override
    {
        return {
            QStringLiteral("CREATE TABLE mailtls_meta (key text PRIMARY KEY, value text NOT NULL)"),
            QStringLiteral(
                "INSERT INTO mailtls_meta VALUES ('application', '%1'), ('schema_version', '%2')")
                .arg(ours ? QStringLiteral("mailtls-auditor") : QStringLiteral("another-tool"))
                .arg(version)};
    }

    QString versionQuery() const override
    {
        return QStringLiteral("SELECT value FROM mailtls_meta WHERE key = 'schema_version'");
    }

    QString typed(QString statement) const override
    {
        return statement
            .replace(QLatin1String("{id}"),
                     QLatin1String("bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"))
            .replace(QLatin1String("{key}"), QLatin1String("bigint"))
            .replace(QLatin1String("{time}"), QLatin1String("timestamptz"))
            .replace(QLatin1String("{json}"), QLatin1String("json"));
    }

private:
    PgServer *m_server;
    int m_count = 0;
};

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

} // namespace

class TestAuditStorePg : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runsSurviveReopening() { storetest::runsSurviveReopening(*m_backend); }
    void killedWriterMeansInterrupted() { storetest::killedWriterMeansInterrupted(*m_backend); }
    void ownRunReadsRunning() { storetest::ownRunReadsRunning(*m_backend); }
    void runningMarkWithoutItsHolder() { storetest::runningMarkWithoutItsHolder(*m_backend); }
    void refusesWhatIsNotOurs_data() { storetest::refusesWhatIsNotOurs_data(); }
    void refusesWhatIsNotOurs() { storetest::refusesWhatIsNotOurs(*m_backend); }
    void twoWorkstationsWriteAtOnce() { storetest::twoWorkstationsWriteAtOnce(*m_backend); }
    void twoWorkstationsMigrateAtOnce() { storetest::twoWorkstationsMigrateAtOnce(*m_backend); }
    void resultSummariesMatchResults() { storetest::resultSummariesMatchResults(*m_backend); }
    void checklistKeptWithItsHistory() { storetest::checklistKeptWithItsHistory(*m_backend); }
    void tlsRptReportsKeptOnce() { storetest::tlsRptReportsKeptOnce(*m_backend); }
    void migratesFromSchemaOne() { storetest::migratesFromSchemaOne(*m_backend); }
    void foreignTablesInAnotherSchema();
    void killedAuditCommandIsInterrupted();
    void passwordSources_data();
    void passwordSources();
    void cleanupTestCase();

private:
    QProcessEnvironment cliEnvironment(const QString &home) const;
    CliRun cli(const QStringList &arguments, const QProcessEnvironment &env) const;

    PgServer m_server;
    std::unique_ptr<PgBackend> m_backend;
    QTemporaryDir m_dir;
};

void TestAuditStorePg::initTestCase()
{
    if (const QString why = PgServer::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_dir.isValid());
    const QString e = m_server.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const QString role = m_server.adminSql(
        QStringLiteral("postgres"),
        {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(kRole, kPassword)});
    QVERIFY2(role.isEmpty(), qPrintable(role));
    m_backend = std::make_unique<PgBackend>(&m_server);
}

void TestAuditStorePg::foreignTablesInAnotherSchema()
{
    // Another program's tables, in a schema of their own and not readable by
    // our role, still make the database another program's.
    const QString database = m_backend->freshDatabase();
    const QString e =
        m_server.adminSql(database, {QStringLiteral("CREATE SCHEMA billing"),
                                     QStringLiteral("CREATE TABLE billing.invoices (n int)")});
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const QString location = m_backend->url(database, kPassword);
    const QByteArray before = m_backend->snapshot(location);
    QVERIFY(before.contains("billing.invoices"));
    QString error;
    QVERIFY(!AuditStore::open(location, &error));
    QVERIFY2(error.contains(QLatin1String("another program's PostgreSQL database")),
             qPrintable(error));
    QCOMPARE(m_backend->snapshot(location), before);
}

void TestAuditStorePg::killedAuditCommandIsInterrupted()
{
    const QString database = m_backend->freshDatabase();
    QProcessEnvironment env = cliEnvironment(m_dir.path());
    env.insert(QStringLiteral("PGPASSWORD"), kPassword);
    storetest::killedAuditCommandIsInterrupted(m_backend->url(database, {}), m_backend->url(database, kPassword), env,
                                               m_dir.path());
}

void TestAuditStorePg::passwordSources_data()
{
    QTest::addColumn<QString>("inUrl");      // the password in --db
    QTest::addColumn<QString>("pgpassword"); // PGPASSWORD
    QTest::addColumn<QString>("pgpass");     // ~/.pgpass
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("said");
    const QString shown = QStringLiteral("Store: postgresql://auditor@127.0.0.1:");
    QTest::newRow("in the URL") << kPassword << ""
                                << "" << 0 << "Store: postgresql://auditor:***@127.0.0.1:";
    QTest::newRow("from PGPASSWORD") << "" << kPassword << "" << 0 << shown;
    // ':' and '\' are escaped in ~/.pgpass.
    QTest::newRow("from ~/.pgpass") << ""
                                    << ""
                                    << "127.0.0.1:*:*:auditor:p@ss\\:w/rd 1%\n"
                                    << 0 << shown;
    QTest::newRow("a wrong one") << "Wr0ng-pass"
                                 << ""
                                 << "" << 4 << "password authentication failed"; // the store cannot be opened
    QTest::newRow("none at all") << ""
                                 << ""
                                 << "" << 4 << "no password supplied";
}

void TestAuditStorePg::passwordSources()
{
    QFETCH(QString, inUrl);
    QFETCH(QString, pgpassword);
    QFETCH(QString, pgpass);
    QFETCH(int, status);
    QFETCH(QString, said);
    QTemporaryDir home;
    QProcessEnvironment env = cliEnvironment(home.path());
    if (!pgpassword.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), pgpassword);
    if (!pgpass.isEmpty()) {
        QFile f(home.filePath(QStringLiteral(".pgpass")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pgpass.toUtf8());
        f.setPermissions(QFile::ReadOwner |
                         QFile::WriteOwner); // libpq ignores a file others can read
    }
    const CliRun r = cli({QStringLiteral("runs"), QStringLiteral("--db"),
                          m_backend->url(m_backend->freshDatabase(), inUrl)},
                         env);
    const QString all = r.out + r.err;
    QVERIFY2(r.status == status, qPrintable(all));
    QVERIFY2(all.contains(said), qPrintable(all));
    for (const QString &secret : {kPassword, QStringLiteral("Wr0ng-pass")}) {
        QVERIFY2(!all.contains(secret), qPrintable(all));
        QVERIFY2(!all.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))),
                 qPrintable(all));
    }
}

void TestAuditStorePg::cleanupTestCase()
{
    m_backend.reset();
    m_server.stop();
}

// The command line's environment: our home, and no PostgreSQL settings of the machine's.
QProcessEnvironment TestAuditStorePg::cliEnvironment(const QString &home) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("PG")))
            env.remove(name);
    }
    env.insert(QStringLiteral("HOME"), home);
    return env;
}

CliRun TestAuditStorePg::cli(const QStringList &arguments, const QProcessEnvironment &env) const
{
    QProcess p;
    storetest::dieWithTest(p);
    p.setProcessEnvironment(env);
    p.start(kBinary, arguments);
    CliRun r;
    if (!p.waitForFinished(30000))
        return r;
    r.status = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

MAILTLS_STORE_TEST_MAIN(TestAuditStorePg)
#include "tst_audit_store_pg.moc"
