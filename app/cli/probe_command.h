#pragma once

#include "probes/scheduler.h"

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor probe [--json] [--name HOST] [--ca-file FILE] URL...`
int runProbe(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Probes the targets on the scheduler, in a loop of the command's own, saying
// each one done on err (unless json); the results in the targets' order.
QList<EndpointResult> probeAll(const QList<ProbeTarget> &targets, SchedulerLimits limits, const ProbeOptions &options,
                               bool json, QTextStream &err);

} // namespace mailtls::cli
