#include "app/session/app_settings.h"

#include "app/store/audit_store.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace mailtls {

namespace {

int bounded(const QSettings &s, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int v = s.value(key, fallback).toInt(&ok);
    return ok ? std::clamp(v, low, high) : fallback;
}

} // namespace

SchedulerLimits AppSettings::limits() const
{
    SchedulerLimits l;
    l.maxEndpoints = maxEndpoints;
    l.maxPerHost = maxPerHost;
    l.maxConnections = maxConnections;
    return l;
}

ProbeOptions AppSettings::probeOptions() const
{
    ProbeOptions o;
    o.caFile = caFile;
    o.operationTimeoutMs = operationTimeoutS * 1000;
    o.endpointTimeoutMs = endpointTimeoutS * 1000;
    o.intrusive = intrusiveChecks;
    return o;
}

QString AppSettings::storeLocation() const
{
    return database.trimmed().isEmpty() ? AuditStore::defaultPath() : database.trimmed();
}

std::optional<dns::ResolverOptions> AppSettings::domainDns(QString *error) const
{
    dns::ResolverOptions options;
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    for (const QString &text : dnsServers.split(separators, Qt::SkipEmptyParts)) {
        const std::optional<dns::Nameserver> ns = dns::parseNameserver(text, error);
        if (!ns)
            return std::nullopt;
        options.servers.append(*ns);
    }
    options.trustAnchorFile = trustAnchor.trimmed();
    return options;
}

AppSettings AppSettings::load(QSettings &s)
{
    AppSettings a;
    a.maxEndpoints = bounded(s, QStringLiteral("audit/endpoints"), a.maxEndpoints, 1, 256);
    a.maxPerHost = bounded(s, QStringLiteral("audit/perHost"), a.maxPerHost, 1, 64);
    a.maxConnections = bounded(s, QStringLiteral("audit/connections"), a.maxConnections, 1, 1024);
    a.operationTimeoutS = bounded(s, QStringLiteral("audit/operationTimeout"), a.operationTimeoutS, 1, 300);
    a.endpointTimeoutS = bounded(s, QStringLiteral("audit/endpointTimeout"), a.endpointTimeoutS, 5, 3600);
    a.caFile = s.value(QStringLiteral("audit/caFile")).toString();
    a.intrusiveChecks = s.value(QStringLiteral("audit/intrusive"), a.intrusiveChecks).toBool();
    a.domainChecks = s.value(QStringLiteral("domains/check"), a.domainChecks).toBool();
    a.dnsServers = s.value(QStringLiteral("domains/dnsServers")).toString();
    a.trustAnchor = s.value(QStringLiteral("domains/trustAnchor")).toString();
    a.profile = s.value(QStringLiteral("policy/profile"), a.profile).toString();
    a.database = s.value(QStringLiteral("store/location")).toString();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    if (a.language != QLatin1StringView("en") && a.language != QLatin1StringView("ja"))
        a.language.clear();
    return a;
}

void AppSettings::save(QSettings &s) const
{
    s.setValue(QStringLiteral("audit/endpoints"), maxEndpoints);
    s.setValue(QStringLiteral("audit/perHost"), maxPerHost);
    s.setValue(QStringLiteral("audit/connections"), maxConnections);
    s.setValue(QStringLiteral("audit/operationTimeout"), operationTimeoutS);
    s.setValue(QStringLiteral("audit/endpointTimeout"), endpointTimeoutS);
    s.setValue(QStringLiteral("audit/caFile"), caFile);
    s.setValue(QStringLiteral("audit/intrusive"), intrusiveChecks);
    s.setValue(QStringLiteral("domains/check"), domainChecks);
    s.setValue(QStringLiteral("domains/dnsServers"), dnsServers);
    s.setValue(QStringLiteral("domains/trustAnchor"), trustAnchor);
    s.setValue(QStringLiteral("policy/profile"), profile);
    s.setValue(QStringLiteral("store/location"), database);
    s.setValue(QStringLiteral("ui/language"), language);
}

} // namespace mailtls
