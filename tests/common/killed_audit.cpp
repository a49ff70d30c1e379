#include "tests/common/killed_audit.h"

#include "app/store/audit_store.h"
#include "tests/common/child_process.h"
#include "tests/common/store_scenarios.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

using namespace mailtls;

namespace storetest {

namespace {

const QString kBinary = QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor");

struct CommandRun
{
    int status = -1;
    QString out;
    QString err;
};

CommandRun command(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess p;
    dieWithTest(p);
    p.setProcessEnvironment(env);
    p.start(kBinary, arguments);
    CommandRun r;
    if (!p.waitForFinished(30000))
        return r;
    r.status = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

SilentListener::SilentListener()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::listen(m_fd, 16) == 0 &&
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        m_port = ntohs(addr.sin_port);
}

SilentListener::~SilentListener()
{
    ::close(m_fd);
}

quint16 closedPort()
{
    SilentListener l;
    return l.port(); // closed again when l goes
}

void killedAuditCommandIsInterrupted(const QString &db, const QString &location,
                                     const QProcessEnvironment &env, const QString &folder)
{
    const SilentListener silent;
    QVERIFY(silent.port());
    const QString workspace = QDir(folder).filePath(QStringLiteral("hanging.json"));
    {
        QFile f(workspace);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral(R"({"schema_version": 1, "name": "hanging", "hosts": [
            {"id": "closed", "name": "closed.test", "addresses": ["127.0.0.1"],
             "endpoints": [{"protocol": "smtp", "port": %1}]},
            {"id": "silent", "name": "silent.test", "addresses": ["127.0.0.1"],
             "endpoints": [{"protocol": "smtp", "port": %2}]}]})")
                    .arg(closedPort())
                    .arg(silent.port())
                    .toUtf8());
    }
    QProcess audit;
    dieWithTest(audit);
    audit.setProcessEnvironment(env);
    audit.start(kBinary,
                {QStringLiteral("audit"), QStringLiteral("--workspace"), workspace,
                 QStringLiteral("--db"), db, QStringLiteral("--timeout"), QStringLiteral("60"),
                 QStringLiteral("--verbose")}); // says which run it is
    QVERIFY(audit.waitForStarted());
    // The store exists once the audit says which run it is (never race its creation).
    QByteArray said;
    audit.setReadChannel(QProcess::StandardError);
    while (!said.contains("audit: run") && audit.waitForReadyRead(20000))
        said += audit.readAllStandardError();
    QVERIFY2(said.contains("audit: run"), said.constData());
    // The refused endpoint's result is stored while the audit goes on.
    QString error;
    auto watcher = AuditStore::open(location, &error); // stays open, as the window's store does
    QVERIFY2(watcher, qPrintable(error));
    int stored = 0;
    const QDeadlineTimer deadline(20000);
    while (stored < 1 && !deadline.hasExpired() && audit.state() == QProcess::Running) {
        QThread::msleep(50);
        if (const QList<StoredRun> runs = watcher->runs(); !runs.isEmpty())
            stored = runs.first().results;
    }
    QVERIFY2(stored == 1, audit.readAllStandardError().constData());

    // Alive: another process and the open store say running.
    const CommandRun live = command({QStringLiteral("runs"), QStringLiteral("--db"), db}, env);
    QVERIFY2(live.status == 0, qPrintable(live.err));
    QVERIFY2(live.out.contains(QLatin1String("hanging  running, 1 of 2 endpoints")),
             qPrintable(live.out));
    QCOMPARE(watcher->runs().first().state, QStringLiteral("running"));
    QCOMPARE(audit.state(), QProcess::Running);

    ::kill(static_cast<pid_t>(audit.processId()), SIGKILL);
    QVERIFY(audit.waitForFinished());
    // The open store sees it by itself (a server may take a moment to see a
    // killed client's connection close), and so does another process.
    QCOMPARE(newestRunState(*watcher, QStringLiteral("interrupted"), 10000),
             QStringLiteral("interrupted"));
    const StoredRun run = watcher->runs().first();
    QCOMPARE(run.state, QStringLiteral("interrupted"));
    QCOMPARE(run.results, 1);
    QCOMPARE(run.endpoints, 2);
    const CommandRun after = command({QStringLiteral("runs"), QStringLiteral("--db"), db}, env);
    QVERIFY2(after.status == 0, qPrintable(after.err));
    QVERIFY2(after.out.contains(QLatin1String("hanging  interrupted, 1 of 2 endpoints")),
             qPrintable(after.out));
}

} // namespace storetest
