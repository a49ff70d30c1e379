// Benchmark: the audit store at scale (the goal: "a store with 100 runs of it
// opens the latest run in under a second"). Writes RUNS audit runs of the
// 10,000-host, 30,000-endpoint workspace into a fresh store, each result as
// an audit stores it (one committed AuditStore::addResult per endpoint), then
// closes it and does what the window does when it opens: open the store, list
// the runs, load the latest run's summaries, and separately its full results.
// Prints figures; passes or fails nothing. No network.
//
//   build-bench/bench/store_scale [--runs N] [--hosts N] [--db URL]
//
// --runs: runs to write (default 100); 0 only reads (a store --db names).
// --db: where: an SQLite file (kept; more runs are added to what it has) or a
//   PostgreSQL URL. Default: a fresh SQLite file in a temporary folder.

#include "app/store/audit_store.h"
#include "bench/scale_data.h"
#include "probes/result_json.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

using namespace mailtls;
using namespace mailtls::bench;

namespace {

struct Options
{
    int runs = 100;
    int hosts = 10000;
    QString db; // empty: a fresh SQLite file in a temporary folder
};

std::optional<Options> parseOptions(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--runs") && hasValue)
            o.runs = args.at(++i).toInt();
        else if (a == QLatin1String("--hosts") && hasValue)
            o.hosts = args.at(++i).toInt();
        else if (a == QLatin1String("--db") && hasValue)
            o.db = args.at(++i);
        else
            return std::nullopt;
    }
    if (o.runs < 0 || o.hosts < 1 || (o.runs == 0 && o.db.isEmpty()))
        return std::nullopt;
    return o;
}

// One endpoint of the workspace as the audit keys it.
struct Job
{
    QString ref;
    const Host *host;
    const Endpoint *endpoint;
};

void print(const char *step, const Timing &t, const QString &what = {})
{
    std::printf("%-22s %9.1f ms wall, %9.1f ms CPU  %s\n", step, t.wall, t.cpu, qPrintable(what));
}

qint64 storeBytes(const QString &path)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal", "-shm"})
        total += QFileInfo(path + QLatin1String(suffix)).size();
    return total;
}

// A cold open: the file's pages leave the page cache (this file's only; the
// machine's other work keeps its cache), so the open reads the disk.
void evictFromPageCache(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const int fd =
            ::open(QFile::encodeName(path + QLatin1String(suffix)).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::optional<Options> options = parseOptions(app.arguments());
    if (!options) {
        std::fprintf(stderr, "usage: store_scale [--runs N] [--hosts N] [--db URL]\n");
        return 2;
    }
    const Workspace ws = scaleWorkspace(options->hosts);
    QList<Job> jobs;
    for (const Host &h : ws.hosts) {
        for (const Endpoint &e : h.endpoints)
            jobs.append({EndpointRef{h.id, e.protocol, e.port}.toString(), &h, &e});
    }
    QTemporaryDir dir;
    QString error;
    const std::optional<StoreLocation> where =
        options->db.isEmpty()
            ? StoreLocation::sqliteFile(dir.filePath(QStringLiteral("audits.sqlite")))
            : StoreLocation::parse(options->db, &error);
    if (!where) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const bool sqlite = where->kind == StoreLocation::Kind::Sqlite;
    const QString location = sqlite ? where->path : options->db;
    std::printf("store: %s\nworkspace: %lld hosts, %lld endpoints; %d runs\n",
                qPrintable(where->display()), static_cast<long long>(ws.hosts.size()),
                static_cast<long long>(jobs.size()), options->runs);

    // 1. Write the runs, each result committed on its own as the audit does.
    const RealisticResults generator;
    if (options->runs > 0) {
        std::unique_ptr<AuditStore> store = AuditStore::open(location, &error);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        Timing begin, add, finish, made, all;
        qint64 jsonBytes = 0;
        for (int run = 1; run <= options->runs; ++run) {
            std::optional<qint64> id;
            Timing b =
                timeMs([&] { id = store->beginRun(ws, static_cast<int>(jobs.size()), &error); });
            if (!id) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            Timing a;
            for (int i = 0; i < jobs.size(); ++i) {
                const Job &j = jobs.at(i);
                EndpointResult r;
                made += timeMs([&] { r = generator.make(ws, *j.host, *j.endpoint, i); });
                if (run == 1) {
                    jsonBytes += QJsonDocument(endpointResultToJson(r))
                                     .toJson(QJsonDocument::Compact)
                                     .size();
                }
                bool ok = false;
                a += timeMs([&] { ok = store->addResult(*id, j.ref, r, &error); });
                if (!ok) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    return 1;
                }
            }
            bool finished = false;
            const Timing f = timeMs([&] { finished = store->finishRun(*id, &error); });
            if (!finished) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            begin += b;
            add += a;
            finish += f;
            if (run == 1) {
                print("begin run 1", b, QStringLiteral("(the inventory with the run)"));
                print("results of run 1", a,
                      QStringLiteral(
                          "(%1 results, %2/s wall, %3/s CPU; JSON %4 bytes each on average)")
                          .arg(jobs.size())
                          .arg(static_cast<qint64>(jobs.size() * 1000 / a.wall))
                          .arg(static_cast<qint64>(jobs.size() * 1000 / a.cpu))
                          .arg(jsonBytes / jobs.size()));
                print("finish run 1", f);
                if (sqlite)
                    std::printf("%-22s %9.1f MB after run 1\n", "store size",
                                static_cast<double>(storeBytes(location)) / 1e6);
            } else if (run % 10 == 0 || run == options->runs) {
                std::printf("  run %3d: results %6.1f s wall, %6.1f s CPU (%lld/s wall)", run,
                            a.wall / 1e3, a.cpu / 1e3,
                            static_cast<long long>(jobs.size() * 1000 / a.wall));
                if (sqlite)
                    std::printf("; store %.1f MB", static_cast<double>(storeBytes(location)) / 1e6);
                std::printf("\n");
                std::fflush(stdout);
            }
        }
        all = begin;
        all += add;
        all += finish;
        const double n = options->runs;
        print("per run, average", Timing{all.wall / n, all.cpu / n},
              QStringLiteral("(results: %1/s wall)")
                  .arg(static_cast<qint64>(jobs.size() * n * 1000 / add.wall)));
        print("generating results", made, QStringLiteral("(not part of the figures above)"));
    }
    std::printf("peak RSS after writing: %ld MB\n", peakRssMb());

    // 2. What the window does when it opens: the store, its runs, the latest run.
    if (sqlite)
        evictFromPageCache(location);
    std::unique_ptr<AuditStore> store;
    const Timing open = timeMs([&] { store = AuditStore::open(location, &error); });
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    print("open (cold)", open,
          sqlite ? QStringLiteral("(the file evicted from the page cache)") : QString());
    QList<StoredRun> runs;
    const Timing list = timeMs([&] { runs = store->runs(ws.name); });
    print("list runs", list, QStringLiteral("(%1 runs)").arg(runs.size()));
    if (runs.isEmpty())
        return 1;
    if (sqlite) {
        qint64 stored = 0;
        for (const StoredRun &r : std::as_const(runs))
            stored += r.results;
        std::printf("%-22s %9.1f MB (%lld results, %lld bytes per result)\n", "store size",
                    static_cast<double>(storeBytes(location)) / 1e6, static_cast<long long>(stored),
                    static_cast<long long>(storeBytes(location) / qMax<qint64>(stored, 1)));
    }
    const qint64 latest = runs.constFirst().id;
    QList<StoredResultSummary> summaries;
    const Timing summary = timeMs([&] { summaries = store->resultSummaries(latest); });
    print("latest run, summaries", summary,
          QStringLiteral("(%1 results: endpoint, status, link state)").arg(summaries.size()));
    Timing window = open;
    window += list;
    window += summary;
    print("the window's open", window,
          QStringLiteral("(open + list + summaries; the goal: under 1 s)"));
    std::printf("%-22s %9ld MB\n", "RSS now", currentRssMb());
    QList<StoredResult> full;
    const Timing results = timeMs([&] { full = store->results(latest); });
    print("latest run, full", results,
          QStringLiteral("(%1 results with their JSON)").arg(full.size()));
    std::printf("%-22s %9ld MB\n", "RSS now", currentRssMb());
    std::optional<Workspace> inventory;
    const Timing inv = timeMs([&] { inventory = store->inventory(latest); });
    print("latest run, inventory", inv,
          QStringLiteral("(%1 hosts)").arg(inventory ? inventory->hosts.size() : -1));

    // 3. How the database runs those reads.
    std::printf("query plans:\n");
    for (const QString &line : store->queryPlans(latest, ws.name))
        std::printf("  %s\n", qPrintable(line));
    std::printf("peak RSS: %ld MB\n", peakRssMb());
    return 0;
}
