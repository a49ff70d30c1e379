#pragma once

// Building blocks of the details views: the colour-blind-safe palette for
// strength classes (Okabe-Ito hues, light tints under dark text, always next
// to a word that says the same), a delegate that paints a column by a rank
// role, a two-column property tree for field/value sections, and Ctrl+C on
// item views. Everything a server sent is set as plain text: item views do
// not interpret markup, and tooltips go through plainToolTip().

#include <QStyledItemDelegate>
#include <QTreeWidget>

class QAbstractItemView;

namespace mailtls {

// How a value reads for the audit, on the strength scale of the suites.
enum class Tint { None, Bad, Poor, Fair, Good, Unknown };

// Background tint and text colour for a verdict (None: invalid colours).
QColor tintBackground(Tint verdict);
QColor tintForeground(Tint verdict);
// cipherStrengthRank() (0 unknown .. 5 recommended) as a verdict.
Tint tintForStrengthRank(int rank);

// A tooltip that shows text literally: QToolTip takes anything that looks
// like markup as rich text, so the text is escaped inside a paragraph.
QString plainToolTip(const QString &text);

// Paints the cells of the columns it is set on with the verdict of a rank
// role of the model (cipherStrengthRank() values); the text stays.
class RankDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    RankDelegate(int rankRole, QObject *parent);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_rankRole;
};

// Paints the cells of the columns it is set on with one verdict where a
// boolean role of the model is true (e.g. a hop that crossed in cleartext).
class FlagDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    FlagDelegate(int flagRole, Tint verdict, QObject *parent);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_flagRole;
    Tint m_verdict;
};

// Field/value sections (Wireshark's packet details): a section is a top-level
// row, its fields below; a value may carry a verdict, shown as a tint next to
// its words. Selectable, and Ctrl+C copies "field<TAB>value" lines.
class PropertyTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PropertyTree(QWidget *parent = nullptr);

    QTreeWidgetItem *addSection(const QString &title);
    QTreeWidgetItem *addField(QTreeWidgetItem *parent, const QString &name, const QString &value,
                              Tint verdict = Tint::None);
    // Expands every section and sizes the field column.
    void finish();
};

// Adds a Copy action (Ctrl+C, and the context menu) copying the selected
// cells as tab-separated lines, in view order.
void installCopyAction(QAbstractItemView *view);
QString selectedText(const QAbstractItemView *view);
void copySelection(const QAbstractItemView *view);

} // namespace mailtls
