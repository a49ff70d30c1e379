#include "app/cli/outbound_plan.h"

#include "app/evidence/outbound_verdict.h"
#include "app/session/outbound_test_session.h"
#include "probes/receiver/smtp_receiver.h"

#include "probes/when_finished.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTextStream>
#include <QThread>


namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::OutboundPlan)
};

std::optional<ReceiverListener> listenerOf(const OutboundTestPlan::Listener &l)
{
    const std::optional<ReceiverScenario> scenario = receiverScenarioFromKey(l.scenario);
    return scenario ? ReceiverListener::parse(l.listen, *scenario) : std::nullopt;
}

// Whether the relay (a host of the workspace) has had a session on every listener.
bool reachedAll(const RelayMatcher &matcher, const QString &relay, const QList<ReceiverListener> &listeners,
                const QList<ReceivedSession> &sessions)
{
    for (const ReceiverListener &l : listeners) {
        const bool reached = std::any_of(sessions.cbegin(), sessions.cend(), [&](const ReceivedSession &s) {
            return s.listener == l.toString() && matcher.relayOf(s.clientAddress, s.ehloName) == relay;
        });
        if (!reached)
            return false;
    }
    return true;
}

// One lookup, waited for on this (command-line) thread.
dns::LookupResult lookupNow(dns::Resolver *resolver, const QString &name, dns::RecordType type)
{
    dns::LookupResult result;
    QEventLoop loop;
    whenFinished(resolver, resolver->lookup(name, type), [&](const dns::LookupResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

// 0. What DNS says of a listener's domain: its MX hosts and their addresses,
//    whether that is DNSSEC-secure, the TLSA records the relay would check.
//    A lookup that failed is said as such, never as "none".
void sayDestination(dns::Resolver *resolver, const QString &domain, const ReceiverListener &listener,
                    QTextStream &out, QTextStream &err)
{
    const auto failure = [](const dns::LookupResult &r) -> QString {
        return dns::lookupStatusLabel(r.status) + (r.detail.isEmpty() ? QString() : QStringLiteral(": ") + r.detail);
    };
    const dns::LookupResult mx = lookupNow(resolver, domain, dns::RecordType::Mx);
    if (mx.status != dns::LookupStatus::Ok || mx.records.isEmpty()) {
        err << Tr::tr("outbound test: %1: no MX (%2): the relay may not find the listener %3")
                   .arg(domain, failure(mx), listener.toString())
            << Qt::endl;
        return;
    }
    QStringList hosts;
    QStringList addresses;
    QStringList tlsa;
    bool complete = true; // every address lookup answered
    for (const dns::Record &r : mx.records) {
        const QString host = r.target.endsWith(u'.') ? r.target.chopped(1) : r.target;
        QStringList at;
        for (const dns::RecordType type : {dns::RecordType::A, dns::RecordType::Aaaa}) {
            const dns::LookupResult a = lookupNow(resolver, host, type);
            if (dns::isFailure(a.status)) {
                complete = false;
                at << Tr::tr("%1 lookup failed (%2)").arg(dns::recordTypeName(type), failure(a));
            }
            for (const dns::Record &record : a.records) {
                at << record.address.toString();
                addresses << record.address.toString();
            }
        }
        hosts << QStringLiteral("%1 (%2)").arg(host, at.isEmpty() ? Tr::tr("no address") : at.join(QStringLiteral(", ")));
        const QString owner = QStringLiteral("_%1._tcp.%2").arg(listener.port).arg(host);
        const dns::LookupResult t = lookupNow(resolver, owner, dns::RecordType::Tlsa);
        if (t.status == dns::LookupStatus::Ok)
            tlsa << Tr::tr("%n TLSA record(s) at %1, %2", nullptr, static_cast<int>(t.records.size()))
                        .arg(owner, dns::dnssecStateLabel(t.dnssec));
        else if (dns::isFailure(t.status))
            tlsa << Tr::tr("TLSA at %1: lookup failed (%2)").arg(owner, failure(t));
        else
            tlsa << Tr::tr("no TLSA record at %1, %2").arg(owner, dns::dnssecStateLabel(t.dnssec));
    }
    out << Tr::tr("outbound test: %1: MX %2, %3; %4")
               .arg(domain, hosts.join(QStringLiteral(", ")), dns::dnssecStateLabel(mx.dnssec),
                    tlsa.join(QStringLiteral("; ")))
        << Qt::endl;
    const QHostAddress listening(listener.address);
    const bool here = std::any_of(addresses.cbegin(), addresses.cend(),
                                  [&](const QString &a) { return QHostAddress(a).isEqual(listening); });
    const bool wildcard =
        listening == QHostAddress::AnyIPv4 || listening == QHostAddress::AnyIPv6 || listening == QHostAddress::Any;
    if (!here && complete && !wildcard)
        err << Tr::tr("outbound test: %1: its MX hosts are not at the listener's address %2: the relay delivers "
                      "to them (the listener behind a NAT, or the test message goes elsewhere)")
                   .arg(domain, listening.toString())
            << Qt::endl;
}

} // namespace

OutboundPlanOutcome runOutboundPlan(const Workspace &workspace, const dns::ResolverOptions &dnsOptions,
                                    QTextStream &out, QTextStream &err)
{
    OutboundPlanOutcome outcome;
    if (!workspace.outboundTestPlan) {
        outcome.error = Tr::tr("the workspace has no outbound_test plan (docs/workspace-format.md)");
        return outcome;
    }
    const OutboundTestPlan &plan = *workspace.outboundTestPlan;
    const RelayMatcher matcher(workspace);
    ReceiverOptions options;
    options.hostName = plan.hostname.isEmpty() ? QStringLiteral("mailtls-test.invalid") : plan.hostname;
    // The domain each listener plays, in the receiver's listener order; and
    // whether the plan named it (a destination in DNS) or it is the test domain.
    QStringList domains;
    QList<bool> inDns;
    for (const OutboundTestPlan::Listener &l : plan.listeners) {
        if (const std::optional<ReceiverListener> listener = listenerOf(l)) {
            options.listeners.append(*listener);
            domains.append(l.domain.isEmpty() ? outboundTestDomain(listener->scenario) : l.domain);
            inDns.append(!l.domain.isEmpty());
        }
    }
    const DestinationPolicy policy = destinationPolicyFromKey(plan.policy).value_or(DestinationPolicy::None);
    SmtpReceiver receiver(options);
    if (const QString error = receiver.start(); !error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    outcome.ran = true;
    const QList<ReceiverListener> listeners = receiver.listeners();
    for (qsizetype i = 0; i < listeners.size(); ++i)
        out << Tr::tr("outbound test: listening on %1 (%2) for %3")
                   .arg(listeners.at(i).toString(), receiverScenarioKey(listeners.at(i).scenario), domains.value(i))
            << Qt::endl;

    // 0. The destinations the listeners play, as DNS publishes them.
    if (inDns.contains(true)) {
        dns::Resolver resolver(dnsOptions);
        for (qsizetype i = 0; i < listeners.size(); ++i) {
            if (inDns.value(i))
                sayDestination(&resolver, domains.value(i), listeners.at(i), out, err);
        }
    }

    // 1. Each relay's command, once per listener, one after another.
    for (const OutboundTestPlan::Trigger &t : plan.triggers) {
        for (qsizetype i = 0; i < listeners.size(); ++i) {
            const QString domain = domains.value(i, outboundTestDomain(listeners.at(i).scenario));
            QString command = t.command;
            command.replace(QStringLiteral("{domain}"), domain);
            command.replace(QStringLiteral("{to}"), QStringLiteral("probe@") + domain);
            out << Tr::tr("outbound test: %1: %2").arg(t.relay, command) << Qt::endl;
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
            const bool ended = p.waitForFinished(60000);
            if (!ended) {
                p.kill();
                p.waitForFinished(5000);
            }
            if (!ended || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                ++outcome.triggerFailures;
                err << Tr::tr("outbound test: %1: the command %2: %3")
                           .arg(t.relay,
                                ended ? Tr::tr("ended with status %1").arg(p.exitCode()) : Tr::tr("did not end in 60 s"),
                                QString::fromLocal8Bit(p.readAll().right(500)).trimmed())
                    << Qt::endl;
            }
        }
    }

    // 2. Until every relay with a command reached every listener (a relay
    //    that holds a message still connects, and retries), or the wait is over.
    const QDeadlineTimer deadline(std::chrono::seconds(plan.waitSeconds));
    const auto allReached = [&] {
        const QList<ReceivedSession> sessions = receiver.sessions();
        return std::all_of(plan.triggers.cbegin(), plan.triggers.cend(), [&](const OutboundTestPlan::Trigger &t) {
            return reachedAll(matcher, t.relay, listeners, sessions);
        });
    };
    while (!allReached() && !deadline.hasExpired())
        QThread::msleep(200);
    receiver.stop();

    // 3. Judged and recorded; a relay that never came is said, and keeps its earlier test.
    const QList<ReceivedSession> sessions = receiver.sessions();
    for (const OutboundTestPlan::Trigger &t : plan.triggers) {
        const bool came = std::any_of(sessions.cbegin(), sessions.cend(), [&](const ReceivedSession &s) {
            return matcher.relayOf(s.clientAddress, s.ehloName) == t.relay;
        });
        if (!came && !outcome.missing.contains(t.relay))
            outcome.missing << t.relay;
        else if (!reachedAll(matcher, t.relay, listeners, sessions))
            err << Tr::tr("outbound test: %1 did not reach every listener in %2 s: the checks those would "
                          "decide stay undecided")
                       .arg(t.relay)
                       .arg(plan.waitSeconds)
                << Qt::endl;
    }
    outcome.sessions = sessions;
    outcome.policy = policy;
    for (const QString &relay : std::as_const(outcome.missing))
        err << Tr::tr("outbound test: %1 never reached the receiver: its earlier test, if any, stands").arg(relay)
            << Qt::endl;
    return outcome;
}

} // namespace mailtls::cli
