#include "widgets/window/mainwindow.h"

// The History tab from the window's side: the runs' figures read on the
// store's thread (computed there once per run), two runs compared on a worker
// thread (background_tasks.h), and the chart and figures written to files off
// the GUI thread (report_tasks.h, background_tasks.h).

#include "app/history/run_history.h"
#include "app/models/run_history_model.h"
#include "app/report/report_tasks.h"
#include "app/session/background_tasks.h"
#include "app/session/store_worker.h"
#include "app/report/report_html.h"
#include "widgets/history/history_panel.h"
#include "widgets/history/milestones_dialog.h"
#include "probes/when_finished.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mailtls {

void MainWindow::refreshHistory()
{
    const quint64 generation = m_generation;
    whenFinished(this, m_store->history(m_workspace, m_profile),
                 [this, generation](const StoreReply<QList<RunFigures>> &reply) {
                     if (generation != m_generation)
                         return;
                     if (!reply.error.isEmpty())
                         statusBar()->showMessage(tr("History: %1").arg(reply.error), 10000);
                     m_historyPanel->setHistory(reply.value);
                     Q_EMIT historyShown();
                 });
}

void MainWindow::compareRuns(qint64 before, qint64 after)
{
    const quint64 generation = m_generation;
    statusBar()->showMessage(tr("Comparing run %1 with run %2...").arg(before).arg(after));
    // The store reads the two runs one after the other; the comparison runs on a worker.
    whenFinished(
        this, m_store->reportInput(m_workspace, before, m_profile.id),
        [this, generation, after](const StoreReply<std::optional<ReportInput>> &first) {
            if (generation != m_generation)
                return;
            if (!first.value) {
                showMessage(QMessageBox::Warning, tr("Compare Runs"), first.error);
                return;
            }
            whenFinished(
                this, m_store->reportInput(m_workspace, after, m_profile.id),
                [this, generation,
                 earlier = *first.value](const StoreReply<std::optional<ReportInput>> &second) {
                    if (generation != m_generation)
                        return;
                    if (!second.value) {
                        showMessage(QMessageBox::Warning, tr("Compare Runs"), second.error);
                        return;
                    }
                    whenFinished(this, background::compareRuns(earlier, *second.value, m_profile),
                                 [this](const background::ComparedRuns &c) {
                                     showComparison(c.before, c.after, c.diff);
                                 });
                });
        });
}

void MainWindow::showComparison(const ComplianceReport &before, const ComplianceReport &after,
                                const RunDiff &diff)
{
    statusBar()->clearMessage();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("comparisonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Run %1 Compared with Run %2").arg(after.run).arg(before.run));
    auto *view = new QTextBrowser;
    view->setObjectName(QStringLiteral("comparisonView"));
    view->setOpenLinks(false);
    // Our own markup around literal text (literalHtml): what servers sent stays text.
    view->setHtml(runDiffHtml(diff, before, after));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(760, 560);
    dialog->open();
    Q_EMIT comparisonShown(diff.fixed.size(), diff.added.size(), diff.regressed.size());
}

void MainWindow::editMilestones()
{
    if (m_workspace.name.isEmpty())
        return;
    auto *dialog = new MilestonesDialog(m_workspace.milestones, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->milestones() == m_workspace.milestones)
            return;
        Workspace changed = m_workspace;
        changed.milestones = dialog->milestones();
        changeWorkspace(changed, tr("Target Dates"));
    });
    dialog->open();
}

void MainWindow::exportHistoryChart()
{
    auto *dialog = new QFileDialog(this, tr("Export Chart"), QFileInfo(m_path).absolutePath(),
                                   tr("PNG images (*.png)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        // Drawn here (it is the window's widget), written on a worker thread.
        const QImage image = m_historyPanel->chartImage();
        whenFinished(this, background::writePng(path, image),
                     [this, path](const QString &error) {
                         if (!error.isEmpty())
                             showMessage(QMessageBox::Warning, tr("Export Chart"),
                                         QStringLiteral("%1: %2").arg(path, error));
                         else
                             statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
                     });
    });
    dialog->open();
}

void MainWindow::exportHistoryCsv()
{
    auto *dialog = new QFileDialog(this, tr("Export History"), QFileInfo(m_path).absolutePath(),
                                   tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        // The chart of TLS-RPT days exports its days; the others, the runs' figures.
        const QByteArray csv = m_historyPanel->chart() == HistoryPanel::Chart::TlsRpt
                                   ? tlsRptDaysCsv(m_historyPanel->tlsRptDays())
                                   : historyCsv(m_historyPanel->model()->history());
        whenFinished(this, background::writeFile(path, csv),
                     [this, path](const QString &error) {
                         if (!error.isEmpty())
                             showMessage(QMessageBox::Warning, tr("Export History"),
                                         QStringLiteral("%1: %2").arg(path, error));
                         else
                             statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
                     });
    });
    dialog->open();
}

} // namespace mailtls
