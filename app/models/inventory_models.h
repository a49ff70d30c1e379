#pragma once

// Item models over a Workspace, for any view (Qt Widgets now, reports later).
// They hold a copy of the workspace: views never reach into shared state.

#include "app/evidence/link_state.h"
#include "app/inventory/workspace.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>

namespace mailtls {

// Hosts at the top level, their endpoints as children.
class HostTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DetailColumn, AddressColumn, ZoneColumn, SoftwareColumn, ColumnCount };

    explicit HostTreeModel(QObject *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    const Workspace &workspace() const { return m_workspace; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Workspace m_workspace;
};

// One row per link: what kind of hop, from where, to which endpoint.
class LinkTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        MeasureColumn,
        FromColumn,
        ToColumn,
        EndpointColumn,
        StateColumn,
        ColumnCount
    };

    explicit LinkTableModel(QObject *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    // Each link's state after an audit, by link id (links without one: not probed).
    void setAssessments(const QHash<QString, LinkAssessment> &assessments);
    // Some links' states changed (an audit goes on): only their rows change.
    void updateAssessments(const QHash<QString, LinkAssessment> &changed);
    const Workspace &workspace() const { return m_workspace; }

    // The link's state as an int LinkState, for views that colour or filter by it.
    static constexpr int LinkStateRole = Qt::UserRole + 1;
    static constexpr int LinkIdRole = Qt::UserRole + 2;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Workspace m_workspace;
    QHash<QString, int> m_rowOf; // link id -> row
    QHash<QString, LinkAssessment> m_assessments;
};

} // namespace mailtls
