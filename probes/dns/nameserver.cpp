#include "probes/dns/nameserver.h"

#include <QCoreApplication>
#include <QFile>

namespace mailtls::dns {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Nameserver)
};

constexpr qint64 kMaxResolvConf = 64 * 1024;

} // namespace

QString Nameserver::toString() const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

std::optional<Nameserver> parseNameserver(QStringView text, QString *error)
{
    const QString input = text.trimmed().toString();
    QString host = input;
    QString port;
    if (input.startsWith(QLatin1Char('['))) {
        const qsizetype close = input.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = Tr::tr("'%1': a '[' without its ']'").arg(input);
            return std::nullopt;
        }
        host = input.mid(1, close - 1);
        const QString after = input.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':'))) {
                *error = Tr::tr("'%1': expected ':PORT' after ']'").arg(input);
                return std::nullopt;
            }
            port = after.mid(1);
        }
    } else if (input.count(QLatin1Char(':')) == 1) {
        host = input.section(QLatin1Char(':'), 0, 0);
        port = input.section(QLatin1Char(':'), 1);
    }
    Nameserver ns;
    if (!ns.address.setAddress(host) || host.contains(QLatin1Char('%'))) {
        *error = Tr::tr("'%1' is not an IP address (give ADDR, ADDR:PORT or [IPv6]:PORT)").arg(input);
        return std::nullopt;
    }
    if (input.startsWith(QLatin1Char('[')) && ns.address.protocol() != QAbstractSocket::IPv6Protocol) {
        *error = Tr::tr("'%1': brackets are for IPv6 addresses").arg(input);
        return std::nullopt;
    }
    if (!port.isNull()) {
        bool ok = false;
        const uint p = port.toUInt(&ok);
        if (!ok || p == 0 || p > 65535) {
            *error = Tr::tr("'%1' is not a port").arg(port);
            return std::nullopt;
        }
        ns.port = static_cast<quint16>(p);
    }
    return ns;
}

QList<Nameserver> nameserversFromResolvConf(const QByteArray &contents)
{
    QList<Nameserver> servers;
    for (const QByteArray &raw : contents.split('\n')) {
        const QByteArray line = raw.simplified();
        if (!line.startsWith("nameserver ")) // simplified() made tabs spaces
            continue;
        QByteArray value = line.mid(11).trimmed();
        if (const qsizetype end = value.indexOf(' '); end >= 0)
            value.truncate(end);
        if (const qsizetype scope = value.indexOf('%'); scope >= 0)
            value.truncate(scope);
        QHostAddress address;
        if (!address.setAddress(QString::fromLatin1(value)))
            continue;
        const Nameserver ns{address, 53};
        if (!servers.contains(ns))
            servers.append(ns);
    }
    return servers;
}

QList<Nameserver> systemNameservers()
{
    QFile file(QStringLiteral("/etc/resolv.conf"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return nameserversFromResolvConf(file.read(kMaxResolvConf));
}

} // namespace mailtls::dns
