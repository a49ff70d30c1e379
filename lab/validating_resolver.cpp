#include "lab/validating_resolver.h"

#include <QFile>
#include <QStringList>

namespace mailtls::lab {

ValidatingResolver::ValidatingResolver(const QHostAddress &address, const QString &dir)
    : m_address(address), m_dir(dir)
{
}

ValidatingResolver::~ValidatingResolver()
{
    stop();
}

QString ValidatingResolver::path(const QString &name) const
{
    return m_dir + QLatin1Char('/') + name;
}

QString ValidatingResolver::resolvConf() const
{
    return path(QStringLiteral("resolv.conf"));
}

qint64 ValidatingResolver::pid() const
{
    return m_server.pid();
}

QString ValidatingResolver::writeResolvConf() const
{
    QFile f(resolvConf());
    const QByteArray text = "# The lab's validating resolver (mailtls-lab)\nnameserver " +
                            m_address.toString().toLatin1() + "\noptions trust-ad edns0\n";
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        return QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
    // Read by the servers' own users.
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return {};
}

QString ValidatingResolver::start(const SignedZone &zone)
{
    stop();
    QStringList c{
        QStringLiteral("server:"),
        QStringLiteral("  interface: %1").arg(m_address.toString()),
        QStringLiteral("  port: 53"),
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
        // The lab's authoritative server is on loopback.
        QStringLiteral("  do-not-query-localhost: no"),
        QStringLiteral("  module-config: \"validator iterator\""),
        QStringLiteral("  trust-anchor-file: \"%1\"").arg(zone.trustAnchorFile()),
        QStringLiteral("  qname-minimisation: no"),
        // A stage published a moment ago is what the servers see next.
        QStringLiteral("  cache-max-ttl: 2"),
        QStringLiteral("  cache-max-negative-ttl: 2"),
        // Only the lab's zones are resolved; nothing is looked up elsewhere.
        QStringLiteral("  local-zone: \".\" refuse"),
        QStringLiteral("  local-zone: \"test.\" nodefault"),
        QStringLiteral("  local-zone: \"invalid.\" nodefault"),
    };
    const QStringList zones = zone.zoneNames();
    for (const QString &name : zones)
        c.append(QStringLiteral("  local-zone: \"%1\" transparent").arg(name));
    const QString stubAddress = QStringLiteral("%1@%2").arg(zone.address().toString()).arg(zone.port());
    for (const QString &name : zones)
        c << QStringLiteral("stub-zone:") << QStringLiteral("  name: \"%1\"").arg(name)
          << QStringLiteral("  stub-addr: %1").arg(stubAddress);
    c << QStringLiteral("remote-control:") << QStringLiteral("  control-enable: no");
    QFile f(path(QStringLiteral("resolver.conf")));
    const QByteArray text = c.join(QLatin1Char('\n')).toUtf8() + '\n';
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        return QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
    f.close();
    return m_server.start(f.fileName(), path(QStringLiteral("resolver.log")), m_address, 53);
}

void ValidatingResolver::stop()
{
    m_server.stop();
}

} // namespace mailtls::lab
