#pragma once

// Runs a program as a child process, as an admin's shell or a timer would,
// and keeps its exit status and what it printed. A crash or a hang past the
// timeout reads as status -1.

#include <QHash>
#include <QProcess>
#include <QStringList>

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// env: variables set on top of this process's environment.
inline ProcessRun runProcess(const QString &program, const QStringList &arguments,
                             const QHash<QString, QString> &env = {}, int timeoutMs = 300000)
{
    QProcess p;
    if (!env.isEmpty()) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
    }
    p.start(program, arguments);
    ProcessRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace
