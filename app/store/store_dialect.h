#pragma once

// The few things the audit store does differently on SQLite and on
// PostgreSQL, side by side: how a database says it is ours and at which
// schema version, the column types, how a migration excludes other writers,
// how a timestamp reads back, and how a reader tells that a run's writer is
// gone. Everything else (the schema's shape, every query) is one SQL for both,
// in audit_store.cpp.
//
// Internal to the store room; callers use AuditStore.

#include "app/store/store_location.h"

#include <QString>
#include <QStringList>

#include <memory>

class QDateTime;
class QSqlDatabase;
class QSqlError;
class QVariant;

namespace mailtls {

// What a database says about itself, read without writing anything.
struct StoreIdentity
{
    enum class Marker
    {
        None,
        Ours,
        Other
    };
    Marker marker = Marker::None; // our application marker, none, or another program's
    int version = 0;              // our schema version (0: none yet)
    QStringList objects;          // tables already there, of any program
    QString error;                // non-empty: the database could not be read
};

// Small helpers every part of the store uses.
// The time now, as text: bound as text on both (PostgreSQL casts it to timestamptz).
QString isoNow();
QString isoTime(const QDateTime &time);
QDateTime readTime(const QVariant &v);
QString sqlError(const QString &where, const QSqlError &e);
// Runs each statement; false with *error at the first that fails.
bool execAll(QSqlDatabase &db, const QStringList &statements, QSqlError *error);

class StoreDialect
{
public:
    static std::unique_ptr<StoreDialect> create(const StoreLocation &location);
    virtual ~StoreDialect() = default;

    virtual QString name() const = 0;          // "SQLite", "PostgreSQL": for messages
    virtual QString driver() const = 0;        // the QtSql driver
    virtual QString driverPackage() const = 0; // the Debian package that brings it
    // An error when the location must not be connected to at all.
    virtual QString checkBeforeOpen(const StoreLocation &location) const = 0;
    virtual void configure(QSqlDatabase &db, const StoreLocation &location) const = 0;
    virtual StoreIdentity identify(QSqlDatabase &db) const = 0;
    // Sets the connection up once the database is known to be ours or empty; an error or empty.
    virtual QString setUpSession(QSqlDatabase &db) const = 0;

    // A migration statement with its {id} {key} {time} {json} column types filled in.
    QString schema(QString statement) const;
    // Opens a transaction that will write, holding the write lock from its start
    // where the database has one (SQLite), so that it never deadlocks with another
    // writer that began as a reader.
    virtual QString beginWrite() const = 0;
    // Statements at the start of a migration's transaction that exclude others
    // migrating the same store until it ends.
    virtual QStringList migrationLock() const = 0;
    // Written with the first migration: the mark that says the database is ours.
    virtual QStringList markStatements() const = 0;
    virtual QString versionStatement(int version) const = 0;

    // A timestamp column read back as ISO 8601 text in UTC.
    virtual QString timeText(const QString &column) const = 0;
    // Whether JSON documents are kept qCompress'd, as BLOBs (schema 2 on).
    virtual bool packsJson() const = 0;
    // The database's plan for a query whose values are written in it, one line a step.
    virtual QStringList explain(QSqlDatabase &db, const QString &query) const = 0;

    // The writer of a run holds it from the transaction that creates the run
    // until the run ends, and the hold goes with the writer's process or
    // session however that ends; a run left "running" that nobody holds was
    // interrupted. writerGone is true only when the database or the file
    // system says nobody holds the run: false while someone does, and when
    // it cannot tell. The store never asks it of a run it holds itself
    // (PostgreSQL's session locks are re-entrant: its own session would get it).
    virtual bool holdRun(QSqlDatabase &db, qint64 run, QString *error) = 0;
    virtual void releaseRun(QSqlDatabase &db, qint64 run) = 0;
    virtual bool writerGone(QSqlDatabase &db, qint64 run) const = 0;

protected:
    struct ColumnTypes
    {
        QString id;   // the runs' key, assigned by the database
        QString key;  // a column referring to it
        QString time; // a point in time
        QString json; // a JSON document
    };
    virtual ColumnTypes columnTypes() const = 0;
};

} // namespace mailtls
