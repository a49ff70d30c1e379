#pragma once

// One TCP connection of a probe, with a deadline on every operation. Blocking
// calls on a non-blocking socket with poll(): meant for the probe engine's
// worker threads, never the GUI thread. Reads are bounded: a line longer than
// the caller allows is an error, not an allocation.

#include "probes/status.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>
#include <QStringList>

#include <atomic>

namespace mailtls {

struct ProbeError
{
    ProbeStatus status = ProbeStatus::Ok;
    QString message;
    // The peer closed, reset or refused the connection: it said nothing about
    // what was asked (a limit on connections, a crash, an old server's way of
    // refusing), so it decides nothing until asked again.
    bool dropped = false;
    // Of a drop: the peer reset the connection (RST) rather than closing it
    // (FIN). ROBOT's oracles differ in such shapes of an answer.
    bool reset = false;
    explicit operator bool() const { return status != ProbeStatus::Ok; }
};

// The addresses a name resolves to (A and AAAA, by the system resolver, so
// /etc/hosts counts), each once, in the resolver's order (RFC 6724); a
// literal address gives itself. Empty with *error set when the name does not
// resolve.
QStringList resolveAddresses(const QString &host, QString *error);

class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Resolves host (name or literal) and connects, trying each address until the deadline.
    ProbeError connectTo(const QString &host, quint16 port, QDeadlineTimer deadline);
    // Takes over a connected non-blocking stream socket (one end of a
    // socketpair, where the fuzz targets play the server); closes it when done.
    void adopt(int fd, const QString &peer);

    // Reads up to and including the next LF. Fails on EOF, deadline, or a line
    // longer than maxLength bytes.
    ProbeError readLine(QByteArray *line, qsizetype maxLength, QDeadlineTimer deadline);
    // Reads exactly n bytes (n is bounded by the caller).
    ProbeError readExact(QByteArray *out, qsizetype n, QDeadlineTimer deadline);
    // Reads whatever arrives until EOF, maxBytes or the deadline (HTTP bodies).
    ProbeError readUntilClosed(QByteArray *out, qsizetype maxBytes, QDeadlineTimer deadline);
    ProbeError writeAll(QByteArrayView data, QDeadlineTimer deadline);

    // Bytes the server sent beyond what was consumed. Before a TLS handshake
    // this must be empty: anything here was injected into the cleartext phase.
    qsizetype pendingBytes() const { return m_buffer.size(); }
    QByteArray takePending();

    int fd() const { return m_fd; }
    QString peerAddress() const { return m_peer; }
    void close();

    // Another thread may set this to make every blocked call fail as Cancelled.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    // OpenSSL writes to its socket with write(), which raises SIGPIPE when the
    // peer has closed: blocked in the calling thread (once per thread), the
    // write fails with EPIPE instead and a hostile peer cannot end the process.
    static void blockBrokenPipeSignal();

    // Waits until fd is readable (events = POLLIN) or writable (POLLOUT).
    static ProbeError waitFor(int fd, short events, QDeadlineTimer deadline,
                              const std::atomic_bool *cancel);

private:
    ProbeError fill(QDeadlineTimer deadline);

    int m_fd = -1;
    QByteArray m_buffer;
    QString m_peer;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace mailtls
