#include "widgets/remediation/checklist_panel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace mailtls {

namespace {

// Edits an item's state with the states a person may set.
class StateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (ItemState s : allItemStates()) {
            if (isSettableByUser(s))
                box->addItem(itemStateLabel(s), static_cast<int>(s));
        }
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

QString ChecklistPanel::configText(const ChecklistItem &item)
{
    QStringList parts;
    if (item.remedy) {
        for (const RemedyStep &s : item.remedy->steps) {
            if (!s.config.isEmpty())
                parts << s.config;
            if (!s.command.isEmpty())
                parts << s.command;
        }
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString ChecklistPanel::stepsText(const ChecklistItem &item)
{
    QStringList text;
    text << tr("Software: %1 (%2)").arg(softwareLabel(item.software.software),
                                        confidenceLabel(item.software.confidence));
    if (!item.remedy) {
        text << tr("No remedy is known for this rule.");
        return text.join(u'\n');
    }
    text << tr("Importance: %1; effort: %2").arg(severityLabel(item.remedy->importance), effortLabel(item.remedy->effort))
         << QString();
    if (item.dane)
        text << tr("Warning: %1").arg(daneWarningLine(*item.dane)) << QString();
    int n = 0;
    for (const RemedyStep &s : item.remedy->steps) {
        text << QStringLiteral("%1. %2").arg(++n).arg(s.text.text());
        if (!s.file.isEmpty())
            text << QStringLiteral("   ") + tr("In %1:").arg(s.file);
        for (const QString &line : s.config.split(u'\n', Qt::SkipEmptyParts))
            text << QStringLiteral("       ") + line;
        if (!s.command.isEmpty())
            text << QStringLiteral("   $ ") + s.command;
        text << QString();
    }
    if (!item.verify.isEmpty())
        text << tr("Verify:") << QStringLiteral("   $ ") + item.verify;
    return text.join(u'\n');
}

ChecklistPanel::ChecklistPanel(QWidget *parent)
    : QWidget(parent), m_model(new ChecklistModel(this)), m_filter(new FindingsFilter(this)), m_search(new QLineEdit),
      m_tree(new QTreeView), m_steps(new QPlainTextEdit), m_copy(new QPushButton(tr("Copy Configuration"))),
      m_verify(new QPushButton(tr("Verify Now"))), m_daneWarning(new QLabel)
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::DisplayRole);
    connect(m_model, &ChecklistModel::stateChangeRequested, this, &ChecklistPanel::stateChangeRequested);
    m_search->setPlaceholderText(tr("Search the checklist"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &FindingsFilter::setText);

    m_tree->setObjectName(QStringLiteral("checklistView"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegateForColumn(ChecklistModel::StateColumn, new StateDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ChecklistModel::ItemColumn, QHeaderView::Stretch);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecklistPanel::showSelected);

    m_steps->setObjectName(QStringLiteral("remedySteps"));
    m_steps->setReadOnly(true);
    m_steps->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_steps->setPlaceholderText(tr("Select an item to see the steps that fix it."));
    m_copy->setObjectName(QStringLiteral("copyConfiguration"));
    m_verify->setObjectName(QStringLiteral("verifyNow"));
    m_copy->setEnabled(false);
    m_verify->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const ChecklistItem *item = selected())
            QApplication::clipboard()->setText(configText(*item));
    });
    connect(m_verify, &QPushButton::clicked, this, [this] {
        if (const ChecklistItem *item = selected())
            Q_EMIT verifyRequested(item->finding.endpoint);
    });

    // A remedy that would break DANE says so above its steps, in the warning colours.
    m_daneWarning->setObjectName(QStringLiteral("daneWarning"));
    m_daneWarning->setTextFormat(Qt::PlainText); // names a CA from the certificate the server sent
    m_daneWarning->setWordWrap(true);
    m_daneWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_daneWarning->setFrameShape(QFrame::StyledPanel);
    m_daneWarning->setMargin(6);
    m_daneWarning->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; }"));
    m_daneWarning->hide();

    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_daneWarning);
    detailsLayout->addWidget(m_steps);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_verify);
    detailsLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("checklistSplitter")); // its sizes are kept with the window's
    splitter->addWidget(m_tree);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter);
}

void ChecklistPanel::setChecklist(const Profile &profile, const QList<ChecklistItem> &items,
                                  const QList<TrackedItem> &verified)
{
    m_model->setChecklist(profile, items, verified);
    m_tree->expandAll();
    for (int c = 1; c < ChecklistModel::ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    showSelected();
}

const ChecklistItem *ChecklistPanel::selected() const
{
    return m_model->item(m_filter->mapToSource(m_tree->currentIndex()));
}

void ChecklistPanel::showSelected()
{
    const ChecklistItem *item = selected();
    m_copy->setEnabled(item && !configText(*item).isEmpty());
    m_verify->setEnabled(item != nullptr);
    m_daneWarning->setVisible(item && item->dane);
    if (!item) {
        m_daneWarning->clear();
        m_steps->clear();
        return;
    }
    if (item->dane)
        m_daneWarning->setText(tr("Warning: %1").arg(daneWarningLine(*item->dane)));
    else
        m_daneWarning->clear();
    m_steps->setPlainText(stepsText(*item));
}

} // namespace mailtls
