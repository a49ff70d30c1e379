#include "tests/common/store_scenarios.h"

#include "app/store/audit_store.h"
#include "app/inventory/workspace_io.h"
#include "probes/result_json.h"
#include "tests/common/child_process.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSysInfo>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace mailtls;

namespace storetest {

namespace {

Workspace demo()
{
    const auto r =
        loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    return *r.workspace;
}

EndpointResult probed(const QString &host, quint16 port, ProbeStatus status)
{
    EndpointResult r;
    r.target = {Protocol::Smtp, host, port, host};
    r.status = status;
    for (TlsVersion v : allTlsVersions())
        r.versions.insert(v, VersionResult{});
    return r;
}

const QString kHostileText =
    QStringLiteral("refused") + QChar(0) + QStringLiteral(" \u00e9\u4e2d\U0001F600 ' \\");

// For messages: the location as the store shows it (no password).
QString shown(const QString &location)
{
    QString error;
    const auto l = StoreLocation::parse(location, &error);
    return l ? l->display() : location;
}

// One workstation's whole audit, on a thread of its own (a store is thread-affine).
struct Workstation
{
    QString error;
    qint64 run = 0;
};

// Two threads meet here before going on together.
void meet(std::atomic_int *count)
{
    count->fetch_add(1);
    while (count->load() < 2)
        std::this_thread::yield();
}

struct Meetings
{
    std::atomic_int start{0};
    std::atomic_int opened{0};
};

void audit(const QString &location, int results, Meetings *meetings, Workstation *w)
{
    meet(&meetings->start); // both open at once
    auto store = AuditStore::open(location, &w->error);
    meet(&meetings->opened); // both write at once
    if (!store)
        return;
    const auto run = store->beginRun(demo(), results, &w->error);
    if (!run)
        return;
    w->run = *run;
    for (int i = 0; i < results; ++i) {
        const auto port = static_cast<quint16>(2000 + i);
        if (!store->addResult(*run, QStringLiteral("host%1/smtp").arg(i),
                              probed(QStringLiteral("127.0.0.1"), port, ProbeStatus::Ok),
                              &w->error))
            return;
    }
    store->finishRun(*run, &w->error);
}

// Two workstations audit into one store at once; both runs are kept whole.
void twoWorkstationsAudit(const QString &location, int results)
{
    Meetings meetings;
    Workstation a, b;
    std::thread ta(audit, location, results, &meetings, &a);
    std::thread tb(audit, location, results, &meetings, &b);
    ta.join();
    tb.join();
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    QVERIFY(a.run != b.run);
    QString error;
    auto store = AuditStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<StoredRun> runs = store->runs();
    QCOMPARE(runs.size(), 2);
    for (const StoredRun &r : runs) {
        QCOMPARE(r.state, QStringLiteral("complete"));
        QCOMPARE(r.results, results);
        QCOMPARE(store->results(r.id).size(), results);
    }
}

} // namespace

void runsSurviveReopening(StoreBackend &backend)
{
    const QString location = backend.freshLocation();
    QString error;
    qint64 id = 0;
    {
        auto store = AuditStore::open(location, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->location(), shown(location));
        const auto run = store->beginRun(demo(), 2, &error);
        QVERIFY2(run, qPrintable(error));
        id = *run;
        QVERIFY2(store->addResult(
                     id, QStringLiteral("mx1/smtp"),
                     probed(QStringLiteral("127.0.0.11"), 2525, ProbeStatus::StartTlsNotOffered),
                     &error),
                 qPrintable(error));
        QVERIFY(store->addResult(id, QStringLiteral("relay/smtp"),
                                 probed(QStringLiteral("127.0.0.13"), 2525, ProbeStatus::Refused),
                                 &error));
        // A result stored again replaces the first; what a hostile peer sends (a NUL, any script)
        // is kept.
        EndpointResult again = probed(QStringLiteral("127.0.0.13"), 2525, ProbeStatus::Refused);
        again.error = kHostileText;
        QVERIFY2(store->addResult(id, QStringLiteral("relay/smtp"), again, &error),
                 qPrintable(error));
        QCOMPARE(store->runs().first().state, QStringLiteral("running"));
        QVERIFY(store->finishRun(id, &error));
    }
    auto store = AuditStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<StoredRun> runs = store->runs(demo().name);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().id, id);
    QCOMPARE(runs.first().workspace, demo().name);
    QCOMPARE(runs.first().state, QStringLiteral("complete"));
    QCOMPARE(runs.first().endpoints, 2);
    QCOMPARE(runs.first().results, 2);
    QVERIFY(!runs.first().toolVersion.isEmpty());
    QVERIFY(runs.first().startedAt.isValid());
    QCOMPARE(runs.first().startedAt.timeSpec(), Qt::UTC);
    QVERIFY(runs.first().finishedAt >= runs.first().startedAt);
    QVERIFY(qAbs(runs.first().startedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QVERIFY(store->runs(QStringLiteral("another workspace")).isEmpty());
    QCOMPARE(store->runs().size(), 1);
    const QList<StoredResult> results = store->results(id);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).endpoint, QStringLiteral("mx1/smtp"));
    QCOMPARE(results.at(0).linkState, QStringLiteral("cleartext"));
    QCOMPARE(results.at(1).linkState, QStringLiteral("unreachable"));
    QCOMPARE(results.at(1).status, QStringLiteral("refused"));
    QVERIFY(results.at(0).completedAt >= runs.first().startedAt);
    QCOMPARE(results.at(1).result.value(QLatin1StringView("endpoint")).toString(),
             QStringLiteral("smtp://127.0.0.13:2525"));
    QCOMPARE(results.at(1).result.value(QLatin1StringView("error")).toString(), kHostileText);
    QCOMPARE(store->inventory(id), std::optional<Workspace>(demo()));
    QVERIFY(!store->inventory(id + 1000));
}

void killedWriterMeansInterrupted(StoreBackend &backend)
{
    const QString location = backend.freshLocation();
    QProcess writer;
    dieWithTest(writer);
    writer.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--store-writer"), location});
    QByteArray said;
    while (!said.contains('\n') && writer.waitForReadyRead(20000))
        said += writer.readAllStandardOutput();
    QVERIFY2(said.startsWith("run "),
             qPrintable(QString::fromUtf8(said + writer.readAllStandardError())));
    // Alive: another reader sees the run in progress, not interrupted, and so
    // does a reader that stays open (as the window's store does).
    QCOMPARE(newestRunState(location, QStringLiteral("running"), 0), QStringLiteral("running"));
    QString error;
    auto watcher = AuditStore::open(location, &error);
    QVERIFY2(watcher, qPrintable(error));
    QCOMPARE(watcher->runs().first().state, QStringLiteral("running"));
    ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
    QVERIFY(writer.waitForFinished());
    // The reader opened before the kill sees it by itself, without opening the
    // store again (the server may take a moment to see a killed client's
    // connection close); so does one opened now.
    QCOMPARE(newestRunState(*watcher, QStringLiteral("interrupted"), 10000),
             QStringLiteral("interrupted"));
    QCOMPARE(newestRunState(location, QStringLiteral("interrupted"), 0),
             QStringLiteral("interrupted"));
    auto store = AuditStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    const StoredRun run = store->runs().first();
    QCOMPARE(run.results, 1); // what had completed is kept
    QCOMPARE(run.endpoints, 3);
    QVERIFY(!run.finishedAt.isValid());
    QCOMPARE(store->results(run.id).first().endpoint, QStringLiteral("mx1/smtp"));
}

void ownRunReadsRunning(StoreBackend &backend)
{
    // The writer's own store, and another store of the same process, read
    // the run in progress as running; complete once it finishes.
    const QString location = backend.freshLocation();
    QString error;
    auto writer = AuditStore::open(location, &error);
    QVERIFY2(writer, qPrintable(error));
    const auto run = writer->beginRun(demo(), 2, &error);
    QVERIFY2(run, qPrintable(error));
    auto reader = AuditStore::open(location, &error);
    QVERIFY2(reader, qPrintable(error));
    for (int i = 0; i < 2; ++i) { // asked twice: asking changes nothing
        QCOMPARE(writer->runs().first().state, QStringLiteral("running"));
        QCOMPARE(reader->runs().first().state, QStringLiteral("running"));
    }
    QVERIFY2(writer->addResult(*run, QStringLiteral("mx1/smtp"),
                               probed(QStringLiteral("127.0.0.11"), 2525, ProbeStatus::Ok), &error),
             qPrintable(error));
    QVERIFY2(writer->finishRun(*run, &error), qPrintable(error));
    QCOMPARE(reader->runs().first().state, QStringLiteral("complete"));
    QCOMPARE(reader->runs().first().results, 1);
    QCOMPARE(writer->runs().first().state, QStringLiteral("complete"));
}

void runningMarkWithoutItsHolder(StoreBackend &backend)
{
    // A run marked running by a process of this host that is alive (this
    // test), which holds no lock on it: the writer is gone, whatever its pid
    // says (a pid taken again by another process after a crash).
    const QString location = backend.freshLocation();
    QString error;
    qint64 id = 0;
    {
        auto store = AuditStore::open(location, &error);
        QVERIFY2(store, qPrintable(error));
        const auto run = store->beginRun(demo(), 2, &error);
        QVERIFY2(run, qPrintable(error));
        id = *run;
        QVERIFY(store->finishRun(id, &error));
    }
    QVERIFY(backend.sql(location, {QStringLiteral("UPDATE runs SET state = 'running', finished_at = NULL,"
                                                  " result_count = NULL, host = '%1', pid = %2 WHERE id = %3")
                                       .arg(QSysInfo::machineHostName())
                                       .arg(::getpid())
                                       .arg(id)}));
    auto store = AuditStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->runs().first().state, QStringLiteral("interrupted"));
    QCOMPARE(store->runs().first().results, 0);
}

void refusesWhatIsNotOurs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("another program's tables") << "foreign"
                                              << "another program's";
    QTest::newRow("another program's mark") << "other mark"
                                            << "another program's";
    QTest::newRow("a newer schema") << "newer"
                                    << "newer version (schema 99";
    QTest::newRow("our mark without our tables") << "no tables"
                                                 << "its tables are missing";
}

void refusesWhatIsNotOurs(StoreBackend &backend)
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString location = backend.freshLocation();
    QStringList statements;
    if (kind == QLatin1String("foreign"))
        statements = {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                      QStringLiteral("INSERT INTO contacts VALUES ('alice')")};
    else if (kind == QLatin1String("other mark"))
        statements = backend.markAs(false, 1) +
                     QStringList{QStringLiteral("CREATE TABLE runs (x INTEGER)"),
                                 QStringLiteral("CREATE TABLE results (x INTEGER)")};
    else if (kind == QLatin1String("newer"))
        statements = backend.markAs(true, 99) +
                     QStringList{QStringLiteral("CREATE TABLE future (x INTEGER)")};
    else
        statements =
            backend.markAs(true, 1) + QStringList{QStringLiteral("CREATE TABLE other (x INTEGER)")};
    QVERIFY(backend.sql(location, statements));
    const QByteArray before = backend.snapshot(location);
    QVERIFY(!before.isEmpty());
    QString error;
    QVERIFY(!AuditStore::open(location, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(shown(location)), qPrintable(error));
    QCOMPARE(backend.snapshot(location), before); // never written to
}

void twoWorkstationsWriteAtOnce(StoreBackend &backend)
{
    const QString location = backend.freshLocation();
    QString error;
    QVERIFY2(AuditStore::open(location, &error), qPrintable(error)); // created before both start
    twoWorkstationsAudit(location, 40);
}

void twoWorkstationsMigrateAtOnce(StoreBackend &backend)
{
    // Both find an empty database and set out to create the schema: one does,
    // the other finds it done.
    const QString location = backend.freshLocation();
    twoWorkstationsAudit(location, 1);
    if (QTest::currentTestFailed())
        return;
    const auto version = backend.sql(location, {backend.versionQuery()});
    QVERIFY(version);
    QCOMPARE(*version, QStringList{QString::number(AuditStore::kSchemaVersion)});
}

void resultSummariesMatchResults(StoreBackend &backend)
{
    const QString location = backend.freshLocation();
    QString error;
    auto store = AuditStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    const auto run = store->beginRun(demo(), 3, &error);
    QVERIFY2(run, qPrintable(error));
    EndpointResult strong = probed(QStringLiteral("127.0.0.12"), 465, ProbeStatus::Ok);
    strong.versions[TlsVersion::Tls13].accepted = true;
    strong.versions[TlsVersion::Tls13].cipherSuites = {QStringLiteral("TLS_AES_256_GCM_SHA384")};
    const QList<std::pair<QString, EndpointResult>> stored{
        {QStringLiteral("mx1/smtp"),
         probed(QStringLiteral("127.0.0.11"), 2525, ProbeStatus::StartTlsNotOffered)},
        {QStringLiteral("relay/smtp"),
         probed(QStringLiteral("127.0.0.13"), 2525, ProbeStatus::Refused)},
        {QStringLiteral("mx1/smtps"), strong},
    };
    for (const auto &[endpoint, result] : stored)
        QVERIFY2(store->addResult(*run, endpoint, result, &error), qPrintable(error));
    QVERIFY(store->finishRun(*run, &error));

    const QList<StoredResult> results = store->results(*run);
    const QList<StoredResultSummary> summaries = store->resultSummaries(*run);
    QCOMPARE(summaries.size(), stored.size());
    QCOMPARE(results.size(), stored.size());
    for (qsizetype i = 0; i < summaries.size(); ++i) { // the same results in the same order
        QCOMPARE(summaries.at(i).endpoint, results.at(i).endpoint);
        QCOMPARE(summaries.at(i).url, results.at(i).url);
        QCOMPARE(summaries.at(i).status, results.at(i).status);
        QCOMPARE(summaries.at(i).linkState, results.at(i).linkState);
        QCOMPARE(summaries.at(i).completedAt, results.at(i).completedAt);
        QVERIFY(summaries.at(i).completedAt.isValid());
    }
    QMap<QString, QString> states;
    for (const StoredResultSummary &s : summaries)
        states.insert(s.endpoint, s.linkState);
    QCOMPARE(states.value(QStringLiteral("mx1/smtp")), QStringLiteral("cleartext"));
    QCOMPARE(states.value(QStringLiteral("relay/smtp")), QStringLiteral("unreachable"));
    QCOMPARE(states.value(QStringLiteral("mx1/smtps")), QStringLiteral("strong_tls"));
    QVERIFY(store->resultSummaries(*run + 1000).isEmpty());
}

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("\'\'")) +
           QLatin1Char('\'');
}

QString compactJson(const EndpointResult &r)
{
    return QString::fromUtf8(QJsonDocument(endpointResultToJson(r)).toJson(QJsonDocument::Compact));
}

// The results writeSchemaOneStore writes: (run, endpoint, result).
struct OldResult
{
    int run;
    QString endpoint;
    EndpointResult result;
    QString linkState;
};

QList<OldResult> schemaOneResults()
{
    return {
        {1, QStringLiteral("mx1/smtp"),
         probed(QStringLiteral("127.0.0.11"), 2525, ProbeStatus::StartTlsNotOffered),
         QStringLiteral("cleartext")},
        {1, QStringLiteral("relay/smtp"),
         probed(QStringLiteral("127.0.0.13"), 2525, ProbeStatus::Refused),
         QStringLiteral("unreachable")},
        {2, QStringLiteral("mx1/smtp"),
         probed(QStringLiteral("127.0.0.11"), 2525, ProbeStatus::Timeout),
         QStringLiteral("unreachable")},
    };
}

} // namespace

bool writeSchemaOneStore(StoreBackend &backend, const QString &location)
{
    // Schema 1 as it was released (audit_store.cpp's first migration).
    QStringList statements = backend.markAs(true, 1);
    for (const char *table : {
             "CREATE TABLE runs (id {id}, workspace TEXT NOT NULL, started_at {time} NOT NULL,"
             " finished_at {time},"
             " state TEXT NOT NULL CHECK (state IN ('running', 'complete', 'interrupted')),"
             " tool_version TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL,"
             " endpoints INTEGER NOT NULL, inventory {json} NOT NULL)",
             "CREATE TABLE results (run_id {key} NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
             " endpoint TEXT NOT NULL, url TEXT NOT NULL, status TEXT NOT NULL,"
             " link_state TEXT NOT NULL, completed_at {time} NOT NULL, result {json} NOT NULL,"
             " PRIMARY KEY (run_id, endpoint))",
             "CREATE INDEX runs_by_workspace ON runs(workspace, started_at)",
         })
        statements.append(backend.typed(QString::fromLatin1(table)));
    const QString inventory = quoted(QString::fromUtf8(workspaceToJson(demo())));
    const QString workspace = quoted(demo().name);
    statements.append(QStringLiteral("INSERT INTO runs (workspace, started_at, finished_at, state,"
                                     " tool_version, host, pid, endpoints, inventory) VALUES"
                                     " (%1, '2026-11-01T10:00:00.000Z', '2026-11-01T10:05:00.000Z',"
                                     " 'complete', '0.1.0', 'ws1', 1, 2, %2)")
                          .arg(workspace, inventory));
    statements.append(QStringLiteral("INSERT INTO runs (workspace, started_at, state, tool_version,"
                                     " host, pid, endpoints, inventory) VALUES"
                                     " (%1, '2026-11-02T10:00:00.000Z', 'interrupted', '0.1.0',"
                                     " 'ws1', 1, 2, %2)")
                          .arg(workspace, inventory));
    for (const OldResult &r : schemaOneResults()) {
        statements.append(QStringLiteral("INSERT INTO results VALUES (%1, %2, %3, %4, %5,"
                                         " '2026-11-0%1T10:01:00.000Z', %6)")
                              .arg(QString::number(r.run), quoted(r.endpoint),
                                   quoted(r.result.target.url()),
                                   quoted(probeStatusKey(r.result.status)), quoted(r.linkState),
                                   quoted(compactJson(r.result))));
    }
    return backend.sql(location, statements).has_value();
}

void migratesFromSchemaOne(StoreBackend &backend)
{
    const QString location = backend.freshLocation();
    QVERIFY(writeSchemaOneStore(backend, location));
    QString error;
    auto store = AuditStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    const auto version = backend.sql(location, {backend.versionQuery()});
    QVERIFY(version);
    QCOMPARE(*version, QStringList{QString::number(AuditStore::kSchemaVersion)});

    // Everything schema 1 wrote reads as before, with the counts of ended runs kept.
    const QList<StoredRun> runs = store->runs(demo().name);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).id, qint64(2));
    QCOMPARE(runs.at(0).state, QStringLiteral("interrupted"));
    QCOMPARE(runs.at(0).results, 1);
    QCOMPARE(runs.at(1).state, QStringLiteral("complete"));
    QCOMPARE(runs.at(1).results, 2);
    QCOMPARE(runs.at(1).startedAt, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(runs.at(1).finishedAt, QDateTime(QDate(2026, 11, 1), QTime(10, 5), Qt::UTC));
    for (const OldResult &old : schemaOneResults()) {
        const QList<StoredResult> results = store->results(old.run);
        const auto it = std::find_if(results.cbegin(), results.cend(), [&](const StoredResult &r) {
            return r.endpoint == old.endpoint;
        });
        QVERIFY2(it != results.cend(), qPrintable(old.endpoint));
        QCOMPARE(it->result, endpointResultToJson(old.result));
        QCOMPARE(it->linkState, old.linkState);
        QCOMPARE(it->completedAt.date().day(), old.run);
    }
    QCOMPARE(store->resultSummaries(1).size(), 2);
    QCOMPARE(store->inventory(1), std::optional<Workspace>(demo()));

    // New runs go in next to them, and read back the same way.
    const auto run = store->beginRun(demo(), 1, &error);
    QVERIFY2(run, qPrintable(error));
    const EndpointResult fresh = probed(QStringLiteral("127.0.0.12"), 465, ProbeStatus::Ok);
    QVERIFY2(store->addResult(*run, QStringLiteral("mx1/smtps"), fresh, &error), qPrintable(error));
    QVERIFY(store->finishRun(*run, &error));
    QCOMPARE(store->runs().size(), 3);
    QCOMPARE(store->runs().constFirst().results, 1);
    QCOMPARE(store->results(*run).constFirst().result, endpointResultToJson(fresh));
    QCOMPARE(store->inventory(*run), std::optional<Workspace>(demo()));
}

void checklistKeptWithItsHistory(StoreBackend &backend)
{
    const QString location = backend.freshLocation();
    QString error;
    auto store = AuditStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    const QString ws = demo().name;
    const QString profile = QStringLiteral("m3aawg");
    QVERIFY(store->checklistItems(ws, profile).isEmpty());
    QCOMPARE(store->checklistReconciledRun(ws, profile), qint64(0));

    // Run 7 found two items; times keep their milliseconds, notes their text (also none).
    const QDateTime found(QDate(2026, 11, 20), QTime(9, 30, 15, 250), Qt::UTC);
    TrackedItem a{profile, QStringLiteral("M1.6"), QStringLiteral("mx2/smtp:25"), ItemState::Open, {}, 7, 7, 0, 0,
                  found};
    TrackedItem b{profile, QStringLiteral("M3.1"), QStringLiteral("pop/pop3:110"), ItemState::Open, {}, 7, 7, 0, 0,
                  found};
    const QList<ItemEvent> foundEvents{
        {profile, a.rule, a.endpoint, found, 7, std::nullopt, ItemState::Open, ItemChange::Found, {}},
        {profile, b.rule, b.endpoint, found, 7, std::nullopt, ItemState::Open, ItemChange::Found, {}}};
    QVERIFY2(store->saveChecklist(ws, profile, {a, b}, foundEvents, 7, &error), qPrintable(error));
    QCOMPARE(store->checklistItems(ws, profile), (QList<TrackedItem>{a, b}));
    QCOMPARE(store->checklistReconciledRun(ws, profile), qint64(7));

    // A person marks one done, with a note in Japanese; the run stays 7.
    const QDateTime marked = found.addSecs(3600);
    a.state = ItemState::Done;
    a.note = QStringLiteral("smtpd_tls_protocols を設定済み");
    a.updatedAt = marked;
    const ItemEvent byHand{profile, a.rule, a.endpoint, marked, 0, ItemState::Open, ItemState::Done,
                           ItemChange::SetByUser, a.note};
    QVERIFY2(store->saveChecklist(ws, profile, {a}, {byHand}, 0, &error), qPrintable(error));
    QCOMPARE(store->checklistItems(ws, profile), (QList<TrackedItem>{a, b}));
    QCOMPARE(store->checklistReconciledRun(ws, profile), qint64(7));

    // Another workstation already brought it up to date with run 7: that update stands.
    bool superseded = false;
    TrackedItem stale = b;
    stale.state = ItemState::Verified;
    QVERIFY(store->saveChecklist(ws, profile, {stale}, {}, 7, &error, &superseded));
    QVERIFY(superseded);
    QCOMPARE(store->checklistItems(ws, profile), (QList<TrackedItem>{a, b}));

    // Other workspaces and profiles keep their own checklists.
    QVERIFY(store->checklistItems(QStringLiteral("other"), profile).isEmpty());
    QVERIFY(store->checklistItems(ws, QStringLiteral("rfc9325")).isEmpty());
    QCOMPARE(store->checklistReconciledRun(ws, QStringLiteral("rfc9325")), qint64(0));

    // The history reads back in order, after reopening.
    store.reset();
    store = AuditStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<ItemEvent> history = store->checklistEvents(ws, profile);
    QCOMPARE(history, (foundEvents + QList<ItemEvent>{byHand}));
}

void tlsRptReportsKeptOnce(StoreBackend &backend)
{
    const QString location = backend.freshLocation();
    QString error;
    auto store = AuditStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->tlsRptReports().isEmpty());

    const QDateTime start(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    auto report = [&](const QString &org, const QString &id, int day, const QByteArray &json) {
        return StoredTlsRptReport{org, id, start.addDays(day), start.addDays(day).addSecs(86399),
                                  QStringLiteral("Maildir/cur/%1").arg(id), {}, json};
    };
    // Hostile text survives as written: quotes, backslashes, non-ASCII, \u0000 in the JSON.
    const QByteArray hostile = QByteArrayLiteral("{\"organization-name\": \"O'Brien \\\\ \u00e9\u4e2d\", \"x\": \"\\u0000\"}");
    const StoredTlsRptReport a = report(QStringLiteral("Sender Corp"), QStringLiteral("r1"), 1, "{\"a\": 1}");
    // Another organisation with the same id; its name as hostile as a TEXT column takes (no NUL: the reader refuses
    // control characters in names and ids).
    const QString hostileOrg = QStringLiteral("O'Brien \\ \u00e9\u4e2d\U0001F600 \"; DROP TABLE runs; --");
    const StoredTlsRptReport b = report(hostileOrg, QStringLiteral("r1"), 0, hostile);
    int added = 0;
    QVERIFY2(store->addTlsRptReports({a, b}, &added, &error), qPrintable(error));
    QCOMPARE(added, 2);

    // Again, with one new: the kept ones stay as they were (their JSON, source and time).
    StoredTlsRptReport again = a;
    again.json = "{\"a\": 2}";
    again.source = QStringLiteral("elsewhere");
    const StoredTlsRptReport c = report(QStringLiteral("Sender Corp"), QStringLiteral("r2"), 2, "{}");
    QVERIFY2(store->addTlsRptReports({again, c}, &added, &error), qPrintable(error));
    QCOMPARE(added, 1);

    store.reset();
    store = AuditStore::open(location, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<StoredTlsRptReport> kept = store->tlsRptReports();
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0).organization, hostileOrg); // by start
    QCOMPARE(kept.at(0).json, hostile);
    QCOMPARE(kept.at(0).start, start);
    QCOMPARE(kept.at(1).reportId, QStringLiteral("r1"));
    QCOMPARE(kept.at(1).json, QByteArray("{\"a\": 1}"));
    QCOMPARE(kept.at(1).source, QStringLiteral("Maildir/cur/r1"));
    QCOMPARE(kept.at(1).end, start.addDays(1).addSecs(86399));
    QVERIFY(kept.at(1).importedAt.isValid());
    QCOMPARE(kept.at(2).reportId, QStringLiteral("r2"));
}

QString newestRunState(const AuditStore &store, const QString &wanted, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QString state;
    for (;;) {
        if (const QList<StoredRun> runs = store.runs(); !runs.isEmpty())
            state = runs.first().state;
        if (state == wanted || deadline.hasExpired())
            return state;
        QThread::msleep(50);
    }
}

QString newestRunState(const QString &location, const QString &wanted, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QString state;
    for (;;) {
        QString error;
        if (auto store = AuditStore::open(location, &error); store && !store->runs().isEmpty())
            state = store->runs().first().state;
        if (state == wanted || deadline.hasExpired())
            return state;
        QThread::msleep(50);
    }
}

std::optional<int> runWriterIfAsked(const QStringList &arguments)
{
    if (arguments.size() != 3 || arguments.at(1) != QLatin1String("--store-writer"))
        return std::nullopt;
    QString error;
    auto store = AuditStore::open(arguments.at(2), &error);
    std::optional<qint64> run;
    if (store)
        run = store->beginRun(demo(), 3, &error);
    if (!run ||
        !store->addResult(*run, QStringLiteral("mx1/smtp"),
                          probed(QStringLiteral("127.0.0.11"), 2525, ProbeStatus::Ok), &error)) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("run %lld\n", static_cast<long long>(*run));
    std::fflush(stdout);
    for (;;)
        ::pause(); // until killed
}

} // namespace storetest
