#pragma once

// A private PostgreSQL server for a test (Debian's postgresql package): a
// cluster made by initdb in a temporary folder, and postgres listening on
// 127.0.0.1 at a free port and on a unix socket in that folder. As root it
// runs as the "postgres" system user (PostgreSQL refuses root). It dies with
// the test (PR_SET_PDEATHSIG) and is stopped by the destructor.
//
// The superuser "postgres" comes in by the socket without a password (trust);
// over TCP every role needs its password (scram-sha-256), as on a team's server.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace storetest {

class PgServer
{
public:
    PgServer() = default;
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Why the server cannot run here (not installed), or empty.
    static QString unavailable();
    // Empty once the server accepts connections, else what went wrong.
    QString start();
    void stop();

    quint16 port() const { return m_port; }
    QString socketDir() const;
    // Runs statements as the superuser on a database; empty, or the error.
    QString adminSql(const QString &database, const QStringList &statements);

private:
    QString run(const QString &program, const QStringList &arguments, int timeoutMs);
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_postgres;
    QString m_bin;
    quint16 m_port = 0;
};

} // namespace storetest
