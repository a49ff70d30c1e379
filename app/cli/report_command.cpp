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
#include <variant>

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

// writeReportPdf or writeReportHtml.
using WriteReport = std::function<QString(const ComplianceReport &, QIODevice *, const RunComparison *)>;

// What the command line asked for.
struct ReportRequest
{
    Workspace workspace;
    StoreLocation location;
    Profile profile;
    qint64 run = 0;                 // 0: the latest
    std::optional<QString> compare; // --compare, checked once the reported run is known
    QString auditor;
    std::optional<QString> pdf;
    std::optional<QString> html;
};

// The request, or the exit code after a message on err.
std::variant<ReportRequest, int> parseReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Write the compliance report of a stored audit run: "
                                            "the state of each M3AAWG measure, the path map, "
                                            "charts, the findings with their evidence, the "
                                            "remediation checklist, and an appendix per endpoint. "
                                            "Use --lang ja for Japanese."));
    parser.addHelpOption();
    const QCommandLineOption workspace = cli::workspaceOption(Tr::tr("The workspace the run audited."));
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
        {workspace, db, runOption, profileOption, auditorOption, pdfOption, htmlOption, compareOption});
    if (const auto done = cli::parseSubcommand(parser, arguments, out, err))
        return *done;
    if (!parser.isSet(workspace) || (!parser.isSet(pdfOption) && !parser.isSet(htmlOption))) {
        err << Tr::tr("report: --workspace FILE and --pdf FILE or --html FILE are required")
            << Qt::endl;
        return 2;
    }
    ReportRequest request;
    const QString profileId =
        parser.isSet(profileOption) ? parser.value(profileOption) : QStringLiteral("m3aawg");
    const std::optional<Profile> profile = builtinProfile(profileId);
    if (!profile) {
        err << Tr::tr("report: unknown profile '%1' ('profiles' lists them)").arg(profileId)
            << Qt::endl;
        return 2;
    }
    request.profile = *profile;
    bool runOk = true;
    request.run = parser.isSet(runOption) ? parser.value(runOption).toLongLong(&runOk) : 0;
    if (!runOk || request.run < 0) {
        err << Tr::tr("report: --run takes a run id (see 'runs')") << Qt::endl;
        return 2;
    }
    const std::optional<StoreLocation> location =
        cli::dbLocation(parser, db, QStringLiteral("report"), err);
    if (!location)
        return 2;
    request.location = *location;
    const WorkspaceReadResult loaded = loadWorkspaceFile(parser.value(workspace));
    if (!loaded.workspace) {
        err << loaded.error << Qt::endl;
        return cli::ExitFileError;
    }
    request.workspace = *loaded.workspace;
    if (parser.isSet(compareOption))
        request.compare = parser.value(compareOption);
    request.auditor = parser.value(auditorOption);
    if (request.auditor.isEmpty())
        request.auditor = qEnvironmentVariable("USER");
    if (parser.isSet(pdfOption))
        request.pdf = parser.value(pdfOption);
    if (parser.isSet(htmlOption))
        request.html = parser.value(htmlOption);
    return request;
}

// The report of the run, and its comparison with an earlier one when asked.
struct BuiltReport
{
    ComplianceReport report;
    std::optional<RunComparison> comparison;
};

// The earlier run --compare names, as figures; the exit code after a message on err.
std::variant<RunComparison, int> earlierRun(AuditStore &store, const ReportRequest &request, qint64 reported,
                                            QTextStream &err)
{
    bool ok = false;
    const qint64 earlier = request.compare->toLongLong(&ok);
    if (!ok || earlier <= 0) {
        err << Tr::tr("report: --compare takes a run id (see 'runs')") << Qt::endl;
        return 2;
    }
    if (earlier >= reported) {
        err << Tr::tr("report: --compare takes an earlier run than the one reported (%1)").arg(reported)
            << Qt::endl;
        return 2;
    }
    QString error;
    const std::optional<ReportInput> before =
        loadReportInput(store, request.workspace, earlier, request.profile.id, &error);
    if (!before) {
        err << Tr::tr("report: %1").arg(error) << Qt::endl;
        return cli::ExitUsage;
    }
    return RunComparison{buildComplianceReport(*before, request.profile, {}, QDateTime::currentDateTimeUtc(),
                                               ReportParts::FiguresOnly),
                         {}};
}

// Reads the run (and the earlier one) from the store and builds the report.
std::variant<BuiltReport, int> buildReport(const ReportRequest &request, QTextStream &err)
{
    QString error;
    const std::unique_ptr<AuditStore> store = AuditStore::open(request.location, &error);
    if (!store) {
        err << Tr::tr("report: %1").arg(error) << Qt::endl;
        return cli::ExitFileError;
    }
    const std::optional<ReportInput> input =
        loadReportInput(*store, request.workspace, request.run, request.profile.id, &error);
    if (!input) {
        err << Tr::tr("report: %1").arg(error) << Qt::endl;
        return cli::ExitUsage;
    }
    BuiltReport built;
    if (request.compare) {
        std::variant<RunComparison, int> comparison = earlierRun(*store, request, input->run.id, err);
        if (const int *code = std::get_if<int>(&comparison))
            return *code;
        built.comparison = std::get<RunComparison>(std::move(comparison));
    }
    built.report = buildComplianceReport(*input, request.profile, request.auditor, QDateTime::currentDateTimeUtc());
    if (built.comparison)
        built.comparison->diff = diffRuns(built.comparison->before, built.report);
    return built;
}

// Writes one file of the report and says so; false after a message on err.
bool writeReport(const QString &path, const BuiltReport &built, const WriteReport &write, QTextStream &out,
                 QTextStream &err)
{
    const RunComparison *compared = built.comparison ? &*built.comparison : nullptr;
    if (const QString e = saveReport(path, [&](QIODevice *d) { return write(built.report, d, compared); });
        !e.isEmpty()) {
        err << Tr::tr("report: %1").arg(e) << Qt::endl;
        return false;
    }
    out << Tr::tr("Wrote %1 (run %2 of %3)").arg(path).arg(built.report.run).arg(built.report.workspace)
        << Qt::endl;
    return true;
}

} // namespace

QString commandSummary()
{
    return Tr::tr("Write the compliance report of a stored audit run as PDF and HTML.");
}

int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const std::variant<ReportRequest, int> parsed = parseReport(arguments, out, err);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const ReportRequest &request = std::get<ReportRequest>(parsed);
    const std::variant<BuiltReport, int> built = buildReport(request, err);
    if (const int *code = std::get_if<int>(&built))
        return *code;
    int status = 0;
    if (request.pdf && !writeReport(*request.pdf, std::get<BuiltReport>(built), &writeReportPdf, out, err))
        status = 1;
    if (request.html && !writeReport(*request.html, std::get<BuiltReport>(built), &writeReportHtml, out, err))
        status = 1;
    return status;
}

} // namespace mailtls::report
