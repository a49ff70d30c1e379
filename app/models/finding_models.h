#pragma once

// Item models over an audit's findings and its checklist, for the window's
// views (and any other): presentation data only, no judgement, which stays
// in policy_evaluation, risk_register and checklist_tracking. Server-derived
// text (evidence) is returned as plain text; views must not render it as
// markup.

#include "app/remediation/remediation.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace mailtls {

// Roles both models answer besides Qt's.
enum FindingRole {
    FindingSeveritySortRole = Qt::UserRole + 1, // int, higher is more severe
    FindingMeasureRole,                         // int 1..3
    FindingHostIdRole,                          // the endpoint's host id
    FindingRuleIdRole,
    FindingItemKeyRole,                         // "M1.6@mx2/smtp:25"
    FindingAcceptedRole,                        // bool: accepted as a risk and in force
    FindingItemStateRole,                       // int ItemState, or -1 when untracked
};

// One row per finding of an evaluation (most severe first), with its entry
// in the exceptions register.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, TitleColumn, EndpointColumn, StatusColumn, EvidenceColumn, ColumnCount };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const Profile &profile, const QList<TriagedFinding> &findings);
    const TriagedFinding &finding(int row) const { return m_findings.at(row); }
    const Profile &profile() const { return m_profile; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Profile m_profile;
    QList<TriagedFinding> m_findings;
};

// Filters findings (or checklist items) by measure, least severity, host and text.
class FindingsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilter(QObject *parent = nullptr);

    void setMeasure(int measure);              // 0: all
    void setMinimumSeverity(Severity severity); // Info: all
    void setHost(const QString &hostId);       // empty: all
    void setShowAccepted(bool show);
    void setText(const QString &text);         // in any column, case-insensitive

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_measure = 0;
    Severity m_minimum = Severity::Info;
    QString m_host;
    bool m_showAccepted = true;
    QString m_text;
};

// The checklist by host: hosts at the top, their items below, then the items
// audits verified. The state column is editable (open, in progress, done);
// an edit asks for the change (stateChangeRequested) and shows it at once.
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, StateColumn, SeverityColumn, SoftwareColumn, EffortColumn, ColumnCount };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setChecklist(const Profile &profile, const QList<ChecklistItem> &items, const QList<TrackedItem> &verified);
    // The item a row shows; nullptr for a host row or a verified item.
    const ChecklistItem *item(const QModelIndex &index) const;
    // An item's state as the store now has it (after a change was saved).
    void setItemState(const QString &itemKey, ItemState state);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void stateChangeRequested(const QString &itemKey, mailtls::ItemState state);

private:
    struct Row
    {
        std::optional<ChecklistItem> item; // open items
        std::optional<TrackedItem> verified;
        QString key() const;
        QString endpoint() const;
        QString rule() const;
        std::optional<ItemState> state() const;
    };
    struct HostGroup
    {
        QString hostId;
        QList<Row> rows;
    };
    QVariant hostData(const HostGroup &group, int column, int role) const;
    QVariant rowData(const Row &row, int column, int role) const;

    Profile m_profile;
    QList<HostGroup> m_hosts;
};

} // namespace mailtls
