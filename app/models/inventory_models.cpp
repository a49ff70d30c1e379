#include "app/models/inventory_models.h"

#include "app/inventory/labels.h"

namespace mailtls {

// Internal ids: 0 marks a host row; hostRow + 1 marks an endpoint row of that host.
HostTreeModel::HostTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void HostTreeModel::setWorkspace(const Workspace &workspace)
{
    beginResetModel();
    m_workspace = workspace;
    endResetModel();
}

QModelIndex HostTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex HostTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int HostTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_workspace.hosts.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return static_cast<int>(m_workspace.hosts.at(parent.row()).endpoints.size());
    return 0;
}

int HostTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant HostTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.internalId() == 0) {
        const Host &h = m_workspace.hosts.at(index.row());
        switch (index.column()) {
        case NameColumn: return h.name;
        case DetailColumn: {
            QStringList roles;
            for (HostRole r : h.roles)
                roles.append(hostRoleLabel(r));
            return roles.join(QStringLiteral(", "));
        }
        case AddressColumn: return h.addresses.join(QStringLiteral(", "));
        case ZoneColumn: return zoneLabel(h.zone);
        case SoftwareColumn: return h.software;
        default: return {};
        }
    }
    const Host &h = m_workspace.hosts.at(static_cast<int>(index.internalId() - 1));
    const Endpoint &e = h.endpoints.at(index.row());
    switch (index.column()) {
    case NameColumn: return protocolScheme(e.protocol);
    case DetailColumn: return tr("port %1").arg(e.port);
    case AddressColumn: return m_workspace.target(h, e).host;
    default: return {};
    }
}

QVariant HostTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Host / endpoint");
    case DetailColumn: return tr("Roles / port");
    case AddressColumn: return tr("Address");
    case ZoneColumn: return tr("Zone");
    case SoftwareColumn: return tr("Software");
    default: return {};
    }
}

LinkTableModel::LinkTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void LinkTableModel::setWorkspace(const Workspace &workspace)
{
    beginResetModel();
    m_workspace = workspace;
    m_rowOf.clear();
    for (qsizetype i = 0; i < m_workspace.links.size(); ++i)
        m_rowOf.insert(m_workspace.links.at(i).id, static_cast<int>(i));
    m_assessments.clear();
    endResetModel();
}

void LinkTableModel::updateAssessments(const QHash<QString, LinkAssessment> &changed)
{
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        m_assessments.insert(it.key(), it.value());
        if (const auto row = m_rowOf.constFind(it.key()); row != m_rowOf.cend())
            Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
    }
}

int LinkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_workspace.links.size());
}

int LinkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Link &l = m_workspace.links.at(index.row());
    const auto assessed = m_assessments.constFind(l.id);
    if (role == LinkIdRole)
        return l.id;
    if (role == LinkStateRole)
        return static_cast<int>(assessed != m_assessments.cend() ? assessed->state : LinkState::NotProbed);
    if (role == Qt::ToolTipRole && index.column() == StateColumn && assessed != m_assessments.cend())
        return assessed->reasonTexts.join(u'\n');
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KindColumn: return linkKindLabel(l.kind);
    case MeasureColumn: return tr("M%1").arg(measureForLinkKind(l.kind));
    case FromColumn: return m_workspace.nodeName(l.from);
    case ToColumn: return m_workspace.nodeName(l.endpoint.hostId);
    case EndpointColumn: {
        const Host *h = m_workspace.host(l.endpoint.hostId);
        const Endpoint *e = m_workspace.endpoint(l.endpoint);
        if (!h || !e)
            return l.endpoint.toString();
        return m_workspace.target(*h, *e).url();
    }
    case StateColumn:
        return assessed != m_assessments.cend() ? linkStateLabel(assessed->state) : linkStateLabel(LinkState::NotProbed);
    default: return {};
    }
}

void LinkTableModel::setAssessments(const QHash<QString, LinkAssessment> &assessments)
{
    m_assessments = assessments;
    if (!m_workspace.links.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant LinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Link");
    case MeasureColumn: return tr("Measure");
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case EndpointColumn: return tr("Endpoint");
    case StateColumn: return tr("State");
    default: return {};
    }
}

} // namespace mailtls
