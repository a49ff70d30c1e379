#include "widgets/details/detail_views.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>

#include <algorithm>

namespace mailtls {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::DetailViews)
};
} // namespace

QColor tintBackground(Tint verdict)
{
    // Okabe-Ito: vermillion, orange, sky blue, bluish green, grey; tinted
    // towards white so that dark text stays readable on them.
    switch (verdict) {
    case Tint::None: return {};
    case Tint::Bad: return QColor(0xF2, 0xB8, 0x95);     // vermillion #D55E00
    case Tint::Poor: return QColor(0xF7, 0xDB, 0x99);    // orange #E69F00
    case Tint::Fair: return QColor(0xC6, 0xE5, 0xF7);    // sky blue #56B4E9
    case Tint::Good: return QColor(0x9F, 0xDD, 0xC9);    // bluish green #009E73
    case Tint::Unknown: return QColor(0xDD, 0xDD, 0xDD);
    }
    return {};
}

QColor tintForeground(Tint verdict)
{
    return verdict == Tint::None ? QColor() : QColor(0x1A, 0x1A, 0x1A);
}

Tint tintForStrengthRank(int rank)
{
    switch (rank) {
    case 2: return Tint::Bad;
    case 3: return Tint::Poor;
    case 4: return Tint::Fair;
    case 5: return Tint::Good;
    default: return Tint::Unknown; // unknown to the catalog, signalling
    }
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

RankDelegate::RankDelegate(int rankRole, QObject *parent) : QStyledItemDelegate(parent), m_rankRole(rankRole) {}

void RankDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant rank = index.data(m_rankRole);
    if (!rank.isValid())
        return;
    const Tint verdict = tintForStrengthRank(rank.toInt());
    option->backgroundBrush = tintBackground(verdict);
    option->palette.setColor(QPalette::Text, tintForeground(verdict));
}

FlagDelegate::FlagDelegate(int flagRole, Tint verdict, QObject *parent)
    : QStyledItemDelegate(parent), m_flagRole(flagRole), m_verdict(verdict)
{
}

void FlagDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(m_flagRole).toBool())
        return;
    option->backgroundBrush = tintBackground(m_verdict);
    option->palette.setColor(QPalette::Text, tintForeground(m_verdict));
}

PropertyTree::PropertyTree(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Field"), tr("Value")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    header()->setStretchLastSection(true);
    installCopyAction(this);
}

QTreeWidgetItem *PropertyTree::addSection(const QString &title)
{
    auto *item = new QTreeWidgetItem(this, {title});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    return item;
}

QTreeWidgetItem *PropertyTree::addField(QTreeWidgetItem *parent, const QString &name, const QString &value,
                                        Tint verdict)
{
    auto *item = parent ? new QTreeWidgetItem(parent, {name, value}) : new QTreeWidgetItem(this, {name, value});
    item->setToolTip(1, plainToolTip(value));
    if (verdict != Tint::None) {
        item->setBackground(1, tintBackground(verdict));
        item->setForeground(1, tintForeground(verdict));
    }
    return item;
}

void PropertyTree::finish()
{
    expandAll();
    resizeColumnToContents(0);
    setColumnWidth(0, columnWidth(0) + 16);
}

QString selectedText(const QAbstractItemView *view)
{
    QModelIndexList indexes = view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList{};
    if (indexes.isEmpty() && view->currentIndex().isValid())
        indexes.append(view->currentIndex());
    // In view order: by visual row (the model's row under a proxy already is), then column.
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex &a, const QModelIndex &b) {
        if (a.parent() != b.parent()) {
            const QModelIndex pa = a.parent().isValid() ? a.parent() : a;
            const QModelIndex pb = b.parent().isValid() ? b.parent() : b;
            if (pa.row() != pb.row())
                return pa.row() < pb.row();
            return !a.parent().isValid(); // a section before its fields
        }
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    QStringList lines;
    QStringList cells;
    QModelIndex previous;
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (previous.isValid() && (index.row() != previous.row() || index.parent() != previous.parent())) {
            lines.append(cells.join(QLatin1Char('\t')));
            cells.clear();
        }
        cells.append(index.data(Qt::DisplayRole).toString());
        previous = index;
    }
    if (!cells.isEmpty())
        lines.append(cells.join(QLatin1Char('\t')));
    return lines.join(QLatin1Char('\n'));
}

namespace {

// Ctrl+C as a key press too: an item view handles it itself (copying only the
// current cell) when the shortcut does not reach the action, e.g. while its
// window is not the active one.
class CopyKeyFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (!key->matches(QKeySequence::Copy))
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // ours: deliver it as a key press
            return true;
        }
        copySelection(static_cast<QAbstractItemView *>(watched));
        return true;
    }
};

} // namespace

void copySelection(const QAbstractItemView *view)
{
    const QString text = selectedText(view);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void installCopyAction(QAbstractItemView *view)
{
    auto *copy = new QAction(Tr::tr("&Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] { copySelection(view); });
    view->addAction(copy);
    view->installEventFilter(new CopyKeyFilter(view));
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace mailtls
