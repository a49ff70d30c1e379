#pragma once

#include "probes/scheduler.h"

#include <QStringList>

#include <functional>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor probe [--json] [--name HOST] [--ca-file FILE] URL...`
int runProbe(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Probes the targets on the scheduler, in a loop of the command's own, saying
// each one done on err (unless json); the results in the targets' order.
QList<EndpointResult> probeAll(const QList<ProbeTarget> &targets, SchedulerLimits limits, const ProbeOptions &options,
                               bool json, QTextStream &err);

// The same, handing each result to inOrder in the targets' order as soon as
// those before it came, and keeping none.
void probeEach(const QList<ProbeTarget> &targets, SchedulerLimits limits, const ProbeOptions &options, bool json,
               QTextStream &err, const std::function<void(int, const EndpointResult &)> &inOrder);

// Whether a probe ended before it could judge the endpoint (refused, timed
// out, unreachable, cancelled): exit status 3 of probe and audit.
bool couldNotRun(ProbeStatus s);

} // namespace mailtls::cli
