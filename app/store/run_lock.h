#pragma once

// The lock an SQLite store's writer holds on a run while it is in progress: a
// file next to the database (`<db>.run-<id>.lock`, which names the writer's
// host and pid for people) with an open-file-description lock on it
// (fcntl F_OFD_SETLK). The kernel drops that lock when the writer's file
// is closed for any reason (finishRun, kill -9, a crash of the process), so
// a reader that finds the lock free, or the file gone, knows the writer is
// gone: no pid is compared, and a pid reused by another process changes
// nothing. The lock conflicts between two opens of the file in one process
// too, so a second store in the writer's own process sees the run held.
//
// Internal to the store room (store_dialect.cpp); one RunLock per held run.

#include <QString>

#include <optional>
#include <utility>

namespace mailtls {

class RunLock
{
public:
    // The lock file of a run of the SQLite store at databasePath.
    static QString path(const QString &databasePath, qint64 run);

    // Creates the file and takes its lock; nullopt and *error when the file
    // cannot be made or locked (a file system without locks; another writer
    // holding it).
    static std::optional<RunLock> take(const QString &lockPath, QString *error);

    enum class Holder
    {
        Someone, // a process holds the lock: the run is in progress
        Nobody,  // no file, or a file nobody locks: the writer is gone
        Unknown  // the file could not be read or asked (permissions, I/O)
    };
    // Asks without taking the lock.
    static Holder holder(const QString &lockPath);

    RunLock(RunLock &&other) noexcept;
    RunLock &operator=(RunLock &&other) noexcept;
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;
    // Closes the file, which lets the lock go; the file stays.
    ~RunLock();
    // Removes the file, then lets the lock go: for a run that has ended.
    void release();

private:
    RunLock(QString path, int fd) : m_path(std::move(path)), m_fd(fd) {}
    QString m_path;
    int m_fd = -1;
};

} // namespace mailtls
