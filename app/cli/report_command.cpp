#include "app/cli/report_command.h"

#include "app/cli/cli.h"
#include "app/cli/store_options.h"
#include "app/history/compliance_report.h"
#include "app/history/run_history.h"
#include "app/inventory/workspace_io.h"
#include "app/report/report_document.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <functional>

namespace mailtls::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ReportCommand)
};

// Written through QSaveFile: a report that fails half-way leaves the old file as it was.
QString saveReport(const QString &path, const std::function<QString(QIODevice *)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("%1: %2").arg(path, file.errorString());
    if (const QString error = write(&file); !error.isEmpty()) {
        file.cancelWriting();
        return Tr::tr("%1: %2").arg(path, error);
    }
    if (!file.commit())
        return Tr::tr("%1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

QString commandSummary()
{
    return Tr::tr("Write the compliance report of a stored audit run as PDF and HTML.");
}

int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Write the compliance report of a stored audit run: "
                                            "the state of each M3AAWG measure, the path map, "
                                            "charts, the findings with their evidence, the "
                                            "remediation checklist, and an appendix per endpoint. "
                                            "Use --lang ja for Japanese."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(
        QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
        Tr::tr("The workspace the run audited."), Tr::tr("file"));
    const QCommandLineOption db = cli::dbOption();
    const QCommandLineOption runOption(
        QStringLiteral("run"), Tr::tr("The run to report (default: the latest)."), Tr::tr("id"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), Tr::tr("The policy profile (default: m3aawg)."), Tr::tr("id"));
    const QCommandLineOption auditorOption(
        QStringLiteral("auditor"),
        Tr::tr("Who made the audit, for the cover (default: the user name)."), Tr::tr("name"));
    const QCommandLineOption pdfOption(
        QStringLiteral("pdf"), Tr::tr("Write the report as PDF to this file."), Tr::tr("file"));
    const QCommandLineOption htmlOption(
        QStringLiteral("html"), Tr::tr("Write the report as HTML to this file."), Tr::tr("file"));
    const QCommandLineOption compareOption(
        QStringLiteral("compare"),
        Tr::tr("Compare with this earlier run: what was fixed, what is new, which links regressed."), Tr::tr("id"));
    parser.addOptions(
        {workspaceOption, db, runOption, profileOption, auditorOption, pdfOption, htmlOption, compareOption});
    if (const auto done = cli::parseSubcommand(parser, arguments, out, err))
        return *done;
    if (!parser.isSet(workspaceOption) || (!parser.isSet(pdfOption) && !parser.isSet(htmlOption))) {
        err << Tr::tr("report: --workspace FILE and --pdf FILE or --html FILE are required")
            << Qt::endl;
        return 2;
    }
    const QString profileId =
        parser.isSet(profileOption) ? parser.value(profileOption) : QStringLiteral("m3aawg");
    const std::optional<Profile> profile = builtinProfile(profileId);
    if (!profile) {
        err << Tr::tr("report: unknown profile '%1' ('profiles' lists them)").arg(profileId)
            << Qt::endl;
        return 2;
    }
    bool runOk = true;
    const qint64 run = parser.isSet(runOption) ? parser.value(runOption).toLongLong(&runOk) : 0;
    if (!runOk || run < 0) {
        err << Tr::tr("report: --run takes a run id (see 'runs')") << Qt::endl;
        return 2;
    }
    const std::optional<StoreLocation> location =
        cli::dbLocation(parser, db, QStringLiteral("report"), err);
    if (!location)
        return 2;
    const WorkspaceReadResult loaded = loadWorkspaceFile(parser.value(workspaceOption));
    if (!loaded.workspace) {
        err << loaded.error << Qt::endl;
        return 1;
    }
    QString error;
    const std::unique_ptr<AuditStore> store = AuditStore::open(*location, &error);
    if (!store) {
        err << Tr::tr("report: %1").arg(error) << Qt::endl;
        return 1;
    }
    const std::optional<ReportInput> input =
        loadReportInput(*store, *loaded.workspace, run, profile->id, &error);
    if (!input) {
        err << Tr::tr("report: %1").arg(error) << Qt::endl;
        return 1;
    }
    std::optional<RunComparison> comparison;
    if (parser.isSet(compareOption)) {
        bool ok = false;
        const qint64 earlier = parser.value(compareOption).toLongLong(&ok);
        if (!ok || earlier <= 0) {
            err << Tr::tr("report: --compare takes a run id (see 'runs')") << Qt::endl;
            return 2;
        }
        if (earlier >= input->run.id) {
            err << Tr::tr("report: --compare takes an earlier run than the one reported (%1)").arg(input->run.id)
                << Qt::endl;
            return 2;
        }
        const std::optional<ReportInput> before =
            loadReportInput(*store, *loaded.workspace, earlier, profile->id, &error);
        if (!before) {
            err << Tr::tr("report: %1").arg(error) << Qt::endl;
            return 1;
        }
        comparison = RunComparison{buildComplianceReport(*before, *profile, {}, QDateTime::currentDateTimeUtc(),
                                                         ReportParts::FiguresOnly),
                                   {}};
    }
    QString auditor = parser.value(auditorOption);
    if (auditor.isEmpty())
        auditor = qEnvironmentVariable("USER");
    const ComplianceReport report =
        buildComplianceReport(*input, *profile, auditor, QDateTime::currentDateTimeUtc());
    if (comparison)
        comparison->diff = diffRuns(comparison->before, report);
    const RunComparison *compared = comparison ? &*comparison : nullptr;
    int status = 0;
    if (parser.isSet(pdfOption)) {
        const QString path = parser.value(pdfOption);
        if (const QString e =
                saveReport(path, [&](QIODevice *d) { return writeReportPdf(report, d, compared); });
            !e.isEmpty()) {
            err << Tr::tr("report: %1").arg(e) << Qt::endl;
            status = 1;
        } else {
            out << Tr::tr("Wrote %1 (run %2 of %3)").arg(path).arg(report.run).arg(report.workspace)
                << Qt::endl;
        }
    }
    if (parser.isSet(htmlOption)) {
        const QString path = parser.value(htmlOption);
        if (const QString e =
                saveReport(path, [&](QIODevice *d) { return writeReportHtml(report, d, compared); });
            !e.isEmpty()) {
            err << Tr::tr("report: %1").arg(e) << Qt::endl;
            status = 1;
        } else {
            out << Tr::tr("Wrote %1 (run %2 of %3)").arg(path).arg(report.run).arg(report.workspace)
                << Qt::endl;
        }
    }
    return status;
}

} // namespace mailtls::report
