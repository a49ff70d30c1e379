#include "lab/lab.h"

#include "lab/certificates.h"
#include "lab/serverconfigs.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace mailtls::lab {

namespace {

QString writeFile(const QString &path, const QString &text, QFile::Permissions perms = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("%1: %2").arg(path, f.errorString());
    const QByteArray data = text.toUtf8();
    if (f.write(data) != data.size())
        return QStringLiteral("%1: %2").arg(path, f.errorString());
    if (perms)
        f.setPermissions(perms);
    return {};
}

bool chownTo(const QString &path, const char *user)
{
    const passwd *pw = getpwnam(user);
    if (!pw)
        return false;
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

QString serviceDir(const QString &root, const Service &s) { return root + QLatin1Char('/') + s.id; }

const char *kPostfixDaemonDir = "/usr/lib/postfix/sbin";

ServicePaths servicePaths(const LabSpec &spec, const QString &labDir, const Service &s)
{
    const QString dir = serviceDir(labDir, s);
    ServicePaths paths;
    paths.root = dir;
    paths.chain = dir + QStringLiteral("/chain.pem");
    paths.key = dir + QStringLiteral("/key.pem");
    paths.dh = dir + QStringLiteral("/dh.pem");
    if (!s.saslService.isEmpty())
        paths.saslSocket = labDir + QLatin1Char('/') + s.saslService + QStringLiteral("/run/auth-client");
    for (const auto &[domain, target] : s.routes)
        paths.transports.append({domain, spec.transport(target)});
    return paths;
}

// The child processes of pid with their names (/proc/PID/stat: "pid (comm) state ppid ...").
QList<std::pair<qint64, QString>> childProcesses(qint64 parent)
{
    QList<std::pair<qint64, QString>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // exited meanwhile
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (rest.size() > 1 && rest.at(1).toLongLong() == parent)
            children.append({pid, QString::fromLocal8Bit(line.mid(open + 1, close - open - 1))});
    }
    return children;
}

} // namespace

Lab::Lab(LabSpec spec) : m_spec(std::move(spec)) {}

Lab::~Lab() { stop(); }

bool Lab::canRun(QString *why)
{
    if (::geteuid() != 0) {
        *why = QStringLiteral("the lab needs root: Postfix's master runs only as the superuser");
        return false;
    }
    const QStringList needed{QStringLiteral("/usr/sbin/dovecot"), QStringLiteral("/usr/sbin/nginx"),
                             QStringLiteral("/usr/bin/gnutls-serv"), QStringLiteral("/usr/sbin/slapd"),
                             QString::fromLatin1(kPostfixDaemonDir) + QStringLiteral("/master")};
    for (const QString &path : needed) {
        if (!QFile::exists(path)) {
            *why = QStringLiteral("%1 is not installed (run scripts/install-deps.sh)").arg(path);
            return false;
        }
    }
    return true;
}

QString Lab::stateDir() const { return m_dir ? m_dir->path() : QString(); }
QString Lab::caFile() const { return m_caFile; }

QList<qint64> Lab::pids() const
{
    QList<qint64> result;
    for (const auto &p : m_processes) {
        if (p->state() != QProcess::NotRunning)
            result.append(p->processId());
    }
    return result;
}

QString Lab::start(const QStringList &serviceIds, int timeoutMs)
{
    stop();
    QString why;
    if (!canRun(&why))
        return why;
    QString error;
    const QList<Service> services = m_spec.selection(serviceIds, &error);
    if (!error.isEmpty())
        return error;

    // Short paths: Dovecot's unix sockets must fit in sun_path (108 bytes).
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/mailtls-lab-XXXXXX"));
    if (!m_dir->isValid())
        return QStringLiteral("cannot create the lab directory: %1").arg(m_dir->errorString());
    // Server users (postfix, dovecot, nobody) must traverse it.
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                             QFile::ReadGroup | QFile::ExeGroup |
                                             QFile::ReadOther | QFile::ExeOther);
    CertificateAuthority &ca = m_ca;
    if (QString e = ca.create(m_dir->path()); !e.isEmpty())
        return e;
    m_caFile = ca.caCertificatePath();

    for (const Service &s : services) {
        if (QString e = prepare(s); !e.isEmpty()) {
            stop();
            return s.id + QStringLiteral(": ") + e;
        }
        IssuedFiles files;
        if (s.tls != TlsPosture::None) {
            if (QString e = ca.issue(s.hostName, s.address, s.certificate,
                                     serviceDir(m_dir->path(), s), &files);
                !e.isEmpty()) {
                stop();
                return s.id + QStringLiteral(": ") + e;
            }
        }
    }
    for (const Service &s : services) {
        m_running.append(s);
        if (QString e = launch(s); !e.isEmpty()) {
            stop();
            return s.id + QStringLiteral(": ") + e;
        }
        // Postfix asks Dovecot for SASL mechanisms at each session: let Dovecot come up first.
        if (s.kind == ServerKind::Dovecot) {
            const QString socket = serviceDir(m_dir->path(), s) + QStringLiteral("/run/auth-client");
            const QDeadlineTimer deadline(timeoutMs);
            while (!QFile::exists(socket) && !deadline.hasExpired())
                QThread::msleep(20);
        }
    }
    if (QString e = waitReady(timeoutMs); !e.isEmpty()) {
        stop();
        return e;
    }
    return {};
}

QString Lab::prepare(const Service &s)
{
    const QString dir = serviceDir(m_dir->path(), s);
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create %1").arg(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                   QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                   QFile::ExeOther);
    const ServicePaths paths = servicePaths(m_spec, m_dir->path(), s);
    switch (s.kind) {
    case ServerKind::Postfix: {
        for (const char *sub : {"etc", "queue", "data"})
            QDir().mkpath(dir + QLatin1Char('/') + QLatin1StringView(sub));
        chownTo(dir + QStringLiteral("/data"), "postfix");
        if (QString e = writeFile(dir + QStringLiteral("/etc/main.cf"), postfixMainCf(s, paths));
            !e.isEmpty())
            return e;
        if (QString e = writeFile(dir + QStringLiteral("/etc/master.cf"), postfixMasterCf(s));
            !e.isEmpty())
            return e;
        // `postfix check` creates the queue directories with the right owners.
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(QStringLiteral("/usr/sbin/postfix"),
                    {QStringLiteral("-c"), dir + QStringLiteral("/etc"), QStringLiteral("check")});
        if (!check.waitForFinished(30000) || check.exitCode() != 0) {
            return QStringLiteral("postfix check failed: %1%2")
                .arg(QString::fromLocal8Bit(check.readAll()), logTail(s));
        }
        return {};
    }
    case ServerKind::Dovecot: {
        for (const char *sub : {"run", "state", "mail"})
            QDir().mkpath(dir + QLatin1Char('/') + QLatin1StringView(sub));
        chownTo(dir + QStringLiteral("/mail"), "dovecot");
        if (s.tls != TlsPosture::None) {
            if (QString e = CertificateAuthority::writeDhParameters(dir + QStringLiteral("/dh.pem"));
                !e.isEmpty())
                return e;
        }
        // Test users: alice receives mail and logs in to submit; journal takes the relay's copies.
        if (QString e = writeFile(dir + QStringLiteral("/users"),
                                  QStringLiteral("alice:{PLAIN}lab-only-password\n"
                                                 "journal:{PLAIN}lab-only-password\n"),
                                  QFile::ReadOwner | QFile::WriteOwner);
            !e.isEmpty())
            return e;
        chownTo(dir + QStringLiteral("/users"), "dovecot"); // read by Dovecot's auth process
        return writeFile(dir + QStringLiteral("/dovecot.conf"), dovecotConf(s, paths));
    }
    case ServerKind::Nginx: {
        QDir().mkpath(dir + QStringLiteral("/tmp"));
        return writeFile(dir + QStringLiteral("/nginx.conf"), nginxConf(s, paths));
    }
    case ServerKind::Slapd:
        QDir().mkpath(dir + QStringLiteral("/ldif")); // the database (slapdConf)
        return writeFile(dir + QStringLiteral("/slapd.conf"), slapdConf(s, paths));
    case ServerKind::Gnutls:
        // A 1024-bit prime for the weak posture: the DHE size a policy must flag.
        return s.tls == TlsPosture::Weak ? CertificateAuthority::writeDhParameters(paths.dh, 1024) : QString();
    }
    return {};
}

QString Lab::launch(const Service &s)
{
    const QString dir = serviceDir(m_dir->path(), s);
    auto process = std::make_unique<QProcess>();
    process->setWorkingDirectory(dir);
    process->setStandardOutputFile(dir + QStringLiteral("/stdout.log"));
    process->setStandardErrorFile(dir + QStringLiteral("/stderr.log"));
    process->setStandardInputFile(QProcess::nullDevice());
    // The server dies with us, whatever way we end.
    const pid_t parent = ::getpid();
    process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString program;
    QStringList args;
    switch (s.kind) {
    case ServerKind::Postfix:
        // master in the foreground (-d); children find the configuration through MAIL_CONFIG.
        env.insert(QStringLiteral("MAIL_CONFIG"), dir + QStringLiteral("/etc"));
        program = QString::fromLatin1(kPostfixDaemonDir) + QStringLiteral("/master");
        args = {QStringLiteral("-c"), dir + QStringLiteral("/etc"), QStringLiteral("-d")};
        break;
    case ServerKind::Dovecot:
        program = QStringLiteral("/usr/sbin/dovecot");
        args = {QStringLiteral("-F"), QStringLiteral("-c"), dir + QStringLiteral("/dovecot.conf")};
        break;
    case ServerKind::Slapd:
        // -d 0: in the foreground, no debug output.
        program = QStringLiteral("/usr/sbin/slapd");
        args = {QStringLiteral("-d"), QStringLiteral("0"), QStringLiteral("-h"), slapdUrls(s),
                QStringLiteral("-f"), dir + QStringLiteral("/slapd.conf")};
        break;
    case ServerKind::Gnutls:
        program = QStringLiteral("/usr/bin/gnutls-serv");
        args = gnutlsArguments(s, servicePaths(m_spec, m_dir->path(), s));
        break;
    case ServerKind::Nginx:
        program = QStringLiteral("/usr/sbin/nginx");
        args = {QStringLiteral("-p"), dir, QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf"),
                QStringLiteral("-e"), dir + QStringLiteral("/error.log")};
        break;
    }
    process->setProcessEnvironment(env);
    process->start(program, args);
    if (!process->waitForStarted(10000))
        return QStringLiteral("cannot start %1: %2").arg(program, process->errorString());
    m_processes.push_back(std::move(process));
    return {};
}

QString Lab::waitReady(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (qsizetype i = 0; i < m_running.size(); ++i) {
        if (QString e = waitListening(m_running.at(i), m_processes.at(static_cast<size_t>(i)).get(), deadline);
            !e.isEmpty())
            return e;
    }
    return {};
}

QString Lab::waitListening(const Service &s, QProcess *process, const QDeadlineTimer &deadline) const
{
    for (const Listener &l : s.listeners) {
        for (;;) {
            if (process->state() == QProcess::NotRunning || process->waitForFinished(0)) {
                return QStringLiteral("%1 exited with status %2 before %3:%4 was up%5")
                    .arg(s.id)
                    .arg(process->exitCode())
                    .arg(s.address)
                    .arg(l.port)
                    .arg(logTail(s));
            }
            QTcpSocket socket;
            socket.connectToHost(s.address, l.port);
            if (socket.waitForConnected(200)) {
                socket.abort();
                break;
            }
            if (deadline.hasExpired()) {
                return QStringLiteral("%1: %2:%3 did not accept connections in time%4")
                    .arg(s.id, s.address)
                    .arg(l.port)
                    .arg(logTail(s));
            }
            QThread::msleep(50);
        }
    }
    return {};
}

qsizetype Lab::runningIndex(const QString &serviceId) const
{
    for (qsizetype i = 0; i < m_running.size(); ++i) {
        if (m_running.at(i).id == serviceId)
            return i;
    }
    return -1;
}

QString Lab::configPath(const QString &serviceId) const
{
    const qsizetype i = runningIndex(serviceId);
    if (i < 0 || !m_dir)
        return {};
    const Service &s = m_running.at(i);
    const QString dir = serviceDir(m_dir->path(), s);
    switch (s.kind) {
    case ServerKind::Postfix:
        return dir + QStringLiteral("/etc");
    case ServerKind::Dovecot:
        return dir + QStringLiteral("/dovecot.conf");
    case ServerKind::Nginx:
        return dir + QStringLiteral("/nginx.conf");
    case ServerKind::Slapd:
        return dir + QStringLiteral("/slapd.conf");
    case ServerKind::Gnutls:
        return {}; // its configuration is its command line
    }
    return {};
}

QString Lab::issueCertificate(const QString &serviceId, IssuedFiles *files)
{
    const qsizetype i = runningIndex(serviceId);
    if (i < 0 || !m_dir)
        return QStringLiteral("%1 is not running").arg(serviceId);
    const Service &s = m_running.at(i);
    // A valid one: the spec's key type, neither expired nor self-signed.
    CertificateSpec valid;
    valid.key = s.certificate.key;
    return m_ca.issue(s.hostName, s.address, valid, serviceDir(m_dir->path(), s), files);
}

QString Lab::reload(const QString &serviceId, int timeoutMs)
{
    const qsizetype i = runningIndex(serviceId);
    if (i < 0 || !m_dir)
        return QStringLiteral("%1 is not running").arg(serviceId);
    const Service &s = m_running.at(i);
    QProcess *master = m_processes.at(static_cast<size_t>(i)).get();
    const QDeadlineTimer deadline(timeoutMs);
    // The processes that run the old configuration: the master's children,
    // except those a reload keeps (Dovecot's log and anvil keep their state).
    QList<qint64> old;
    for (const auto &[pid, name] : childProcesses(master->processId())) {
        if (s.kind == ServerKind::Dovecot && (name == QLatin1String("log") || name == QLatin1String("anvil")))
            continue;
        old.append(pid);
    }
    switch (s.kind) {
    case ServerKind::Postfix: {
        QProcess postfix;
        postfix.setProcessChannelMode(QProcess::MergedChannels);
        postfix.start(QStringLiteral("/usr/sbin/postfix"),
                      {QStringLiteral("-c"), configPath(serviceId), QStringLiteral("reload")});
        if (!postfix.waitForFinished(static_cast<int>(deadline.remainingTime())) || postfix.exitCode() != 0)
            return QStringLiteral("%1: postfix reload failed: %2%3")
                .arg(serviceId, QString::fromLocal8Bit(postfix.readAll()), logTail(s));
        break;
    }
    case ServerKind::Dovecot:
    case ServerKind::Nginx:
        ::kill(static_cast<pid_t>(master->processId()), SIGHUP);
        break;
    case ServerKind::Slapd:
    case ServerKind::Gnutls:
        return QStringLiteral("%1: this server cannot reload its configuration").arg(serviceId);
    }
    // Old processes finish their work and exit; new ones read the new configuration.
    for (;;) {
        const auto now = childProcesses(master->processId());
        const bool oldLeft = std::any_of(now.cbegin(), now.cend(),
                                         [&](const auto &child) { return old.contains(child.first); });
        if (!oldLeft)
            break;
        if (master->state() == QProcess::NotRunning)
            break; // waitListening() says so with the log
        if (deadline.hasExpired())
            return QStringLiteral("%1: processes of the old configuration still run after the reload%2")
                .arg(serviceId, logTail(s));
        QThread::msleep(20);
    }
    return waitListening(s, master, deadline);
}

QString Lab::logTail(const Service &s) const
{
    if (!m_dir)
        return {};
    const QString dir = serviceDir(m_dir->path(), s);
    QString tail;
    for (const char *name : {"stderr.log", "postfix.log", "dovecot.log", "error.log"}) {
        QFile f(dir + QLatin1Char('/') + QLatin1StringView(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        if (!data.trimmed().isEmpty())
            tail += QStringLiteral("\n--- %1:\n").arg(QLatin1StringView(name)) +
                    QString::fromLocal8Bit(data.right(2000));
    }
    return tail;
}

void Lab::stop()
{
    for (auto &p : m_processes) {
        if (p->state() != QProcess::NotRunning)
            p->terminate();
    }
    for (auto &p : m_processes) {
        if (p->state() != QProcess::NotRunning && !p->waitForFinished(10000)) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
    m_processes.clear();
    m_running.clear();
}

} // namespace mailtls::lab
