#include "lab/labspec.h"

#include <QFile>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace mailtls::lab {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

std::optional<TlsPosture> postureFrom(const QString &s)
{
    if (s == QLatin1String("strong"))
        return TlsPosture::Strong;
    if (s == QLatin1String("weak"))
        return TlsPosture::Weak;
    if (s == QLatin1String("none"))
        return TlsPosture::None;
    return std::nullopt;
}

std::optional<ServerKind> serverKindFrom(const QString &s)
{
    if (s == QLatin1String("postfix"))
        return ServerKind::Postfix;
    if (s == QLatin1String("dovecot"))
        return ServerKind::Dovecot;
    if (s == QLatin1String("nginx"))
        return ServerKind::Nginx;
    if (s == QLatin1String("gnutls"))
        return ServerKind::Gnutls;
    if (s == QLatin1String("slapd"))
        return ServerKind::Slapd;
    return std::nullopt;
}

// What a client should see on a listener.
Expectation readExpectation(const QJsonObject &e)
{
    Expectation x;
    x.banner = e.value(QLatin1StringView("banner")).toString();
    if (e.contains(QLatin1StringView("starttls")))
        x.starttls = e.value(QLatin1StringView("starttls")).toBool();
    x.capabilitiesInclude = strings(e.value(QLatin1StringView("capabilities_include")));
    x.capabilitiesExclude = strings(e.value(QLatin1StringView("capabilities_exclude")));
    x.tlsVersions = strings(e.value(QLatin1StringView("tls_versions")));
    x.httpStatus = e.value(QLatin1StringView("http_status")).toInt();
    x.headersInclude = strings(e.value(QLatin1StringView("headers_include")));
    return x;
}

// A listener of a service at address; sockets: every address:port taken so far.
// Returns what is wrong with it, or an empty string.
QString readListener(const QJsonObject &lo, const QString &address, QSet<QString> &sockets, Listener *l)
{
    l->protocol = lo.value(QLatin1StringView("protocol")).toString();
    const int port = lo.value(QLatin1StringView("port")).toInt();
    if (port < 1024 || port > 65535)
        return QStringLiteral("listener ports must be from 1024 to 65535");
    l->port = static_cast<quint16>(port);
    const QString socket = address + QLatin1Char(':') + QString::number(port);
    if (sockets.contains(socket))
        return QStringLiteral("%1 is used twice").arg(socket);
    sockets.insert(socket);
    l->expect = readExpectation(lo.value(QLatin1StringView("expect")).toObject());
    return {};
}

// The settings beyond identity and TLS posture: certificate, authentication, HTTP, mail routes.
void readSettings(const QJsonObject &o, Service *s)
{
    const QJsonObject cert = o.value(QLatin1StringView("certificate")).toObject();
    s->certificate.key = cert.value(QLatin1StringView("key")).toString(QStringLiteral("rsa2048"));
    s->certificate.expired = cert.value(QLatin1StringView("expired")).toBool();
    s->certificate.selfSigned = cert.value(QLatin1StringView("self_signed")).toBool();
    s->auth = o.value(QLatin1StringView("auth")).toString(QStringLiteral("none"));
    s->saslService = o.value(QLatin1StringView("sasl")).toString();
    s->plaintextAuth = o.value(QLatin1StringView("plaintext_auth")).toBool();
    s->authMechanisms = o.value(QLatin1StringView("auth_mechanisms")).toString(QStringLiteral("plain login"));
    s->hsts = o.value(QLatin1StringView("hsts")).toBool();
    s->httpRedirect = o.value(QLatin1StringView("http_redirect")).toBool();
    const QJsonObject routes = o.value(QLatin1StringView("routes")).toObject();
    for (auto it = routes.begin(); it != routes.end(); ++it)
        s->routes.append({it.key(), it.value().toString()});
    s->journal = o.value(QLatin1StringView("journal")).toString();
    const QJsonObject client = o.value(QLatin1StringView("smtp_client")).toObject();
    s->smtpSecurityLevel = client.value(QLatin1StringView("security_level")).toString(QStringLiteral("may"));
    s->smtpProtocols = client.value(QLatin1StringView("protocols")).toString();
    s->smtpServerName = client.value(QLatin1StringView("servername")).toString();
    s->smtpCaFile = client.value(QLatin1StringView("ca_file")).toString();
    s->dhGroup = o.value(QLatin1StringView("dh_group")).toString();
}

// The service's listeners; gnutls-serv serves exactly one, implicit TLS.
QString readListeners(const QJsonObject &o, QSet<QString> &sockets, Service *s)
{
    const QJsonArray listeners = o.value(QLatin1StringView("listeners")).toArray();
    if (listeners.isEmpty())
        return QStringLiteral("no listeners");
    for (const QJsonValue &lv : listeners) {
        Listener l;
        if (QString e = readListener(lv.toObject(), s->address, sockets, &l); !e.isEmpty())
            return e;
        s->listeners.append(l);
    }
    if (s->kind == ServerKind::Gnutls &&
        (s->listeners.size() != 1 || s->listeners.first().protocol != QLatin1String("tls") ||
         s->tls == TlsPosture::None)) {
        return QStringLiteral("gnutls serves one implicit TLS listener (protocol tls)");
    }
    return {};
}

// One service; ids and sockets: those taken by the services before it.
// Returns what is wrong with it, or an empty string.
QString readService(const QJsonObject &o, QSet<QString> &ids, QSet<QString> &sockets, Service *s)
{
    s->id = o.value(QLatin1StringView("id")).toString();
    const QString server = o.value(QLatin1StringView("server")).toString();
    const auto kind = serverKindFrom(server);
    if (!kind)
        return QStringLiteral("unknown server '%1'").arg(server);
    s->kind = *kind;
    s->hostName = o.value(QLatin1StringView("host")).toString();
    s->address = o.value(QLatin1StringView("address")).toString();
    // ::1 for Postfix only (the other servers' configurations know IPv4 addresses only).
    const bool loopback = s->address.startsWith(QLatin1String("127.")) ||
                          (s->address == QLatin1String("::1") && s->kind == ServerKind::Postfix);
    if (s->id.isEmpty() || s->hostName.isEmpty() || !loopback)
        return QStringLiteral("needs an id, a host name and a 127.0.0.0/8 address (::1 for Postfix)");
    if (ids.contains(s->id))
        return QStringLiteral("duplicate id '%1'").arg(s->id);
    ids.insert(s->id);
    const auto tls = postureFrom(o.value(QLatin1StringView("tls")).toString(QStringLiteral("strong")));
    if (!tls)
        return QStringLiteral("tls must be strong, weak or none");
    s->tls = *tls;
    readSettings(o, s);
    if (s->auth != QLatin1String("any") && s->auth != QLatin1String("tls-only") && s->auth != QLatin1String("none"))
        return QStringLiteral("auth must be any, tls-only or none");
    static const QRegularExpression mechanisms(QStringLiteral("^[A-Za-z0-9 -]+$"));
    if (!mechanisms.match(s->authMechanisms).hasMatch())
        return QStringLiteral("auth_mechanisms must be mechanism names separated by spaces");
    if ((!s->routes.isEmpty() || !s->journal.isEmpty()) && s->kind != ServerKind::Postfix)
        return QStringLiteral("only Postfix services route mail");
    static const QStringList levels{QStringLiteral("none"),    QStringLiteral("may"),    QStringLiteral("encrypt"),
                                    QStringLiteral("dane"),    QStringLiteral("verify"), QStringLiteral("secure")};
    if (!levels.contains(s->smtpSecurityLevel))
        return QStringLiteral("smtp_client.security_level must be one of %1").arg(levels.join(QStringLiteral(", ")));
    static const QRegularExpression words(QStringLiteral("^[A-Za-z0-9 .,!>=<_-]*$"));
    if (!words.match(s->smtpProtocols).hasMatch() || !words.match(s->smtpServerName).hasMatch() ||
        s->smtpCaFile.contains(QLatin1Char('\n')))
        return QStringLiteral("smtp_client: protocols, servername and ca_file are single words or lists");
    if (!s->dhGroup.isEmpty() && (s->kind != ServerKind::Postfix || s->tls == TlsPosture::None))
        return QStringLiteral("dh_group is for Postfix services with TLS");
    return readListeners(o, sockets, s);
}

// gnutls-serv binds its port on every address: no other listener may share it.
QString checkGnutlsPorts(const LabSpec &spec, const QString &sourceName)
{
    for (const Service &g : spec.services) {
        if (g.kind != ServerKind::Gnutls)
            continue;
        for (const Service &s : spec.services) {
            for (const Listener &l : s.listeners) {
                if (&s != &g && l.port == g.listeners.first().port) {
                    return QStringLiteral("%1: port %2 of gnutls service '%3' is also used by '%4'")
                        .arg(sourceName).arg(l.port).arg(g.id, s.id);
                }
            }
        }
    }
    return {};
}

// Routes and SASL name services that can take them.
QString checkReferences(const LabSpec &spec, const QString &sourceName)
{
    for (const Service &s : spec.services) {
        for (const auto &[domain, target] : s.routes) {
            if (spec.transport(target).isEmpty()) {
                return QStringLiteral("%1: service '%2': route for %3 names '%4', which is "
                                      "neither a Postfix service with an smtp listener, a "
                                      "Dovecot service with an lmtp listener nor a destination "
                                      "of the lab's DNS on its port")
                    .arg(sourceName, s.id, domain, target);
            }
        }
        if (!s.saslService.isEmpty()) {
            const Service *p = spec.service(s.saslService);
            if (!p || p->kind != ServerKind::Dovecot)
                return QStringLiteral("%1: service '%2': sasl names no Dovecot service").arg(sourceName, s.id);
        }
    }
    return {};
}

QString readDns(const QJsonObject &o, const LabSpec &spec, DnsSpec *dns)
{
    dns->zone = o.value(QLatin1StringView("zone")).toString();
    dns->address = o.value(QLatin1StringView("address")).toString();
    const int port = o.value(QLatin1StringView("port")).toInt();
    dns->mx = strings(o.value(QLatin1StringView("mx")));
    dns->policyService = o.value(QLatin1StringView("mta_sts_service")).toString();
    dns->tlsRptAddress = o.value(QLatin1StringView("tls_rpt")).toString();
    static const QRegularExpression zoneName(QStringLiteral(R"(^[a-z0-9-]+(\.[a-z0-9-]+)+$)"));
    if (!zoneName.match(dns->zone).hasMatch())
        return QStringLiteral("zone '%1' is not a domain name (no final dot)").arg(dns->zone);
    if (QHostAddress(dns->address).protocol() != QAbstractSocket::IPv4Protocol || !QHostAddress(dns->address).isLoopback())
        return QStringLiteral("address '%1' is not an IPv4 loopback address").arg(dns->address);
    if (port <= 0 || port > 65535)
        return QStringLiteral("port %1 is out of range").arg(port);
    dns->port = static_cast<quint16>(port);
    for (const QString &id : std::as_const(dns->mx)) {
        const Service *s = spec.service(id);
        if (!s || s->kind != ServerKind::Postfix)
            return QStringLiteral("mx names '%1', which is no Postfix service").arg(id);
        if (!s->hostName.endsWith(u'.' + dns->zone))
            return QStringLiteral("mx '%1': its host %2 is not in the zone").arg(id, s->hostName);
    }
    if (!dns->policyService.isEmpty()) {
        const Service *s = spec.service(dns->policyService);
        if (!s || s->kind != ServerKind::Nginx)
            return QStringLiteral("mta_sts_service names '%1', which is no nginx service").arg(dns->policyService);
        if (spec.policyPort() == 0)
            return QStringLiteral("mta_sts_service '%1' has no https listener").arg(dns->policyService);
    }
    for (const QJsonValue &v : o.value(QLatin1StringView("other_zones")).toArray()) {
        const DnsSpec::OtherZone other{v.toObject().value(QLatin1StringView("zone")).toString(),
                                       strings(v.toObject().value(QLatin1StringView("mx")))};
        if (!zoneName.match(other.zone).hasMatch() || other.zone == dns->zone)
            return QStringLiteral("other zone '%1' is not a domain name of its own").arg(other.zone);
        for (const QString &id : other.mx) {
            if (!dns->mx.contains(id))
                return QStringLiteral("other zone %1: mx '%2' is not an mx of %3").arg(other.zone, id, dns->zone);
        }
        dns->otherZones.append(other);
    }
    const auto loopback4 = [](const QString &a) {
        return QHostAddress(a).protocol() == QAbstractSocket::IPv4Protocol && QHostAddress(a).isLoopback();
    };
    dns->resolver = o.value(QLatin1StringView("resolver")).toString();
    if (!dns->resolver.isEmpty() && (!loopback4(dns->resolver) || dns->resolver == dns->address))
        return QStringLiteral("resolver '%1' is not an IPv4 loopback address of its own").arg(dns->resolver);
    const QJsonArray destinations = o.value(QLatin1StringView("destinations")).toArray();
    for (qsizetype i = 0; i < destinations.size(); ++i) {
        const QJsonObject d = destinations.at(i).toObject();
        DnsSpec::Destination destination{d.value(QLatin1StringView("domain")).toString(),
                                         d.value(QLatin1StringView("address")).toString(), 0,
                                         d.value(QLatin1StringView("dane")).toBool()};
        const int destinationPort = d.value(QLatin1StringView("port")).toInt();
        const QString at = QStringLiteral("destinations[%1]").arg(i);
        const bool otherZone = std::any_of(dns->otherZones.cbegin(), dns->otherZones.cend(),
                                           [&](const DnsSpec::OtherZone &z) { return z.zone == destination.domain; });
        if (!zoneName.match(destination.domain).hasMatch() || destination.domain == dns->zone || otherZone ||
            dns->destination(destination.domain))
            return QStringLiteral("%1: domain '%2' is not a domain name of its own").arg(at, destination.domain);
        if (!loopback4(destination.address))
            return QStringLiteral("%1: address '%2' is not an IPv4 loopback address").arg(at, destination.address);
        // Its receiver listens there: no server of the lab may.
        const bool taken = destination.address == dns->address || destination.address == dns->resolver ||
                           std::any_of(spec.services.cbegin(), spec.services.cend(),
                                       [&](const Service &s) { return s.address == destination.address; });
        if (taken)
            return QStringLiteral("%1: address %2 is a server's of the lab").arg(at, destination.address);
        if (destinationPort <= 0 || destinationPort > 65535)
            return QStringLiteral("%1: port %2 is out of range").arg(at).arg(destinationPort);
        destination.port = static_cast<quint16>(destinationPort);
        dns->destinations.append(destination);
    }
    if (!dns->destinations.isEmpty() && dns->resolver.isEmpty())
        return QStringLiteral("destinations need a resolver: the relays find them through it");
    if (!dns->tlsRptAddress.isEmpty() && !dns->tlsRptAddress.startsWith(QLatin1StringView("mailto:")))
        return QStringLiteral("tls_rpt '%1' is no mailto: URI").arg(dns->tlsRptAddress);
    return {};
}

} // namespace

QString dnsStageKey(DnsStage stage)
{
    switch (stage) {
    case DnsStage::None: return QStringLiteral("none");
    case DnsStage::Testing: return QStringLiteral("testing");
    case DnsStage::Enforce: return QStringLiteral("enforce");
    }
    return {};
}

std::optional<DnsStage> dnsStageFromKey(QStringView key)
{
    for (DnsStage stage : {DnsStage::None, DnsStage::Testing, DnsStage::Enforce}) {
        if (key == dnsStageKey(stage))
            return stage;
    }
    return std::nullopt;
}

quint16 LabSpec::policyPort() const
{
    const Service *s = dns ? service(dns->policyService) : nullptr;
    for (const Listener &l : s ? s->listeners : QList<Listener>{}) {
        if (l.protocol == QLatin1StringView("https"))
            return l.port;
    }
    return 0;
}

const DnsSpec::Destination *DnsSpec::destination(const QString &domain) const
{
    for (const Destination &d : destinations) {
        if (d.domain == domain)
            return &d;
    }
    return nullptr;
}

const Service *LabSpec::service(const QString &id) const
{
    for (const Service &s : services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString LabSpec::transport(const QString &id) const
{
    // An explicit next hop on loopback: smtp:[127.x.y.z]:PORT.
    static const QRegularExpression explicitHop(QStringLiteral("^smtp:\\[127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\]:\\d{1,5}$"));
    if (explicitHop.match(id).hasMatch())
        return id;
    // A destination found through DNS, on its receiver's port.
    static const QRegularExpression dnsHop(QStringLiteral("^smtp:([a-z0-9.-]+):(\\d{1,5})$"));
    if (const QRegularExpressionMatch m = dnsHop.match(id); m.hasMatch() && dns) {
        const DnsSpec::Destination *d = dns->destination(m.captured(1));
        return d && d->port == m.captured(2).toUInt() ? id : QString();
    }
    const Service *s = service(id);
    if (!s)
        return {};
    for (const Listener &l : s->listeners) {
        if (s->kind == ServerKind::Postfix && l.protocol == QLatin1String("smtp"))
            return QStringLiteral("smtp:[%1]:%2").arg(s->address).arg(l.port);
        if (s->kind == ServerKind::Dovecot && l.protocol == QLatin1String("lmtp"))
            return QStringLiteral("lmtp:inet:%1:%2").arg(s->address).arg(l.port);
    }
    return {};
}

QList<Service> LabSpec::selection(const QStringList &ids, QString *error) const
{
    QStringList wanted = ids.isEmpty() ? QStringList() : ids;
    if (ids.isEmpty()) {
        for (const Service &s : services)
            wanted.append(s.id);
    }
    // Add dependencies (SASL providers) until nothing changes.
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const Service *s = service(wanted.at(i));
        if (!s) {
            *error = QStringLiteral("unknown lab service '%1'").arg(wanted.at(i));
            return {};
        }
        if (!s->saslService.isEmpty() && !wanted.contains(s->saslService))
            wanted.append(s->saslService);
    }
    // Start order: providers (Dovecot) first, then the rest in file order.
    QList<Service> ordered;
    for (const Service &s : services) {
        if (wanted.contains(s.id) && s.kind == ServerKind::Dovecot)
            ordered.append(s);
    }
    for (const Service &s : services) {
        if (wanted.contains(s.id) && s.kind != ServerKind::Dovecot)
            ordered.append(s);
    }
    return ordered;
}

LabSpecResult parseLabSpec(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {std::nullopt, QStringLiteral("%1: offset %2: %3")
                                  .arg(sourceName)
                                  .arg(parseError.offset)
                                  .arg(parseError.errorString())};
    }
    const QJsonObject root = doc.object();
    LabSpec spec;
    spec.name = root.value(QLatin1StringView("name")).toString();
    QSet<QString> ids;
    QSet<QString> sockets;
    const QJsonArray services = root.value(QLatin1StringView("services")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        Service s;
        if (QString e = readService(services.at(i).toObject(), ids, sockets, &s); !e.isEmpty())
            return {std::nullopt, QStringLiteral("%1: services[%2]").arg(sourceName).arg(i) + QStringLiteral(": ") + e};
        spec.services.append(s);
    }
    QString error = checkGnutlsPorts(spec, sourceName);
    if (error.isEmpty() && root.contains(QLatin1StringView("dns"))) {
        // The section is read with spec.dns set, so that policyPort() sees the policy service.
        spec.dns = DnsSpec{};
        if (QString e = readDns(root.value(QLatin1StringView("dns")).toObject(), spec, &*spec.dns); !e.isEmpty())
            error = QStringLiteral("%1: dns: %2").arg(sourceName, e);
    }
    // After the DNS: a route may name one of its destinations.
    if (error.isEmpty())
        error = checkReferences(spec, sourceName);
    if (!error.isEmpty())
        return {std::nullopt, error};
    return {spec, {}};
}

LabSpecResult loadLabSpec(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {std::nullopt, QStringLiteral("%1: %2").arg(path, f.errorString())};
    return parseLabSpec(f.readAll(), path);
}

} // namespace mailtls::lab
