// The audit store on SQLite: the scenarios every database runs
// (tests/common/store_scenarios.h), and what only a file can be (a text file,
// a damaged database), refused untouched.

#include "app/store/audit_store.h"
#include "tests/common/raw_sql.h"
#include "tests/common/store_scenarios.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtls;

namespace {

// Each store a file of its own in a temporary folder, in a subfolder that the store creates.
class SqliteBackend final : public storetest::StoreBackend
{
public:
    QString freshLocation() override { return m_dir.filePath(QStringLiteral("store-%1/audits.sqlite").arg(++m_count)); }

    std::optional<QStringList> sql(const QString &location, const QStringList &statements) override
    {
        QDir().mkpath(QFileInfo(location).absolutePath());
        QString error;
        const auto values = storetest::rawSql(
            QStringLiteral("QSQLITE"), [&](QSqlDatabase &db) { db.setDatabaseName(location); }, statements, &error);
        if (!values)
            qWarning("%s", qPrintable(error));
        return values;
    }

    QByteArray snapshot(const QString &location) override
    {
        QFile f(location);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    QStringList markAs(bool ours, int version) const override
    {
        return {QStringLiteral("PRAGMA application_id=%1").arg(ours ? 0x4D544C53 : 0x12345678),
                QStringLiteral("PRAGMA user_version=%1").arg(version)};
    }

    QString versionQuery() const override { return QStringLiteral("PRAGMA user_version"); }

    QString typed(QString statement) const override
    {
        return statement.replace(QLatin1String("{id}"), QLatin1String("INTEGER PRIMARY KEY"))
            .replace(QLatin1String("{key}"), QLatin1String("INTEGER"))
            .replace(QLatin1String("{time}"), QLatin1String("TEXT"))
            .replace(QLatin1String("{json}"), QLatin1String("TEXT"));
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

Workspace named()
{
    Workspace ws;
    ws.name = QStringLiteral("name's");
    return ws;
}

} // namespace

class TestAuditStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsSurviveReopening() { storetest::runsSurviveReopening(m_backend); }
    void killedWriterMeansInterrupted() { storetest::killedWriterMeansInterrupted(m_backend); }
    void ownRunReadsRunning() { storetest::ownRunReadsRunning(m_backend); }
    void runningMarkWithoutItsHolder() { storetest::runningMarkWithoutItsHolder(m_backend); }
    void refusesWhatIsNotOurs_data() { storetest::refusesWhatIsNotOurs_data(); }
    void refusesWhatIsNotOurs() { storetest::refusesWhatIsNotOurs(m_backend); }
    void twoWorkstationsWriteAtOnce() { storetest::twoWorkstationsWriteAtOnce(m_backend); }
    void twoWorkstationsMigrateAtOnce() { storetest::twoWorkstationsMigrateAtOnce(m_backend); }
    void resultSummariesMatchResults() { storetest::resultSummariesMatchResults(m_backend); }
    void migratesFromSchemaOne() { storetest::migratesFromSchemaOne(m_backend); }
    void checklistKeptWithItsHistory() { storetest::checklistKeptWithItsHistory(m_backend); }
    void tlsRptReportsKeptOnce() { storetest::tlsRptReportsKeptOnce(m_backend); }
    void runLockFileNextToTheDatabase();
    void jsonIsCompressedFromSchemaTwo();
    void readsUseIndexes_data();
    void readsUseIndexes();
    void refusesFilesThatAreNoStore_data();
    void refusesFilesThatAreNoStore();
    void sqliteUrls_data();
    void sqliteUrls();

private:
    SqliteBackend m_backend;
};

void TestAuditStore::runLockFileNextToTheDatabase()
{
    // The run's lock file is there, held and naming its writer, while the run
    // is in progress, and goes when it finishes. An unlocked one left by a
    // writer that is gone, or none at all, means interrupted.
    const QString location = m_backend.freshLocation();
    QString error;
    auto store = AuditStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    const auto run = store->beginRun(named(), 1, &error);
    QVERIFY2(run, qPrintable(error));
    const QString lock = location + QStringLiteral(".run-%1.lock").arg(*run);
    QFile f(lock);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray::number(QCoreApplication::applicationPid()) + ' ' +
                              QSysInfo::machineHostName().toUtf8() + '\n');
    f.close();
    QVERIFY(store->finishRun(*run, &error));
    QVERIFY(!QFile::exists(lock));

    // A writer that gives up on its run ends it as interrupted at once.
    const auto given = store->beginRun(named(), 1, &error);
    QVERIFY2(given, qPrintable(error));
    const QString givenLock = location + QStringLiteral(".run-%1.lock").arg(*given);
    QVERIFY(QFile::exists(givenLock));
    store->interruptRun(*given);
    QVERIFY(!QFile::exists(givenLock));
    QCOMPARE(store->runs(named().name).first().state, QStringLiteral("interrupted"));

    // A store closed with its run in progress ends the run as interrupted.
    const auto second = store->beginRun(named(), 1, &error);
    QVERIFY2(second, qPrintable(error));
    const QString secondLock = location + QStringLiteral(".run-%1.lock").arg(*second);
    QVERIFY(QFile::exists(secondLock));
    store.reset();
    QVERIFY(!QFile::exists(secondLock));

    // As a killed writer leaves things: the run "running", its lock file
    // naming a live process (this one: a pid taken again), and nobody holding it.
    QVERIFY(m_backend.sql(location, {QStringLiteral("UPDATE runs SET state = 'running', finished_at = NULL,"
                                                    " result_count = NULL WHERE id = %1")
                                         .arg(*run)}));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::number(QCoreApplication::applicationPid()) + ' ' + QSysInfo::machineHostName().toUtf8());
    f.close();
    store = AuditStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<StoredRun> runs = store->runs(named().name);
    QCOMPARE(runs.size(), 3);
    for (const StoredRun &r : runs)
        QCOMPARE(r.state, QStringLiteral("interrupted"));
    QVERIFY(!QFile::exists(lock)); // found unlocked: it goes with the interrupted run
}

void TestAuditStore::refusesFilesThatAreNoStore_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("a text file") << "text" << "not an SQLite database";
    QTest::newRow("a damaged database") << "damaged" << "cannot be read as an audit store";
}

void TestAuditStore::refusesFilesThatAreNoStore()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = m_backend.freshLocation();
    if (kind == QLatin1String("text")) {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hosts,ports\nmx1,25\n");
    } else {
        QString error;
        QVERIFY2(AuditStore::open(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(4000, '\x5a')); // schema pages overwritten
    }
    const QByteArray before = m_backend.snapshot(path);
    QString error;
    QVERIFY(!AuditStore::open(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(m_backend.snapshot(path), before); // never written to
}

// The store opens by each way of naming a file, and shows the file.
void TestAuditStore::sqliteUrls_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("a plain path") << "";
    QTest::newRow("sqlite:PATH") << "sqlite:";
    QTest::newRow("sqlite:///PATH") << "sqlite://";
}

void TestAuditStore::sqliteUrls()
{
    QFETCH(QString, prefix);
    const QString path = m_backend.freshLocation();
    QVERIFY(path.startsWith(QLatin1Char('/')));
    QString error;
    auto store = AuditStore::open(prefix + path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->location(), path);
    QVERIFY(QFile::exists(path));
}

// Schema 1's rows stay text; what schema 2 writes is qCompress'd, a BLOB.
void TestAuditStore::jsonIsCompressedFromSchemaTwo()
{
    const QString path = m_backend.freshLocation();
    QVERIFY(storetest::writeSchemaOneStore(m_backend, path));
    QString error;
    {
        auto store = AuditStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        const auto run = store->beginRun(named(), 1, &error);
        QVERIFY2(run, qPrintable(error));
        EndpointResult r;
        r.target = {Protocol::Smtp, QStringLiteral("127.0.0.11"), 25, QString()};
        r.transcript.note(QString(2000, QLatin1Char('x')));
        QVERIFY2(store->addResult(*run, QStringLiteral("mx1/smtp"), r, &error), qPrintable(error));
        QVERIFY(store->finishRun(*run, &error));
        QCOMPARE(store->results(*run).constFirst().result.value(QLatin1StringView("transcript")).toArray().size(), 1);
    }
    const auto results = m_backend.sql(path, {QStringLiteral("SELECT typeof(result) || ' ' || length(result)"
                                                             " FROM results ORDER BY run_id, endpoint")});
    QVERIFY(results);
    QCOMPARE(results->size(), 4);
    QVERIFY2(results->at(2).startsWith(QLatin1String("text ")), qPrintable(results->join(QLatin1Char(','))));
    QVERIFY2(results->at(3).startsWith(QLatin1String("blob ")), qPrintable(results->at(3)));
    QVERIFY2(results->at(3).mid(5).toInt() < 1000, qPrintable(results->at(3))); // 2 KB of the same shrinks
    const auto inventories = m_backend.sql(path, {QStringLiteral("SELECT typeof(inventory) FROM inventories ORDER BY run_id")});
    QCOMPARE(inventories, std::optional<QStringList>({"text", "text", "blob"}));
}

// The reads a window makes find their rows by an index, however many runs the store holds.
void TestAuditStore::readsUseIndexes_data()
{
    QTest::addColumn<QString>("read");
    QTest::addColumn<QString>("step");
    QTest::newRow("runs of a workspace") << "runs of a workspace" << "SEARCH r USING INDEX runs_by_workspace";
    QTest::newRow("their counts (of a running run)") << "runs of a workspace"
                                                     << "SEARCH s USING COVERING INDEX sqlite_autoindex_results_1";
    // From the index alone, in its order (no sort).
    QTest::newRow("result summaries") << "result summaries" << "SEARCH results USING COVERING INDEX results_by_run";
    QTest::newRow("results") << "results" << "SEARCH results USING INDEX results_by_run";
    QTest::newRow("inventory") << "inventory" << "SEARCH inventories USING INTEGER PRIMARY KEY";
}

void TestAuditStore::readsUseIndexes()
{
    QFETCH(QString, read);
    QFETCH(QString, step);
    QString error;
    auto store = AuditStore::open(m_backend.freshLocation(), &error);
    QVERIFY2(store, qPrintable(error));
    const auto run = store->beginRun(named(), 1, &error);
    QVERIFY2(run, qPrintable(error));
    QStringList steps;
    for (const QString &line : store->queryPlans(*run, QStringLiteral("name's"))) {
        if (line.startsWith(read + QStringLiteral(": ")))
            steps.append(line.mid(read.size() + 2).trimmed());
    }
    QVERIFY2(std::any_of(steps.cbegin(), steps.cend(), [&](const QString &s) { return s.startsWith(step); }),
             qPrintable(steps.join(QStringLiteral("; "))));
    for (const QString &s : std::as_const(steps)) {
        QVERIFY2(!s.startsWith(QLatin1String("SCAN")), qPrintable(s)); // never every row
        if (read.startsWith(QLatin1String("result")))
            QVERIFY2(!s.contains(QLatin1String("TEMP B-TREE")), qPrintable(s));
    }
}

MAILTLS_STORE_TEST_MAIN(TestAuditStore)
#include "tst_audit_store.moc"
