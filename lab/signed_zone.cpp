#include "lab/signed_zone.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace mailtls::lab {

namespace {

const QString kUnbound = QStringLiteral("/usr/sbin/unbound");
const QString kLdnsKeygen = QStringLiteral("/usr/bin/ldns-keygen");
const QString kLdnsSignzone = QStringLiteral("/usr/bin/ldns-signzone");
const QString kSignedFile = QStringLiteral("signed.zone");
const QString kLogFile = QStringLiteral("unbound.log");

} // namespace

SignedZone::SignedZone(const QString &apex, const QHostAddress &address, const QString &dir)
    : m_apex(absolute(apex)), m_address(address), m_dir(dir)
{
}

SignedZone::~SignedZone()
{
    stop();
}

bool SignedZone::installed()
{
    return QFile::exists(kUnbound) && QFile::exists(kLdnsKeygen) && QFile::exists(kLdnsSignzone);
}

QString SignedZone::absolute(const QString &name)
{
    return name.endsWith(QLatin1Char('.')) ? name : name + QLatin1Char('.');
}

void SignedZone::setSiblingRecords(const QString &apex, const QStringList &records)
{
    for (Signed &z : m_siblings) {
        if (z.apex == absolute(apex)) {
            z.records = records;
            return;
        }
    }
    m_siblings.append({absolute(apex), records, {}, {}});
}

void SignedZone::addInsecureChild(const QString &child, const QStringList &records)
{
    m_children.append({absolute(child), records});
}

void SignedZone::addUnsignedZone(const QString &zone, const QStringList &records)
{
    m_unsigned.append({absolute(zone), records});
}

void SignedZone::makeBogus(const QString &owner, const QString &type)
{
    m_bogus.append({absolute(owner), type.toUpper()});
}

QString SignedZone::server() const
{
    return QStringLiteral("%1:%2").arg(m_address.toString()).arg(m_port);
}

QString SignedZone::path(const QString &name) const
{
    return m_dir + QLatin1Char('/') + name;
}

QString SignedZone::trustAnchorFile() const
{
    return path(QStringLiteral("trust-anchor.ds"));
}

qint64 SignedZone::pid() const
{
    return m_server.pid();
}

QString SignedZone::log() const
{
    QFile f(path(kLogFile));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(f.readAll().right(4000));
}

QString SignedZone::start(quint16 port)
{
    stop();
    m_port = port;
    Signed main{m_apex, {}, {}, {}};
    if (QString e = makeKeys(&main); !e.isEmpty())
        return e;
    m_ksk = main.ksk;
    m_zsk = main.zsk;
    if (QString e = sign(); !e.isEmpty())
        return e;
    return startServer();
}

QString SignedZone::resign()
{
    if (m_ksk.isEmpty())
        return QStringLiteral("the zone %1 was never started").arg(m_apex);
    ++m_serial;
    if (QString e = sign(); !e.isEmpty())
        return e;
    stop();
    return startServer();
}

void SignedZone::stop()
{
    m_server.stop();
}

QString SignedZone::run(const QString &program, const QStringList &args, QByteArray *out) const
{
    QProcess p;
    p.setWorkingDirectory(m_dir);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        return QStringLiteral("%1 %2: %3 %4")
            .arg(program, args.join(QLatin1Char(' ')), p.errorString(),
                 QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput()));
    }
    if (out)
        *out = p.readAllStandardOutput();
    return {};
}

QString SignedZone::writeFile(const QString &name, const QByteArray &contents) const
{
    QFile f(path(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(contents) != contents.size())
        return QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
    return {};
}

// SOA, NS and the nameserver's address, then the records.
QByteArray SignedZone::zoneText(const Zone &zone) const
{
    QStringList lines{
        QStringLiteral("$ORIGIN %1").arg(zone.name),
        QStringLiteral("$TTL 300"),
        QStringLiteral("@ 300 IN SOA ns.%1 hostmaster.%1 %2 3600 600 86400 300")
            .arg(zone.name)
            .arg(m_serial),
        QStringLiteral("@ 300 IN NS ns.%1").arg(zone.name),
        QStringLiteral("ns.%1 300 IN A %2").arg(zone.name, m_address.toString()),
    };
    lines += zone.records;
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

// A KSK (its DS is the trust anchor) and a ZSK, kept for every signing.
QString SignedZone::makeKeys(Signed *zone) const
{
    QByteArray ksk, zsk;
    if (QString e = run(kLdnsKeygen,
                        {QStringLiteral("-a"), QStringLiteral("ECDSAP256SHA256"),
                         QStringLiteral("-k"), zone->apex},
                        &ksk);
        !e.isEmpty())
        return e;
    if (QString e = run(kLdnsKeygen,
                        {QStringLiteral("-a"), QStringLiteral("ECDSAP256SHA256"), zone->apex}, &zsk);
        !e.isEmpty())
        return e;
    zone->ksk = QString::fromLatin1(ksk.trimmed());
    zone->zsk = QString::fromLatin1(zsk.trimmed());
    return {};
}

// The DS of every signed zone's KSK, the apex's first.
QString SignedZone::writeTrustAnchor() const
{
    QByteArray anchors;
    QStringList ksks{m_ksk};
    for (const Signed &z : m_siblings)
        ksks.append(z.ksk);
    for (const QString &ksk : std::as_const(ksks)) {
        QFile ds(path(ksk + QStringLiteral(".ds")));
        if (!ds.open(QIODevice::ReadOnly))
            return QStringLiteral("%1: %2").arg(ds.fileName(), ds.errorString());
        anchors += ds.readAll().trimmed() + '\n';
    }
    QFile out(trustAnchorFile());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(anchors) != anchors.size())
        return QStringLiteral("%1: %2").arg(out.fileName(), out.errorString());
    return {};
}

// The zone's file written and signed (NSEC), valid now, or expired long ago: file.signed.
QString SignedZone::signZone(const Signed &zone, const QString &file) const
{
    if (QString e = writeFile(file, zoneText(Zone{zone.apex, zone.records})); !e.isEmpty())
        return e;
    QStringList args{QStringLiteral("-o"), zone.apex};
    if (m_expired)
        args << QStringLiteral("-i") << QStringLiteral("20200101000000") << QStringLiteral("-e")
             << QStringLiteral("20200201000000");
    args << file << zone.ksk << zone.zsk;
    return run(kLdnsSignzone, args, nullptr);
}

QString SignedZone::sign()
{
    // 1. The signed zone, with the delegations to its insecure children (NS and glue, no DS).
    Signed top{m_apex, m_records, m_ksk, m_zsk};
    for (const Zone &child : std::as_const(m_children)) {
        top.records.append(QStringLiteral("%1 300 IN NS ns.%1").arg(child.name));
        top.records.append(
            QStringLiteral("ns.%1 300 IN A %2").arg(child.name, m_address.toString()));
    }
    // 2. Its signatures, and those of the zones beside it (keys made for new ones).
    if (QString e = signZone(top, kSignedFile); !e.isEmpty())
        return e;
    for (Signed &z : m_siblings) {
        if (z.ksk.isEmpty()) {
            if (QString e = makeKeys(&z); !e.isEmpty())
                return e;
        }
        if (QString e = signZone(z, z.apex + QStringLiteral("dnssec.zone")); !e.isEmpty())
            return e;
    }
    if (QString e = writeTrustAnchor(); !e.isEmpty())
        return e;

    // 3. The bogus RRsets: one octet of each signature changed.
    if (!m_bogus.isEmpty()) {
        if (QString e = alterSignatures(); !e.isEmpty())
            return e;
    }

    // 4. The unsigned zones.
    for (const Zone &zone : m_children + m_unsigned) {
        if (QString e = writeFile(zone.name + QStringLiteral("zone"), zoneText(zone)); !e.isEmpty())
            return e;
    }
    return {};
}

QString SignedZone::alterSignatures()
{
    QFile f(path(kSignedFile + QStringLiteral(".signed")));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    for (const Bogus &b : std::as_const(m_bogus)) {
        bool found = false;
        for (QByteArray &line : lines) {
            // owner TTL IN RRSIG TYPE alg labels ttl expiration inception tag signer SIGNATURE
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 13 || fields.at(3) != "RRSIG" ||
                QString::fromLatin1(fields.at(0)).compare(b.owner, Qt::CaseInsensitive) != 0 ||
                QString::fromLatin1(fields.at(4)) != b.type)
                continue;
            QByteArray signature = QByteArray::fromBase64(fields.mid(12).join());
            signature[signature.size() / 2] = char(signature.at(signature.size() / 2) ^ 0x01);
            line = (fields.mid(0, 12).join(' ') + ' ' + signature.toBase64());
            found = true;
        }
        if (!found)
            return QStringLiteral("makeBogus: no signature over %1 %2 in the signed zone")
                .arg(b.owner, b.type);
    }
    return writeFile(kSignedFile + QStringLiteral(".signed"), lines.join('\n'));
}

QByteArray SignedZone::config() const
{
    QStringList c{
        QStringLiteral("server:"),
        QStringLiteral("  interface: %1").arg(m_address.toString()),
        QStringLiteral("  port: %1").arg(m_port),
        QStringLiteral("  do-ip6: no"),
        QStringLiteral("  do-daemonize: no"),
        QStringLiteral("  chroot: \"\""),
        QStringLiteral("  username: \"\""),
        QStringLiteral("  directory: \"%1\"").arg(m_dir),
        QStringLiteral("  pidfile: \"\""),
        QStringLiteral("  use-syslog: no"),
        QStringLiteral("  logfile: \"\""),
        QStringLiteral("  verbosity: 1"),
        QStringLiteral("  num-threads: 1"),
        QStringLiteral("  so-reuseport: no"),
        QStringLiteral("  access-control: 127.0.0.0/8 allow"),
        QStringLiteral("  module-config: \"iterator\""),
        // Only the zones below are answered; nothing is looked up elsewhere.
        QStringLiteral("  local-zone: \".\" refuse"),
        // unbound's built-in local zone test. would answer before the tests' auth-zones.
        QStringLiteral("  local-zone: \"test.\" nodefault"),
    };
    for (const Zone &z : m_unsigned)
        c.append(QStringLiteral("  local-zone: \"%1\" transparent").arg(z.name));
    c.append(QStringLiteral("  local-zone: \"%1\" transparent").arg(m_apex));
    for (const Signed &z : m_siblings)
        c.append(QStringLiteral("  local-zone: \"%1\" transparent").arg(z.apex));
    auto authZone = [&](const QString &name, const QString &file) {
        c << QStringLiteral("auth-zone:") << QStringLiteral("  name: \"%1\"").arg(name)
          << QStringLiteral("  zonefile: \"%1\"").arg(path(file))
          << QStringLiteral("  for-downstream: yes") << QStringLiteral("  for-upstream: no")
          << QStringLiteral("  fallback-enabled: no");
    };
    authZone(m_apex, kSignedFile + QStringLiteral(".signed"));
    for (const Signed &z : m_siblings)
        authZone(z.apex, z.apex + QStringLiteral("dnssec.zone.signed"));
    for (const Zone &z : m_children + m_unsigned)
        authZone(z.name, z.name + QStringLiteral("zone"));
    c << QStringLiteral("remote-control:") << QStringLiteral("  control-enable: no");
    return c.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QString SignedZone::startServer()
{
    if (QString e = writeFile(QStringLiteral("unbound.conf"), config()); !e.isEmpty())
        return e;
    return m_server.start(path(QStringLiteral("unbound.conf")), path(kLogFile), m_address, m_port);
}

QStringList SignedZone::zoneNames() const
{
    QStringList names{m_apex};
    for (const Signed &z : m_siblings)
        names.append(z.apex);
    for (const Zone &z : m_children + m_unsigned)
        names.append(z.name);
    return names;
}

qint64 UnboundProcess::pid() const
{
    return m_process.state() == QProcess::NotRunning ? 0 : m_process.processId();
}

void UnboundProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QString UnboundProcess::start(const QString &configFile, const QString &logFile, const QHostAddress &address,
                              quint16 port)
{
    stop();
    // Something else answering there would pass for it below.
    {
        QTcpSocket s;
        s.connectToHost(address, port);
        if (s.waitForConnected(200))
            return QStringLiteral("%1:%2 is taken by another server (a DNS server listening on every address?)")
                .arg(address.toString())
                .arg(port);
    }
    QProcess &process = m_process;
    const qint64 logStart = QFile(logFile).size();
    process.setProgram(kUnbound);
    process.setArguments({QStringLiteral("-d"), QStringLiteral("-c"), configFile});
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardOutputFile(logFile, QIODevice::Append);
    process.setStandardInputFile(QProcess::nullDevice());
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
    process.start();
    if (!process.waitForStarted(5000))
        return QStringLiteral("cannot start %1: %2").arg(kUnbound, process.errorString());
    bool ready = false;
    const QDeadlineTimer deadline(10000);
    while (!ready && !deadline.hasExpired() && process.state() == QProcess::Running) {
        QTcpSocket s;
        s.connectToHost(address, port);
        ready = s.waitForConnected(100);
        if (!ready)
            QThread::msleep(50);
    }
    // A bind that failed on one of its sockets ends it soon after.
    if (ready && !process.waitForFinished(100) && process.state() != QProcess::Running)
        ready = false;
    QFile log(logFile);
    QByteArray said;
    if (log.open(QIODevice::ReadOnly) && log.seek(logStart))
        said = log.readAll();
    if (!ready || said.contains("error"))
        return QStringLiteral("unbound did not come up on %1:%2: %3")
            .arg(address.toString())
            .arg(port)
            .arg(QString::fromLocal8Bit(said));
    return {};
}

} // namespace mailtls::lab
