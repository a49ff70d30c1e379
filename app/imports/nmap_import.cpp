#include "app/imports/nmap_import.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Import)
};

struct ScannedHost
{
    QStringList addresses;
    QString name;
    QList<Endpoint> endpoints;
};

// nmap's service names (nmap-services) for what we probe, then standard ports.
std::optional<Protocol> protocolFor(const QString &service, bool tunnelSsl, quint16 port)
{
    static const QMap<QString, Protocol> byService{
        {QStringLiteral("smtp"), Protocol::Smtp},         {QStringLiteral("submission"), Protocol::Submission},
        {QStringLiteral("smtps"), Protocol::Smtps},       {QStringLiteral("imap"), Protocol::Imap},
        {QStringLiteral("imaps"), Protocol::Imaps},       {QStringLiteral("pop3"), Protocol::Pop3},
        {QStringLiteral("pop3s"), Protocol::Pop3s},       {QStringLiteral("lmtp"), Protocol::Lmtp},
        {QStringLiteral("sieve"), Protocol::Sieve},       {QStringLiteral("ldap"), Protocol::Ldap},
        {QStringLiteral("ldapssl"), Protocol::Ldaps},     {QStringLiteral("http"), Protocol::Http},
        {QStringLiteral("https"), Protocol::Https},
    };
    if (const auto it = byService.constFind(service); it != byService.cend()) {
        // nmap says "ssl/imap" with tunnel="ssl" for implicit TLS on a non-standard port.
        if (tunnelSsl) {
            switch (*it) {
            case Protocol::Smtp:
            case Protocol::Submission: return Protocol::Smtps;
            case Protocol::Imap: return Protocol::Imaps;
            case Protocol::Pop3: return Protocol::Pop3s;
            case Protocol::Ldap: return Protocol::Ldaps;
            case Protocol::Http: return Protocol::Https;
            default: break;
            }
        }
        return *it;
    }
    for (Protocol p : allProtocols()) {
        if (p != Protocol::Tls && protocolInfo(p).defaultPort == port)
            return p;
    }
    return std::nullopt;
}

} // namespace

CsvImportResult importNmapXml(const Workspace &into, const QByteArray &xml, const QString &sourceName)
{
    CsvImportResult result;
    QXmlStreamReader reader(xml);
    QList<ScannedHost> scanned;
    bool sawRun = false;
    // nmaprun > host > (address | hostnames > hostname | ports > port > (state | service))
    std::optional<ScannedHost> host;
    quint16 port = 0;
    bool tcp = false;
    bool open = false;
    QString service;
    bool tunnel = false;
    while (!reader.atEnd()) {
        reader.readNext();
        const auto name = reader.name();
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.isStartElement()) {
            if (name == u"nmaprun") {
                sawRun = true;
            } else if (name == u"host") {
                host = ScannedHost{};
            } else if (host && name == u"address") {
                const QString type = a.value(QLatin1StringView("addrtype")).toString();
                if (type == u"ipv4" || type == u"ipv6")
                    host->addresses.append(a.value(QLatin1StringView("addr")).toString());
            } else if (host && name == u"hostname") {
                const QString n = a.value(QLatin1StringView("name")).toString();
                if (host->name.isEmpty() || a.value(QLatin1StringView("type")) == u"user")
                    host->name = n;
            } else if (host && name == u"port") {
                tcp = a.value(QLatin1StringView("protocol")) == u"tcp";
                bool ok = false;
                const uint p = a.value(QLatin1StringView("portid")).toUInt(&ok);
                if (!ok || p == 0 || p > 65535) {
                    reader.raiseError(Tr::tr("portid '%1' is not a port").arg(a.value(QLatin1StringView("portid"))));
                    break;
                }
                port = static_cast<quint16>(p);
                open = false;
                service.clear();
                tunnel = false;
            } else if (host && name == u"state" && port) {
                open = a.value(QLatin1StringView("state")) == u"open";
            } else if (host && name == u"service" && port) {
                service = a.value(QLatin1StringView("name")).toString();
                tunnel = a.value(QLatin1StringView("tunnel")) == u"ssl";
            }
        } else if (reader.isEndElement()) {
            if (name == u"port" && host) {
                if (tcp && open) {
                    if (const auto protocol = protocolFor(service, tunnel, port)) {
                        const Endpoint e{*protocol, port, {}};
                        if (!host->endpoints.contains(e))
                            host->endpoints.append(e);
                    }
                }
                port = 0;
            } else if (name == u"host" && host) {
                if (!host->endpoints.isEmpty() && !host->addresses.isEmpty())
                    scanned.append(*host);
                host.reset();
            }
        }
    }
    if (reader.hasError() || !sawRun) {
        result.error = QStringLiteral("%1:%2:%3: %4")
                           .arg(sourceName)
                           .arg(reader.lineNumber())
                           .arg(reader.columnNumber())
                           .arg(reader.hasError() ? reader.errorString() : Tr::tr("not an nmap XML report (no <nmaprun>)"));
        return result;
    }

    Workspace ws = into;
    for (const ScannedHost &s : std::as_const(scanned)) {
        Host incoming;
        incoming.name = s.name.isEmpty() ? s.addresses.first() : s.name;
        incoming.addresses = s.addresses;
        incoming.endpoints = s.endpoints;
        mergeHost(&ws, incoming, &result);
    }
    result.linksAdded = addReachLinks(&ws);
    result.workspace = ws;
    return result;
}

} // namespace mailtls
