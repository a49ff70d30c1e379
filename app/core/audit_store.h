#pragma once

// Every audit run kept: the inventory as it was, each endpoint's probe result
// with its evidence, timestamps and the tool version. In SQLite by default
// (one file, WAL), or in a PostgreSQL database a team shares; both with a
// schema version and numbered migrations run in a transaction
// (store_location.h says how each is named, store_dialect.h how they differ).
//
// Each result is committed on its own as its endpoint completes: a run killed
// in the middle (even kill -9) keeps everything that had completed, and shows
// as "interrupted" the next time the store is opened. A database that is not
// our store (another program's, a damaged file, anything else) is refused
// with a clear error and never written to.
//
// One AuditStore belongs to the thread that opened it (QtSql connections do):
// the command line's main thread, or a worker thread of the window, never
// the GUI thread.

#include "app/core/store_location.h"
#include "app/core/workspace.h"
#include "probes/endpoint_probe.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace mailtls {

class StoreDialect;

struct StoredRun
{
    qint64 id = 0;
    QString workspace;     // the workspace's name
    QDateTime startedAt;   // UTC
    QDateTime finishedAt;  // UTC; invalid while running or when interrupted
    QString state;         // "running", "complete", "interrupted"
    QString toolVersion;
    int endpoints = 0;     // endpoints the run set out to probe
    int results = 0;       // results stored
};

struct StoredResult
{
    QString endpoint;      // EndpointRef text, e.g. "mx1/smtp"
    QString url;
    QString status;        // probe status key
    QString linkState;     // link state key of the hop this endpoint receives
    QDateTime completedAt;
    QJsonObject result;    // the probe JSON (docs/probe-json.md)
};

class AuditStore
{
public:
    static constexpr int kSchemaVersion = 1;

    // Opens the store at location (a path or URL, see store_location.h),
    // creating it (an SQLite file and its folder, or the tables in an empty
    // PostgreSQL database) when missing. nullptr with *error naming the
    // store (never with its password) when it cannot be used.
    static std::unique_ptr<AuditStore> open(const QString &location, QString *error);
    static std::unique_ptr<AuditStore> open(const StoreLocation &location, QString *error);
    // One file in the user's data folder.
    static QString defaultPath();
    ~AuditStore();
    AuditStore(const AuditStore &) = delete;
    AuditStore &operator=(const AuditStore &) = delete;

    // Where the store is, for people: the file, or the URL without its password.
    QString location() const { return m_location.display(); }

    std::optional<qint64> beginRun(const Workspace &workspace, int endpoints, QString *error);
    bool addResult(qint64 run, const QString &endpoint, const EndpointResult &result, QString *error);
    bool finishRun(qint64 run, QString *error);

    // Runs, newest first; only those of one workspace when a name is given.
    QList<StoredRun> runs(const QString &workspace = {}) const;
    QList<StoredResult> results(qint64 run) const;
    // The inventory the run audited.
    std::optional<Workspace> inventory(qint64 run) const;

private:
    AuditStore();
    QString openDatabase();
    QString migrate(int fromVersion);
    void markInterruptedRuns();

    StoreLocation m_location;
    std::unique_ptr<StoreDialect> m_dialect;
    QString m_connection; // QSqlDatabase connection name, one per store
};

} // namespace mailtls
