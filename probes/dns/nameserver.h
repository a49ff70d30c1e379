#pragma once

// Where the resolver forwards its queries: the system's nameservers from
// /etc/resolv.conf, or one the user names ("192.0.2.53", "127.0.0.60:5353",
// "[2001:db8::53]:53", "::1").

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace mailtls::dns {

struct Nameserver
{
    QHostAddress address;
    quint16 port = 53;

    QString toString() const; // "127.0.0.60:5353", "[::1]:53"
    bool operator==(const Nameserver &) const = default;
};

// Parses ADDR, ADDR:PORT, [V6] or [V6]:PORT; nullopt (with *error) otherwise.
// Only literal addresses: a nameserver named by a name would need a resolver.
std::optional<Nameserver> parseNameserver(QStringView text, QString *error);

// The "nameserver" lines of a resolv.conf (IPv4 and IPv6, a scope suffix
// "%eth0" dropped), in order; comments and other options are skipped.
QList<Nameserver> nameserversFromResolvConf(const QByteArray &contents);

// nameserversFromResolvConf of /etc/resolv.conf; empty when there is none.
QList<Nameserver> systemNameservers();

} // namespace mailtls::dns
