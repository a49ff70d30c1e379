// Benchmark: the window during a large audit. Builds a workspace of HOSTS
// webmail hosts with PORTS HTTPS endpoints each (host i at its own loopback
// address, BASE.(i / 250).(i % 250 + 1), ports FIRST to FIRST + PORTS - 1),
// opens it in the main window, audits it all from the window against the
// real servers listening there (bench/window_scale.sh starts one nginx for
// them), and measures how late the GUI thread serves a 10 ms timer from the
// moment the workspace is opened to the moment the stored run is shown
// again: the event loop's latency (median, 99th percentile, worst, and when
// the worst ticks came), beside the audit's wall time and the process's
// memory. The goal: p99 under 50 ms on a 10,000-endpoint audit. Prints
// figures; passes or fails nothing. Loopback only; the domain checks are off
// (the hosts' names are never resolved: every endpoint has its address).
// Needs a QPA platform (QT_QPA_PLATFORM=offscreen without a display).
//
//   build/bench/window_scale --hosts N --ports P [--first-port 30000] [--base 127.1]
//                            [--max-endpoints E] [--per-host H] [--connections C]

#include "app/inventory/workspace_io.h"
#include "bench/scale_data.h"
#include "widgets/window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace mailtls;
using namespace mailtls::bench;

namespace {

Workspace webmailWorkspace(int hosts, int ports, int firstPort, const QString &base)
{
    Workspace ws;
    ws.name = QStringLiteral("window-scale-%1").arg(hosts * ports);
    for (int i = 0; i < hosts; ++i) {
        Host h;
        h.id = QStringLiteral("web%1").arg(i + 1);
        h.name = QStringLiteral("web%1.scale.example").arg(i + 1);
        h.addresses = {QStringLiteral("%1.%2.%3").arg(base).arg(i / 250).arg(i % 250 + 1)};
        h.roles = {HostRole::Webmail};
        h.zone = Zone::External;
        for (int p = 0; p < ports; ++p) {
            Endpoint e;
            e.protocol = Protocol::Https;
            e.port = static_cast<quint16>(firstPort + p);
            h.endpoints.append(e);
            Link l;
            l.id = QStringLiteral("users->%1/https:%2").arg(h.id).arg(e.port);
            l.from = kUsersNode;
            l.endpoint = EndpointRef{h.id, Protocol::Https, e.port};
            l.kind = LinkKind::UserWebmail;
            ws.links.append(l);
        }
        ws.hosts.append(h);
    }
    return ws;
}

qint64 percentile(const QList<qint64> &sorted, int p)
{
    return sorted.isEmpty() ? 0 : sorted.at(std::min<qsizetype>(sorted.size() - 1, sorted.size() * p / 100));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("The window's event loop during a large audit."));
    cli.addHelpOption();
    const QCommandLineOption hostsOpt(QStringLiteral("hosts"), QStringLiteral("Hosts."), QStringLiteral("N"),
                                      QStringLiteral("2500"));
    const QCommandLineOption portsOpt(QStringLiteral("ports"), QStringLiteral("HTTPS endpoints per host."),
                                      QStringLiteral("P"), QStringLiteral("4"));
    const QCommandLineOption firstOpt(QStringLiteral("first-port"), QStringLiteral("First port."),
                                      QStringLiteral("PORT"), QStringLiteral("30000"));
    const QCommandLineOption baseOpt(QStringLiteral("base"), QStringLiteral("First two bytes of the addresses."),
                                     QStringLiteral("A.B"), QStringLiteral("127.1"));
    const QCommandLineOption endpointsOpt(QStringLiteral("max-endpoints"),
                                          QStringLiteral("Endpoints at once (the window's default)."),
                                          QStringLiteral("E"));
    const QCommandLineOption perHostOpt(QStringLiteral("per-host"), QStringLiteral("Connections per host."),
                                        QStringLiteral("H"));
    const QCommandLineOption connOpt(QStringLiteral("connections"), QStringLiteral("Connections in all."),
                                     QStringLiteral("C"));
    cli.addOptions({hostsOpt, portsOpt, firstOpt, baseOpt, endpointsOpt, perHostOpt, connOpt});
    cli.process(app);
    const int hosts = std::clamp(cli.value(hostsOpt).toInt(), 1, 62500);
    const int ports = std::clamp(cli.value(portsOpt).toInt(), 1, 64);
    const int firstPort = std::clamp(cli.value(firstOpt).toInt(), 1, 65535 - ports);
    const QString base = cli.value(baseOpt);
    if (!base.startsWith(QStringLiteral("127."))) {
        std::fprintf(stderr, "window_scale: --base must be in 127.0.0.0/8 (loopback only)\n");
        return 2;
    }
    const int endpoints = hosts * ports;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.json"));
    const QString saveError = saveWorkspaceFile(webmailWorkspace(hosts, ports, firstPort, base), path);
    if (!saveError.isEmpty()) {
        std::fprintf(stderr, "window_scale: %s\n", qPrintable(saveError));
        return 1;
    }

    MainWindow window;
    AppSettings settings = window.settings();
    settings.database = dir.filePath(QStringLiteral("audits.sqlite"));
    settings.domainChecks = false;
    if (cli.isSet(endpointsOpt))
        settings.maxEndpoints = cli.value(endpointsOpt).toInt();
    if (cli.isSet(perHostOpt))
        settings.maxPerHost = cli.value(perHostOpt).toInt();
    if (cli.isSet(connOpt))
        settings.maxConnections = cli.value(connOpt).toInt();
    window.applySettings(settings, MainWindow::Persist::No);
    window.resize(1600, 1000);
    window.show();
    const long rssStart = currentRssMb();

    // How late each 10 ms tick comes, and when (ms since the workspace was opened).
    QList<qint64> delays;
    QList<QPair<qint64, qint64>> worst; // (delay, at)
    QElapsedTimer since;
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        const qint64 late = std::max<qint64>(0, sinceTick.elapsed() - 10);
        delays.append(late);
        worst.append({late, since.elapsed()});
        sinceTick.restart();
    });

    enum class Step { Opening, Auditing, Reading, Done } step = Step::Opening;
    qint64 openedAt = 0, auditStartedAt = 0, auditEndedAt = 0, shownAt = 0;
    long rssOpened = 0, rssAudited = 0;
    bool started = true;
    QObject::connect(&window, &MainWindow::workspaceFailed, &app, [&](const QString &error) {
        std::fprintf(stderr, "window_scale: %s\n", qPrintable(error));
        app.exit(1);
    });
    QObject::connect(&window, &MainWindow::snapshotShown, &app, [&] {
        if (step == Step::Opening) {
            openedAt = since.elapsed();
            rssOpened = currentRssMb();
            step = Step::Auditing;
            auditStartedAt = since.elapsed();
            started = window.startAudit(MainWindow::AuditScope::All);
            if (!started)
                app.exit(1);
        } else if (step == Step::Reading) {
            shownAt = since.elapsed();
            step = Step::Done;
            // A second more of ticks: what the window does once the run is shown.
            QTimer::singleShot(1000, &app, [&] { app.exit(0); });
        }
    });
    QObject::connect(&window, &MainWindow::auditFinished, &app, [&](qint64, bool cancelled) {
        auditEndedAt = since.elapsed();
        rssAudited = currentRssMb();
        step = Step::Reading;
        if (cancelled) {
            std::fprintf(stderr, "window_scale: the audit was cancelled\n");
            app.exit(1);
        }
    });
    QTimer::singleShot(0, &app, [&] {
        since.start();
        sinceTick.start();
        tick.start();
        window.openWorkspace(path);
    });
    const int rc = app.exec();
    tick.stop();
    if (rc != 0 || !started)
        return rc ? rc : 1;

    // What the audit found: how many endpoints ended in each status.
    QHash<QString, int> statuses;
    for (const EndpointResult &r : window.snapshot().results)
        ++statuses[probeStatusKey(r.status)];
    QStringList counts;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    counts.sort();

    QList<qint64> sorted = delays;
    std::sort(sorted.begin(), sorted.end());
    std::sort(worst.begin(), worst.end(), [](auto a, auto b) { return a.first > b.first; });
    std::printf("window_scale: %d hosts x %d HTTPS endpoints = %d endpoints; limits: %d endpoints at once, %d per "
                "host, %d connections\n",
                hosts, ports, endpoints, settings.maxEndpoints, settings.maxPerHost, settings.maxConnections);
    std::printf("workspace opened and shown    %9.1f s\n", openedAt / 1000.0);
    std::printf("audit from the window         %9.1f s  (%.1f endpoints/s); results: %d (%s)\n",
                (auditEndedAt - auditStartedAt) / 1000.0,
                endpoints * 1000.0 / std::max<qint64>(1, auditEndedAt - auditStartedAt),
                static_cast<int>(window.snapshot().results.size()), qPrintable(counts.join(QStringLiteral(", "))));
    std::printf("stored run read back, shown   %9.1f s after the audit\n", (shownAt - auditEndedAt) / 1000.0);
    std::printf("event loop delay over %lld ticks: median %lld ms, 99th percentile %lld ms, 99.9th %lld ms, worst "
                "%lld ms (goal: p99 under 50 ms)\n",
                static_cast<long long>(sorted.size()), static_cast<long long>(percentile(sorted, 50)),
                static_cast<long long>(percentile(sorted, 99)),
                static_cast<long long>(sorted.isEmpty() ? 0 : sorted.at(sorted.size() * 999 / 1000)),
                static_cast<long long>(sorted.isEmpty() ? 0 : sorted.constLast()));
    std::printf("ticks later than 50 ms: %lld; the worst five (delay at time since opening):",
                static_cast<long long>(std::count_if(sorted.cbegin(), sorted.cend(), [](qint64 d) { return d > 50; })));
    for (qsizetype i = 0; i < std::min<qsizetype>(5, worst.size()); ++i)
        std::printf(" %lld ms at %.1f s;", static_cast<long long>(worst.at(i).first), worst.at(i).second / 1000.0);
    std::printf("\nmemory: RSS %ld MB with the window shown, %ld MB with the workspace open, %ld MB after the "
                "audit, peak %ld MB\n",
                rssStart, rssOpened, rssAudited, peakRssMb());
    return 0;
}
