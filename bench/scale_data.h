#pragma once

// What the scale benchmarks share: an organisation of N hosts generated in
// memory, probe results for its endpoints, and how they measure (wall and
// CPU time, peak RSS). Benchmarks only; nothing here is part of the program.

#include "app/inventory/workspace.h"
#include "probes/endpoint_probe.h"

#include <QElapsedTimer>
#include <QList>

namespace mailtls::bench {

// Hosts by role, three endpoints each (SMTP, submission, SMTPS; IMAP, IMAPS,
// LMTP; POP3, POP3S, HTTPS), the links mail and users take, and what real
// messages showed on a tenth of the inbound links.
Workspace scaleWorkspace(int hostCount);

// Bare probe results (versions and suites, no evidence): strong, weak,
// cleartext, unreachable.
QList<EndpointResult> bareResults();

// Probe results with the evidence a real probe keeps: the dialogue's
// transcript, the certificate, every version with its suites, key exchange
// and groups, the cleartext capabilities, HTTP headers for webmail. The mix
// over endpoints (by their order): 13 in 20 modern (TLS 1.2 and 1.3), 3 legacy
// (TLS 1.0 to 1.2, CBC and RSA key exchange, a self-signed certificate on
// some), 2 without TLS (STARTTLS not offered, or a failed handshake on an
// implicit TLS port), 1 timeout, 1 refused.
class RealisticResults
{
public:
    // index: the endpoint's place in the workspace (decides its outcome).
    EndpointResult make(const Workspace &workspace, const Host &host, const Endpoint &endpoint,
                        int index) const;
};

// Peak resident set size of this process so far.
long peakRssMb();
// Resident set size of this process now.
long currentRssMb();
// CPU time of this process (all threads) so far.
double cpuMs();

// Wall time, and CPU time: the figure that holds when other work shares the machine.
struct Timing
{
    double wall = 0;
    double cpu = 0;

    Timing &operator+=(const Timing &other)
    {
        wall += other.wall;
        cpu += other.cpu;
        return *this;
    }
};

template <typename F> Timing timeMs(F &&f)
{
    QElapsedTimer t;
    const double cpu = cpuMs();
    t.start();
    f();
    return {static_cast<double>(t.nsecsElapsed()) / 1e6, cpuMs() - cpu};
}

} // namespace mailtls::bench
