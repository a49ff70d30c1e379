#pragma once

// The runs of a workspace as a table for the window's history: one row per
// run, oldest first, with the figures its trend charts draw.

#include "app/history/run_history.h"

#include <QAbstractTableModel>

namespace mailtls {

class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RunColumn,
        DateColumn,
        StateColumn,
        Measure1Column,
        Measure2Column,
        Measure3Column,
        Measure4Column, // MX hosts protected against downgrade
        OpenColumn,
        ChecklistColumn,
        ColumnCount
    };
    static constexpr int RunIdRole = Qt::UserRole + 1;

    explicit RunHistoryModel(QObject *parent = nullptr);

    void setHistory(const QList<RunFigures> &history);
    const QList<RunFigures> &history() const { return m_history; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RunFigures> m_history;
};

} // namespace mailtls
