#pragma once

// The lab's validating resolver: what a mail server's own resolver is on a
// host that checks DNSSEC (an unbound on 127.0.0.1 in /etc/resolv.conf, as
// the DANE remedies ask). A recursive unbound on port 53 of a loopback
// address (resolv.conf takes no port), validating with the lab zone's trust
// anchor, each zone of the lab's SignedZone reached through a stub zone on
// its address and port; every other name is refused, so nothing leaves the
// machine. Its resolv.conf (the nameserver, `options trust-ad`: glibc 2.31 and
// later clear the AD bit of answers otherwise, and Postfix's
// smtp_dns_support_level = dnssec trusts only that bit) is what Lab mounts
// over /etc/resolv.conf for the Postfix services it starts. Every file lives
// in dir, which the caller owns. Blocking API, like Lab.

#include "lab/signed_zone.h"

#include <QHostAddress>
#include <QString>

namespace mailtls::lab {

class ValidatingResolver
{
public:
    ValidatingResolver(const QHostAddress &address, const QString &dir);
    ~ValidatingResolver();
    ValidatingResolver(const ValidatingResolver &) = delete;
    ValidatingResolver &operator=(const ValidatingResolver &) = delete;

    // Writes resolv.conf (before anything starts: the Postfix services mount it).
    QString writeResolvConf() const;
    // (Re)starts unbound for the zones zone serves now, with its trust
    // anchor; a restart also empties the cache, so a newly signed zone is
    // answered as it is. "" or an error quoting unbound's log.
    QString start(const SignedZone &zone);
    void stop();

    QHostAddress address() const { return m_address; }
    // The resolv.conf that names it.
    QString resolvConf() const;
    qint64 pid() const;

private:
    QString path(const QString &name) const;

    QHostAddress m_address;
    QString m_dir;
    UnboundProcess m_server;
};

} // namespace mailtls::lab
