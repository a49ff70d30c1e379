#pragma once

// Where the audit store is, as the user names it (--db): an SQLite file, or a
// PostgreSQL database that a team shares.
//
//   audits.sqlite, /abs/audits.sqlite       an SQLite file (a plain path)
//   sqlite:audits.sqlite, sqlite:///abs/f   the same, said explicitly
//   postgresql://user[:password]@host[:port]/database[?sslmode=require&...]
//   postgres://...                          the same
//
// The password may also come from PGPASSWORD or ~/.pgpass (libpq reads them
// when the URL has none). It is never shown: display() and every error leave
// it out.

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace mailtls {

struct StoreLocation
{
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    Kind kind = Kind::Sqlite;
    QString path;     // SQLite: the file
    QString host;     // PostgreSQL: a name, an address or a socket folder; empty: libpq's default
    int port = -1;    // PostgreSQL: -1 for libpq's default (PGPORT, else 5432)
    QString database; // PostgreSQL: the database name
    QString user;     // PostgreSQL: empty for libpq's default (PGUSER, else the login name)
    QString password; // PostgreSQL: empty to let libpq use PGPASSWORD or ~/.pgpass
    // PostgreSQL: libpq connection parameters from the URL's query, in order (sslmode, ...).
    QList<std::pair<QString, QString>> parameters;

    // nullopt with *error saying what is wrong (never with the password).
    static std::optional<StoreLocation> parse(const QString &text, QString *error);
    static StoreLocation sqliteFile(const QString &path);

    // For people: the file, or the URL with the password replaced by "***".
    QString display() const;
    // The libpq parameters as QPSQL's connect options ("key='value';...").
    QString connectOptions() const;

    bool operator==(const StoreLocation &) const = default;
};

} // namespace mailtls
