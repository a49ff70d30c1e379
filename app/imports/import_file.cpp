#include "app/imports/import_file.h"

#include "app/imports/csv_import.h"
#include "app/imports/dns_import.h"
#include "app/imports/nmap_import.h"
#include "app/evidence/observed_path.h"
#include "app/evidence/received.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ImportFile)
};

} // namespace

FileImport importFile(const Workspace &into, ImportKind kind, const QString &path)
{
    FileImport out;
    if (kind == ImportKind::Messages) {
        const MessageReadResult read = readMessageFile(path);
        if (!read.error.isEmpty()) {
            out.error = read.error;
            return out;
        }
        Workspace ws = into;
        const ObservationImport r = recordObservations(&ws, read.messages, QFileInfo(path).fileName(), false);
        out.warnings = read.warnings;
        out.summary = Tr::tr("%1: %2 message(s), %3 hop(s) recorded on links, %4 hop(s) inside the organisation "
                             "without a link")
                          .arg(QFileInfo(path).fileName())
                          .arg(r.messages)
                          .arg(r.hopsMatched)
                          .arg(r.hopsUnmatched);
        out.workspace = ws;
        return out;
    }
    QFile file(path);
    if (kind == ImportKind::HostsCsv) {
        if (const QString e = csvSizeError(file.size(), path); !e.isEmpty()) {
            out.error = e; // refused before it is read
            return out;
        }
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = Tr::tr("%1: %2").arg(path, file.errorString());
        return out;
    }
    const QByteArray data = file.readAll();
    const ImportResult r = kind == ImportKind::HostsCsv ? importHostsCsv(into, data, path)
                                                        : importNmapXml(into, data, path);
    if (!r.workspace) {
        out.error = r.error;
        return out;
    }
    out.workspace = r.workspace;
    out.summary = Tr::tr("%1: %2 new hosts, %3 new endpoints, %4 new links")
                      .arg(QFileInfo(path).fileName())
                      .arg(r.hostsAdded)
                      .arg(r.endpointsAdded)
                      .arg(r.linksAdded);
    return out;
}

FileImport importDomain(const Workspace &into, const QString &domain, const dns::ResolverOptions &options)
{
    FileImport out;
    QString error;
    const std::optional<QString> normalized = normalizeDomain(domain, &error);
    if (!normalized) {
        out.error = Tr::tr("%1: %2").arg(domain, error);
        return out;
    }
    const DnsDiscoveryResult discovery = discoverAndWait(*normalized, options);
    const ImportResult r = importDnsDiscovery(into, discovery);
    if (!r.workspace) {
        out.error = r.error;
        return out;
    }
    for (const DnsQueryOutcome &q : discovery.failures())
        out.warnings.append(Tr::tr("%1 %2: %3 (%4)")
                                .arg(q.name, dns::recordTypeName(q.type), dns::lookupStatusLabel(q.status), q.detail));
    QStringList names;
    for (const SuggestedName &n : discovery.names)
        names.append(n.name);
    if (!names.isEmpty())
        out.warnings.append(Tr::tr("Not imported, worth a look (they may serve mail too): %1")
                                .arg(names.join(QStringLiteral(", "))));
    out.workspace = r.workspace;
    out.summary = Tr::tr("%1: %2 new hosts, %3 new endpoints, %4 new links")
                      .arg(*normalized)
                      .arg(r.hostsAdded)
                      .arg(r.endpointsAdded)
                      .arg(r.linksAdded);
    return out;
}

Workspace removeHosts(const Workspace &workspace, const QSet<QString> &hostIds)
{
    Workspace ws = workspace;
    ws.hosts.removeIf([&](const Host &h) { return hostIds.contains(h.id); });
    QSet<QString> goneLinks;
    for (const Link &l : std::as_const(ws.links)) {
        if (hostIds.contains(l.from) || hostIds.contains(l.endpoint.hostId))
            goneLinks.insert(l.id);
    }
    ws = removeLinks(ws, goneLinks);
    for (Domain &d : ws.domains)
        d.mxHosts.removeIf([&](const QString &id) { return hostIds.contains(id); });
    ws.acceptedRisks.removeIf([&](const RiskAcceptance &a) {
        const std::optional<EndpointRef> ref = EndpointRef::parse(a.endpoint);
        return ref && hostIds.contains(ref->hostId);
    });
    ws.outboundTests.removeIf([&](const OutboundTest &t) { return hostIds.contains(t.relay); });
    if (ws.outboundTestPlan)
        ws.outboundTestPlan->triggers.removeIf(
            [&](const OutboundTestPlan::Trigger &t) { return hostIds.contains(t.relay); });
    return ws;
}

Workspace removeLinks(const Workspace &workspace, const QSet<QString> &linkIds)
{
    Workspace ws = workspace;
    ws.links.removeIf([&](const Link &l) { return linkIds.contains(l.id); });
    ws.observations.removeIf([&](const Observation &o) { return linkIds.contains(o.link); });
    return ws;
}

} // namespace mailtls
