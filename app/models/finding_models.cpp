#include "app/models/finding_models.h"

#include <QCoreApplication>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::FindingModels)
};

QString hostOf(const QString &endpoint)
{
    const std::optional<EndpointRef> ref = EndpointRef::parse(endpoint);
    return ref ? ref->hostId : endpoint.section(u'/', 0, 0);
}

QString statusText(const TriagedFinding &f)
{
    if (f.accepted())
        return Tr::tr("accepted risk until %1 (%2)")
            .arg(f.acceptance->expires.toString(Qt::ISODate), f.acceptance->owner);
    if (f.acceptance)
        return Tr::tr("open: accepted risk lapsed on %1").arg(f.acceptance->expires.toString(Qt::ISODate));
    return Tr::tr("open");
}

QString evidenceText(const RuleResult &r)
{
    QStringList lines;
    for (const Evidence &e : r.evidence)
        lines << e.detail;
    return lines.join(u'\n');
}

} // namespace

// ---- FindingsModel

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(const Profile &profile, const QList<TriagedFinding> &findings)
{
    beginResetModel();
    m_profile = profile;
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TriagedFinding &f = m_findings.at(index.row());
    const RuleResult &r = f.finding;
    const Rule *rule = m_profile.rule(r.ruleId);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(r.severity);
        case RuleColumn:
            return r.ruleId;
        case TitleColumn:
            return rule ? rule->title.text() : QString();
        case EndpointColumn:
            return r.endpoint;
        case StatusColumn:
            return statusText(f);
        case EvidenceColumn:
            return r.evidence.isEmpty() ? QString() : r.evidence.constFirst().detail;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EvidenceColumn || index.column() == TitleColumn)
            return evidenceText(r); // plain text: the view shows it as such
        return {};
    case FindingSeveritySortRole:
        return static_cast<int>(r.severity);
    case FindingMeasureRole:
        return r.measure;
    case FindingHostIdRole:
        return hostOf(r.endpoint);
    case FindingRuleIdRole:
        return r.ruleId;
    case FindingItemKeyRole:
        return QString(r.ruleId + u'@' + r.endpoint);
    case FindingAcceptedRole:
        return f.accepted();
    case FindingItemStateRole:
        return -1;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return Tr::tr("Severity");
    case RuleColumn:
        return Tr::tr("Rule");
    case TitleColumn:
        return Tr::tr("Finding");
    case EndpointColumn:
        return Tr::tr("Endpoint");
    case StatusColumn:
        return Tr::tr("Status");
    case EvidenceColumn:
        return Tr::tr("Evidence");
    }
    return {};
}

// ---- FindingsFilter

FindingsFilter::FindingsFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FindingSeveritySortRole);
    setRecursiveFilteringEnabled(true);
}

void FindingsFilter::setMeasure(int measure)
{
    m_measure = measure;
    invalidateFilter();
}

void FindingsFilter::setMinimumSeverity(Severity severity)
{
    m_minimum = severity;
    invalidateFilter();
}

void FindingsFilter::setHost(const QString &hostId)
{
    m_host = hostId;
    invalidateFilter();
}

void FindingsFilter::setShowAccepted(bool show)
{
    m_showAccepted = show;
    invalidateFilter();
}

void FindingsFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool FindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const QVariant rule = row.data(FindingRuleIdRole);
    if (!rule.isValid())
        return false; // a grouping row (a host): shown when a child is (recursive filtering)
    if (m_measure && row.data(FindingMeasureRole).toInt() != m_measure)
        return false;
    if (row.data(FindingSeveritySortRole).toInt() < static_cast<int>(m_minimum))
        return false;
    if (!m_host.isEmpty() && row.data(FindingHostIdRole).toString() != m_host)
        return false;
    if (!m_showAccepted && row.data(FindingAcceptedRole).toBool())
        return false;
    if (!m_text.isEmpty()) {
        for (int c = 0; c < sourceModel()->columnCount(sourceParent); ++c) {
            if (sourceModel()->index(sourceRow, c, sourceParent).data().toString().contains(m_text,
                                                                                            Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

// ---- ChecklistModel

QString ChecklistModel::Row::key() const
{
    return rule() + u'@' + endpoint();
}

QString ChecklistModel::Row::endpoint() const
{
    return item ? item->finding.endpoint : verified->endpoint;
}

QString ChecklistModel::Row::rule() const
{
    return item ? item->finding.ruleId : verified->rule;
}

std::optional<ItemState> ChecklistModel::Row::state() const
{
    return item ? item->state : std::optional<ItemState>(verified->state);
}

ChecklistModel::ChecklistModel(QObject *parent) : QAbstractItemModel(parent) {}

void ChecklistModel::setChecklist(const Profile &profile, const QList<ChecklistItem> &items,
                                  const QList<TrackedItem> &verified)
{
    beginResetModel();
    m_profile = profile;
    m_hosts.clear();
    QHash<QString, qsizetype> byHost;
    const auto groupFor = [&](const QString &endpoint) -> HostGroup & {
        const QString host = hostOf(endpoint);
        auto it = byHost.constFind(host);
        if (it == byHost.cend()) {
            it = byHost.insert(host, m_hosts.size());
            m_hosts.append({host, {}});
        }
        return m_hosts[*it];
    };
    for (const ChecklistItem &i : items)
        groupFor(i.finding.endpoint).rows.append({i, std::nullopt});
    for (const TrackedItem &t : verified)
        groupFor(t.endpoint).rows.append({std::nullopt, t});
    endResetModel();
}

const ChecklistItem *ChecklistModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Row &row = m_hosts.at(static_cast<qsizetype>(index.internalId() - 1)).rows.at(index.row());
    return row.item ? &*row.item : nullptr;
}

void ChecklistModel::setItemState(const QString &itemKey, ItemState state)
{
    for (qsizetype h = 0; h < m_hosts.size(); ++h) {
        QList<Row> &rows = m_hosts[h].rows;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (rows.at(r).key() != itemKey)
                continue;
            if (rows[r].item)
                rows[r].item->state = state;
            else
                rows[r].verified->state = state;
            const QModelIndex changed = createIndex(static_cast<int>(r), StateColumn, quintptr(h + 1));
            Q_EMIT dataChanged(changed, changed);
            return;
        }
    }
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_hosts.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_hosts.at(parent.row()).rows.size());
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistModel::hostData(const HostGroup &group, int column, int role) const
{
    if (role == FindingHostIdRole)
        return group.hostId;
    if (role != Qt::DisplayRole)
        return {};
    if (column == ItemColumn)
        return group.hostId;
    if (column == StateColumn) {
        int open = 0;
        for (const Row &r : group.rows) {
            const std::optional<ItemState> s = r.state();
            if (!s || (*s != ItemState::Verified && *s != ItemState::AcceptedRisk))
                ++open;
        }
        return Tr::tr("%1 of %2 to do").arg(open).arg(group.rows.size());
    }
    return {};
}

QVariant ChecklistModel::rowData(const Row &row, int column, int role) const
{
    const Rule *rule = m_profile.rule(row.rule());
    const std::optional<ItemState> state = row.state();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ItemColumn: {
            QString text =
                QStringLiteral("%1 %2 (%3)").arg(row.rule(), rule ? rule->title.text() : QString(), row.endpoint());
            // Replacing the certificate would touch DANE: said on the row, not only in the details.
            if (row.item && row.item->dane)
                text += QStringLiteral("  [") + Tr::tr("DANE warning") + u']';
            return text;
        }
        case StateColumn: {
            QString text = state ? itemStateLabel(*state) : QString();
            if (row.item && row.item->regressions)
                text += QStringLiteral(" (") + Tr::tr("%n regression(s)", nullptr, row.item->regressions) + u')';
            return text;
        }
        case SeverityColumn:
            return row.item ? severityLabel(row.item->finding.severity) : QString();
        case SoftwareColumn:
            return row.item ? softwareLabel(row.item->software.software) : QString();
        case EffortColumn:
            return row.item && row.item->remedy ? effortLabel(row.item->remedy->effort) : QString();
        }
        return {};
    case Qt::EditRole:
        if (column == StateColumn && state)
            return static_cast<int>(*state);
        return {};
    case Qt::ToolTipRole:
        if (column == ItemColumn && row.item)
            return row.item->dane ? daneWarningLine(*row.item->dane) + QStringLiteral("\n\n") +
                                        evidenceText(row.item->finding)
                                  : evidenceText(row.item->finding);
        return {};
    case FindingSeveritySortRole:
        return row.item ? static_cast<int>(row.item->finding.severity) : -1;
    case FindingMeasureRole:
        return rule ? rule->measure : 0;
    case FindingHostIdRole:
        return hostOf(row.endpoint());
    case FindingRuleIdRole:
        return row.rule();
    case FindingItemKeyRole:
        return row.key();
    case FindingAcceptedRole:
        return state == ItemState::AcceptedRisk;
    case FindingItemStateRole:
        return state ? static_cast<int>(*state) : -1;
    }
    return {};
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return hostData(m_hosts.at(index.row()), index.column(), role);
    return rowData(m_hosts.at(static_cast<qsizetype>(index.internalId() - 1)).rows.at(index.row()), index.column(),
                   role);
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const int v = value.toInt(&ok);
    const QList<ItemState> states = allItemStates();
    if (!ok || v < 0 || v >= states.size() || !isSettableByUser(ItemState(v)))
        return false;
    const QString key = index.data(FindingItemKeyRole).toString();
    setItemState(key, ItemState(v));
    Q_EMIT stateChangeRequested(key, ItemState(v));
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == 0)
        return f;
    const Row &row = m_hosts.at(static_cast<qsizetype>(index.internalId() - 1)).rows.at(index.row());
    // Open items a person works on; verified and accepted ones are the audit's and the register's.
    if (index.column() == StateColumn && row.item && row.item->state && isSettableByUser(*row.item->state))
        f |= Qt::ItemIsEditable;
    return f | Qt::ItemNeverHasChildren;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return Tr::tr("Item");
    case StateColumn:
        return Tr::tr("State");
    case SeverityColumn:
        return Tr::tr("Severity");
    case SoftwareColumn:
        return Tr::tr("Software");
    case EffortColumn:
        return Tr::tr("Effort");
    }
    return {};
}

} // namespace mailtls
