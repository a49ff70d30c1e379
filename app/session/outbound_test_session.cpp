#include "app/session/outbound_test_session.h"

#include "app/evidence/fingerprint.h"
#include "probes/when_finished.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::OutboundTestSession)
};

struct StartResult
{
    QString error;
    QList<ReceiverListener> listeners;
};

} // namespace

QString outboundTestDomain(ReceiverScenario scenario)
{
    return receiverScenarioKey(scenario) + QStringLiteral(".mailtls-test.invalid");
}

QStringList outboundTestInstructions(const Host &relay, const QList<ReceiverListener> &listeners)
{
    QStringList lines;
    const QString software = relay.software.toLower();
    const bool postfix = software.contains(QLatin1StringView("postfix"));
    const bool exim = software.contains(QLatin1StringView("exim"));
    if (postfix || !exim) {
        lines << Tr::tr("# Postfix on %1: route the test domains to the receiver (/etc/postfix/transport),")
                     .arg(relay.name)
              << Tr::tr("# then: postmap /etc/postfix/transport; postconf -e transport_maps=hash:/etc/postfix/transport; "
                        "postfix reload");
        for (const ReceiverListener &l : listeners)
            lines << QStringLiteral("%1  smtp:[%2]:%3").arg(outboundTestDomain(l.scenario), l.address).arg(l.port);
    }
    if (exim) {
        lines << Tr::tr("# Exim on %1: a router before dnslookup, one per test domain "
                        "(then update-exim4.conf; systemctl restart exim4)")
                     .arg(relay.name);
        for (const ReceiverListener &l : listeners) {
            const QString name = QStringLiteral("mailtls_%1").arg(receiverScenarioKey(l.scenario)).replace(u'-', u'_');
            lines << QStringLiteral("%1:").arg(name) << QStringLiteral("  driver = manualroute")
                  << QStringLiteral("  domains = %1").arg(outboundTestDomain(l.scenario))
                  << QStringLiteral("  route_data = %1").arg(l.address)
                  << QStringLiteral("  transport = mailtls_%1_smtp").arg(l.port);
        }
        lines << Tr::tr("# and in the transports, one per port:");
        QList<quint16> ports;
        for (const ReceiverListener &l : listeners) {
            if (ports.contains(l.port))
                continue;
            ports << l.port;
            lines << QStringLiteral("mailtls_%1_smtp:").arg(l.port) << QStringLiteral("  driver = smtp")
                  << QStringLiteral("  port = %1").arg(l.port) << QStringLiteral("  hosts_avoid_tls =");
        }
    }
    lines << Tr::tr("# Send one message per test domain, on the relay:");
    for (const ReceiverListener &l : listeners)
        lines << QStringLiteral("printf 'Subject: mailtls outbound test\\n\\ntest\\n' | sendmail -f postmaster@%1 probe@%2")
                     .arg(relay.name, outboundTestDomain(l.scenario));
    lines << Tr::tr("# or over SMTP from here, through the relay:");
    for (const ReceiverListener &l : listeners)
        lines << QStringLiteral("swaks --server %1 --from postmaster@%1 --to probe@%2")
                     .arg(relay.name, outboundTestDomain(l.scenario));
    return lines;
}

OutboundTestSession::OutboundTestSession(ReceiverOptions options, DestinationPolicy policy, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_policy(policy), m_sink(std::make_shared<Sink>())
{
    m_sink->target = this;
}

OutboundTestSession::~OutboundTestSession()
{
    {
        const QMutexLocker lock(&m_sink->mutex);
        m_sink->target = nullptr;
    }
    if (std::shared_ptr<SmtpReceiver> receiver = std::move(m_receiver))
        (void)QtConcurrent::run([receiver] { receiver->stop(); });
}

void OutboundTestSession::start()
{
    if (m_receiver || m_starting)
        return;
    m_starting = true;
    auto receiver = std::make_shared<SmtpReceiver>(m_options);
    // Sessions end on the receiver's threads; each is posted to this object
    // while the sink still names it (the destructor clears it under the lock,
    // so no post can race the object's end).
    // No reference to the receiver here: its last owner must never be one of its own threads.
    receiver->onSessionEnded([sink = m_sink](const ReceivedSession &s) {
        const QMutexLocker lock(&sink->mutex);
        if (OutboundTestSession *target = sink->target) {
            QMetaObject::invokeMethod(
                target,
                [target, s] {
                    // Bounded as the receiver bounds what it keeps: a flood is counted, not kept.
                    if (target->m_sessions.size() >= target->m_options.maxKeptSessions) {
                        ++target->m_dropped;
                        return;
                    }
                    target->m_sessions.append(s);
                    Q_EMIT target->sessionEnded(s);
                },
                Qt::QueuedConnection);
        }
    });
    whenFinished(this, QtConcurrent::run([receiver] {
                     StartResult r;
                     r.error = receiver->start();
                     r.listeners = receiver->listeners();
                     return r;
                 }),
                 [this, receiver](const StartResult &r) {
                     m_starting = false;
                     if (!r.error.isEmpty()) {
                         Q_EMIT failed(r.error);
                         return;
                     }
                     m_receiver = receiver;
                     m_listeners = r.listeners;
                     Q_EMIT started(m_listeners);
                 });
}

void OutboundTestSession::stop()
{
    std::shared_ptr<SmtpReceiver> receiver = std::move(m_receiver);
    if (!receiver)
        return;
    m_stopping = true;
    whenFinished(this, QtConcurrent::run([receiver] {
                     receiver->stop();
                     return receiver->refusedBusy();
                 }),
                 [this](int busy) {
                     m_stopping = false;
                     m_refusedBusy = busy;
                     // Sessions cut by the stop were posted before this continuation.
                     QCoreApplication::sendPostedEvents(this);
                     Q_EMIT stopped();
                 });
}

} // namespace mailtls
