#include "app/imports/dns_import.h"

#include <QCoreApplication>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::DnsImport)
};

HostRole roleFor(Protocol protocol)
{
    return protocol == Protocol::Submission || protocol == Protocol::Smtps ? HostRole::Submission : HostRole::Access;
}

} // namespace

ImportResult importDnsDiscovery(const Workspace &into, const DnsDiscoveryResult &d)
{
    ImportResult result;
    // 1. Refuse what would be a guess: no domain, or an MX lookup that failed.
    if (!d.domainExists) {
        result.error = Tr::tr("%1 does not exist (NXDOMAIN)").arg(d.domain);
        return result;
    }
    if (const DnsQueryOutcome *mx = d.query(d.domain, dns::RecordType::Mx); !mx || dns::isFailure(mx->status)) {
        result.error = mx ? Tr::tr("the MX lookup of %1 failed: %2 (%3)")
                                .arg(d.domain, dns::lookupStatusLabel(mx->status), mx->detail)
                          : Tr::tr("no MX lookup of %1").arg(d.domain);
        return result;
    }
    const bool offersService = std::any_of(d.services.cbegin(), d.services.cend(),
                                           [](const DiscoveredService &s) { return s.offered; });
    if (d.mx.isEmpty() && !d.nullMx && !offersService) {
        result.error = Tr::tr("DNS has no MX and no mail SRV records for %1").arg(d.domain);
        return result;
    }

    // 2. The inbound MX, and the domain with its MX in preference order.
    Workspace ws = into;
    QStringList mxIds;
    for (const DiscoveredMx &m : d.mx) {
        Host h;
        h.name = m.host;
        h.addresses = m.addresses;
        h.roles = {HostRole::InboundMx};
        h.zone = Zone::External;
        h.endpoints = {Endpoint{Protocol::Smtp, 25, {}}};
        const QString id = ws.hosts.at(mergeHost(&ws, h, &result)).id;
        if (!mxIds.contains(id))
            mxIds.append(id);
    }
    auto domain = std::find_if(ws.domains.begin(), ws.domains.end(), [&](const Domain &dom) {
        return dom.name.compare(d.domain, Qt::CaseInsensitive) == 0;
    });
    if (domain == ws.domains.end()) {
        ws.domains.append(Domain{d.domain, mxIds});
    } else {
        // The import adds: MX the workspace listed and DNS does not stay, after DNS's.
        for (const QString &id : std::as_const(domain->mxHosts)) {
            if (!mxIds.contains(id))
                mxIds.append(id);
        }
        domain->mxHosts = mxIds;
    }

    // 3. The services clients find by SRV, on the port the record gives.
    for (const DiscoveredService &s : d.services) {
        if (!s.offered)
            continue;
        Host h;
        h.name = s.target;
        h.addresses = s.addresses;
        h.roles = {roleFor(s.protocol)};
        h.zone = Zone::External;
        h.endpoints = {Endpoint{s.protocol, s.port, {}}};
        mergeHost(&ws, h, &result);
    }

    // 4. The Internet to the MX, users to submission and access.
    result.linksAdded = addReachLinks(&ws);
    result.workspace = ws;
    return result;
}

} // namespace mailtls
