// The audit store on SQLite: the scenarios every database runs
// (tests/common/store_scenarios.h), and what only a file can be (a text file,
// a damaged database), refused untouched.

#include "app/core/audit_store.h"
#include "tests/common/raw_sql.h"
#include "tests/common/store_scenarios.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace

class TestAuditStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsSurviveReopening() { storetest::runsSurviveReopening(m_backend); }
    void killedWriterMeansInterrupted() { storetest::killedWriterMeansInterrupted(m_backend); }
    void refusesWhatIsNotOurs_data() { storetest::refusesWhatIsNotOurs_data(); }
    void refusesWhatIsNotOurs() { storetest::refusesWhatIsNotOurs(m_backend); }
    void twoWorkstationsWriteAtOnce() { storetest::twoWorkstationsWriteAtOnce(m_backend); }
    void twoWorkstationsMigrateAtOnce() { storetest::twoWorkstationsMigrateAtOnce(m_backend); }
    void refusesFilesThatAreNoStore_data();
    void refusesFilesThatAreNoStore();
    void sqliteUrls_data();
    void sqliteUrls();

private:
    SqliteBackend m_backend;
};

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

MAILTLS_STORE_TEST_MAIN(TestAuditStore)
#include "tst_audit_store.moc"
