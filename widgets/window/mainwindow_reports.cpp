#include "widgets/window/mainwindow.h"

// The compliance report from the window: exported as PDF or HTML, or shown in
// a print preview and printed. The store is read on its thread, the report
// built and written on a worker thread (report_tasks.h); only the print
// preview lays out the document here, as printing needs the printer on the
// GUI thread.

#include "app/history/compliance_report.h"
#include "app/session/store_worker.h"
#include "app/report/report_tasks.h"
#include "probes/when_finished.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QTextDocument>

namespace mailtls {

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
                         this, background::exportReport(*input.value, m_profile, path),
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
                     // Built on a worker, the document is handed to this thread, where the
                     // preview paints it.
                     whenFinished(
                         this, background::printableReport(*input.value, m_profile, thread()),
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
