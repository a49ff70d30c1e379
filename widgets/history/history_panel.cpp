#include "widgets/history/history_panel.h"

#include "app/models/run_history_model.h"
#include "app/report/report_look.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

#include "widgets/history/qcustomplot_include.h"

namespace mailtls {

namespace {

// Okabe-Ito colours with a distinct marker each: the lines read without colour too.
struct Series
{
    QString name;
    QColor color;
    QCPScatterStyle::ScatterShape shape;
};

const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kSky(0x56, 0xB4, 0xE9);
const QColor kYellow(0xF0, 0xE4, 0x42);

double timeOf(const RunFigures &f)
{
    return static_cast<double>(f.startedAt.toSecsSinceEpoch());
}

// A reported day at its noon, UTC.
double timeOf(const TlsRptDay &d)
{
    return static_cast<double>(QDateTime(d.day, QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
}

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent), m_model(new RunHistoryModel(this)), m_table(new QTableView),
      m_chartChoice(new QComboBox), m_plot(new QCustomPlot),
      m_compare(new QPushButton(tr("&Compare Selected Runs")))
{
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chartChoice->setObjectName(QStringLiteral("historyChart"));
    m_chartChoice->addItem(tr("Encrypted links per measure"), int(Chart::Measures));
    m_chartChoice->addItem(tr("Open findings by severity"), int(Chart::Findings));
    m_chartChoice->addItem(tr("Endpoints accepting each TLS version"), int(Chart::Versions));
    m_chartChoice->addItem(tr("Checklist items done"), int(Chart::Checklist));
    m_chartChoice->addItem(tr("Defence against downgrade"), int(Chart::Downgrade));
    m_chartChoice->addItem(tr("Sessions reported by TLS-RPT, per day"), int(Chart::TlsRpt));
    m_plot->setObjectName(QStringLiteral("historyPlot"));
    m_plot->setMinimumHeight(260);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    m_plot->xAxis->setTicker(ticker);
    // The legend in a row of its own under the chart: inside, it hid the latest runs and the
    // target dates' labels.
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(4);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &HistoryPanel::hover);
    m_compare->setObjectName(QStringLiteral("compareRuns"));
    m_compare->setToolTip(
        tr("Select two runs in the table: what was fixed, what is new, which links regressed."));
    auto *milestones = new QPushButton(tr("&Target Dates..."));
    milestones->setObjectName(QStringLiteral("milestones"));
    milestones->setToolTip(tr("Dates the rollout should reach, drawn on the charts."));
    connect(milestones, &QPushButton::clicked, this, &HistoryPanel::milestonesRequested);
    // The two exports behind one button: the row stays narrow enough for a small screen.
    auto *exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("historyExport"));
    exportButton->setText(tr("E&xport"));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    connect(exportMenu->addAction(tr("Chart (&PNG)...")), &QAction::triggered, this,
            &HistoryPanel::exportChartRequested);
    connect(exportMenu->addAction(tr("&Data (CSV)...")), &QAction::triggered, this,
            &HistoryPanel::exportCsvRequested);
    exportButton->setMenu(exportMenu);
    connect(m_chartChoice, &QComboBox::currentIndexChanged, this, &HistoryPanel::redraw);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPanel::updateCompare);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        QList<qint64> runs;
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            runs.append(i.data(RunHistoryModel::RunIdRole).toLongLong());
        std::sort(runs.begin(), runs.end());
        if (runs.size() == 2)
            Q_EMIT compareRequested(runs.at(0), runs.at(1));
    });

    // The chart's name may shrink to a few words: the row fits a small screen.
    m_chartChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chartChoice->setMinimumContentsLength(14);
    m_chartChoice->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *bar = new QHBoxLayout;
    auto *chartLabel = new QLabel(tr("C&hart:"));
    chartLabel->setBuddy(m_chartChoice);
    bar->addWidget(chartLabel);
    bar->addWidget(m_chartChoice, 1);
    bar->addWidget(m_compare);
    bar->addWidget(milestones);
    bar->addWidget(exportButton);
    auto *chartBox = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(bar);
    chartLayout->addWidget(m_plot, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("historySplitter")); // its sizes are kept with the window's
    split->addWidget(chartBox);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    updateCompare();
    applyPalette();
    redraw();
}

void HistoryPanel::applyPalette()
{
    const QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    m_ink = p.color(QPalette::Text);
    const auto mix = [](const QColor &a, const QColor &b, double share) { // share of a
        return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                                float(a.greenF() * share + b.greenF() * (1 - share)),
                                float(a.blueF() * share + b.blueF() * (1 - share)));
    };
    m_muted = mix(m_ink, base, 0.5);
    const QColor grid = mix(m_ink, base, 1.0 / 6);
    m_plot->setBackground(base);
    m_plot->axisRect()->setBackground(base);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(m_ink));
        axis->setTickPen(QPen(m_ink));
        axis->setSubTickPen(QPen(m_ink));
        axis->setTickLabelColor(m_ink);
        axis->setLabelColor(m_ink);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    m_plot->legend->setBrush(base);
    m_plot->legend->setTextColor(m_ink);
}

void HistoryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        redraw();
    }
}

void HistoryPanel::setHistory(const QList<RunFigures> &history)
{
    m_history = history;
    m_model->setHistory(history);
    m_table->resizeColumnsToContents();
    if (!history.isEmpty())
        m_table->scrollToBottom();
    updateCompare();
    redraw();
}

void HistoryPanel::setTlsRptDays(const QList<TlsRptDay> &days)
{
    m_tlsRptDays = days;
    if (chart() == Chart::TlsRpt)
        redraw();
}

void HistoryPanel::setMilestones(const QList<Milestone> &milestones)
{
    m_milestones = milestones;
    redraw();
}

HistoryPanel::Chart HistoryPanel::chart() const
{
    return Chart(m_chartChoice->currentData().toInt());
}

void HistoryPanel::showChart(Chart chart)
{
    m_chartChoice->setCurrentIndex(m_chartChoice->findData(int(chart)));
}

void HistoryPanel::updateCompare()
{
    m_compare->setEnabled(m_table->selectionModel()->selectedRows().size() == 2);
}

void HistoryPanel::redraw()
{
    m_plot->clearGraphs();
    QList<Series> series;
    std::function<double(const RunFigures &, int)> &value = m_value;
    QString yLabel;
    double yMax = 0;
    switch (chart()) {
    case Chart::Measures:
        series = {{tr("Measure 1: MTA hops"), kBlue, QCPScatterStyle::ssCircle},
                  {tr("Measure 2: internal links"), linkStateColor(LinkState::StrongTls),
                   QCPScatterStyle::ssSquare},
                  {tr("Measure 3: user access"), linkStateColor(LinkState::Cleartext),
                   QCPScatterStyle::ssTriangle}};
        value = [](const RunFigures &f, int i) { return f.encryptedShare(i + 1); };
        yLabel = tr("links encrypted (%)");
        yMax = 100;
        break;
    case Chart::Findings:
        for (int s = int(Severity::Critical); s >= int(Severity::Low); --s) {
            static const QColor colors[] = {kSky, kYellow, linkStateColor(LinkState::WeakTls),
                                            linkStateColor(LinkState::Cleartext)};
            static const QCPScatterStyle::ScatterShape shapes[] = {
                QCPScatterStyle::ssDiamond, QCPScatterStyle::ssCross, QCPScatterStyle::ssSquare,
                QCPScatterStyle::ssCircle};
            series.append({severityLabel(Severity(s)), colors[s - 1], shapes[s - 1]});
        }
        value = [](const RunFigures &f, int i) {
            return double(f.openFindings.value(Severity(int(Severity::Critical) - i)));
        };
        yLabel = tr("open findings");
        break;
    case Chart::Versions: {
        const QColor colors[] = {m_ink,
                                 m_muted,
                                 linkStateColor(LinkState::Cleartext),
                                 linkStateColor(LinkState::OptionalTls),
                                 kBlue,
                                 linkStateColor(LinkState::StrongTls)};
        const QCPScatterStyle::ScatterShape shapes[] = {
            QCPScatterStyle::ssCross,   QCPScatterStyle::ssPlus,   QCPScatterStyle::ssTriangle,
            QCPScatterStyle::ssDiamond, QCPScatterStyle::ssSquare, QCPScatterStyle::ssCircle};
        const QList<TlsVersion> versions = allTlsVersions();
        for (int i = 0; i < versions.size() && i < 6; ++i)
            series.append({tlsVersionName(versions.at(i)), colors[i], shapes[i]});
        value = [versions](const RunFigures &f, int i) { return f.versionShare(versions.at(i)); };
        yLabel = tr("endpoints accepting (%)");
        yMax = 100;
        break;
    }
    case Chart::Checklist:
        series = {{tr("done or verified"), linkStateColor(LinkState::StrongTls),
                   QCPScatterStyle::ssCircle},
                  {tr("items"), m_muted, QCPScatterStyle::ssSquare}};
        value = [](const RunFigures &f, int i) {
            return double(i == 0 ? f.checklistDone : f.checklistItems);
        };
        yLabel = tr("checklist items");
        break;
    case Chart::Downgrade:
        series = {{tr("MX hosts protected"), linkStateColor(LinkState::StrongTls),
                   QCPScatterStyle::ssCircle},
                  {tr("Domains: MTA-STS enforced"), kBlue, QCPScatterStyle::ssSquare},
                  {tr("Domains: MTA-STS testing"), linkStateColor(LinkState::OptionalTls),
                   QCPScatterStyle::ssTriangle},
                  {tr("Domains: DANE on every MX"), kSky, QCPScatterStyle::ssDiamond},
                  {tr("Domains: TLS-RPT"), m_muted, QCPScatterStyle::ssCross}};
        value = [](const RunFigures &f, int i) {
            switch (i) {
            case 0:
                return f.mxProtectedShare();
            case 1:
                return f.domainShare(f.domainsStsEnforced);
            case 2:
                return f.domainShare(f.domainsStsTesting);
            case 3:
                return f.domainShare(f.domainsDane);
            default:
                return f.domainShare(f.domainsTlsRpt);
            }
        };
        yLabel = tr("share (%)");
        yMax = 100;
        break;
    case Chart::TlsRpt:
        series = {{tr("successful sessions"), linkStateColor(LinkState::StrongTls),
                   QCPScatterStyle::ssCircle},
                  {tr("failed sessions"), linkStateColor(LinkState::Cleartext),
                   QCPScatterStyle::ssCross}};
        value = [](const RunFigures &, int) { return -1.0; }; // per day, not per run: drawTlsRpt()
        yLabel = tr("sessions reported");
        break;
    }
    m_seriesNames.clear();
    for (int i = 0; i < series.size(); ++i) {
        m_seriesNames.append(series.at(i).name);
        QCPGraph *g = m_plot->addGraph();
        g->setName(series.at(i).name);
        g->setPen(QPen(series.at(i).color, 2));
        g->setScatterStyle(QCPScatterStyle(series.at(i).shape, series.at(i).color, 7));
        QVector<double> keys;
        QVector<double> values;
        for (const RunFigures &f : std::as_const(m_history)) {
            const double v = value(f, i);
            if (v < 0)
                continue; // a measure without links has no share
            keys.append(timeOf(f));
            values.append(v);
            yMax = std::max(yMax, v);
        }
        g->setData(keys, values, true);
    }
    if (chart() == Chart::TlsRpt) {
        for (const TlsRptDay &d : std::as_const(m_tlsRptDays)) {
            m_plot->graph(0)->addData(timeOf(d), double(d.successful));
            m_plot->graph(1)->addData(timeOf(d), double(d.failed));
            yMax = std::max({yMax, double(d.successful), double(d.failed)});
        }
    }
    m_plot->yAxis->setLabel(yLabel);
    m_plot->yAxis->setRange(0, std::max(1.0, yMax * 1.05));
    // The time axis spans the runs and the target dates.
    QList<double> times;
    for (const RunFigures &f : std::as_const(m_history))
        times.append(timeOf(f));
    if (chart() == Chart::TlsRpt) {
        for (const TlsRptDay &d : std::as_const(m_tlsRptDays))
            times.append(timeOf(d));
    }
    m_plot->clearItems();
    for (const Milestone &m : std::as_const(m_milestones)) {
        const double at =
            static_cast<double>(QDateTime(m.date, QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
        times.append(at);
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(at, 0);
        line->point2->setCoords(at, 1);
        line->setPen(QPen(m_muted, 1.5, Qt::DashLine));
        auto *label = new QCPItemText(m_plot);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(at, 0.02);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        label->setRotation(-90);
        label->setText(m.label + QStringLiteral(" (") + m.date.toString(Qt::ISODate) + u')');
        label->setColor(m_ink);
    }
    if (times.isEmpty()) {
        const double now = static_cast<double>(QDateTime::currentSecsSinceEpoch());
        m_plot->xAxis->setRange(now - 86400 * 30, now + 86400);
    } else {
        const double first = *std::min_element(times.cbegin(), times.cend());
        const double last = *std::max_element(times.cbegin(), times.cend());
        const double pad = std::max(3600.0, (last - first) * 0.05);
        m_plot->xAxis->setRange(first - pad, last + pad);
        // Runs within a day or two (a rollout tried out, audits after each change): the hours too.
        if (auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>())
            ticker->setDateTimeFormat(last - first + 2 * pad < 2 * 86400.0
                                          ? QStringLiteral("MM-dd HH:mm")
                                          : QStringLiteral("yyyy-MM-dd"));
    }
    m_plot->legend->setVisible(!series.isEmpty());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString HistoryPanel::valuesText(int run) const
{
    if (run < 0 || run >= m_history.size())
        return {};
    const RunFigures &f = m_history.at(run);
    QStringList lines{
        tr("Run %1, %2")
            .arg(f.run)
            .arg(f.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
    for (int i = 0; i < m_seriesNames.size(); ++i) {
        const double v = m_value(f, i);
        if (v >= 0)
            lines << QStringLiteral("%1: %2").arg(
                m_seriesNames.at(i), QString::number(v, 'f', v == std::floor(v) ? 0 : 1));
    }
    return lines.join(QLatin1Char('\n'));
}

QString HistoryPanel::tlsRptDayText(int day) const
{
    if (day < 0 || day >= m_tlsRptDays.size())
        return {};
    const TlsRptDay &d = m_tlsRptDays.at(day);
    const qint64 sessions = d.successful + d.failed;
    return tr("%1 (UTC): %L2 session(s) reported, %L3 failed (%4%), in %n report(s)", nullptr,
              d.reports)
        .arg(d.day.toString(Qt::ISODate))
        .arg(sessions)
        .arg(d.failed)
        .arg(sessions > 0 ? QString::number(100.0 * double(d.failed) / double(sessions), 'f', 1)
                          : QStringLiteral("-"));
}

void HistoryPanel::hover(QMouseEvent *event)
{
    if (chart() == Chart::TlsRpt) {
        // The nearest reported day, a few pixels either side.
        int nearest = -1;
        for (int i = 0; i < m_tlsRptDays.size(); ++i) {
            const double px = m_plot->xAxis->coordToPixel(timeOf(m_tlsRptDays.at(i)));
            if (std::abs(px - event->position().x()) <= 12 &&
                (nearest < 0 ||
                 std::abs(px - event->position().x()) <
                     std::abs(m_plot->xAxis->coordToPixel(timeOf(m_tlsRptDays.at(nearest))) -
                              event->position().x())))
                nearest = i;
        }
        if (nearest < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), tlsRptDayText(nearest), m_plot);
        return;
    }
    if (m_history.isEmpty())
        return;
    const double at = m_plot->xAxis->pixelToCoord(event->position().x());
    int nearest = 0;
    for (int i = 1; i < m_history.size(); ++i) {
        if (std::abs(timeOf(m_history.at(i)) - at) < std::abs(timeOf(m_history.at(nearest)) - at))
            nearest = i;
    }
    // Only near a run: a few pixels either side.
    if (std::abs(m_plot->xAxis->coordToPixel(timeOf(m_history.at(nearest))) -
                 event->position().x()) > 12) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), valuesText(nearest), m_plot);
}

QImage HistoryPanel::chartImage() const
{
    return m_plot->toPixmap(m_plot->width(), m_plot->height(), 2.0).toImage();
}

} // namespace mailtls
