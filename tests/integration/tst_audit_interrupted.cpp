// `mailtls-auditor audit` into an SQLite store, killed with SIGKILL in the
// middle of its run (tests/common/killed_audit.h): `runs` and a store that
// stayed open say interrupted, after saying running while it was alive. The
// lock file that told a reader so goes with the run found interrupted.
// Every connection is to 127.0.0.1; no lab server is needed.

#include "tests/common/killed_audit.h"
#include "tests/common/store_scenarios.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestAuditInterrupted : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedAuditCommandIsInterrupted();
};

void TestAuditInterrupted::killedAuditCommandIsInterrupted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("audits.sqlite"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    storetest::killedAuditCommandIsInterrupted(db, db, env, dir.path());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.lock")}, QDir::Files), QStringList{});
}

QTEST_GUILESS_MAIN(TestAuditInterrupted)
#include "tst_audit_interrupted.moc"
