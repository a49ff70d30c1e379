#pragma once

// `audit --outbound-test`: the workspace's outbound test plan run headless
// before the probes, so that the run's inventory holds its verdicts. The
// test receiver listens where the plan says; each relay's trigger command
// runs once per listener (its test domain in {domain}, the recipient in
// {to}); the receiver waits until every relay has reached every listener,
// or the plan's wait is over. The caller records the sessions
// (recordOutboundTests) into the workspace it audits and the file it saves.

#include "app/evidence/outbound_verdict.h"
#include "probes/dns/resolver.h"

class QTextStream;

namespace mailtls::cli {

struct OutboundPlanOutcome
{
    bool ran = false;        // the receiver listened and the triggers ran
    QString error;           // why it could not run (the receiver could not listen)
    QList<ReceivedSession> sessions; // what the relays did
    DestinationPolicy policy = DestinationPolicy::None;
    QStringList missing;     // relays that never reached a listener (wait over): left as they were
    int triggerFailures = 0; // trigger commands that failed (exit status, or did not end in 60 s)
};

// Runs the workspace's plan. Each command and what failed is said on out and err.
// Before any message is sent, each listener that names a domain is looked up
// with dnsOptions (the audit's --dns-server and --trust-anchor): its MX
// hosts, their addresses, the DNSSEC state and the TLSA records at
// _PORT._tcp of each MX are said, and a listener address the MX hosts do not
// have is warned of (a NAT between, or a domain that sends the test
// elsewhere). What DNS says decides nothing: the plan's policy stands.
OutboundPlanOutcome runOutboundPlan(const Workspace &workspace, const dns::ResolverOptions &dnsOptions,
                                    QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
