#include "app/store/run_lock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::AuditStore)
};

// The whole file, for writing: one holder at a time.
struct flock wholeFile(short type)
{
    struct flock l
    {
    };
    l.l_type = type;
    l.l_whence = SEEK_SET;
    l.l_start = 0;
    l.l_len = 0;
    l.l_pid = 0; // must be 0 for F_OFD_* requests
    return l;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString RunLock::path(const QString &databasePath, qint64 run)
{
    return QStringLiteral("%1.run-%2.lock").arg(databasePath).arg(run);
}

std::optional<RunLock> RunLock::take(const QString &lockPath, QString *error)
{
    const QByteArray name = QFile::encodeName(lockPath);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error =
            Tr::tr("cannot create the run's lock file %1: %2").arg(lockPath, systemError(errno));
        return std::nullopt;
    }
    struct flock l = wholeFile(F_WRLCK);
    if (::fcntl(fd, F_OFD_SETLK, &l) != 0) {
        const int why = errno;
        ::close(fd);
        *error =
            why == EAGAIN || why == EACCES
                ? Tr::tr("the run's lock file %1 is held by another process").arg(lockPath)
                : Tr::tr("cannot lock the run's lock file %1: %2").arg(lockPath, systemError(why));
        return std::nullopt;
    }
    // For people looking at the folder: who holds it. The lock, not this text,
    // decides, so a failed write changes nothing.
    const QByteArray who = QByteArray::number(static_cast<qint64>(::getpid())) + ' ' +
                           QSysInfo::machineHostName().toUtf8() + '\n';
    [[maybe_unused]] const bool written =
        ::ftruncate(fd, 0) == 0 &&
        ::write(fd, who.constData(), static_cast<size_t>(who.size())) == who.size();
    return RunLock(lockPath, fd);
}

RunLock::Holder RunLock::holder(const QString &lockPath)
{
    const QByteArray name = QFile::encodeName(lockPath);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? Holder::Nobody : Holder::Unknown;
    // F_OFD_GETLK says whether a write lock could be placed, and places none:
    // a read-only open is enough, and the reader never holds what it asks about.
    struct flock l = wholeFile(F_WRLCK);
    const int asked = ::fcntl(fd, F_OFD_GETLK, &l);
    ::close(fd);
    if (asked != 0)
        return Holder::Unknown;
    return l.l_type == F_UNLCK ? Holder::Nobody : Holder::Someone;
}

RunLock::RunLock(RunLock &&other) noexcept
    : m_path(std::move(other.m_path)), m_fd(std::exchange(other.m_fd, -1))
{
}

RunLock &RunLock::operator=(RunLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_path = std::move(other.m_path);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

RunLock::~RunLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void RunLock::release()
{
    if (m_fd < 0)
        return;
    // Removed while still held: a reader finds the lock held or no file, never a free lock of a
    // live run.
    QFile::remove(m_path);
    ::close(std::exchange(m_fd, -1));
}

} // namespace mailtls
