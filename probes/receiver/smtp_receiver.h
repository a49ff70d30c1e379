#pragma once

// The test receiver: an SMTP server of ours that an outbound relay delivers
// to, so that what the relay does as a client can be seen. It accepts
// messages and discards them: it never relays or delivers, keeps the
// dialogue, the TLS parameters and the message's trace headers as evidence,
// and answers only for what it was asked (no open relay, no VRFY answers).
// Each listener plays one scenario (received_session.h). Bounded in every
// way a hostile client could push: sessions at once, line length, message
// size, idle time, the number of sessions kept.
//
// Sessions run on worker threads (blocking calls with deadlines); listening
// runs on a thread of its own. Never on the GUI thread.

#include "probes/receiver/received_session.h"
#include "probes/receiver/server_tls.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace mailtls {

struct ReceiverListener
{
    QString address;  // a literal IPv4 or IPv6 address
    quint16 port = 0; // 0: the kernel chooses (listeners() tells which)
    ReceiverScenario scenario = ReceiverScenario::Normal;

    QString toString() const; // "ADDR:PORT" ("[ADDR]:PORT" for IPv6)
    // "ADDR:PORT" or "[ADDR]:PORT" with a literal address and a port from 0 to
    // 65535 (0: the kernel chooses); nullopt for anything else.
    static std::optional<ReceiverListener> parse(QStringView text, ReceiverScenario scenario = ReceiverScenario::Normal);
};

struct ReceiverOptions
{
    QList<ReceiverListener> listeners;
    QString hostName = QStringLiteral("receiver.invalid"); // greeting and EHLO; the made certificate's name
    ServerCredentials credentials; // empty: a self-signed certificate for hostName, made on the spot
    int maxSessions = 32;          // open at once; more are answered 421 and closed
    int idleTimeoutMs = 60000;     // a client silent this long is cut off (421)
    int sessionTimeoutMs = 600000; // no session lasts longer
    qint64 maxMessageBytes = 10 * 1024 * 1024;
    int maxKeptSessions = 1000;    // sessions kept in sessions(); later ones are counted, not kept
    int maxCommands = 500;         // commands in one session; more end it (421)
};

class SmtpReceiver
{
public:
    explicit SmtpReceiver(ReceiverOptions options);
    ~SmtpReceiver();
    SmtpReceiver(const SmtpReceiver &) = delete;
    SmtpReceiver &operator=(const SmtpReceiver &) = delete;

    // Called on a worker thread as each session ends (set before start()).
    void onSessionEnded(std::function<void(const ReceivedSession &)> callback) { m_ended = std::move(callback); }

    // Makes the TLS contexts and binds every listener; the error names the
    // listener or the certificate that failed, and nothing listens then.
    QString start();
    // Stops listening, cuts open sessions at their next operation and waits for them.
    void stop();

    // The listeners as bound (ports the kernel chose filled in).
    QList<ReceiverListener> listeners() const { return m_bound; }
    QList<ReceivedSession> sessions() const;
    int sessionsSeen() const { return m_nextId.load() - 1; }
    // Connections answered 421 at once because maxSessions were open: counted, not kept.
    int refusedBusy() const { return m_refusedBusy.load(); }

private:
    struct Listening
    {
        int fd = -1;
        ReceiverListener listener;
        std::shared_ptr<ServerTlsContext> tls; // null for scenarios without TLS
    };
    void acceptLoop();
    void runSession(int fd, const Listening &listening, ReceivedSession session);
    void finish(ReceivedSession &&session);

    ReceiverOptions m_options;
    QList<Listening> m_listening;
    QList<ReceiverListener> m_bound;
    std::function<void(const ReceivedSession &)> m_ended;
    std::thread m_acceptThread;
    QThreadPool m_sessionPool;
    std::atomic_bool m_stop{false};
    std::atomic_int m_active{0};
    std::atomic_int m_nextId{1};
    std::atomic_int m_refusedBusy{0};
    mutable QMutex m_mutex;
    QList<ReceivedSession> m_sessions;
};

} // namespace mailtls
