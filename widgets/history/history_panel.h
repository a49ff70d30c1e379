#pragma once

// The History tab: the runs of the workspace on a timeline (a table, oldest
// first) and a trend chart drawn with QCustomPlot: the share of encrypted
// links per measure, open findings by severity, the share of endpoints
// accepting each TLS version, checklist items done, the domains' defence
// against downgrade (MX hosts protected; MTA-STS, DANE, TLS-RPT published), or
// the sessions senders reported by TLS-RPT per day (on the same time axis). Hovering a run shows
// its values; the chart exports as PNG and the figures as CSV (written off the
// GUI thread by the window); two runs picked in the table can be compared.

#include "app/history/run_history.h"
#include "app/imports/tls_rpt_window.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QCustomPlot;
class QMouseEvent;
class QPushButton;
class QTableView;

namespace mailtls {

class RunHistoryModel;

class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Chart
    {
        Measures,
        Findings,
        Versions,
        Checklist,
        Downgrade, // measure 4: MX hosts protected, domains with each defence
        TlsRpt,    // per day, from the kept TLS-RPT reports, not per run
    };

    explicit HistoryPanel(QWidget *parent = nullptr);

    void setHistory(const QList<RunFigures> &history);
    // The sessions reported per day about the workspace's domains (tlsRptDays), for the TlsRpt chart.
    void setTlsRptDays(const QList<TlsRptDay> &days);
    const QList<TlsRptDay> &tlsRptDays() const { return m_tlsRptDays; }
    // Target dates, drawn on every chart as dashed lines with their labels.
    void setMilestones(const QList<Milestone> &milestones);
    void showChart(Chart chart);
    Chart chart() const;
    RunHistoryModel *model() const { return m_model; }
    QCustomPlot *plot() const { return m_plot; }
    // The chart as a picture, at twice its size on screen.
    QImage chartImage() const;
    // What hovering run i shows (the tooltip's text).
    QString valuesText(int run) const;
    // What hovering day i of the TlsRpt chart shows.
    QString tlsRptDayText(int day) const;

Q_SIGNALS:
    void compareRequested(qint64 before, qint64 after);
    void exportChartRequested();
    void exportCsvRequested();
    void milestonesRequested();

private:
    void redraw();
    void hover(QMouseEvent *event);
    void updateCompare();
    // The chart in the window's colours, light or dark (the series keep theirs).
    void applyPalette();
    void changeEvent(QEvent *event) override;

    // The TlsRpt chart's lines: successful and failed sessions per day.
    void drawTlsRpt();

    QList<RunFigures> m_history;
    QList<TlsRptDay> m_tlsRptDays;
    QList<Milestone> m_milestones;
    RunHistoryModel *m_model;
    QTableView *m_table;
    QComboBox *m_chartChoice;
    QCustomPlot *m_plot;
    QPushButton *m_compare;
    QColor m_ink;   // the palette's text: axes, labels, the darkest series
    QColor m_muted; // between text and background: grey series, target dates
    QStringList m_seriesNames;                              // the chart's lines
    std::function<double(const RunFigures &, int)> m_value; // a run's value on line i; < 0: none
};

} // namespace mailtls
