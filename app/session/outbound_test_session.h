#pragma once

// "Test outbound relay" as the window runs it: the test receiver
// (probes/receiver/) started, its sessions handed to the GUI thread as they
// end, stopped, and the relays judged (app/evidence/outbound_verdict.h).
// Starting (certificates made on the spot) and stopping (waiting for open
// sessions to be cut) run on Qt's thread pool: the GUI thread never waits.
// Also what to tell the admin: the test domains, one per listener, and the
// routing lines that send them from the relay to the receiver.

#include "app/evidence/outbound_verdict.h"
#include "probes/receiver/smtp_receiver.h"

#include <QMutex>
#include <QObject>

#include <memory>

namespace mailtls {

// The test domain of a scenario ("normal.mailtls-test.invalid"): under
// .invalid (RFC 2606), so that no message of a test can leave for a real
// destination if the relay's routing line is missing.
QString outboundTestDomain(ReceiverScenario scenario);

// How to make a relay send to the receiver's listeners, in lines to copy:
// the routing for its software (a Postfix transport map, an Exim manualroute
// router, or in words), then the commands that inject one message per test
// domain (on the relay with sendmail, or over SMTP with swaks).
QStringList outboundTestInstructions(const Host &relay, const QList<ReceiverListener> &listeners);

class OutboundTestSession : public QObject
{
    Q_OBJECT

public:
    OutboundTestSession(ReceiverOptions options, DestinationPolicy policy, QObject *parent = nullptr);
    // A receiver still running is stopped on the thread pool.
    ~OutboundTestSession() override;

    // Binds the listeners off the GUI thread: started() or failed().
    void start();
    // Stops listening and cuts open sessions off the GUI thread: stopped(), then the verdicts read final.
    void stop();

    bool running() const { return m_receiver != nullptr; }
    DestinationPolicy policy() const { return m_policy; }
    QList<ReceiverListener> listeners() const { return m_listeners; }
    QList<ReceivedSession> sessions() const { return m_sessions; }
    int refusedBusy() const { return m_refusedBusy; }
    // Sessions that ended beyond the receiver's limit of kept sessions: counted, not kept.
    int dropped() const { return m_dropped; }
    // Starting, running or stopping: the receiver is not done with.
    bool busy() const { return m_receiver != nullptr || m_starting || m_stopping; }

Q_SIGNALS:
    void started(const QList<mailtls::ReceiverListener> &listeners);
    void failed(const QString &error);
    void sessionEnded(const mailtls::ReceivedSession &session);
    void stopped();

private:
    // Where the receiver's threads post ended sessions; nulled when this object goes.
    struct Sink
    {
        QMutex mutex;
        OutboundTestSession *target = nullptr;
    };

    ReceiverOptions m_options;
    DestinationPolicy m_policy;
    std::shared_ptr<Sink> m_sink;
    std::shared_ptr<SmtpReceiver> m_receiver;
    QList<ReceiverListener> m_listeners;
    QList<ReceivedSession> m_sessions;
    int m_refusedBusy = 0;
    int m_dropped = 0;
    bool m_starting = false;
    bool m_stopping = false;
};

} // namespace mailtls
