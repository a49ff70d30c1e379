// The audit store: runs and results survive reopening, a run whose process is
// gone shows as interrupted, and what is not our store is refused untouched.

#include "app/core/audit_store.h"
#include "app/core/workspace_io.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtls;

namespace {

Workspace demo()
{
    const auto r = loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    return *r.workspace;
}

EndpointResult probed(const QString &host, quint16 port, ProbeStatus status)
{
    EndpointResult r;
    r.target = {Protocol::Smtp, host, port, host};
    r.status = status;
    for (TlsVersion v : allTlsVersions())
        r.versions.insert(v, VersionResult{});
    return r;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file with a connection of its own (to fake other programs' files).
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestAuditStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsSurviveReopening();
    void goneProcessMeansInterrupted();
    void refusesWhatIsNotOurs_data();
    void refusesWhatIsNotOurs();
};

void TestAuditStore::runsSurviveReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/audits.sqlite")); // the folder is created
    QString error;
    qint64 id = 0;
    {
        auto store = AuditStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        const auto run = store->beginRun(demo(), 2, &error);
        QVERIFY2(run, qPrintable(error));
        id = *run;
        QVERIFY(store->addResult(id, QStringLiteral("mx1/smtp"), probed(QStringLiteral("127.0.0.11"), 2525, ProbeStatus::StartTlsNotOffered), &error));
        QVERIFY(store->addResult(id, QStringLiteral("relay/smtp"), probed(QStringLiteral("127.0.0.13"), 2525, ProbeStatus::Refused), &error));
        QCOMPARE(store->runs().first().state, QStringLiteral("running"));
        QVERIFY(store->finishRun(id, &error));
    }
    auto store = AuditStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<StoredRun> runs = store->runs(demo().name);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().state, QStringLiteral("complete"));
    QCOMPARE(runs.first().endpoints, 2);
    QCOMPARE(runs.first().results, 2);
    QVERIFY(runs.first().finishedAt >= runs.first().startedAt);
    QVERIFY(store->runs(QStringLiteral("another workspace")).isEmpty());
    const QList<StoredResult> results = store->results(id);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).linkState, QStringLiteral("cleartext"));
    QCOMPARE(results.at(1).linkState, QStringLiteral("unreachable"));
    QCOMPARE(results.at(1).result.value(QLatin1StringView("endpoint")).toString(), QStringLiteral("smtp://127.0.0.13:2525"));
    QCOMPARE(store->inventory(id), std::optional<Workspace>(demo()));
}

void TestAuditStore::goneProcessMeansInterrupted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audits.sqlite"));
    QString error;
    {
        auto store = AuditStore::open(path, &error);
        QVERIFY(store);
        const auto run = store->beginRun(demo(), 5, &error);
        QVERIFY(run);
        QVERIFY(store->addResult(*run, QStringLiteral("mx1/smtp"), probed(QStringLiteral("127.0.0.11"), 2525, ProbeStatus::Ok), &error));
    }
    // The run now belongs to a process that has ended (as after kill -9).
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForFinished());
    rawSql(path, {QStringLiteral("UPDATE runs SET pid = %1").arg(gone.processId())});
    auto store = AuditStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->runs().first().state, QStringLiteral("interrupted"));
    QCOMPARE(store->runs().first().results, 1); // what had completed is kept
}

void TestAuditStore::refusesWhatIsNotOurs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("a text file") << "text" << "not an SQLite database";
    QTest::newRow("another program's database") << "foreign" << "another program's SQLite database";
    QTest::newRow("a newer schema") << "newer" << "newer version (schema 99";
    QTest::newRow("a damaged database") << "damaged" << "cannot be read as an audit store";
}

void TestAuditStore::refusesWhatIsNotOurs()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file"));
    if (kind == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hosts,ports\nmx1,25\n");
    } else if (kind == QLatin1String("foreign")) {
        rawSql(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                      QStringLiteral("INSERT INTO contacts VALUES ('alice')")});
    } else if (kind == QLatin1String("newer")) {
        rawSql(path, {QStringLiteral("PRAGMA application_id=%1").arg(0x4D544C53), QStringLiteral("PRAGMA user_version=99"),
                      QStringLiteral("CREATE TABLE future (x)")});
    } else {
        QString error;
        { auto store = AuditStore::open(path, &error); QVERIFY(store); }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(4000, '\x5a')); // schema pages overwritten
    }
    const QByteArray before = digest(path);
    QString error;
    QVERIFY(!AuditStore::open(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(digest(path), before); // never written to
}

QTEST_GUILESS_MAIN(TestAuditStore)
#include "tst_audit_store.moc"
