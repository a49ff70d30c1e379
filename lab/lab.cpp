#include "lab/lab.h"

#include "lab/certificates.h"
#include "lab/serverconfigs.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>

#include <grp.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
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
    if (spec.dns && spec.dns->policyService == s.id) {
        paths.policyHost = spec.dns->policyHost();
        paths.policyChain = dir + QStringLiteral("/mta-sts/chain.pem");
        paths.policyKey = dir + QStringLiteral("/mta-sts/key.pem");
        paths.policyRoot = dir + QStringLiteral("/mta-sts/www");
    }
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

// Lab servers a crashed run left behind: processes whose command line names a
// lab directory and whose parent is init. PR_SET_PDEATHSIG does not outlive
// Postfix's master changing its ids, so a test killed in the middle can leave
// a master (and its children) running, holding the lab's addresses. A live
// lab's servers are children of the program that runs it, never of init.
void stopOrphanedServers()
{
    QList<pid_t> orphans;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = static_cast<pid_t>(entry.toInt(&numeric));
        if (!numeric || pid == ::getpid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.read(4096).contains("/tmp/mailtls-lab-"))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses; the last ')' ends it.
        const QByteArray line = stat.read(1024);
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1) == "1")
            orphans.append(pid);
    }
    for (const pid_t pid : std::as_const(orphans))
        ::kill(pid, SIGTERM);
    const QDeadlineTimer deadline(3000);
    for (const pid_t pid : std::as_const(orphans)) {
        while (::kill(pid, 0) == 0 && !deadline.hasExpired())
            QThread::msleep(50);
        if (::kill(pid, 0) == 0)
            ::kill(pid, SIGKILL);
    }
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
    if (m_resolver && m_resolver->pid() != 0)
        result.append(m_resolver->pid());
    if (m_zone && m_zone->pid() != 0)
        result.append(m_zone->pid());
    return result;
}

QString Lab::start(const QStringList &serviceIds, int timeoutMs)
{
    stop();
    QString why;
    if (!canRun(&why))
        return why;
    stopOrphanedServers();
    if (m_spec.dns && !SignedZone::installed())
        return QStringLiteral("the lab's DNS needs unbound, ldns-keygen and ldns-signzone (run scripts/install-deps.sh)");
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
    if (m_spec.dns && !m_spec.dns->resolver.isEmpty()) {
        // Written before the Postfix services start: each mounts it as its resolv.conf.
        const QString dir = m_dir->path() + QStringLiteral("/resolver");
        if (!QDir().mkpath(dir))
            return QStringLiteral("cannot create %1").arg(dir);
        if (!QFileInfo::exists(QStringLiteral("/etc/resolv.conf")))
            return QStringLiteral("the lab's resolver needs an /etc/resolv.conf to mount its own over");
        m_resolver = std::make_unique<ValidatingResolver>(QHostAddress(m_spec.dns->resolver), dir);
        if (QString e = m_resolver->writeResolvConf(); !e.isEmpty()) {
            stop();
            return QStringLiteral("dns: ") + e;
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
    if (m_spec.dns) {
        if (QString e = startDns(); !e.isEmpty()) {
            stop();
            return QStringLiteral("dns: ") + e;
        }
    }
    return {};
}

QString Lab::startDns()
{
    const QString dir = m_dir->path() + QStringLiteral("/dns");
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create %1").arg(dir);
    m_zone = std::make_unique<SignedZone>(m_spec.dns->zone, QHostAddress(m_spec.dns->address), dir);
    QString e = publishDns();
    if (e.isEmpty())
        e = m_zone->start(m_spec.dns->port);
    if (e.isEmpty() && m_resolver) {
        if (e = m_resolver->start(*m_zone); !e.isEmpty())
            e = QStringLiteral("resolver: ") + e;
    }
    if (e.isEmpty())
        e = checkResolverMounts();
    if (!e.isEmpty())
        m_zone.reset();
    return e;
}

QString Lab::setDnsStage(DnsStage stage)
{
    m_dnsStage = stage;
    if (!m_zone)
        return {};
    if (QString e = publishDns(); !e.isEmpty())
        return e;
    if (QString e = m_zone->resign(); !e.isEmpty())
        return e;
    if (m_resolver) {
        if (QString e = m_resolver->start(*m_zone); !e.isEmpty())
            return QStringLiteral("resolver: ") + e;
    }
    return checkResolverMounts();
}

// A bind mount sits on the file it covered: when the host replaces its
// /etc/resolv.conf (a rename over it, as resolvconf and NetworkManager do),
// the kernel drops the mount and the master would resolve with the host's.
QString Lab::checkResolverMounts() const
{
    if (!m_resolver)
        return {};
    const QByteArray expected = "nameserver " + m_resolver->address().toString().toLatin1();
    for (qsizetype i = 0; i < m_running.size(); ++i) {
        const QProcess *p = m_processes.at(static_cast<size_t>(i)).get();
        if (m_running.at(i).kind != ServerKind::Postfix || p->state() != QProcess::Running)
            continue;
        QFile f(QStringLiteral("/proc/%1/root/etc/resolv.conf").arg(p->processId()));
        if (!f.open(QIODevice::ReadOnly) || !f.readAll().contains(expected))
            return QStringLiteral("%1: its /etc/resolv.conf is no longer the lab's (the host replaced its own, "
                                  "which drops the mount): restart the lab")
                .arg(m_running.at(i).id);
    }
    return {};
}

QString Lab::dnsServer() const { return m_zone ? m_zone->server() : QString(); }
QString Lab::resolverAddress() const
{
    return m_resolver && m_resolver->pid() != 0 ? m_resolver->address().toString() : QString();
}
QString Lab::resolvConf() const { return m_resolver ? m_resolver->resolvConf() : QString(); }
QString Lab::trustAnchorFile() const { return m_zone ? m_zone->trustAnchorFile() : QString(); }
quint16 Lab::policyPort() const { return m_zone ? m_spec.policyPort() : 0; }

// The zone's records and the policy file for m_dnsStage, from the running services.
QString Lab::publishDns()
{
    const DnsSpec &dns = *m_spec.dns;
    QStringList records;
    for (const Service &s : std::as_const(m_running)) {
        if (s.hostName.endsWith(u'.' + dns.zone)) {
            const bool v6 = QHostAddress(s.address).protocol() == QAbstractSocket::IPv6Protocol;
            records << QStringLiteral("%1. 300 IN %2 %3").arg(s.hostName, v6 ? u"AAAA" : u"A", s.address);
        }
    }
    QList<const Service *> mxs;
    for (const QString &id : dns.mx) {
        if (const qsizetype i = runningIndex(id); i >= 0) {
            mxs.append(&m_running.at(i));
            records << QStringLiteral("@ 300 IN MX %1 %2.").arg(10 * mxs.size()).arg(mxs.last()->hostName);
        }
    }
    const qsizetype policy = dns.policyService.isEmpty() ? -1 : runningIndex(dns.policyService);
    if (policy >= 0)
        records << QStringLiteral("%1. 300 IN A %2").arg(dns.policyHost(), m_running.at(policy).address);
    const QString policyFile =
        policy < 0 ? QString()
                   : servicePaths(m_spec, m_dir->path(), m_running.at(policy)).policyRoot +
                         QStringLiteral("/.well-known/mta-sts.txt");
    if (m_dnsStage == DnsStage::None) {
        if (policy >= 0)
            QFile::remove(policyFile);
    } else {
        if (policy >= 0) {
            // A new id whenever the policy is written: senders fetch it again only then.
            const QString id = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")) +
                               QString::number(++m_policyChanges);
            QString text = QStringLiteral("version: STSv1\nmode: %1\n")
                               .arg(m_dnsStage == DnsStage::Enforce ? u"enforce" : u"testing");
            for (const Service *mx : std::as_const(mxs))
                text += QStringLiteral("mx: %1\n").arg(mx->hostName);
            text += QStringLiteral("max_age: %1\n").arg(m_dnsStage == DnsStage::Enforce ? 604800 : 86400);
            if (QString e = writeFile(policyFile, text); !e.isEmpty())
                return e;
            records << QStringLiteral("_mta-sts 300 IN TXT \"v=STSv1; id=%1\"").arg(id);
        }
        if (!dns.tlsRptAddress.isEmpty())
            records << QStringLiteral("_smtp._tls 300 IN TXT \"v=TLSRPTv1; rua=%1\"").arg(dns.tlsRptAddress);
    }
    if (m_dnsStage == DnsStage::Enforce) {
        // DANE-EE SPKI SHA-256 (3 1 1) of the key each MX serves now, and of its next key.
        for (const Service *mx : std::as_const(mxs)) {
            const QString dir = serviceDir(m_dir->path(), *mx);
            const QString nextKey = dir + QStringLiteral("/next-key.pem");
            if (!QFile::exists(nextKey)) {
                if (QString e = writeKey(nextKey, mx->certificate.key); !e.isEmpty())
                    return mx->id + QStringLiteral(": ") + e;
            }
            for (const QString &pem : QStringList{dir + QStringLiteral("/chain.pem"), nextKey}) {
                QString hash;
                if (QString e = publicKeySha256(pem, &hash); !e.isEmpty())
                    return mx->id + QStringLiteral(": ") + e;
                records << QStringLiteral("_25._tcp.%1. 300 IN TLSA 3 1 1 %2").arg(mx->hostName, hash);
            }
        }
    }
    m_zone->setRecords(records);
    // The other mail domains: MX hosts of the zone, TLS-RPT from testing on.
    for (const DnsSpec::OtherZone &other : dns.otherZones) {
        QStringList theirs;
        int preference = 0;
        for (const QString &id : other.mx) {
            if (const qsizetype i = runningIndex(id); i >= 0)
                theirs << QStringLiteral("@ 300 IN MX %1 %2.").arg(preference += 10).arg(m_running.at(i).hostName);
        }
        if (m_dnsStage != DnsStage::None && !dns.tlsRptAddress.isEmpty())
            theirs << QStringLiteral("_smtp._tls 300 IN TXT \"v=TLSRPTv1; rua=%1\"").arg(dns.tlsRptAddress);
        m_zone->setSiblingRecords(other.zone, theirs);
    }
    // The destinations elsewhere: an MX each, and with DANE a TLSA record for
    // a key made once for the destination and held by no server.
    for (const DnsSpec::Destination &d : dns.destinations) {
        QStringList theirs{QStringLiteral("@ 300 IN MX 10 %1.").arg(d.mxHost()),
                           QStringLiteral("%1. 300 IN A %2").arg(d.mxHost(), d.address)};
        if (d.dane) {
            const QString key = m_dir->path() + QStringLiteral("/dns/") + d.domain + QStringLiteral("-key.pem");
            if (!QFile::exists(key)) {
                if (QString e = writeKey(key, QStringLiteral("ec256")); !e.isEmpty())
                    return d.domain + QStringLiteral(": ") + e;
            }
            QString hash;
            if (QString e = publicKeySha256(key, &hash); !e.isEmpty())
                return d.domain + QStringLiteral(": ") + e;
            theirs << QStringLiteral("_%1._tcp.%2. 300 IN TLSA 3 1 1 %3").arg(d.port).arg(d.mxHost(), hash);
        }
        m_zone->setSiblingRecords(d.domain, theirs);
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
    ServicePaths paths = servicePaths(m_spec, m_dir->path(), s);
    paths.clientCaFile = s.smtpCaFile == QLatin1String("lab") ? m_caFile : s.smtpCaFile;
    switch (s.kind) {
    case ServerKind::Postfix: {
        for (const char *sub : {"etc", "queue", "data"})
            QDir().mkpath(dir + QLatin1Char('/') + QLatin1StringView(sub));
        chownTo(dir + QStringLiteral("/data"), "postfix");
        if (!s.dhGroup.isEmpty()) {
            if (QString e = CertificateAuthority::writeDhParameters(paths.dh, 0, s.dhGroup); !e.isEmpty())
                return e;
        }
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
        if (!paths.policyHost.isEmpty()) {
            // The MTA-STS policy host: its certificate from the lab CA, the folder nginx serves.
            QDir().mkpath(paths.policyRoot + QStringLiteral("/.well-known"));
            IssuedFiles files;
            if (QString e = m_ca.issue(paths.policyHost, s.address, CertificateSpec{}, dir + QStringLiteral("/mta-sts"),
                                       &files);
                !e.isEmpty())
                return e;
        }
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
    // A Postfix service resolves through the lab's resolver: its master (and
    // every process it starts) in a mount namespace of its own, where the
    // lab's resolv.conf lies over /etc/resolv.conf. The rest of the machine
    // keeps its own.
    const QByteArray resolvConf =
        m_resolver && s.kind == ServerKind::Postfix ? QFile::encodeName(m_resolver->resolvConf()) : QByteArray();
    process->setChildProcessModifier([parent, resolvConf] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
        if (!resolvConf.isEmpty() &&
            (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
             ::mount(resolvConf.constData(), "/etc/resolv.conf", nullptr, MS_BIND, nullptr) != 0)) {
            // Only write() here (between fork and exec); stderr is the service's stderr.log.
            static const char why[] = "mailtls-lab: cannot mount the lab's resolv.conf over /etc/resolv.conf in a "
                                      "mount namespace of its own (unshare, mount: root with CAP_SYS_ADMIN needed)\n";
            [[maybe_unused]] const ssize_t written = ::write(2, why, sizeof why - 1);
            ::_exit(126);
        }
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
    if (QString e = checkResolverMounts(); !e.isEmpty())
        return e;
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
    m_resolver.reset();
    m_zone.reset();
}

} // namespace mailtls::lab
