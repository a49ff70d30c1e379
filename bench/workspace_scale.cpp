// Benchmark: an organisation of 10,000 hosts and 30,000 endpoints (issue 4:
// load, save and compute every link's state in under a second each). Prints
// figures; passes or fails nothing. No network.
//
//   build-bench/bench/workspace_scale [HOSTS]

#include "app/core/link_state.h"
#include "app/core/observed_path.h"
#include "app/core/workspace_io.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <time.h>

#include <cstdio>

using namespace mailtls;

namespace {

// Hosts by role, three endpoints each, and the links mail and users take.
Workspace generate(int hostCount)
{
    Workspace ws;
    ws.name = QStringLiteral("Scale %1").arg(hostCount);
    ws.organisation = QStringLiteral("Benchmark Co.");
    for (int d = 0; d < 20; ++d)
        ws.domains.append(Domain{QStringLiteral("brand%1.example").arg(d), {}});
    const QList<QList<Endpoint>> shapes{
        {{Protocol::Smtp, 25, {}}, {Protocol::Submission, 587, {}}, {Protocol::Smtps, 465, {}}},
        {{Protocol::Imap, 143, {}}, {Protocol::Imaps, 993, {}}, {Protocol::Lmtp, 24, {}}},
        {{Protocol::Pop3, 110, {}}, {Protocol::Pop3s, 995, {}}, {Protocol::Https, 443, {}}},
    };
    const QList<QList<HostRole>> roles{
        {HostRole::InboundMx, HostRole::Submission},
        {HostRole::MailStore, HostRole::Access},
        {HostRole::Access, HostRole::Webmail},
    };
    for (int i = 0; i < hostCount; ++i) {
        Host h;
        h.id = QStringLiteral("h%1").arg(i);
        h.name = QStringLiteral("host%1.site%2.brand%3.example").arg(i).arg(i % 97).arg(i % 20);
        h.addresses = {QStringLiteral("10.%1.%2.%3").arg(i >> 16 & 255).arg(i >> 8 & 255).arg(i & 255)};
        h.roles = roles.at(i % 3);
        h.zone = i % 3 == 0 ? Zone::External : Zone::Internal;
        h.site = QStringLiteral("Site %1").arg(i % 97);
        h.software = i % 3 == 0 ? QStringLiteral("Postfix 3.7") : QStringLiteral("Dovecot 2.3");
        h.endpoints = shapes.at(i % 3);
        ws.hosts.append(h);
        for (const Endpoint &e : h.endpoints) {
            Link l;
            l.endpoint = EndpointRef{h.id, e.protocol, 0};
            if (e.protocol == Protocol::Smtp) {
                l.kind = LinkKind::InternetInbound;
                l.from = QString(kInternetNode);
            } else if (e.protocol == Protocol::Lmtp) {
                l.kind = LinkKind::Delivery;
                l.from = QStringLiteral("h%1").arg(i - 1); // from the MX before it
            } else {
                l.kind = e.protocol == Protocol::Https
                             ? LinkKind::UserWebmail
                             : (e.protocol == Protocol::Submission || e.protocol == Protocol::Smtps
                                    ? LinkKind::UserSubmission
                                    : LinkKind::UserAccess);
                l.from = QString(kUsersNode);
            }
            l.id = l.from + QStringLiteral("->") + l.endpoint.toString();
            ws.links.append(l);
        }
    }
    // What real messages showed on a tenth of the inbound links.
    const QDateTime t(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    for (qsizetype i = 0; i < ws.links.size(); i += 30) {
        ws.observations.append(Observation{ws.links.at(i).id, i % 60 ? QStringLiteral("tls") : QStringLiteral("cleartext"),
                                           QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_256_GCM_SHA384"), t,
                                           t.addDays(i % 28), QStringLiteral("<m%1@x>").arg(i), QStringLiteral("inbox.mbox")});
    }
    return ws;
}

// Probe results as an audit would have them: strong, weak, cleartext, unreachable.
QList<EndpointResult> templates()
{
    QList<EndpointResult> list;
    auto make = [](const QMap<TlsVersion, QStringList> &accepted, ProbeStatus status) {
        EndpointResult r;
        r.status = status;
        for (TlsVersion v : allTlsVersions()) {
            VersionResult vr;
            vr.accepted = accepted.contains(v);
            vr.cipherSuites = accepted.value(v);
            r.versions.insert(v, vr);
        }
        return r;
    };
    const QStringList modern{QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
                             QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"),
                             QStringLiteral("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256")};
    const QStringList legacy{QStringLiteral("TLS_RSA_WITH_AES_128_CBC_SHA"),
                             QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")};
    const QStringList tls13{QStringLiteral("TLS_AES_128_GCM_SHA256"), QStringLiteral("TLS_AES_256_GCM_SHA384")};
    list << make({{TlsVersion::Tls12, modern}, {TlsVersion::Tls13, tls13}}, ProbeStatus::Ok)
         << make({{TlsVersion::Tls10, legacy}, {TlsVersion::Tls11, legacy}, {TlsVersion::Tls12, legacy + modern}},
                 ProbeStatus::Ok)
         << make({}, ProbeStatus::StartTlsNotOffered) << make({}, ProbeStatus::Timeout);
    return list;
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Wall time, and CPU time (what the figure is when other work shares the machine).
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

template <typename F>
Timing timeMs(F &&f)
{
    QElapsedTimer t;
    const double cpu = cpuMs();
    t.start();
    f();
    return {static_cast<double>(t.nsecsElapsed()) / 1e6, cpuMs() - cpu};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int hosts = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const Workspace ws = generate(hosts);
    int endpoints = 0;
    for (const Host &h : ws.hosts)
        endpoints += static_cast<int>(h.endpoints.size());
    std::printf("workspace: %d hosts, %d endpoints, %lld links, %lld observations\n", hosts, endpoints,
                static_cast<long long>(ws.links.size()), static_cast<long long>(ws.observations.size()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scale.json"));
    QString error;
    const Timing save = timeMs([&] { error = saveWorkspaceFile(ws, path); });
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("save:        %8.1f ms wall, %8.1f ms CPU  (%lld MB JSON)\n", save.wall, save.cpu,
                static_cast<long long>(QFile(path).size() / (1024 * 1024)));

    WorkspaceReadResult loaded;
    const Timing load = timeMs([&] { loaded = loadWorkspaceFile(path); });
    if (!loaded.workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error));
        return 1;
    }
    std::printf("load:        %8.1f ms wall, %8.1f ms CPU  (parse and validate)\n", load.wall, load.cpu);
    if (!(*loaded.workspace == ws))
        std::printf("WARNING: the loaded workspace differs from the saved one\n");

    // Every endpoint's result keyed as the audit keys it, then every link's state.
    const QList<EndpointResult> shapes = templates();
    QHash<QString, EndpointResult> results;
    int n = 0;
    for (const Host &h : ws.hosts) {
        for (const Endpoint &e : h.endpoints)
            results.insert(EndpointRef{h.id, e.protocol, e.port}.toString(), shapes.at(n++ % shapes.size()));
    }
    QMap<LinkState, int> counts;
    const Timing states = timeMs([&] {
        const WorkspaceIndex index(*loaded.workspace);
        for (const Link &l : loaded.workspace->links) {
            const Endpoint *e = index.endpoint(l.endpoint);
            const auto it = e ? results.constFind(EndpointRef{l.endpoint.hostId, e->protocol, e->port}.toString())
                              : results.cend();
            const LinkAssessment a = assessLink(it != results.cend() ? &it.value() : nullptr,
                                                index.observations(l.id));
            counts[a.state] += 1;
        }
    });
    std::printf("link states: %8.1f ms wall, %8.1f ms CPU  (", states.wall, states.cpu);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        std::printf("%s %d  ", qPrintable(linkStateKey(it.key())), it.value());
    std::printf(")\n");
    std::printf("peak RSS:    %8ld MB\n", peakRssMb());
    return 0;
}
