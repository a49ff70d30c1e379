// Benchmark: the path map of a large organisation (the goal: smooth at 2,000
// hosts and 5,000 links). Prints the layout time, the scene build time, and
// the frame time of pan and zoom steps: each frame is the whole view (1600 x
// 1000 by default) rendered into an offscreen image, as a repaint after a
// zoom does (a pan on screen repaints only the strip that scrolled in, so
// full frames overstate it). Prints figures; passes or fails nothing.
//
//   bench/pathmap_scale [--hosts N] [--links M] [--seed S] [--frames F]
//                       [--workspace FILE] [--png FILE] [--frame-png FILE] [--dark]
//
// --workspace maps a workspace file instead of the generated organisation;
// --png writes the exported map (the legend beside it), --frame-png the
// view as the last frame at 100% showed it, to look at.

#include "app/inventory/workspace_io.h"
#include "bench/layered_data.h"
#include "bench/scale_data.h"
#include "widgets/pathmap/edge_item.h"
#include "widgets/pathmap/path_map_scene.h"
#include "widgets/pathmap/path_map_view.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>

using namespace mailtls;
using namespace mailtls::bench;

namespace {

// Link states as an audit of a real organisation finds them: most strong,
// the rest spread over the problems, a few not probed; real mail seen on
// one link in seven.
QHash<QString, MapLinkStatus> auditLike(const Workspace &ws)
{
    QHash<QString, MapLinkStatus> statuses;
    for (qsizetype i = 0; i < ws.links.size(); ++i) {
        MapLinkStatus s;
        const int bucket = static_cast<int>((i * 37) % 100);
        if (bucket < 52) {
            s.state = LinkState::StrongTls;
            s.tlsLabel = i % 3 ? QStringLiteral("TLSv1.2-1.3") : QStringLiteral("TLSv1.3");
        } else if (bucket < 67) {
            s.state = LinkState::WeakTls;
            s.tlsLabel = QStringLiteral("TLSv1.0-1.2");
            s.reasons = {QStringLiteral("accepts TLSv1.0")};
        } else if (bucket < 76) {
            s.state = LinkState::OptionalTls;
            s.tlsLabel = QStringLiteral("TLSv1.2-1.3");
            s.reasons = {QStringLiteral("AUTH PLAIN LOGIN before STARTTLS")};
        } else if (bucket < 88) {
            s.state = LinkState::Cleartext;
            s.reasons = {QStringLiteral("STARTTLS not offered")};
        } else if (bucket < 93) {
            s.state = LinkState::Unreachable;
            s.reasons = {QStringLiteral("status timeout")};
        }
        s.observed = i % 7 == 0;
        statuses.insert(ws.links.at(i).id, s);
    }
    return statuses;
}

struct Stats
{
    double median = 0;
    double worst = 0;
};

Stats stats(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.constLast()};
}

// Renders the view as its paint event would, into an image of its size.
// The CPU time: this machine's cores are shared, wall time counts the others' work.
double frame(PathMapView &view, QImage &target)
{
    return timeMs([&] {
               QPainter painter(&target);
               view.render(&painter);
           })
        .cpu;
}

void printFrames(const char *what, const QList<double> &ms)
{
    const Stats s = stats(ms);
    std::printf(
        "%-34s median %7.1f ms  worst %7.1f ms CPU  (%lld frames, %.0f fps at the median)\n", what,
        s.median, s.worst, static_cast<long long>(ms.size()), s.median > 0 ? 1000 / s.median : 0);
}

// Pan steps of 60 pixels down and right at the view's zoom, then back.
QList<double> pan(PathMapView &view, QImage &target, int frames)
{
    QList<double> ms;
    for (int i = 0; i < frames; ++i) {
        const int sign = i < frames / 2 ? 1 : -1;
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + sign * 60);
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + sign * 20);
        ms.append(frame(view, target));
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("hosts"), QStringLiteral("hosts"), QStringLiteral("N"),
          QStringLiteral("2000")},
         {QStringLiteral("links"), QStringLiteral("links"), QStringLiteral("M"),
          QStringLiteral("5000")},
         {QStringLiteral("seed"), QStringLiteral("seed"), QStringLiteral("S"), QStringLiteral("1")},
         {QStringLiteral("frames"), QStringLiteral("frames per series"), QStringLiteral("F"),
          QStringLiteral("40")},
         {QStringLiteral("workspace"), QStringLiteral("workspace file"), QStringLiteral("FILE")},
         {QStringLiteral("png"), QStringLiteral("write the exported map"), QStringLiteral("FILE")},
         {QStringLiteral("frame-png"), QStringLiteral("write the last frame at 100%"),
          QStringLiteral("FILE")},
         {QStringLiteral("dark"), QStringLiteral("dark palette")}});
    parser.addHelpOption();
    parser.process(app);

    Workspace ws;
    if (parser.isSet(QStringLiteral("workspace"))) {
        WorkspaceReadResult r = loadWorkspaceFile(parser.value(QStringLiteral("workspace")));
        if (!r.workspace) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
        ws = *r.workspace;
    } else {
        ws = layeredWorkspace(parser.value(QStringLiteral("hosts")).toInt(),
                              parser.value(QStringLiteral("links")).toInt(),
                              parser.value(QStringLiteral("seed")).toUInt());
    }
    const QHash<QString, MapLinkStatus> statuses = auditLike(ws);
    std::printf("workspace: %lld hosts, %lld links\n", static_cast<long long>(ws.hosts.size()),
                static_cast<long long>(ws.links.size()));

    // 1. Model and layout (a worker thread's job in the window), best of 3.
    PathMap map;
    QList<double> layoutMs;
    QList<double> layoutCpu;
    for (int i = 0; i < 3; ++i) {
        const Timing t = timeMs([&] {
            map = PathMap::build(ws, statuses);
            map.layout(ws.layout);
        });
        layoutMs.append(t.wall);
        layoutCpu.append(t.cpu);
    }
    PathMap unordered = PathMap::build(ws, statuses);
    unordered.layout(ws.layout, 0);
    std::printf("model + layout:                    median %7.1f ms wall, %7.1f ms CPU  "
                "(crossings %lld, %lld before ordering)\n",
                stats(layoutMs).median, stats(layoutCpu).median,
                static_cast<long long>(map.crossings()),
                static_cast<long long>(unordered.crossings()));

    // 2. Items for every node and link (the GUI thread's part).
    PathMapView view;
    if (parser.isSet(QStringLiteral("dark"))) {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Base, QColor(0x18, 0x1A, 0x1C));
        dark.setColor(QPalette::Text, QColor(0xE8, 0xE8, 0xE8));
        dark.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA0, 0xA0));
        view.setPalette(dark);
    }
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    const Timing scene = timeMs([&] { view.setMap(map); });
    std::printf("scene build:                       %7.1f ms wall, %7.1f ms CPU  (%lld items)\n",
                scene.wall, scene.cpu, static_cast<long long>(view.mapScene()->items().size()));

    // 3. Frames: overview, pan at two zooms, then zoom steps in and out.
    const int frames = parser.value(QStringLiteral("frames")).toInt();
    QImage target(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.fitAll();
    frame(view, target); // first paint builds the BSP tree; not counted
    std::printf("first frame after fit:             %7.1f ms (zoom %.3f)\n", frame(view, target),
                view.zoom());
    const QRectF all = view.mapScene()->mapRect();
    view.resetTransform();
    view.zoomBy(0.3);
    view.centerOn(all.center());
    printFrames("pan at 30% (no labels)", pan(view, target, frames));
    view.resetTransform();
    view.centerOn(all.center());
    int inView = 0;
    for (QGraphicsItem *item : view.items(view.viewport()->rect()))
        inView += item->type() == EdgeItem::Type ? 1 : 0;
    std::printf("links in view at 100%%, centre:     %d\n", inView);
    printFrames("pan at 100% (labels)", pan(view, target, frames));
    if (parser.isSet(QStringLiteral("frame-png")))
        target.save(parser.value(QStringLiteral("frame-png")), "PNG");
    QList<double> zoomMs;
    for (int i = 0; i < frames; ++i) {
        view.zoomBy(i < frames / 2 ? 0.9 : 1 / 0.9);
        zoomMs.append(frame(view, target));
    }
    printFrames("zoom steps 100% -> 12% -> 100%", zoomMs);
    view.resetTransform();
    const qreal whole =
        std::min(view.viewport()->width() / all.width(), view.viewport()->height() / all.height());
    view.zoomBy(whole);
    view.centerOn(all.center());
    QList<double> overview;
    for (int i = 0; i < frames / 4; ++i)
        overview.append(frame(view, target));
    printFrames("whole map in view", overview);
    std::printf("peak RSS:                          %ld MB\n", peakRssMb());

    if (parser.isSet(QStringLiteral("png"))) {
        QFile out(parser.value(QStringLiteral("png")));
        if (!out.open(QIODevice::WriteOnly) || !view.exportPng(&out)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
    }
    return 0;
}
