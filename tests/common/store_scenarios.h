#pragma once

// The audit store's scenarios, written once for every database: the SQLite
// unit test and the PostgreSQL integration test run the same checks, each
// through a StoreBackend that makes empty stores and speaks SQL to them as
// another program would.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTest>

#include <optional>

namespace mailtls {
class AuditStore;
}

namespace storetest {

class StoreBackend
{
public:
    virtual ~StoreBackend() = default;
    // A location (as --db takes it) where no store is yet: a new file, an empty database.
    virtual QString freshLocation() = 0;
    // Runs the statements with a connection of its own; the first column of
    // the last one's rows, or nullopt (with a warning) when one fails.
    virtual std::optional<QStringList> sql(const QString &location,
                                           const QStringList &statements) = 0;
    // All that location holds, to prove that it was left untouched.
    virtual QByteArray snapshot(const QString &location) = 0;
    // Statements that mark an empty database as a store, ours or another
    // program's, at a schema version (as the header or the meta table does).
    virtual QStringList markAs(bool ours, int version) const = 0;
    // A statement whose one value is the store's schema version.
    virtual QString versionQuery() const = 0;
    // A statement with the column types schema 1 gave this database filled
    // in: {id} the runs' key, {key} a column referring to it, {time}, {json}.
    virtual QString typed(QString statement) const = 0;
};

// Each scenario checks with QTest macros: call it as the whole of a test function.
void runsSurviveReopening(StoreBackend &backend);
void killedWriterMeansInterrupted(StoreBackend &backend);
void ownRunReadsRunning(StoreBackend &backend);
void runningMarkWithoutItsHolder(StoreBackend &backend);
void refusesWhatIsNotOurs_data();
void refusesWhatIsNotOurs(StoreBackend &backend);
void twoWorkstationsWriteAtOnce(StoreBackend &backend);
void twoWorkstationsMigrateAtOnce(StoreBackend &backend);
void resultSummariesMatchResults(StoreBackend &backend);
void migratesFromSchemaOne(StoreBackend &backend);
void checklistKeptWithItsHistory(StoreBackend &backend);
void tlsRptReportsKeptOnce(StoreBackend &backend);

// Makes location a store as schema 1 wrote it: run 1 complete with two
// results, run 2 interrupted with one, every JSON document as text.
bool writeSchemaOneStore(StoreBackend &backend, const QString &location);

// The newest run's state as a reader opening the store sees it, polled until
// it is `wanted` or timeoutMs have passed (a server may take a moment to see
// a killed client's connection close).
QString newestRunState(const QString &location, const QString &wanted, int timeoutMs);
// The same as a store that stays open sees it (never opened again).
QString newestRunState(const mailtls::AuditStore &store, const QString &wanted, int timeoutMs);

// The writer killed by killedWriterMeansInterrupted is this test program,
// started again with --store-writer LOCATION: it begins a run, stores one
// result, says "run N" and waits to be killed. nullopt when not asked.
std::optional<int> runWriterIfAsked(const QStringList &arguments);

} // namespace storetest

// main() for a test of the store: the test object, or the writer when asked.
#define MAILTLS_STORE_TEST_MAIN(TestObject)                                                        \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        if (const std::optional<int> status = storetest::runWriterIfAsked(app.arguments()))        \
            return *status;                                                                        \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
