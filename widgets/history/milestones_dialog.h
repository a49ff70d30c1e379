#pragma once

// The rollout's target dates, edited as a table (date, what should be
// reached by then). OK keeps them by date in the workspace (undoable);
// a row without a label is refused and named. Opened, never exec()'d.

#include "app/inventory/workspace.h"

#include <QDialog>

class QTableWidget;

namespace mailtls {

class EditErrorLabel;

class MilestonesDialog : public QDialog
{
    Q_OBJECT
public:
    MilestonesDialog(const QList<Milestone> &milestones, QWidget *parent = nullptr);

    QList<Milestone> milestones() const { return m_milestones; }
    void accept() override;
    // Adds a row (today in three months, no label yet) and starts editing its label.
    void addRow();

private:
    void addRow(const Milestone &milestone);

    QTableWidget *m_table;
    EditErrorLabel *m_error;
    QList<Milestone> m_milestones;
};

} // namespace mailtls
