#pragma once

// The options every probing command shares (--ca-file, --concurrency,
// --per-host, --timeout, --no-intrusive, --no-hygiene), declared and checked
// in one place.

#include "probes/scheduler.h"

#include <QCommandLineOption>

class QCommandLineParser;
class QTextStream;

namespace mailtls::cli {

class NetworkOptions
{
public:
    NetworkOptions();
    void addTo(QCommandLineParser &parser) const;
    // Fills options and limits; on a bad value says "command: what" on err and returns false.
    bool read(const QCommandLineParser &parser, const QString &command, QTextStream &err, ProbeOptions *options,
              SchedulerLimits *limits) const;

private:
    QCommandLineOption m_caFile;
    QCommandLineOption m_concurrency;
    QCommandLineOption m_perHost;
    QCommandLineOption m_timeout;
    QCommandLineOption m_noIntrusive;
    QCommandLineOption m_noHygiene;
};

} // namespace mailtls::cli
