#include "widgets/history/milestones_dialog.h"

#include "widgets/inventory/edit_error_label.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mailtls {

MilestonesDialog::MilestonesDialog(const QList<Milestone> &milestones, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, 2)), m_error(new EditErrorLabel)
{
    setWindowTitle(tr("Target Dates"));
    setObjectName(QStringLiteral("milestonesDialog"));
    m_table->setObjectName(QStringLiteral("milestoneTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("What should be reached")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const Milestone &m : milestones)
        addRow(m);
    m_table->resizeColumnToContents(0);
    auto *add = new QPushButton(tr("&Add"));
    add->setObjectName(QStringLiteral("addMilestone"));
    auto *remove = new QPushButton(tr("&Remove"));
    connect(add, &QPushButton::clicked, this, qOverload<>(&MilestonesDialog::addRow));
    connect(remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            rows.append(i.row());
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int r : std::as_const(rows))
            m_table->removeRow(r);
    });
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &MilestonesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 320);
}

void MilestonesDialog::addRow()
{
    addRow(Milestone{QDate::currentDate().addMonths(3), {}});
    m_table->setCurrentCell(m_table->rowCount() - 1, 1);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, 1));
}

void MilestonesDialog::addRow(const Milestone &milestone)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *date = new QDateEdit(milestone.date);
    date->setCalendarPopup(true);
    date->setMinimumDate(QDate(100, 1, 1)); // not QDateEdit's 1752: a date read from the file stays as it was
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_table->setCellWidget(row, 0, date);
    m_table->setItem(row, 1, new QTableWidgetItem(milestone.label));
}

void MilestonesDialog::accept()
{
    QList<Milestone> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *date = qobject_cast<QDateEdit *>(m_table->cellWidget(row, 0));
        const QString label =
            m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (label.isEmpty()) {
            m_error->showError(tr("Row %1: say what should be reached by %2.")
                                   .arg(row + 1)
                                   .arg(date->date().toString(Qt::ISODate)));
            m_table->setCurrentCell(row, 1);
            return;
        }
        out.append({date->date(), label});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Milestone &a, const Milestone &b) { return a.date < b.date; });
    m_milestones = out;
    QDialog::accept();
}

} // namespace mailtls
