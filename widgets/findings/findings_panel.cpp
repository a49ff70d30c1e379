#include "widgets/findings/findings_panel.h"

#include "widgets/details/detail_views.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mailtls {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent), m_model(new FindingsModel(this)), m_filter(new FindingsFilter(this)),
      m_measure(new QComboBox), m_severity(new QComboBox), m_host(new QComboBox),
      m_accepted(new QCheckBox(tr("Show accepted risks"))), m_search(new QLineEdit), m_table(new QTableView),
      m_evidence(new QPlainTextEdit), m_accept(new QPushButton(tr("Accept as Risk..."))),
      m_show(new QPushButton(tr("Show Endpoint"))), m_undecided(new QLabel)
{
    m_filter->setSourceModel(m_model);
    m_measure->setObjectName(QStringLiteral("measureFilter"));
    m_measure->addItem(tr("All measures"), 0);
    for (int m = 1; m <= 4; ++m)
        m_measure->addItem(tr("Measure %1").arg(m), m);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    for (Severity s : allSeverities())
        m_severity->addItem(s == Severity::Info ? tr("All severities") : tr("%1 and above").arg(severityLabel(s)),
                            static_cast<int>(s));
    m_host->setObjectName(QStringLiteral("hostFilter"));
    m_accepted->setChecked(true);
    m_search->setPlaceholderText(tr("Search findings"));
    m_search->setClearButtonEnabled(true);

    connect(m_measure, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMeasure(m_measure->currentData().toInt()); });
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMinimumSeverity(Severity(m_severity->currentData().toInt())); });
    connect(m_host, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setHost(m_host->currentData().toString()); });
    connect(m_accepted, &QCheckBox::toggled, m_filter, &FindingsFilter::setShowAccepted);
    connect(m_search, &QLineEdit::textChanged, m_filter, &FindingsFilter::setText);

    m_table->setObjectName(QStringLiteral("findingsView"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPanel::showSelected);
    connect(m_table, &QTableView::activated, this, [this] {
        if (const TriagedFinding *f = selected())
            Q_EMIT endpointActivated(f->finding.endpoint);
    });

    m_evidence->setObjectName(QStringLiteral("findingEvidence"));
    m_evidence->setReadOnly(true);
    m_evidence->setPlaceholderText(tr("Select a finding to see its evidence."));
    m_accept->setObjectName(QStringLiteral("acceptRisk"));
    m_accept->setEnabled(false);
    m_show->setEnabled(false);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (const TriagedFinding *f = selected())
            Q_EMIT acceptRequested(f->finding);
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const TriagedFinding *f = selected())
            Q_EMIT endpointActivated(f->finding.endpoint);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_measure);
    filters->addWidget(m_severity);
    filters->addWidget(m_host);
    filters->addWidget(m_accepted);
    filters->addWidget(m_search, 1);
    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_evidence);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_show);
    buttons->addWidget(m_accept);
    detailsLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("findingsSplitter")); // its sizes are kept with the window's
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_undecided->setObjectName(QStringLiteral("undecidedChecks"));
    m_undecided->setWordWrap(true);
    m_undecided->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_undecided);
    layout->addWidget(splitter);
}

void FindingsPanel::setFindings(const Profile &profile, const QList<TriagedFinding> &findings,
                                const QStringList &hostIds, const QList<RuleResult> &undecided)
{
    m_undecided->setVisible(!undecided.isEmpty());
    m_undecided->setText(tr("%n check(s) could not be decided: the servers left questions unanswered, so they "
                            "are neither findings nor passes.",
                            nullptr, static_cast<int>(undecided.size())));
    QStringList lines;
    for (const RuleResult &u : undecided.mid(0, 20)) {
        QStringList why;
        for (const Evidence &e : u.evidence)
            why << e.detail;
        lines << QStringLiteral("%1 @ %2: %3").arg(u.ruleId, u.endpoint, why.join(QStringLiteral("; ")));
    }
    if (undecided.size() > 20)
        lines << tr("(%n more)", nullptr, static_cast<int>(undecided.size() - 20));
    m_undecided->setToolTip(plainToolTip(lines.join(QLatin1Char('\n'))));
    m_model->setFindings(profile, findings);
    const QString host = m_host->currentData().toString();
    m_host->blockSignals(true);
    m_host->clear();
    m_host->addItem(tr("All hosts"), QString());
    for (const QString &id : hostIds)
        m_host->addItem(id, id);
    m_host->setCurrentIndex(std::max(0, m_host->findData(host)));
    m_host->blockSignals(false);
    m_filter->setHost(m_host->currentData().toString());
    m_table->resizeColumnsToContents();
    showSelected();
}

const TriagedFinding *FindingsPanel::selected() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    const QModelIndex source = m_filter->mapToSource(current);
    return source.isValid() ? &m_model->finding(source.row()) : nullptr;
}

void FindingsPanel::showSelected()
{
    const TriagedFinding *f = selected();
    m_accept->setEnabled(f != nullptr);
    m_show->setEnabled(f != nullptr);
    if (!f) {
        m_evidence->clear();
        return;
    }
    const RuleResult &r = f->finding;
    const Rule *rule = m_model->profile().rule(r.ruleId);
    QStringList text;
    text << QStringLiteral("[%1] %2 %3").arg(severityLabel(r.severity).toUpper(), r.ruleId,
                                             rule ? rule->title.text() : QString());
    text << tr("Endpoint: %1; links: %2").arg(r.endpoint, r.links.join(QStringLiteral(", ")));
    if (f->acceptance) {
        text << (f->accepted() ? tr("Accepted risk until %1 (owner %2): %3")
                               : tr("Accepted risk lapsed on %1 (owner %2): %3"))
                    .arg(f->acceptance->expires.toString(Qt::ISODate), f->acceptance->owner,
                         f->acceptance->justification);
    }
    text << QString() << tr("Evidence:");
    for (const Evidence &e : r.evidence)
        text << QStringLiteral("  - ") + e.detail; // as the server sent it: plain text
    if (rule) {
        for (LinkKind kind : r.kinds) {
            if (rule->noteByKind.contains(kind)) {
                text << QString() << tr("Note: %1").arg(rule->noteByKind.value(kind).text());
                break;
            }
        }
        text << QString() << tr("Why: %1").arg(rule->rationale.text());
        text << tr("References: %1").arg(rule->references.join(QStringLiteral(", ")));
    }
    m_evidence->setPlainText(text.join(u'\n'));
}

} // namespace mailtls
