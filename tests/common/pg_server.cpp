#include "tests/common/pg_server.h"

#include "tests/common/child_process.h"
#include "tests/common/raw_sql.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>

namespace storetest {

namespace {

// The newest PostgreSQL installed: /usr/lib/postgresql/<major>/bin.
QString postgresBin()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : std::as_const(versions)) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) &&
            QFile::exists(bin + QStringLiteral("/postgres")))
            return bin;
    }
    return {};
}

// A port free on 127.0.0.1 a moment ago (start() tries another if it is taken meanwhile).
quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

// Who the server runs as: the postgres system user when we are root, else ourselves.
struct Account
{
    uid_t uid = 0;
    gid_t gid = 0;
};

Account serverAccount()
{
    if (::geteuid() != 0)
        return {};
    const passwd *pw = ::getpwnam("postgres");
    return pw ? Account{pw->pw_uid, pw->pw_gid} : Account{};
}

QProcessEnvironment serverEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return env;
}

} // namespace

PgServer::~PgServer()
{
    stop();
}

QString PgServer::unavailable()
{
    if (postgresBin().isEmpty())
        return QStringLiteral(
            "PostgreSQL is not installed (scripts/install-deps.sh installs postgresql)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver is not installed (libqt6sql6-psql)");
    if (::geteuid() == 0 && !::getpwnam("postgres"))
        return QStringLiteral("no postgres system user to run the server as");
    return {};
}

QString PgServer::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PgServer::start()
{
    stop();
    if (const QString why = unavailable(); !why.isEmpty())
        return why;
    m_bin = postgresBin();
    // Short: the socket's path must fit in sun_path.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/mailtls-pg-XXXXXX"));
    if (!m_dir->isValid())
        return QStringLiteral("cannot create a temporary folder: %1").arg(m_dir->errorString());
    const Account account = serverAccount();
    if (account.uid != 0 &&
        ::chown(QFile::encodeName(m_dir->path()).constData(), account.uid, account.gid) != 0)
        return QStringLiteral("cannot give %1 to the postgres user").arg(m_dir->path());
    const QString data = m_dir->filePath(QStringLiteral("data"));

    // 1. The cluster: C locale; no fsync, a test's data need not survive a crash of the machine.
    if (const QString e =
            run(m_bin + QStringLiteral("/initdb"),
                {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                 QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
                 QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                 QStringLiteral("--no-sync")},
                60000);
        !e.isEmpty())
        return e;

    // 2. The server, until it accepts connections; on another port if this one was taken meanwhile.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        m_postgres = std::make_unique<QProcess>();
        m_postgres->setWorkingDirectory(m_dir->path());
        m_postgres->setStandardInputFile(QProcess::nullDevice());
        m_postgres->setStandardOutputFile(m_dir->filePath(QStringLiteral("postgres.log")),
                                          QIODevice::Append);
        m_postgres->setStandardErrorFile(m_dir->filePath(QStringLiteral("postgres.log")),
                                         QIODevice::Append);
        m_postgres->setProcessEnvironment(serverEnvironment());
        // SIGINT: PostgreSQL's fast shutdown, which ends the sessions.
        dieWithTest(*m_postgres, SIGINT, account.uid, account.gid);
        m_postgres->start(m_bin + QStringLiteral("/postgres"),
                          {QStringLiteral("-D"), data, QStringLiteral("-k"), m_dir->path(),
                           QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                           QString::number(m_port), QStringLiteral("-c"),
                           QStringLiteral("fsync=off"), QStringLiteral("-c"),
                           QStringLiteral("full_page_writes=off"), QStringLiteral("-c"),
                           QStringLiteral("max_connections=40"), QStringLiteral("-c"),
                           QStringLiteral("shared_buffers=16MB")});
        if (!m_postgres->waitForStarted(10000))
            return QStringLiteral("cannot start postgres: %1").arg(m_postgres->errorString());
        const QDeadlineTimer deadline(30000);
        while (m_postgres->state() == QProcess::Running && !deadline.hasExpired()) {
            if (adminSql(QStringLiteral("postgres"), {}).isEmpty())
                return {};
            QThread::msleep(100);
        }
        if (m_postgres->state() == QProcess::Running)
            return QStringLiteral("postgres did not accept connections in 30 s%1").arg(logTail());
        if (!logTail().contains(QLatin1String("could not bind")))
            return QStringLiteral("postgres exited%1").arg(logTail());
    }
    return QStringLiteral("postgres found no free port%1").arg(logTail());
}

void PgServer::stop()
{
    if (m_postgres && m_postgres->state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(m_postgres->processId()), SIGINT);
        if (!m_postgres->waitForFinished(20000)) {
            m_postgres->kill();
            m_postgres->waitForFinished(5000);
        }
    }
    m_postgres.reset();
    m_dir.reset();
}

QString PgServer::adminSql(const QString &database, const QStringList &statements)
{
    QString error;
    rawSql(
        QStringLiteral("QPSQL"),
        [&](QSqlDatabase &db) {
            db.setHostName(socketDir());
            db.setPort(m_port);
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(database);
        },
        statements, &error);
    return error;
}

QString PgServer::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    const Account account = serverAccount();
    QProcess p;
    p.setWorkingDirectory(m_dir->path());
    p.setProcessEnvironment(serverEnvironment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    dieWithTest(p, SIGKILL, account.uid, account.gid);
    p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0) {
        return QStringLiteral("%1 failed (%2): %3")
            .arg(program, p.errorString(), QString::fromLocal8Bit(p.readAll()).right(2000));
    }
    return {};
}

QString PgServer::logTail() const
{
    QFile f(m_dir->filePath(QStringLiteral("postgres.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QStringLiteral("\n") + QString::fromLocal8Bit(f.readAll()).right(2000);
}

} // namespace storetest
