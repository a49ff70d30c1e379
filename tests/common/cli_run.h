#pragma once

// Runs the command line in-process, as `mailtls-auditor ARGS...` would, and
// keeps its exit status and what it printed on stdout and stderr.

#include "app/cli/cli.h"

#include <QStringList>
#include <QTextStream>

namespace {

struct CliRun
{
    int status;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int status = mailtls::cli::run(QStringList{QStringLiteral("mailtls-auditor")} + args, o, e);
    o.flush();
    e.flush();
    return {status, out, err};
}

} // namespace
