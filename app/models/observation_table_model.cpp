#include "app/models/observation_table_model.h"

#include "app/evidence/received.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ObservationTableModel)
};

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

std::optional<bool> forwardSecret(const Observation &ob)
{
    if (ob.transport != QLatin1StringView("tls") || ob.cipher.isEmpty())
        return std::nullopt;
    return cipherForwardSecret(ob.cipher, ob.tlsVersion);
}

} // namespace

ObservationTableModel::ObservationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ObservationTableModel::setObservations(const QList<Observation> &observations)
{
    beginResetModel();
    m_rows = observations;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Observation &a, const Observation &b) { return a.lastSeen > b.lastSeen; });
    endResetModel();
}

void ObservationTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ObservationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ObservationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Observation &ob = m_rows.at(index.row());
    const std::optional<bool> fs = forwardSecret(ob);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LinkColumn: return ob.link;
        case TransportColumn:
            if (ob.transport == QLatin1StringView("tls"))
                return Tr::tr("TLS");
            if (ob.transport == QLatin1StringView("cleartext"))
                return Tr::tr("cleartext");
            if (ob.transport == QLatin1StringView("local"))
                return Tr::tr("local");
            return Tr::tr("unknown");
        case VersionColumn: return ob.tlsVersion;
        case CipherColumn: return ob.cipher;
        case ForwardSecrecyColumn: return fs ? (*fs ? Tr::tr("yes") : Tr::tr("no")) : QString();
        case FirstSeenColumn: return utcText(ob.firstSeen);
        case LastSeenColumn: return utcText(ob.lastSeen);
        case MessageIdColumn: return ob.messageId;
        case SourceColumn: return ob.source;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case FirstSeenColumn: return ob.firstSeen.isValid() ? ob.firstSeen.toMSecsSinceEpoch() : qint64(-1);
        case LastSeenColumn: return ob.lastSeen.isValid() ? ob.lastSeen.toMSecsSinceEpoch() : qint64(-1);
        case ForwardSecrecyColumn: return fs ? int(*fs) : -1;
        default: return data(index, Qt::DisplayRole);
        }
    case CleartextRole: return ob.transport == QLatin1StringView("cleartext");
    case ForwardSecretRole: return fs ? QVariant(*fs) : QVariant();
    default: return {};
    }
}

QVariant ObservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section == ForwardSecrecyColumn)
        return Tr::tr("From the cipher's name as the MTA wrote it; empty when the name does not tell");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LinkColumn: return Tr::tr("Link");
    case TransportColumn: return Tr::tr("Transport");
    case VersionColumn: return Tr::tr("TLS version");
    case CipherColumn: return Tr::tr("Cipher");
    case ForwardSecrecyColumn: return Tr::tr("Forward secrecy");
    case FirstSeenColumn: return Tr::tr("First seen");
    case LastSeenColumn: return Tr::tr("Last seen");
    case MessageIdColumn: return Tr::tr("Message ID");
    case SourceColumn: return Tr::tr("Source");
    }
    return {};
}

} // namespace mailtls
