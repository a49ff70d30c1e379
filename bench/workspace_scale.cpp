// Benchmark: an organisation of 10,000 hosts and 30,000 endpoints (the goal:
// load, save and compute every link's state in under a second each). Prints
// figures; passes or fails nothing. No network.
//
//   build-bench/bench/workspace_scale [HOSTS]

#include "app/evidence/link_state.h"
#include "app/evidence/observed_path.h"
#include "app/inventory/workspace_io.h"
#include "bench/scale_data.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>

using namespace mailtls;
using namespace mailtls::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int hosts = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const Workspace ws = scaleWorkspace(hosts);
    int endpoints = 0;
    for (const Host &h : ws.hosts)
        endpoints += static_cast<int>(h.endpoints.size());
    std::printf("workspace: %d hosts, %d endpoints, %lld links, %lld observations\n", hosts,
                endpoints, static_cast<long long>(ws.links.size()),
                static_cast<long long>(ws.observations.size()));

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
    std::printf("load:        %8.1f ms wall, %8.1f ms CPU  (parse and validate)\n", load.wall,
                load.cpu);
    if (!(*loaded.workspace == ws))
        std::printf("WARNING: the loaded workspace differs from the saved one\n");

    // Every endpoint's result keyed as the audit keys it, then every link's state.
    const QList<EndpointResult> shapes = bareResults();
    QHash<QString, EndpointResult> results;
    int n = 0;
    for (const Host &h : ws.hosts) {
        for (const Endpoint &e : h.endpoints)
            results.insert(EndpointRef{h.id, e.protocol, e.port}.toString(),
                           shapes.at(n++ % shapes.size()));
    }
    QMap<LinkState, int> counts;
    const Timing states = timeMs([&] {
        const WorkspaceIndex index(*loaded.workspace);
        for (const Link &l : loaded.workspace->links) {
            const Endpoint *e = index.endpoint(l.endpoint);
            const auto it = e ? results.constFind(
                                    EndpointRef{l.endpoint.hostId, e->protocol, e->port}.toString())
                              : results.cend();
            const LinkAssessment a =
                assessLink(it != results.cend() ? &it.value() : nullptr, index.observations(l.id));
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
