#include "widgets/window/mainwindow.h"

// The compliance report from the window: exported as PDF or HTML, or shown in
// a print preview and printed. The store is read on its thread, the report
// built and written on a worker thread; only the print preview lays out the
// document here, as printing needs the printer on the GUI thread.

#include "app/history/compliance_report.h"
#include "app/session/store_worker.h"
#include "app/report/report_document.h"
#include "app/session/when_finished.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStatusBar>
#include <QTextDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace mailtls {

namespace {

// A report with the profile its rules point into, handed between threads as one value.
struct BuiltReport
{
    std::shared_ptr<const Profile> profile;
    std::shared_ptr<const ComplianceReport> report;
};

BuiltReport buildReport(const ReportInput &input, const Profile &profile)
{
    auto owned = std::make_shared<const Profile>(profile);
    auto report = std::make_shared<const ComplianceReport>(buildComplianceReport(
        input, *owned, qEnvironmentVariable("USER"), QDateTime::currentDateTimeUtc()));
    return {owned, report};
}

// On a worker thread: the report built and turned into a document for the printer, handed to the
// GUI thread (the preview paints it there).
std::shared_ptr<QTextDocument> printableReport(const ReportInput &input, const Profile &profile, QThread *gui)
{
    const BuiltReport built = buildReport(input, profile);
    std::shared_ptr<QTextDocument> doc = reportDocument(*built.report);
    doc->moveToThread(gui);
    return doc;
}

// On a worker thread: the report built and written (QSaveFile: a failed write keeps the old file).
QString exportReport(const ReportInput &input, const Profile &profile, const QString &path)
{
    const BuiltReport built = buildReport(input, profile);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    const bool html =
        QFileInfo(path).suffix().startsWith(QLatin1String("htm"), Qt::CaseInsensitive);
    const QString error =
        html ? writeReportHtml(*built.report, &file) : writeReportPdf(*built.report, &file);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return QStringLiteral("%1: %2").arg(path, error);
    }
    if (!file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

void MainWindow::chooseReportFile()
{
    if (m_snapshot.latestRun == 0) {
        showMessage(QMessageBox::Information, tr("Export Report"),
                    tr("No audit of this workspace is stored yet: run an audit first."));
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Export Report"), QFileInfo(m_path).absolutePath(),
                                   tr("PDF documents (*.pdf);;HTML pages (*.html)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.html")) ? QStringLiteral("html")
                                                                          : QStringLiteral("pdf"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::exportReportTo);
    dialog->open();
}

void MainWindow::exportReportTo(const QString &path)
{
    statusBar()->showMessage(tr("Writing the report to %1...").arg(path));
    whenFinished(this, m_store->reportInput(m_workspace, 0, m_profile.id),
                 [this, path](const StoreReply<std::optional<ReportInput>> &input) {
                     if (!input.value) {
                         statusBar()->clearMessage();
                         showMessage(QMessageBox::Warning, tr("Export Report"), input.error);
                         Q_EMIT reportExported(path, input.error);
                         return;
                     }
                     whenFinished(
                         this, QtConcurrent::run(&exportReport, *input.value, m_profile, path),
                         [this, path](const QString &error) {
                             if (!error.isEmpty())
                                 showMessage(QMessageBox::Warning, tr("Export Report"), error);
                             else
                                 statusBar()->showMessage(tr("Wrote the report to %1").arg(path),
                                                          10000);
                             Q_EMIT reportExported(path, error);
                         });
                 });
}

void MainWindow::printReport()
{
    if (m_snapshot.latestRun == 0) {
        showMessage(QMessageBox::Information, tr("Print Report"),
                    tr("No audit of this workspace is stored yet: run an audit first."));
        return;
    }
    statusBar()->showMessage(tr("Preparing the report..."));
    whenFinished(this, m_store->reportInput(m_workspace, 0, m_profile.id),
                 [this](const StoreReply<std::optional<ReportInput>> &input) {
                     if (!input.value) {
                         statusBar()->clearMessage();
                         showMessage(QMessageBox::Warning, tr("Print Report"), input.error);
                         return;
                     }
                     whenFinished(
                         this, QtConcurrent::run(&printableReport, *input.value, m_profile, thread()),
                         [this](const std::shared_ptr<QTextDocument> &doc) {
                             statusBar()->clearMessage();
                             // The preview lays the pages out for the printer and paints them here,
                             // on the GUI thread (QPrintPreviewDialog has no other way).
                             auto *preview = new QPrintPreviewDialog(this);
                             preview->setObjectName(QStringLiteral("reportPreview"));
                             preview->setAttribute(Qt::WA_DeleteOnClose);
                             preview->setWindowTitle(tr("Print Report"));
                             connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                                     [doc](QPrinter *printer) { doc->print(printer); });
                             preview->open();
                             Q_EMIT reportPreviewShown();
                         });
                 });
}

} // namespace mailtls
