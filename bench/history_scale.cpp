// Benchmark: the history of a large organisation (the goal: "a run of a large
// history (100 runs of a 10,000-host workspace) draws its charts in under a
// second"). Writes RUNS audit runs of the generated 10,000-host workspace to
// a fresh SQLite store: the first with every endpoint's result as an audit
// stores it, the others as runs with their inventory and figures (what the
// history reads once a run's figures are kept). Then, as the window does:
//   1. computes the first run's figures from its 30,000 results (once per run,
//      when the audit ends);
//   2. reads the history of all the runs (the store's thread);
//   3. draws each of the four trend charts of the History tab.
// Prints figures; passes or fails nothing. No network. Needs a QPA platform
// (QT_QPA_PLATFORM=offscreen without a display).
//
//   build/bench/history_scale [--runs N] [--hosts N]

#include "app/store/audit_store.h"
#include "app/history/run_history.h"
#include "bench/scale_data.h"
#include "widgets/history/history_panel.h"
#include "widgets/history/qcustomplot_include.h"

#include <QApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace mailtls;
using namespace mailtls::bench;

namespace {

void print(const char *step, const Timing &t, const QString &what = {})
{
    std::printf("%-34s %9.1f ms wall, %9.1f ms CPU  %s\n", step, t.wall, t.cpu, qPrintable(what));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int runs = 100;
    int hosts = 10000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--hosts"))
            hosts = args.at(i + 1).toInt();
    }
    if (runs < 1 || hosts < 1) {
        std::fprintf(stderr, "usage: history_scale [--runs N] [--hosts N]\n");
        return 2;
    }
    const Workspace ws = scaleWorkspace(hosts);
    const Profile profile = *builtinProfile(u"m3aawg");
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<AuditStore> store =
        AuditStore::open(dir.filePath(QStringLiteral("audits.sqlite")), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    int endpoints = 0;
    for (const Host &h : ws.hosts)
        endpoints += static_cast<int>(h.endpoints.size());
    std::printf("workspace: %d hosts, %d endpoints, %lld links; %d runs\n", hosts, endpoints,
                static_cast<long long>(ws.links.size()), runs);

    // The first run with every result.
    const RealisticResults generator;
    const std::optional<qint64> first = store->beginRun(ws, endpoints, &error);
    if (!first) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    int index = 0;
    const Timing written = timeMs([&] {
        for (const Host &h : ws.hosts) {
            for (const Endpoint &e : h.endpoints) {
                store->addResult(*first, EndpointRef{h.id, e.protocol, e.port}.toString(),
                                 generator.make(ws, h, e, index++), &error);
            }
        }
        store->finishRun(*first, &error);
    });
    print("write run 1 (every result)", written);

    // 1. Its figures, from its results, as when the audit ended.
    QList<RunFigures> history;
    QStringList errors;
    const Timing computed = timeMs([&] { history = loadHistory(*store, ws, profile, &errors); });
    if (history.size() != 1 || !errors.isEmpty()) {
        std::fprintf(stderr, "figures of run 1: %s\n", qPrintable(errors.join(u'\n')));
        return 1;
    }
    print("1. figures of run 1 (once per run)", computed,
          QStringLiteral("from %1 results").arg(endpoints));

    // The other runs: an inventory each and figures that improve over time.
    const Timing others = timeMs([&] {
        for (int r = 2; r <= runs; ++r) {
            const std::optional<qint64> id = store->beginRun(ws, endpoints, &error);
            store->finishRun(*id, &error);
            RunFigures f = history.constFirst();
            for (int m = 0; m < 3; ++m)
                f.measureEncrypted[m] = std::min(
                    f.measureLinks[m], f.measureEncrypted[m] + r * f.measureLinks[m] / 400);
            store->setRunFigures(*id, profile.id, runFiguresToJson(f), &error);
        }
    });
    print("write runs 2..N (inventory, figures)", others);

    // 2. The history, as the window's store thread reads it.
    const Timing read = timeMs([&] { history = loadHistory(*store, ws, profile, &errors); });
    print("2. read the history", read, QStringLiteral("%1 runs").arg(history.size()));

    // 3. The four charts, each drawn in full (a 1200 x 500 widget, as a picture).
    HistoryPanel panel;
    panel.resize(1200, 800);
    Timing drawn;
    drawn += timeMs([&] { panel.setHistory(history); });
    for (HistoryPanel::Chart chart :
         {HistoryPanel::Chart::Measures, HistoryPanel::Chart::Findings,
          HistoryPanel::Chart::Versions, HistoryPanel::Chart::Checklist}) {
        drawn += timeMs([&] {
            panel.showChart(chart);
            const QPixmap picture = panel.plot()->toPixmap(1200, 500);
            if (picture.isNull())
                std::fprintf(stderr, "no picture\n");
        });
    }
    print("3. draw the four charts", drawn);
    const Timing total{read.wall + drawn.wall, read.cpu + drawn.cpu};
    print("history shown (2 + 3)", total,
          total.wall < 1000 ? QStringLiteral("goal: under 1 s, met")
                            : QStringLiteral("goal: under 1 s, NOT met"));
    std::printf("peak RSS: %ld MB\n", peakRssMb());
    return 0;
}
