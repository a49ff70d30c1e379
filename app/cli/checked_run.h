#pragma once

// What findings and checklist both read: the workspace, its stored run (the
// latest by default), the probe results read back, the profile, and the
// evaluation; and the options that name them.

#include "app/policy/policy_evaluation.h"
#include "app/store/audit_store.h"

#include <QCommandLineOption>
#include <QDate>

#include <memory>
#include <variant>

class QCommandLineParser;
class QTextStream;

namespace mailtls::cli {

struct CheckedRun
{
    Workspace workspace;
    StoredRun run;
    Profile profile;
    QHash<QString, EndpointResult> results;
    Evaluation evaluation;
    std::unique_ptr<AuditStore> store;
    QDate today = QDate::currentDate(); // decides lapsed acceptances
    DomainDefences domains;             // the run's domain checks
};

// --workspace, --db, --run, --profile.
struct RunOptions
{
    RunOptions();
    void addTo(QCommandLineParser &parser) const;
    // The checked run, or the exit code after a message on err naming the command.
    std::variant<CheckedRun, int> load(const QCommandLineParser &parser, const QString &command,
                                       QTextStream &err) const;

    QCommandLineOption workspace;
    QCommandLineOption db;
    QCommandLineOption run;
    QCommandLineOption profile;
};

} // namespace mailtls::cli
