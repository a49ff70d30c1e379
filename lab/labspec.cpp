#include "lab/labspec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

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

} // namespace

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
        const QJsonObject o = services.at(i).toObject();
        const QString where = QStringLiteral("%1: services[%2]").arg(sourceName).arg(i);
        auto fail = [&](const QString &what) {
            return LabSpecResult{std::nullopt, where + QStringLiteral(": ") + what};
        };
        Service s;
        s.id = o.value(QLatin1StringView("id")).toString();
        const QString server = o.value(QLatin1StringView("server")).toString();
        if (server == QLatin1String("postfix"))
            s.kind = ServerKind::Postfix;
        else if (server == QLatin1String("dovecot"))
            s.kind = ServerKind::Dovecot;
        else if (server == QLatin1String("nginx"))
            s.kind = ServerKind::Nginx;
        else if (server == QLatin1String("gnutls"))
            s.kind = ServerKind::Gnutls;
        else if (server == QLatin1String("slapd"))
            s.kind = ServerKind::Slapd;
        else
            return fail(QStringLiteral("unknown server '%1'").arg(server));
        s.hostName = o.value(QLatin1StringView("host")).toString();
        s.address = o.value(QLatin1StringView("address")).toString();
        if (s.id.isEmpty() || s.hostName.isEmpty() || !s.address.startsWith(QLatin1String("127.")))
            return fail(QStringLiteral("needs an id, a host name and a 127.0.0.0/8 address"));
        if (ids.contains(s.id))
            return fail(QStringLiteral("duplicate id '%1'").arg(s.id));
        ids.insert(s.id);
        const auto tls = postureFrom(o.value(QLatin1StringView("tls")).toString(QStringLiteral("strong")));
        if (!tls)
            return fail(QStringLiteral("tls must be strong, weak or none"));
        s.tls = *tls;
        const QJsonObject cert = o.value(QLatin1StringView("certificate")).toObject();
        s.certificate.key = cert.value(QLatin1StringView("key")).toString(QStringLiteral("rsa2048"));
        s.certificate.expired = cert.value(QLatin1StringView("expired")).toBool();
        s.certificate.selfSigned = cert.value(QLatin1StringView("self_signed")).toBool();
        s.auth = o.value(QLatin1StringView("auth")).toString(QStringLiteral("none"));
        s.saslService = o.value(QLatin1StringView("sasl")).toString();
        s.plaintextAuth = o.value(QLatin1StringView("plaintext_auth")).toBool();
        s.hsts = o.value(QLatin1StringView("hsts")).toBool();
        s.httpRedirect = o.value(QLatin1StringView("http_redirect")).toBool();
        const QJsonObject routes = o.value(QLatin1StringView("routes")).toObject();
        for (auto it = routes.begin(); it != routes.end(); ++it)
            s.routes.append({it.key(), it.value().toString()});
        s.journal = o.value(QLatin1StringView("journal")).toString();
        if ((!s.routes.isEmpty() || !s.journal.isEmpty()) && s.kind != ServerKind::Postfix)
            return fail(QStringLiteral("only Postfix services route mail"));
        const QJsonArray listeners = o.value(QLatin1StringView("listeners")).toArray();
        if (listeners.isEmpty())
            return fail(QStringLiteral("no listeners"));
        for (const QJsonValue &lv : listeners) {
            const QJsonObject lo = lv.toObject();
            Listener l;
            l.protocol = lo.value(QLatin1StringView("protocol")).toString();
            const int port = lo.value(QLatin1StringView("port")).toInt();
            if (port < 1024 || port > 65535)
                return fail(QStringLiteral("listener ports must be from 1024 to 65535"));
            l.port = static_cast<quint16>(port);
            const QString socket = s.address + QLatin1Char(':') + QString::number(port);
            if (sockets.contains(socket))
                return fail(QStringLiteral("%1 is used twice").arg(socket));
            sockets.insert(socket);
            const QJsonObject e = lo.value(QLatin1StringView("expect")).toObject();
            l.expect.banner = e.value(QLatin1StringView("banner")).toString();
            if (e.contains(QLatin1StringView("starttls")))
                l.expect.starttls = e.value(QLatin1StringView("starttls")).toBool();
            l.expect.capabilitiesInclude = strings(e.value(QLatin1StringView("capabilities_include")));
            l.expect.capabilitiesExclude = strings(e.value(QLatin1StringView("capabilities_exclude")));
            l.expect.tlsVersions = strings(e.value(QLatin1StringView("tls_versions")));
            l.expect.httpStatus = e.value(QLatin1StringView("http_status")).toInt();
            l.expect.headersInclude = strings(e.value(QLatin1StringView("headers_include")));
            s.listeners.append(l);
        }
        if (s.kind == ServerKind::Gnutls &&
            (s.listeners.size() != 1 || s.listeners.first().protocol != QLatin1String("tls") ||
             s.tls == TlsPosture::None)) {
            return fail(QStringLiteral("gnutls serves one implicit TLS listener (protocol tls)"));
        }
        spec.services.append(s);
    }
    // gnutls-serv binds its port on every address: no other listener may share it.
    for (const Service &g : std::as_const(spec.services)) {
        if (g.kind != ServerKind::Gnutls)
            continue;
        for (const Service &s : std::as_const(spec.services)) {
            for (const Listener &l : s.listeners) {
                if (&s != &g && l.port == g.listeners.first().port) {
                    return {std::nullopt, QStringLiteral("%1: port %2 of gnutls service '%3' is also used by '%4'")
                                              .arg(sourceName).arg(l.port).arg(g.id, s.id)};
                }
            }
        }
    }
    for (const Service &s : std::as_const(spec.services)) {
        for (const auto &[domain, target] : s.routes) {
            if (spec.transport(target).isEmpty()) {
                return {std::nullopt, QStringLiteral("%1: service '%2': route for %3 names '%4', which is "
                                                     "neither a Postfix service with an smtp listener nor a "
                                                     "Dovecot service with an lmtp listener")
                                          .arg(sourceName, s.id, domain, target)};
            }
        }
        if (!s.saslService.isEmpty()) {
            const Service *p = spec.service(s.saslService);
            if (!p || p->kind != ServerKind::Dovecot) {
                return {std::nullopt, QStringLiteral("%1: service '%2': sasl names no Dovecot service")
                                          .arg(sourceName, s.id)};
            }
        }
    }
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
