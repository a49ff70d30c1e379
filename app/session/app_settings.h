#pragma once

// The window's settings, kept with QSettings: how hard to probe (endpoints at
// once, connections per host and in all, timeouts), the trust anchors, the
// policy profile, the audit store and the language. Values are checked when
// read, so a hand-edited settings file cannot set a cap of zero.

#include "probes/attempt.h"
#include "probes/dns/resolver.h"
#include "probes/scheduler.h"

#include <QString>

#include <optional>

class QSettings;

namespace mailtls {

struct AppSettings
{
    int maxEndpoints = SchedulerLimits{}.maxEndpoints;
    int maxPerHost = SchedulerLimits{}.maxPerHost;
    int maxConnections = SchedulerLimits{}.maxConnections;
    int operationTimeoutS = ProbeOptions{}.operationTimeoutMs / 1000;
    int endpointTimeoutS = ProbeOptions{}.endpointTimeoutMs / 1000;
    QString caFile;                               // empty: the system store
    // The hygiene checks that send malformed messages (Heartbleed, CCS injection, ROBOT).
    bool intrusiveChecks = true;
    // Audit All also checks the workspace domains' MTA-STS, TLS-RPT and DANE (measure 4).
    bool domainChecks = true;
    QString dnsServers;  // their nameservers, "ADDR[:PORT]" separated by spaces or commas; empty: resolv.conf
    QString trustAnchor; // DNSSEC trust anchors (zone-file DS/DNSKEY); empty: the system's root key
    QString profile = QStringLiteral("m3aawg");
    QString database;                             // empty: AuditStore::defaultPath()
    QString language;                             // empty: the system's; "en" or "ja"

    SchedulerLimits limits() const;
    ProbeOptions probeOptions() const;
    QString storeLocation() const;
    // The domain checks' DNS; nullopt with *error naming the nameserver that is not an address.
    std::optional<dns::ResolverOptions> domainDns(QString *error) const;

    static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const AppSettings &) const = default;
};

} // namespace mailtls
