#include "probes/connection.h"

#include <csignal>
#include <pthread.h>

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Connection)
};

constexpr qsizetype kReadChunk = 16 * 1024;

ProbeError fail(ProbeStatus status, const QString &message, bool dropped = false, bool reset = false)
{
    return {status, message, dropped, reset};
}

ProbeError timeoutError() { return fail(ProbeStatus::Timeout, Tr::tr("timed out")); }

QString addressText(const sockaddr *sa)
{
    char buf[INET6_ADDRSTRLEN] = {};
    if (sa->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(sa)->sin_addr, buf, sizeof buf);
    else if (sa->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6 *>(sa)->sin6_addr, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

} // namespace

QStringList resolveAddresses(const QString &host, QString *error)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *list = nullptr;
    const int gai = ::getaddrinfo(host.toUtf8().constData(), nullptr, &hints, &list);
    if (gai != 0) {
        if (error)
            *error = Tr::tr("cannot resolve %1: %2").arg(host, QString::fromLocal8Bit(gai_strerror(gai)));
        return {};
    }
    QStringList addresses;
    for (addrinfo *ai = list; ai; ai = ai->ai_next) {
        const QString text = addressText(ai->ai_addr);
        if (!text.isEmpty() && !addresses.contains(text))
            addresses.append(text);
    }
    ::freeaddrinfo(list);
    if (addresses.isEmpty() && error)
        *error = Tr::tr("no address for %1").arg(host);
    return addresses;
}

Connection::~Connection() { close(); }

void Connection::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_buffer.clear();
}

void Connection::adopt(int fd, const QString &peer)
{
    close();
    m_fd = fd;
    m_peer = peer;
}

ProbeError Connection::waitFor(int fd, short events, QDeadlineTimer deadline,
                               const std::atomic_bool *cancel)
{
    for (;;) {
        if (cancel && cancel->load())
            return fail(ProbeStatus::Cancelled, Tr::tr("cancelled"));
        const qint64 remaining = deadline.remainingTime();
        if (remaining == 0)
            return timeoutError();
        // Wake up at least every 100 ms to notice cancellation.
        const int slice = remaining < 0 ? 100 : static_cast<int>(std::min<qint64>(remaining, 100));
        pollfd p{fd, events, 0};
        const int rc = ::poll(&p, 1, slice);
        if (rc > 0)
            return {};
        if (rc < 0 && errno != EINTR)
            return fail(ProbeStatus::Unreachable, QString::fromLocal8Bit(std::strerror(errno)));
    }
}

ProbeError Connection::connectTo(const QString &host, quint16 port, QDeadlineTimer deadline)
{
    close();
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    addrinfo *list = nullptr;
    const QByteArray service = QByteArray::number(port);
    const int gai = ::getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &list);
    if (gai != 0) {
        return fail(ProbeStatus::Unreachable, Tr::tr("cannot resolve %1: %2")
                                                  .arg(host, QString::fromLocal8Bit(gai_strerror(gai))));
    }
    ProbeError last = fail(ProbeStatus::Unreachable, Tr::tr("no address for %1").arg(host));
    for (addrinfo *ai = list; ai; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                                ai->ai_protocol);
        if (fd < 0)
            continue;
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
        if (rc < 0 && errno == EINPROGRESS) {
            last = waitFor(fd, POLLOUT, deadline, m_cancel);
            if (!last) {
                int soerr = 0;
                socklen_t len = sizeof soerr;
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &len);
                rc = soerr == 0 ? 0 : -1;
                errno = soerr;
            }
        }
        if (rc == 0) {
            m_fd = fd;
            m_peer = addressText(ai->ai_addr);
            ::freeaddrinfo(list);
            return {};
        }
        if (!last) {
            const bool refused = errno == ECONNREFUSED;
            last = fail(refused ? ProbeStatus::Refused : ProbeStatus::Unreachable,
                        QStringLiteral("%1 port %2: %3")
                            .arg(addressText(ai->ai_addr))
                            .arg(port)
                            .arg(QString::fromLocal8Bit(std::strerror(errno))),
                        refused);
        }
        ::close(fd);
        if (last.status == ProbeStatus::Timeout || last.status == ProbeStatus::Cancelled)
            break;
    }
    ::freeaddrinfo(list);
    return last;
}

ProbeError Connection::fill(QDeadlineTimer deadline)
{
    if (m_fd < 0)
        return fail(ProbeStatus::Unreachable, Tr::tr("not connected"));
    for (;;) {
        if (ProbeError e = waitFor(m_fd, POLLIN, deadline, m_cancel))
            return e;
        char buf[kReadChunk];
        const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
        if (n > 0) {
            m_buffer.append(buf, n);
            return {};
        }
        if (n == 0)
            return fail(ProbeStatus::ProtocolError, Tr::tr("the server closed the connection"), true);
        if (errno == EAGAIN || errno == EINTR)
            continue;
        const bool reset = errno == ECONNRESET;
        return fail(reset ? ProbeStatus::ProtocolError : ProbeStatus::Unreachable,
                    QString::fromLocal8Bit(std::strerror(errno)), reset, reset);
    }
}

ProbeError Connection::readLine(QByteArray *line, qsizetype maxLength, QDeadlineTimer deadline)
{
    for (;;) {
        const qsizetype lf = m_buffer.indexOf('\n');
        if (lf >= 0) {
            if (lf + 1 > maxLength)
                break;
            *line = m_buffer.left(lf + 1);
            m_buffer.remove(0, lf + 1);
            return {};
        }
        if (m_buffer.size() > maxLength)
            break;
        if (ProbeError e = fill(deadline))
            return e;
    }
    return fail(ProbeStatus::ProtocolError,
                Tr::tr("the server sent a line longer than %1 bytes").arg(maxLength));
}

ProbeError Connection::readExact(QByteArray *out, qsizetype n, QDeadlineTimer deadline)
{
    while (m_buffer.size() < n) {
        if (ProbeError e = fill(deadline))
            return e;
    }
    *out = m_buffer.left(n);
    m_buffer.remove(0, n);
    return {};
}

ProbeError Connection::readUntilClosed(QByteArray *out, qsizetype maxBytes, QDeadlineTimer deadline)
{
    for (;;) {
        if (m_buffer.size() >= maxBytes)
            break;
        const ProbeError e = fill(deadline);
        if (e.status == ProbeStatus::ProtocolError) // closed: the normal end
            break;
        if (e)
            return e;
    }
    *out = m_buffer.left(maxBytes);
    m_buffer.clear();
    return {};
}

void Connection::blockBrokenPipeSignal()
{
    thread_local bool blocked = false;
    if (blocked)
        return;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    blocked = true;
}

ProbeError Connection::writeAll(QByteArrayView data, QDeadlineTimer deadline)
{
    if (m_fd < 0)
        return fail(ProbeStatus::Unreachable, Tr::tr("not connected"));
    while (!data.isEmpty()) {
        if (ProbeError e = waitFor(m_fd, POLLOUT, deadline, m_cancel))
            return e;
        const ssize_t n = ::send(m_fd, data.data(), static_cast<size_t>(data.size()), MSG_NOSIGNAL);
        if (n > 0) {
            data = data.sliced(n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        const bool dropped = errno == EPIPE || errno == ECONNRESET;
        return fail(ProbeStatus::ProtocolError, QString::fromLocal8Bit(std::strerror(errno)), dropped,
                    errno == ECONNRESET);
    }
    return {};
}

QByteArray Connection::takePending()
{
    QByteArray out;
    out.swap(m_buffer);
    return out;
}

} // namespace mailtls
