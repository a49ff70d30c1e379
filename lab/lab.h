#pragma once

// Starts the real servers of a lab description on loopback and stops exactly
// the processes it started. Every server runs in the foreground as a child of
// this process, with PR_SET_PDEATHSIG, so a crashed test or a killed
// supervisor never leaves a server behind. Blocking API: call it from a test
// thread or a command-line tool, never from a GUI thread.

#include "lab/labspec.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QProcess;

namespace mailtls::lab {

class Lab
{
public:
    explicit Lab(LabSpec spec);
    ~Lab();
    Lab(const Lab &) = delete;
    Lab &operator=(const Lab &) = delete;

    // Generates certificates and configurations under a fresh state directory,
    // starts the services named (empty: all, plus their dependencies) and waits
    // until every listener accepts connections. Returns "" or an error that
    // names the service and quotes its log.
    QString start(const QStringList &serviceIds = {}, int timeoutMs = 20000);
    // Stops every process this Lab started (SIGTERM, then SIGKILL), by PID.
    void stop();

    const LabSpec &spec() const { return m_spec; }
    QList<Service> running() const { return m_running; }
    QString stateDir() const;
    QString caFile() const;
    // PIDs of the server processes this Lab started (for tests of cleanup).
    QList<qint64> pids() const;

    // True when this process may start the lab (Postfix's master needs root).
    static bool canRun(QString *why);

private:
    QString prepare(const Service &service);
    QString launch(const Service &service);
    QString waitReady(int timeoutMs);
    QString logTail(const Service &service) const;

    LabSpec m_spec;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_caFile;
    QList<Service> m_running;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

} // namespace mailtls::lab
