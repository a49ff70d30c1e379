#include "app/inventory/workspace_io.h"

#include "probes/receiver/smtp_receiver.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <QSet>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::WorkspaceIo)
};

// Largest workspace file we agree to read; far above 10,000 hosts.
constexpr qint64 kMaxFileSize = 256LL * 1024 * 1024;

// Turns a byte offset into "line:column" (both from 1), counting UTF-8 code points.
QString lineColumn(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return QString::number(line) + QLatin1Char(':') + QString::number(column);
}

// Walks the JSON tree, remembering the path for error messages. The first
// error wins; later calls become no-ops so parsing code stays linear.
class Reader
{
public:
    explicit Reader(QString sourceName) : m_source(std::move(sourceName)) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = m_source + QStringLiteral(": ") + path + QStringLiteral(": ") + message;
    }

    QString string(const QJsonObject &o, const QString &path, QLatin1StringView key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, Tr::tr("missing required field '%1'").arg(key));
            return {};
        }
        if (!v.isString()) {
            fail(path + QLatin1Char('.') + key, Tr::tr("expected a string"));
            return {};
        }
        return v.toString();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(path + QLatin1Char('.') + key, Tr::tr("expected an array"));
            return {};
        }
        return v.toArray();
    }

    QStringList stringList(const QJsonObject &o, const QString &path, QLatin1StringView key)
    {
        QStringList result;
        const QJsonArray a = array(o, path, key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(path + QLatin1Char('.') + key + QStringLiteral("[%1]").arg(i),
                     Tr::tr("expected a string"));
                return {};
            }
            result.append(a.at(i).toString());
        }
        return result;
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            fail(path, Tr::tr("expected an object"));
            return {};
        }
        return v.toObject();
    }

private:
    QString m_source;
    QString m_error;
};

std::optional<Endpoint> readEndpoint(Reader &r, const QJsonValue &value, const QString &path)
{
    const QJsonObject o = r.object(value, path);
    const QString scheme = r.string(o, path, QLatin1StringView("protocol"), true);
    if (r.failed())
        return std::nullopt;
    const auto protocol = protocolFromScheme(scheme);
    if (!protocol) {
        r.fail(path + QStringLiteral(".protocol"), Tr::tr("unknown protocol '%1'").arg(scheme));
        return std::nullopt;
    }
    Endpoint e;
    e.protocol = *protocol;
    const QJsonValue port = o.value(QLatin1StringView("port"));
    if (port.isUndefined()) {
        e.port = protocolInfo(*protocol).defaultPort;
        if (e.port == 0) {
            r.fail(path, Tr::tr("protocol '%1' needs a port").arg(scheme));
            return std::nullopt;
        }
    } else {
        const double p = port.toDouble(-1);
        if (!port.isDouble() || p < 1 || p > 65535 || p != static_cast<int>(p)) {
            r.fail(path + QStringLiteral(".port"), Tr::tr("expected a port number from 1 to 65535"));
            return std::nullopt;
        }
        e.port = static_cast<quint16>(p);
    }
    e.address = r.string(o, path, QLatin1StringView("address"), false);
    return e;
}

// A host's endpoints, no two with the same protocol and port.
bool readEndpoints(Reader &r, const QJsonObject &o, const QString &where, Host &h)
{
    const QJsonArray endpoints = r.array(o, where, QLatin1StringView("endpoints"));
    for (qsizetype i = 0; i < endpoints.size() && !r.failed(); ++i) {
        const QString epath = where + QStringLiteral(".endpoints[%1]").arg(i);
        auto e = readEndpoint(r, endpoints.at(i), epath);
        if (!e)
            return false;
        for (const Endpoint &other : std::as_const(h.endpoints)) {
            if (other.protocol == e->protocol && other.port == e->port) {
                r.fail(epath, Tr::tr("duplicate endpoint %1:%2")
                                  .arg(protocolScheme(e->protocol))
                                  .arg(e->port));
                return false;
            }
        }
        h.endpoints.append(*e);
    }
    return !r.failed();
}

// A host's zone and roles, by their keys.
bool readZoneAndRoles(Reader &r, const QJsonObject &o, const QString &where, const QString &zone, Host &h)
{
    if (!zone.isEmpty()) {
        const auto z = zoneFromKey(zone);
        if (!z) {
            r.fail(where + QStringLiteral(".zone"), Tr::tr("unknown zone '%1'").arg(zone));
            return false;
        }
        h.zone = *z;
    }
    const QStringList roles = r.stringList(o, where, QLatin1StringView("roles"));
    for (const QString &role : roles) {
        const auto hr = hostRoleFromKey(role);
        if (!hr) {
            r.fail(where + QStringLiteral(".roles"), Tr::tr("unknown role '%1'").arg(role));
            return false;
        }
        h.roles.append(*hr);
    }
    return true;
}

std::optional<Host> readHost(Reader &r, const QJsonValue &value, const QString &path)
{
    const QJsonObject o = r.object(value, path);
    Host h;
    h.id = r.string(o, path, QLatin1StringView("id"), true);
    h.name = r.string(o, path, QLatin1StringView("name"), true);
    h.addresses = r.stringList(o, path, QLatin1StringView("addresses"));
    h.software = r.string(o, path, QLatin1StringView("software"), false);
    h.site = r.string(o, path, QLatin1StringView("site"), false);
    const QString zone = r.string(o, path, QLatin1StringView("zone"), false);
    if (r.failed())
        return std::nullopt;
    // Paths below name the host: hosts[2] ("mx1").endpoints[0].port
    const QString where = path + QStringLiteral(" (\"%1\")").arg(h.id);
    if (!readZoneAndRoles(r, o, where, zone, h) || !readEndpoints(r, o, where, h))
        return std::nullopt;
    return h;
}

std::optional<Link> readLink(Reader &r, const WorkspaceIndex &ws, const QJsonValue &value,
                             const QString &path)
{
    const QJsonObject o = r.object(value, path);
    Link l;
    l.id = r.string(o, path, QLatin1StringView("id"), false);
    const QString kind = r.string(o, path, QLatin1StringView("kind"), true);
    l.from = r.string(o, path, QLatin1StringView("from"), true);
    const QString endpoint = r.string(o, path, QLatin1StringView("endpoint"), true);
    l.note = r.string(o, path, QLatin1StringView("note"), false);
    if (r.failed())
        return std::nullopt;
    const auto k = linkKindFromKey(kind);
    if (!k) {
        r.fail(path + QStringLiteral(".kind"), Tr::tr("unknown link kind '%1'").arg(kind));
        return std::nullopt;
    }
    l.kind = *k;
    if (l.from != kInternetNode && l.from != kUsersNode && !ws.host(l.from)) {
        r.fail(path + QStringLiteral(".from"),
               Tr::tr("'%1' is neither a host id nor 'internet' or 'users'").arg(l.from));
        return std::nullopt;
    }
    const auto ref = EndpointRef::parse(endpoint);
    if (!ref) {
        r.fail(path + QStringLiteral(".endpoint"),
               Tr::tr("'%1' is not of the form host/protocol[:port]").arg(endpoint));
        return std::nullopt;
    }
    if (!ws.endpoint(*ref)) {
        r.fail(path + QStringLiteral(".endpoint"),
               Tr::tr("'%1' names no single endpoint of a host in this workspace").arg(endpoint));
        return std::nullopt;
    }
    l.endpoint = *ref;
    if (l.id.isEmpty())
        l.id = l.from + QStringLiteral("->") + ref->toString();
    return l;
}

// A top-level array's elements, each read with its path ("hosts[2]"); stops at the first error.
template <typename ReadOne>
void readEach(Reader &r, const QJsonObject &root, QLatin1StringView key, ReadOne readOne)
{
    const QJsonArray items = r.array(root, QStringLiteral("$"), key);
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        const QString path = key + QStringLiteral("[%1]").arg(i);
        readOne(items.at(i), path);
    }
}

// The hosts, with ids unique and none of the reserved node names.
void readHosts(Reader &r, const QJsonObject &root, Workspace &ws)
{
    QSet<QString> ids;
    readEach(r, root, QLatin1StringView("hosts"), [&](const QJsonValue &value, const QString &path) {
        auto h = readHost(r, value, path);
        if (!h)
            return;
        if (h->id == kInternetNode || h->id == kUsersNode) {
            r.fail(path + QStringLiteral(".id"), Tr::tr("'%1' is reserved").arg(h->id));
            return;
        }
        if (ids.contains(h->id)) {
            r.fail(path + QStringLiteral(".id"), Tr::tr("duplicate host id '%1'").arg(h->id));
            return;
        }
        ids.insert(h->id);
        ws.hosts.append(*h);
    });
}

// A domain and its MX list, every MX a host of the workspace.
Domain readDomain(Reader &r, const WorkspaceIndex &index, const QJsonValue &value, const QString &path)
{
    const QJsonObject o = r.object(value, path);
    Domain d;
    d.name = r.string(o, path, QLatin1StringView("name"), true);
    d.mxHosts = r.stringList(o, path, QLatin1StringView("mx"));
    for (const QString &mx : std::as_const(d.mxHosts)) {
        if (!r.failed() && !index.host(mx))
            r.fail(path + QStringLiteral(".mx"), Tr::tr("unknown host id '%1'").arg(mx));
    }
    return d;
}

// The links, with ids unique.
void readLinks(Reader &r, const QJsonObject &root, const WorkspaceIndex &index, Workspace &ws)
{
    QSet<QString> linkIds;
    readEach(r, root, QLatin1StringView("links"), [&](const QJsonValue &value, const QString &path) {
        auto l = readLink(r, index, value, path);
        if (!l)
            return;
        if (linkIds.contains(l->id)) {
            r.fail(path, Tr::tr("duplicate link '%1'").arg(l->id));
            return;
        }
        linkIds.insert(l->id);
        ws.links.append(*l);
    });
}

// What a real message showed on a link (linkIds: the workspace's links).
Observation readObservation(Reader &r, const QSet<QString> &linkIds, const QJsonValue &value, const QString &path)
{
    const QJsonObject o = r.object(value, path);
    Observation ob;
    ob.link = r.string(o, path, QLatin1StringView("link"), true);
    ob.transport = r.string(o, path, QLatin1StringView("transport"), true);
    ob.tlsVersion = r.string(o, path, QLatin1StringView("tls_version"), false);
    ob.cipher = r.string(o, path, QLatin1StringView("cipher"), false);
    ob.messageId = r.string(o, path, QLatin1StringView("message_id"), false);
    ob.source = r.string(o, path, QLatin1StringView("source"), false);
    ob.firstSeen = QDateTime::fromString(r.string(o, path, QLatin1StringView("first_seen"), true), Qt::ISODate);
    ob.lastSeen = QDateTime::fromString(r.string(o, path, QLatin1StringView("last_seen"), true), Qt::ISODate);
    if (r.failed())
        return ob;
    if (!linkIds.contains(ob.link))
        r.fail(path + QStringLiteral(".link"), Tr::tr("unknown link '%1'").arg(ob.link));
    else if (!QStringList{QStringLiteral("tls"), QStringLiteral("cleartext"), QStringLiteral("local"),
                          QStringLiteral("unknown")}
                  .contains(ob.transport))
        r.fail(path + QStringLiteral(".transport"), Tr::tr("unknown transport '%1'").arg(ob.transport));
    else if (!ob.firstSeen.isValid() || !ob.lastSeen.isValid())
        r.fail(path, Tr::tr("first_seen and last_seen must be ISO 8601 dates"));
    ob.firstSeen = ob.firstSeen.toUTC();
    ob.lastSeen = ob.lastSeen.toUTC();
    return ob;
}

// What the test receiver saw a relay of the workspace do as a client.
OutboundTest readOutboundTest(Reader &r, const WorkspaceIndex &index, const QJsonValue &value, const QString &path)
{
    const QJsonObject o = r.object(value, path);
    OutboundTest t;
    t.relay = r.string(o, path, QLatin1StringView("relay"), true);
    t.clientAddress = r.string(o, path, QLatin1StringView("client_address"), true);
    t.ehlo = r.string(o, path, QLatin1StringView("ehlo"), false);
    const QString tested = r.string(o, path, QLatin1StringView("tested_at"), true);
    t.policy = r.string(o, path, QLatin1StringView("policy"), true);
    t.scenarios = r.stringList(o, path, QLatin1StringView("scenarios"));
    t.source = r.string(o, path, QLatin1StringView("source"), false);
    const QJsonValue sessions = o.value(QLatin1StringView("sessions"));
    if (!sessions.isUndefined() && (!sessions.isDouble() || sessions.toInt(-1) < 0))
        r.fail(path + QStringLiteral(".sessions"), Tr::tr("expected a count"));
    t.sessions = sessions.toInt();
    const QJsonArray checks = r.array(o, path, QLatin1StringView("checks"));
    for (qsizetype i = 0; i < checks.size() && !r.failed(); ++i) {
        const QString at = path + QStringLiteral(".checks[%1]").arg(i);
        const QJsonObject c = r.object(checks.at(i), at);
        OutboundCheckRecord rec;
        rec.check = r.string(c, at, QLatin1StringView("check"), true);
        rec.evidence = r.string(c, at, QLatin1StringView("evidence"), false);
        const QJsonValue passed = c.value(QLatin1StringView("passed"));
        if (passed.isBool())
            rec.passed = passed.toBool();
        else if (!passed.isNull() && !passed.isUndefined())
            r.fail(at + QStringLiteral(".passed"), Tr::tr("expected true, false or null"));
        rec.informational = c.value(QLatin1StringView("informational")).toBool();
        rec.evidenceSource = r.string(c, at, QLatin1StringView("evidence_source"), false);
        rec.evidenceArgs = r.stringList(c, at, QLatin1StringView("evidence_args"));
        rec.evidenceCount = c.value(QLatin1StringView("evidence_count")).toInt(-1);
        const QJsonArray ids = r.array(c, at, QLatin1StringView("sessions"));
        for (const QJsonValue &id : ids) {
            if (!id.isDouble())
                r.fail(at + QStringLiteral(".sessions"), Tr::tr("expected session numbers"));
            rec.sessions.append(id.toInt());
        }
        t.checks.append(rec);
    }
    if (r.failed())
        return t;
    t.testedAt = QDateTime::fromString(tested, Qt::ISODate).toUTC();
    if (!index.host(t.relay))
        r.fail(path + QStringLiteral(".relay"), Tr::tr("unknown host id '%1'").arg(t.relay));
    else if (!t.testedAt.isValid())
        r.fail(path + QStringLiteral(".tested_at"), Tr::tr("expected an ISO 8601 date"));
    else if (t.policy != QLatin1StringView("none") && t.policy != QLatin1StringView("requires-tls"))
        r.fail(path + QStringLiteral(".policy"), Tr::tr("expected none or requires-tls"));
    return t;
}

// How the audit tests the relays headless: listeners, policy, the commands that trigger a message.
OutboundTestPlan readOutboundTestPlan(Reader &r, const WorkspaceIndex &index, const QJsonValue &value)
{
    const QString path = QStringLiteral("outbound_test");
    const QJsonObject o = r.object(value, path);
    OutboundTestPlan plan;
    const QString policy = r.string(o, path, QLatin1StringView("policy"), false);
    if (!policy.isEmpty())
        plan.policy = policy;
    plan.hostname = r.string(o, path, QLatin1StringView("hostname"), false);
    const QJsonValue wait = o.value(QLatin1StringView("wait_seconds"));
    if (!wait.isUndefined()) {
        if (!wait.isDouble() || wait.toInt() < 1 || wait.toInt() > 3600)
            r.fail(path + QStringLiteral(".wait_seconds"), Tr::tr("expected seconds from 1 to 3600"));
        plan.waitSeconds = wait.toInt();
    }
    const QJsonArray listeners = r.array(o, path, QLatin1StringView("listeners"));
    for (qsizetype i = 0; i < listeners.size() && !r.failed(); ++i) {
        const QString at = path + QStringLiteral(".listeners[%1]").arg(i);
        const QJsonObject l = r.object(listeners.at(i), at);
        OutboundTestPlan::Listener listener;
        listener.listen = r.string(l, at, QLatin1StringView("listen"), true);
        listener.scenario = r.string(l, at, QLatin1StringView("scenario"), false);
        if (listener.scenario.isEmpty())
            listener.scenario = QStringLiteral("normal");
        listener.domain = r.string(l, at, QLatin1StringView("domain"), false).toLower();
        if (r.failed())
            break;
        static const QRegularExpression domainName(
            QStringLiteral("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
        if (!listener.domain.isEmpty() && (listener.domain.size() > 253 || !domainName.match(listener.domain).hasMatch()))
            r.fail(at + QStringLiteral(".domain"), Tr::tr("expected a domain name, got '%1'").arg(listener.domain));
        const std::optional<ReceiverListener> parsed = ReceiverListener::parse(listener.listen);
        if (!parsed || parsed->port == 0)
            r.fail(at + QStringLiteral(".listen"), Tr::tr("expected ADDR:PORT, got '%1'").arg(listener.listen));
        else if (!receiverScenarioFromKey(listener.scenario))
            r.fail(at + QStringLiteral(".scenario"), Tr::tr("unknown scenario '%1' (one of: %2)")
                                                         .arg(listener.scenario,
                                                              receiverScenarioKeys().join(QStringLiteral(", "))));
        plan.listeners.append(listener);
    }
    const QJsonArray triggers = r.array(o, path, QLatin1StringView("triggers"));
    for (qsizetype i = 0; i < triggers.size() && !r.failed(); ++i) {
        const QString at = path + QStringLiteral(".triggers[%1]").arg(i);
        const QJsonObject t = r.object(triggers.at(i), at);
        OutboundTestPlan::Trigger trigger;
        trigger.relay = r.string(t, at, QLatin1StringView("relay"), true);
        trigger.command = r.string(t, at, QLatin1StringView("command"), true);
        if (!r.failed() && !index.host(trigger.relay))
            r.fail(at + QStringLiteral(".relay"), Tr::tr("unknown host id '%1'").arg(trigger.relay));
        plan.triggers.append(trigger);
    }
    if (r.failed())
        return plan;
    if (plan.listeners.isEmpty())
        r.fail(path + QStringLiteral(".listeners"), Tr::tr("at least one listener is needed"));
    else if (plan.policy != QLatin1StringView("none") && plan.policy != QLatin1StringView("requires-tls"))
        r.fail(path + QStringLiteral(".policy"), Tr::tr("expected none or requires-tls"));
    return plan;
}

// An entry of the exceptions register: who accepted which finding, why, until when.
RiskAcceptance readAcceptedRisk(Reader &r, const QJsonValue &value, const QString &path)
{
    const QJsonObject o = r.object(value, path);
    RiskAcceptance a;
    const QString profile = r.string(o, path, QLatin1StringView("profile"), false);
    if (!profile.isEmpty())
        a.profile = profile;
    a.rule = r.string(o, path, QLatin1StringView("rule"), true);
    a.endpoint = r.string(o, path, QLatin1StringView("endpoint"), true);
    a.justification = r.string(o, path, QLatin1StringView("justification"), true);
    a.owner = r.string(o, path, QLatin1StringView("owner"), true);
    const QString expires = r.string(o, path, QLatin1StringView("expires"), true);
    const QString accepted = r.string(o, path, QLatin1StringView("accepted_at"), false);
    if (r.failed())
        return a;
    a.expires = QDate::fromString(expires, Qt::ISODate);
    a.acceptedAt = accepted.isEmpty() ? QDateTime() : QDateTime::fromString(accepted, Qt::ISODate).toUTC();
    if (!a.expires.isValid())
        r.fail(path + QStringLiteral(".expires"), Tr::tr("expected a date YYYY-MM-DD, not '%1'").arg(expires));
    else if (!accepted.isEmpty() && !a.acceptedAt.isValid())
        r.fail(path + QStringLiteral(".accepted_at"), Tr::tr("expected an ISO 8601 date and time"));
    else if (!EndpointRef::parse(a.endpoint))
        r.fail(path + QStringLiteral(".endpoint"), Tr::tr("'%1' does not name an endpoint").arg(a.endpoint));
    else if (a.justification.trimmed().isEmpty() || a.owner.trimmed().isEmpty())
        r.fail(path, Tr::tr("an accepted risk needs a justification and an owner"));
    return a;
}

// A dated target drawn on the history charts.
Milestone readMilestone(Reader &r, const QJsonValue &value, const QString &path)
{
    const QJsonObject o = r.object(value, path);
    Milestone m;
    const QString date = r.string(o, path, QLatin1StringView("date"), true);
    m.label = r.string(o, path, QLatin1StringView("label"), true);
    if (r.failed())
        return m;
    m.date = QDate::fromString(date, Qt::ISODate);
    if (!m.date.isValid())
        r.fail(path + QStringLiteral(".date"), Tr::tr("expected a date YYYY-MM-DD, not '%1'").arg(date));
    return m;
}

// The path map's positions by node id (a host id, "internet" or "users").
void readLayout(Reader &r, const QJsonObject &root, const WorkspaceIndex &index, Workspace &ws)
{
    const QJsonValue layout = root.value(QLatin1StringView("layout"));
    if (r.failed() || layout.isUndefined() || layout.isNull())
        return;
    const QJsonObject positions = r.object(layout, QStringLiteral("layout"));
    for (auto it = positions.constBegin(); it != positions.constEnd() && !r.failed(); ++it) {
        const QString path = QStringLiteral("layout.") + it.key();
        if (it.key() != kInternetNode && it.key() != kUsersNode && !index.host(it.key())) {
            r.fail(path, Tr::tr("unknown host id '%1'").arg(it.key()));
            return;
        }
        const QJsonObject o = r.object(it.value(), path);
        const QJsonValue x = o.value(QLatin1StringView("x"));
        const QJsonValue y = o.value(QLatin1StringView("y"));
        // Finite and within reach of the map: a position nobody could drag to is an error.
        constexpr double kLimit = 1e7;
        if (!r.failed() && (!x.isDouble() || !y.isDouble() || !(std::abs(x.toDouble()) < kLimit) ||
                            !(std::abs(y.toDouble()) < kLimit))) {
            r.fail(path, Tr::tr("expected numbers 'x' and 'y'"));
            return;
        }
        ws.layout.insert(it.key(), QPointF(x.toDouble(), y.toDouble()));
    }
}

// The JSON document and its schema version; an error message, or empty when both are fine.
QString checkDocument(const QByteArray &json, const QString &sourceName, QJsonObject *root)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return sourceName + QLatin1Char(':') + lineColumn(json, parseError.offset) + QStringLiteral(": ") +
               parseError.errorString();
    }
    if (!doc.isObject())
        return sourceName + QStringLiteral(": ") + Tr::tr("expected a JSON object");
    *root = doc.object();
    const QJsonValue version = root->value(QLatin1StringView("schema_version"));
    if (!version.isDouble())
        return sourceName + QStringLiteral(": ") +
               Tr::tr("missing 'schema_version': not a MailTLS Auditor workspace");
    if (version.toInt() > Workspace::kSchemaVersion || version.toInt() < 1) {
        return sourceName + QStringLiteral(": ") +
               Tr::tr("schema version %1 is not supported (this build reads up to %2)")
                   .arg(version.toInt())
                   .arg(Workspace::kSchemaVersion);
    }
    return {};
}

// Writing: one function per structure, the mirror of the readers above.

QJsonObject domainToJson(const Domain &d)
{
    QJsonObject o;
    o.insert(QLatin1StringView("name"), d.name);
    o.insert(QLatin1StringView("mx"), QJsonArray::fromStringList(d.mxHosts));
    return o;
}

QJsonObject endpointToJson(const Endpoint &e)
{
    QJsonObject o;
    o.insert(QLatin1StringView("protocol"), protocolScheme(e.protocol));
    o.insert(QLatin1StringView("port"), e.port);
    if (!e.address.isEmpty())
        o.insert(QLatin1StringView("address"), e.address);
    return o;
}

QJsonObject hostToJson(const Host &h)
{
    QJsonObject o;
    o.insert(QLatin1StringView("id"), h.id);
    o.insert(QLatin1StringView("name"), h.name);
    o.insert(QLatin1StringView("addresses"), QJsonArray::fromStringList(h.addresses));
    QStringList roles;
    for (HostRole role : h.roles)
        roles.append(hostRoleKey(role));
    o.insert(QLatin1StringView("roles"), QJsonArray::fromStringList(roles));
    o.insert(QLatin1StringView("zone"), zoneKey(h.zone));
    if (!h.software.isEmpty())
        o.insert(QLatin1StringView("software"), h.software);
    if (!h.site.isEmpty())
        o.insert(QLatin1StringView("site"), h.site);
    QJsonArray endpoints;
    for (const Endpoint &e : h.endpoints)
        endpoints.append(endpointToJson(e));
    o.insert(QLatin1StringView("endpoints"), endpoints);
    return o;
}

QJsonObject linkToJson(const Link &l)
{
    QJsonObject o;
    o.insert(QLatin1StringView("id"), l.id);
    o.insert(QLatin1StringView("kind"), linkKindKey(l.kind));
    o.insert(QLatin1StringView("from"), l.from);
    o.insert(QLatin1StringView("endpoint"), l.endpoint.toString());
    if (!l.note.isEmpty())
        o.insert(QLatin1StringView("note"), l.note);
    return o;
}

QJsonObject observationToJson(const Observation &ob)
{
    QJsonObject o;
    o.insert(QLatin1StringView("link"), ob.link);
    o.insert(QLatin1StringView("transport"), ob.transport);
    if (!ob.tlsVersion.isEmpty())
        o.insert(QLatin1StringView("tls_version"), ob.tlsVersion);
    if (!ob.cipher.isEmpty())
        o.insert(QLatin1StringView("cipher"), ob.cipher);
    o.insert(QLatin1StringView("first_seen"), ob.firstSeen.toUTC().toString(Qt::ISODate));
    o.insert(QLatin1StringView("last_seen"), ob.lastSeen.toUTC().toString(Qt::ISODate));
    if (!ob.messageId.isEmpty())
        o.insert(QLatin1StringView("message_id"), ob.messageId);
    if (!ob.source.isEmpty())
        o.insert(QLatin1StringView("source"), ob.source);
    return o;
}

QJsonObject outboundTestToJson(const OutboundTest &t)
{
    QJsonArray checks;
    for (const OutboundCheckRecord &c : t.checks) {
        QJsonArray ids;
        for (int id : c.sessions)
            ids.append(id);
        QJsonObject o{{QLatin1StringView("check"), c.check},
                      {QLatin1StringView("passed"), c.passed ? QJsonValue(*c.passed) : QJsonValue()},
                      {QLatin1StringView("evidence"), c.evidence},
                      {QLatin1StringView("sessions"), ids}};
        if (c.informational)
            o.insert(QLatin1StringView("informational"), true);
        if (!c.evidenceSource.isEmpty()) {
            o.insert(QLatin1StringView("evidence_source"), c.evidenceSource);
            o.insert(QLatin1StringView("evidence_args"), QJsonArray::fromStringList(c.evidenceArgs));
            if (c.evidenceCount >= 0)
                o.insert(QLatin1StringView("evidence_count"), c.evidenceCount);
        }
        checks.append(o);
    }
    QJsonObject o{{QLatin1StringView("relay"), t.relay},
                  {QLatin1StringView("client_address"), t.clientAddress},
                  {QLatin1StringView("tested_at"), t.testedAt.toUTC().toString(Qt::ISODate)},
                  {QLatin1StringView("policy"), t.policy},
                  {QLatin1StringView("scenarios"), QJsonArray::fromStringList(t.scenarios)},
                  {QLatin1StringView("sessions"), t.sessions},
                  {QLatin1StringView("checks"), checks}};
    if (!t.ehlo.isEmpty())
        o.insert(QLatin1StringView("ehlo"), t.ehlo);
    if (!t.source.isEmpty())
        o.insert(QLatin1StringView("source"), t.source);
    return o;
}

QJsonObject outboundTestPlanToJson(const OutboundTestPlan &plan)
{
    QJsonArray listeners;
    for (const OutboundTestPlan::Listener &l : plan.listeners) {
        QJsonObject o{{QLatin1StringView("listen"), l.listen}, {QLatin1StringView("scenario"), l.scenario}};
        if (!l.domain.isEmpty())
            o.insert(QLatin1StringView("domain"), l.domain);
        listeners.append(o);
    }
    QJsonArray triggers;
    for (const OutboundTestPlan::Trigger &t : plan.triggers)
        triggers.append(QJsonObject{{QLatin1StringView("relay"), t.relay},
                                    {QLatin1StringView("command"), t.command}});
    QJsonObject o{{QLatin1StringView("listeners"), listeners},
                  {QLatin1StringView("policy"), plan.policy},
                  {QLatin1StringView("wait_seconds"), plan.waitSeconds},
                  {QLatin1StringView("triggers"), triggers}};
    if (!plan.hostname.isEmpty())
        o.insert(QLatin1StringView("hostname"), plan.hostname);
    return o;
}

QJsonObject acceptedRiskToJson(const RiskAcceptance &a)
{
    QJsonObject o;
    o.insert(QLatin1StringView("profile"), a.profile);
    o.insert(QLatin1StringView("rule"), a.rule);
    o.insert(QLatin1StringView("endpoint"), a.endpoint);
    o.insert(QLatin1StringView("justification"), a.justification);
    o.insert(QLatin1StringView("owner"), a.owner);
    o.insert(QLatin1StringView("expires"), a.expires.toString(Qt::ISODate));
    if (a.acceptedAt.isValid())
        o.insert(QLatin1StringView("accepted_at"), a.acceptedAt.toUTC().toString(Qt::ISODate));
    return o;
}

QJsonObject milestoneToJson(const Milestone &m)
{
    return QJsonObject{{QLatin1StringView("date"), m.date.toString(Qt::ISODate)},
                       {QLatin1StringView("label"), m.label}};
}

QJsonObject layoutToJson(const QMap<QString, QPointF> &layout)
{
    QJsonObject positions;
    for (auto it = layout.cbegin(); it != layout.cend(); ++it) {
        QJsonObject o;
        o.insert(QLatin1StringView("x"), it->x());
        o.insert(QLatin1StringView("y"), it->y());
        positions.insert(it.key(), o);
    }
    return positions;
}

// Every item of a list written by one of the functions above.
template <typename T, typename Write>
QJsonArray arrayOf(const QList<T> &items, Write write)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(write(item));
    return array;
}

} // namespace

WorkspaceReadResult parseWorkspace(const QByteArray &json, const QString &sourceName)
{
    QJsonObject root;
    if (const QString error = checkDocument(json, sourceName, &root); !error.isEmpty())
        return {std::nullopt, error};
    Reader r(sourceName);
    Workspace ws;
    const QString top = QStringLiteral("$");
    ws.name = r.string(root, top, QLatin1StringView("name"), true);
    ws.organisation = r.string(root, top, QLatin1StringView("organisation"), false);
    readHosts(r, root, ws);
    const WorkspaceIndex index(ws); // the hosts are complete: domains and links look them up by hash
    readEach(r, root, QLatin1StringView("domains"), [&](const QJsonValue &value, const QString &path) {
        ws.domains.append(readDomain(r, index, value, path));
    });
    readLinks(r, root, index, ws);
    QSet<QString> linkIds;
    for (const Link &l : std::as_const(ws.links))
        linkIds.insert(l.id);
    readEach(r, root, QLatin1StringView("observations"), [&](const QJsonValue &value, const QString &path) {
        ws.observations.append(readObservation(r, linkIds, value, path));
    });
    readEach(r, root, QLatin1StringView("outbound_tests"), [&](const QJsonValue &value, const QString &path) {
        ws.outboundTests.append(readOutboundTest(r, index, value, path));
    });
    if (const QJsonValue plan = root.value(QLatin1StringView("outbound_test")); !plan.isUndefined() && !r.failed())
        ws.outboundTestPlan = readOutboundTestPlan(r, index, plan);
    readEach(r, root, QLatin1StringView("accepted_risks"), [&](const QJsonValue &value, const QString &path) {
        ws.acceptedRisks.append(readAcceptedRisk(r, value, path));
    });
    readEach(r, root, QLatin1StringView("milestones"), [&](const QJsonValue &value, const QString &path) {
        ws.milestones.append(readMilestone(r, value, path));
    });
    std::stable_sort(ws.milestones.begin(), ws.milestones.end(),
                     [](const Milestone &a, const Milestone &b) { return a.date < b.date; });
    readLayout(r, root, index, ws);
    if (r.failed())
        return {std::nullopt, r.error()};
    return {ws, {}};
}

WorkspaceReadResult loadWorkspaceFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt,
                Tr::tr("%1: cannot open the workspace: %2").arg(path, file.errorString())};
    }
    if (file.size() > kMaxFileSize) {
        return {std::nullopt, Tr::tr("%1: the file is larger than %2 MiB: not a workspace")
                                  .arg(path)
                                  .arg(kMaxFileSize / (1024 * 1024))};
    }
    return parseWorkspace(file.readAll(), path);
}

QByteArray workspaceToJson(const Workspace &ws)
{
    QJsonObject root;
    root.insert(QLatin1StringView("schema_version"), Workspace::kSchemaVersion);
    root.insert(QLatin1StringView("name"), ws.name);
    if (!ws.organisation.isEmpty())
        root.insert(QLatin1StringView("organisation"), ws.organisation);
    root.insert(QLatin1StringView("domains"), arrayOf(ws.domains, domainToJson));
    root.insert(QLatin1StringView("hosts"), arrayOf(ws.hosts, hostToJson));
    root.insert(QLatin1StringView("links"), arrayOf(ws.links, linkToJson));
    if (!ws.observations.isEmpty())
        root.insert(QLatin1StringView("observations"), arrayOf(ws.observations, observationToJson));
    if (!ws.outboundTests.isEmpty())
        root.insert(QLatin1StringView("outbound_tests"), arrayOf(ws.outboundTests, outboundTestToJson));
    if (ws.outboundTestPlan)
        root.insert(QLatin1StringView("outbound_test"), outboundTestPlanToJson(*ws.outboundTestPlan));
    if (!ws.acceptedRisks.isEmpty())
        root.insert(QLatin1StringView("accepted_risks"), arrayOf(ws.acceptedRisks, acceptedRiskToJson));
    if (!ws.milestones.isEmpty())
        root.insert(QLatin1StringView("milestones"), arrayOf(ws.milestones, milestoneToJson));
    if (!ws.layout.isEmpty())
        root.insert(QLatin1StringView("layout"), layoutToJson(ws.layout));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString saveWorkspaceFile(const Workspace &ws, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("%1: cannot write the workspace: %2").arg(path, file.errorString());
    const QByteArray data = workspaceToJson(ws);
    if (file.write(data) != data.size() || !file.commit())
        return Tr::tr("%1: saving failed, the previous file is unchanged: %2")
            .arg(path, file.errorString());
    return {};
}

} // namespace mailtls
