#pragma once

// A DNSSEC-signed zone served by a real unbound, for tests of validation
// (tst_dnssec_lookup, DANE). At start() it generates a KSK and a ZSK
// (ldns-keygen, ECDSA P-256), writes the zone with the test's records, signs
// it with NSEC (ldns-signzone), and starts unbound as an authoritative server
// (auth-zone, for-downstream) on a loopback address and a free port, in the
// foreground, without chroot or privilege drop, dying with the test. Our
// Resolver forwards to it (nameserver()) and validates from the zone's DS
// (trustAnchorFile()). Everything lives in a temporary folder removed with
// the fixture; the server is stopped at teardown.
//
// What it can serve besides the signed zone:
//   - an unsigned child zone delegated from the signed one without a DS
//     (insecure: the parent's NSEC proves there is no DS),
//   - an unsigned zone beside it, outside the trust anchor,
//   - one RRset made bogus: its signature altered after signing,
//   - every signature expired (signed for a validity period in the past).
// Names the zone does not hold get a signed NXDOMAIN or NODATA (NSEC).
//
//   dnstest::DnssecZone zone;                       // secure.test.
//   zone.addRecord("@ 300 IN MX 10 mx1");
//   zone.addRecord("_25._tcp.mx1.secure.test. 300 IN TLSA 3 1 1 <hex>");
//   zone.makeBogus("mx2.secure.test.", "A");
//   QVERIFY2(zone.start(&error), qPrintable(error));
//   options.servers = {zone.nameserver()};
//   options.trustAnchorFile = zone.trustAnchorFile();

#include "probes/dns/nameserver.h"
#include "tests/common/dns_server.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace dnstest {

inline const QString kUnbound = QStringLiteral("/usr/sbin/unbound");
inline const QString kLdnsKeygen = QStringLiteral("/usr/bin/ldns-keygen");
inline const QString kLdnsSignzone = QStringLiteral("/usr/bin/ldns-signzone");

class DnssecZone
{
public:
    // apex: the signed zone's name, absolute ("secure.test."). The server
    // listens on address (outside the lab's 127.0.0.11-51 and the discovery
    // test's 127.0.0.60).
    explicit DnssecZone(const QString &apex = QStringLiteral("secure.test."),
                        const QHostAddress &address = QHostAddress(QStringLiteral("127.0.0.62")))
        : m_apex(absolute(apex)), m_address(address)
    {
    }
    ~DnssecZone() { stop(); }
    DnssecZone(const DnssecZone &) = delete;
    DnssecZone &operator=(const DnssecZone &) = delete;

    static bool installed()
    {
        return QFile::exists(kUnbound) && QFile::exists(kLdnsKeygen) && QFile::exists(kLdnsSignzone);
    }

    // A record of the signed zone in zone-file form; names without a final
    // dot are relative to the apex ("mx1 300 IN A 192.0.2.25"). The zone
    // already has its SOA, NS and ns.<apex> A.
    void addRecord(const QString &rr) { m_records.append(rr); }

    // An unsigned zone child (under the apex), delegated from the signed zone
    // without a DS, served with its records (absolute names, or relative to child).
    void addInsecureChild(const QString &child, const QStringList &records)
    {
        m_children.append({absolute(child), records});
    }

    // An unsigned zone outside the signed one (and outside the trust anchor).
    void addUnsignedZone(const QString &zone, const QStringList &records)
    {
        m_unsigned.append({absolute(zone), records});
    }

    // After signing, the signature over owner's RRset of type is altered:
    // the RRset is still served, and fails validation (bogus).
    void makeBogus(const QString &owner, const QString &type)
    {
        m_bogus.append({absolute(owner), type.toUpper()});
    }

    // Signs the zone with signatures that expired in 2020: every answer from it is bogus.
    void setSignaturesExpired(bool expired) { m_expired = expired; }

    // Keys, zone files, signature, server; false with *error (a tool's or the server's output).
    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
            return false;
        }
        const quint16 port = freePort(m_address);
        if (port == 0) {
            *error = QStringLiteral("no free port on %1").arg(m_address.toString());
            return false;
        }
        m_server = {m_address, port};
        return writeAndSign(error) && startServer(error);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    QString apex() const { return m_apex; }
    mailtls::dns::Nameserver nameserver() const { return m_server; }
    // The DS of the zone's KSK, as unbound's trust-anchor-file reads it.
    QString trustAnchorFile() const { return m_dir.filePath(QStringLiteral("trust-anchor.ds")); }
    // What unbound and the signing tools said, for failure messages.
    QString log() { return QString::fromLocal8Bit(m_log + m_process.readAll()); }

private:
    struct Zone
    {
        QString name;
        QStringList records;
    };
    struct Bogus
    {
        QString owner;
        QString type;
    };

    static QString absolute(const QString &name)
    {
        return name.endsWith(QLatin1Char('.')) ? name : name + QLatin1Char('.');
    }

    bool run(const QString &program, const QStringList &args, QByteArray *out, QString *error)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = QStringLiteral("%1 %2: %3 %4")
                         .arg(program, args.join(QLatin1Char(' ')), p.errorString(),
                              QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput()));
            return false;
        }
        if (out)
            *out = p.readAllStandardOutput();
        return true;
    }

    bool writeFile(const QString &name, const QByteArray &contents, QString *error)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(contents) != contents.size()) {
            *error = QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
            return false;
        }
        return true;
    }

    // SOA, NS and the nameserver's address, then the records.
    QByteArray zoneText(const Zone &zone) const
    {
        QStringList lines{
            QStringLiteral("$ORIGIN %1").arg(zone.name),
            QStringLiteral("$TTL 300"),
            QStringLiteral("@ 300 IN SOA ns.%1 hostmaster.%1 1 3600 600 86400 300").arg(zone.name),
            QStringLiteral("@ 300 IN NS ns.%1").arg(zone.name),
            QStringLiteral("ns.%1 300 IN A %2").arg(zone.name, m_address.toString()),
        };
        lines += zone.records;
        return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    }

    bool writeAndSign(QString *error)
    {
        // 1. The signed zone, with the delegations to its insecure children (NS and glue, no DS).
        Zone top{m_apex, m_records};
        for (const Zone &child : m_children) {
            top.records.append(QStringLiteral("%1 300 IN NS ns.%1").arg(child.name));
            top.records.append(QStringLiteral("ns.%1 300 IN A %2").arg(child.name, m_address.toString()));
        }
        if (!writeFile(QStringLiteral("signed.zone"), zoneText(top), error))
            return false;

        // 2. Keys: a KSK (its DS is the trust anchor) and a ZSK.
        QByteArray ksk, zsk;
        if (!run(kLdnsKeygen, {QStringLiteral("-a"), QStringLiteral("ECDSAP256SHA256"), QStringLiteral("-k"), m_apex},
                 &ksk, error) ||
            !run(kLdnsKeygen, {QStringLiteral("-a"), QStringLiteral("ECDSAP256SHA256"), m_apex}, &zsk, error))
            return false;
        const QString kskName = QString::fromLatin1(ksk.trimmed());
        const QString zskName = QString::fromLatin1(zsk.trimmed());
        QFile ds(m_dir.filePath(kskName + QStringLiteral(".ds")));
        if (!ds.copy(trustAnchorFile())) {
            *error = QStringLiteral("%1: %2").arg(ds.fileName(), ds.errorString());
            return false;
        }

        // 3. The signatures (NSEC), valid now, or expired long ago.
        QStringList args{QStringLiteral("-o"), m_apex};
        if (m_expired)
            args << QStringLiteral("-i") << QStringLiteral("20200101000000") << QStringLiteral("-e")
                 << QStringLiteral("20200201000000");
        args << QStringLiteral("signed.zone") << kskName << zskName;
        if (!run(kLdnsSignzone, args, nullptr, error))
            return false;

        // 4. The bogus RRsets: one octet of each signature changed.
        if (!m_bogus.isEmpty() && !alterSignatures(error))
            return false;

        // 5. The unsigned zones.
        for (const Zone &zone : m_children + m_unsigned) {
            if (!writeFile(zone.name + QStringLiteral("zone"), zoneText(zone), error))
                return false;
        }
        return true;
    }

    bool alterSignatures(QString *error)
    {
        QFile f(m_dir.filePath(QStringLiteral("signed.zone.signed")));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return false;
        }
        QList<QByteArray> lines = f.readAll().split('\n');
        f.close();
        for (const Bogus &b : m_bogus) {
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
            if (!found) {
                *error = QStringLiteral("makeBogus: no signature over %1 %2 in the signed zone").arg(b.owner, b.type);
                return false;
            }
        }
        return writeFile(QStringLiteral("signed.zone.signed"), lines.join('\n'), error);
    }

    QByteArray config() const
    {
        QStringList c{
            QStringLiteral("server:"),
            QStringLiteral("  interface: %1").arg(m_address.toString()),
            QStringLiteral("  port: %1").arg(m_server.port),
            QStringLiteral("  do-ip6: no"),
            QStringLiteral("  do-daemonize: no"),
            QStringLiteral("  chroot: \"\""),
            QStringLiteral("  username: \"\""),
            QStringLiteral("  directory: \"%1\"").arg(m_dir.path()),
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
            QStringLiteral("  local-zone: \"test.\" nodefault"),
        };
        QStringList zones{m_apex};
        for (const Zone &z : m_children + m_unsigned)
            zones.append(z.name);
        for (const Zone &z : m_unsigned)
            c.append(QStringLiteral("  local-zone: \"%1\" transparent").arg(z.name));
        c.append(QStringLiteral("  local-zone: \"%1\" transparent").arg(m_apex));
        auto authZone = [&](const QString &name, const QString &file) {
            c << QStringLiteral("auth-zone:") << QStringLiteral("  name: \"%1\"").arg(name)
              << QStringLiteral("  zonefile: \"%1\"").arg(m_dir.filePath(file)) << QStringLiteral("  for-downstream: yes")
              << QStringLiteral("  for-upstream: no") << QStringLiteral("  fallback-enabled: no");
        };
        authZone(m_apex, QStringLiteral("signed.zone.signed"));
        for (const Zone &z : m_children + m_unsigned)
            authZone(z.name, z.name + QStringLiteral("zone"));
        c << QStringLiteral("remote-control:") << QStringLiteral("  control-enable: no");
        return c.join(QLatin1Char('\n')).toUtf8() + '\n';
    }

    bool startServer(QString *error)
    {
        if (!writeFile(QStringLiteral("unbound.conf"), config(), error))
            return false;
        m_process.setProgram(kUnbound);
        m_process.setArguments({QStringLiteral("-d"), QStringLiteral("-c"), m_dir.filePath(QStringLiteral("unbound.conf"))});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardInputFile(QProcess::nullDevice());
        const pid_t parent = ::getpid();
        m_process.setChildProcessModifier([parent] {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (::getppid() != parent)
                ::_exit(1);
        });
        m_process.start();
        if (!m_process.waitForStarted(5000)) {
            *error = m_process.errorString();
            return false;
        }
        bool ready = false;
        for (int i = 0; i < 100 && !ready && m_process.state() == QProcess::Running; ++i) {
            QTcpSocket s;
            s.connectToHost(m_address, m_server.port);
            ready = s.waitForConnected(100);
            if (!ready)
                QTest::qWait(50);
        }
        m_log += m_process.readAll();
        if (!ready || m_log.contains("error")) {
            *error = QStringLiteral("unbound did not come up: %1").arg(QString::fromLocal8Bit(m_log));
            return false;
        }
        return true;
    }

    QString m_apex;
    QHostAddress m_address;
    QTemporaryDir m_dir;
    QStringList m_records;
    QList<Zone> m_children;
    QList<Zone> m_unsigned;
    QList<Bogus> m_bogus;
    bool m_expired = false;
    mailtls::dns::Nameserver m_server;
    QProcess m_process;
    QByteArray m_log;
};

} // namespace dnstest
