#include "app/models/suite_table_model.h"

#include <QCoreApplication>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::SuiteTableModel)
};

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

QString yesNoUnknown(const std::optional<bool> &value)
{
    return value ? yesNo(*value) : Tr::tr("not known");
}

// The catalog writes "any" for what TLS 1.3 negotiates apart from the suite.
QString catalogToken(const QString &token)
{
    if (token == QLatin1StringView("any"))
        return Tr::tr("any (TLS 1.3)");
    return token;
}

} // namespace

QString keyExchangeText(const KeyExchangeInfo &kx)
{
    if (kx.group.isEmpty())
        return kx.bits > 0 ? Tr::tr("DH, %1 bits").arg(kx.bits) : QString();
    return kx.bits > 0 ? Tr::tr("%1, %2 bits").arg(kx.group).arg(kx.bits) : kx.group;
}

int cipherStrengthRank(std::optional<CipherStrength> strength)
{
    if (!strength)
        return 0;
    switch (*strength) {
    case CipherStrength::Signalling: return 1;
    case CipherStrength::Insecure: return 2;
    case CipherStrength::Weak: return 3;
    case CipherStrength::Secure: return 4;
    case CipherStrength::Recommended: return 5;
    }
    Q_UNREACHABLE();
}

QString cipherStrengthLabel(std::optional<CipherStrength> strength)
{
    if (!strength)
        return Tr::tr("unknown");
    switch (*strength) {
    case CipherStrength::Signalling: return Tr::tr("signalling");
    case CipherStrength::Insecure: return Tr::tr("insecure");
    case CipherStrength::Weak: return Tr::tr("weak");
    case CipherStrength::Secure: return Tr::tr("secure");
    case CipherStrength::Recommended: return Tr::tr("recommended");
    }
    Q_UNREACHABLE();
}

// ---------------------------------------------------------------------------
// SuiteTableModel

SuiteTableModel::SuiteTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SuiteTableModel::setResult(const EndpointResult &result)
{
    beginResetModel();
    m_rows.clear();
    const QList<TlsVersion> versions = allTlsVersions();
    for (auto v = versions.crbegin(); v != versions.crend(); ++v) {
        const auto it = result.versions.constFind(*v);
        if (it == result.versions.cend() || !it->accepted.value_or(false))
            continue;
        int position = 0;
        for (const QString &name : it->cipherSuites) {
            Row row;
            row.version = *v;
            row.name = name;
            row.position = ++position;
            row.serverOrder = it->serverPreference.value_or(true);
            if (const auto kx = it->keyExchange.constFind(name); kx != it->keyExchange.cend())
                row.keyExchange = *kx;
            // SSL 2.0 specs are named SSL_CK_...: not in the TLS suite registry.
            if (*v != TlsVersion::Ssl2)
                row.entry = cipherSuiteByName(name);
            m_rows.append(row);
        }
    }
    endResetModel();
}

void SuiteTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SuiteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SuiteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuiteTableModel::display(const Row &row, int column) const
{
    const CipherSuiteEntry *e = row.entry;
    switch (column) {
    case OrderColumn: return row.position;
    case VersionColumn: return tlsVersionName(row.version);
    case NameColumn: return row.name;
    case OpenSslNameColumn: return e ? e->openSslName : QString();
    case KeyExchangeColumn: return e ? catalogToken(e->keyExchange) : QString();
    case KeySizeColumn: return row.keyExchange ? keyExchangeText(*row.keyExchange) : QString();
    case AuthenticationColumn: return e ? catalogToken(e->authentication) : QString();
    case CipherColumn:
        if (!e)
            return QString();
        return e->keyBits > 0 ? Tr::tr("%1 %2").arg(e->cipher).arg(e->keyBits) : e->cipher;
    case ModeColumn:
        if (!e)
            return QString();
        if (e->aead)
            return Tr::tr("%1 (AEAD)").arg(e->mode);
        return e->mac.isEmpty() ? e->mode : Tr::tr("%1, MAC %2").arg(e->mode, e->mac);
    case ForwardSecrecyColumn: return e ? yesNo(e->forwardSecret) : Tr::tr("not known");
    case StrengthColumn:
        return cipherStrengthLabel(e ? std::optional<CipherStrength>(e->strength) : std::nullopt);
    }
    return {};
}

QVariant SuiteTableModel::sortKey(const Row &row, int column) const
{
    const CipherSuiteEntry *e = row.entry;
    switch (column) {
    case OrderColumn:
        // Within a version by position; versions newest first as the rows come.
        return (5 - static_cast<int>(row.version)) * 10000 + row.position;
    case VersionColumn: return static_cast<int>(row.version);
    case KeySizeColumn: return row.keyExchange ? row.keyExchange->bits : -1;
    case CipherColumn: return e ? e->keyBits : -1;
    case ForwardSecrecyColumn: return e ? int(e->forwardSecret) : -1;
    case StrengthColumn:
        return cipherStrengthRank(e ? std::optional<CipherStrength>(e->strength) : std::nullopt);
    default: return display(row, column);
    }
}

QVariant SuiteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const CipherSuiteEntry *e = row.entry;
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == OrderColumn && !row.serverOrder)
            return Tr::tr("The server follows the client's order on %1: this is the order of the offer.")
                .arg(tlsVersionName(row.version));
        if (index.column() == NameColumn && !e)
            return Tr::tr("Not in the cipher suite catalog: its properties are not known.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OrderColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole: return sortKey(row, index.column());
    case StrengthRankRole:
        return cipherStrengthRank(e ? std::optional<CipherStrength>(e->strength) : std::nullopt);
    case StrengthRole: return e ? QVariant(static_cast<int>(e->strength)) : QVariant();
    case KnownRole: return e != nullptr;
    case ForwardSecretRole: return e ? QVariant(e->forwardSecret) : QVariant();
    case VersionRole: return static_cast<int>(row.version);
    case PreferenceRole: return row.position;
    case ServerOrderRole: return row.serverOrder;
    default: return {};
    }
}

QVariant SuiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OrderColumn: return Tr::tr("Position in the server's order of preference for the version");
        case KeySizeColumn: return Tr::tr("The ephemeral key the server sent: group and size (DHE: the prime's bits)");
        case ForwardSecrecyColumn: return Tr::tr("Recorded traffic stays safe if the server's key leaks later");
        case StrengthColumn:
            return Tr::tr("The catalog's class: insecure (broken), weak (no forward secrecy), "
                          "secure (forward secrecy), recommended (forward secrecy and AEAD)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderColumn: return Tr::tr("#");
    case VersionColumn: return Tr::tr("Version");
    case NameColumn: return Tr::tr("Cipher suite (IANA)");
    case OpenSslNameColumn: return Tr::tr("OpenSSL name");
    case KeyExchangeColumn: return Tr::tr("Key exchange");
    case KeySizeColumn: return Tr::tr("Key size");
    case AuthenticationColumn: return Tr::tr("Authentication");
    case CipherColumn: return Tr::tr("Cipher");
    case ModeColumn: return Tr::tr("Mode");
    case ForwardSecrecyColumn: return Tr::tr("Forward secrecy");
    case StrengthColumn: return Tr::tr("Strength");
    }
    return {};
}

// ---------------------------------------------------------------------------
// VersionTableModel

VersionTableModel::VersionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void VersionTableModel::setResult(const EndpointResult &result)
{
    beginResetModel();
    m_rows.clear();
    for (TlsVersion v : allTlsVersions())
        m_rows.append({v, result.versions.value(v)});
    endResetModel();
}

void VersionTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

CipherStrength VersionTableModel::versionStrength(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Ssl2:
    case TlsVersion::Ssl3: return CipherStrength::Insecure;
    case TlsVersion::Tls10:
    case TlsVersion::Tls11: return CipherStrength::Weak;
    case TlsVersion::Tls12: return CipherStrength::Secure;
    case TlsVersion::Tls13: return CipherStrength::Recommended;
    }
    Q_UNREACHABLE();
}

int VersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[version, vr] = m_rows.at(index.row());
    const bool accepted = vr.accepted.value_or(false);
    const int acceptedState = vr.accepted ? int(*vr.accepted) : -1;
    // RFC 5746 and RFC 7627 apply from SSL 3.0 to TLS 1.2.
    const bool hasRenegotiation = version != TlsVersion::Ssl2 && version != TlsVersion::Tls13;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn: return tlsVersionName(version);
        case StatusColumn:
            return acceptedState == 1 ? Tr::tr("accepted")
                 : acceptedState == 0 ? Tr::tr("refused")
                                      : Tr::tr("not decided");
        case RatingColumn: return accepted ? cipherStrengthLabel(versionStrength(version)) : QString();
        case SuitesColumn: return accepted ? QVariant(static_cast<int>(vr.cipherSuites.size())) : QVariant();
        case OrderColumn:
            if (!accepted || !vr.serverPreference)
                return QString();
            return *vr.serverPreference ? Tr::tr("server's") : Tr::tr("client's");
        case GroupsColumn: return accepted ? vr.groups.join(QStringLiteral(", ")) : QString();
        case RenegotiationColumn:
            return accepted && hasRenegotiation ? yesNoUnknown(vr.secureRenegotiation) : QString();
        case ExtendedMasterSecretColumn:
            return accepted && hasRenegotiation ? yesNoUnknown(vr.extendedMasterSecret) : QString();
        case NoteColumn: return vr.note;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case VersionColumn: return static_cast<int>(version);
        case StatusColumn: return acceptedState;
        case RatingColumn: return accepted ? cipherStrengthRank(versionStrength(version)) : -1;
        case SuitesColumn: return accepted ? static_cast<int>(vr.cipherSuites.size()) : -1;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && acceptedState == -1)
            return Tr::tr("The engine could not decide this version; see the note.");
        return {};
    case AcceptedRole: return acceptedState;
    case VersionRole: return static_cast<int>(version);
    case StrengthRankRole:
        return accepted ? QVariant(cipherStrengthRank(versionStrength(version))) : QVariant();
    default: return {};
    }
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RenegotiationColumn: return Tr::tr("Secure renegotiation (RFC 5746)");
        case ExtendedMasterSecretColumn: return Tr::tr("Extended master secret (RFC 7627)");
        case OrderColumn: return Tr::tr("Whose order of preference decides the suite");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn: return Tr::tr("Version");
    case StatusColumn: return Tr::tr("Offered");
    case RatingColumn: return Tr::tr("Rating");
    case SuitesColumn: return Tr::tr("Suites");
    case OrderColumn: return Tr::tr("Order");
    case GroupsColumn: return Tr::tr("Groups");
    case RenegotiationColumn: return Tr::tr("Secure renegotiation");
    case ExtendedMasterSecretColumn: return Tr::tr("Extended master secret");
    case NoteColumn: return Tr::tr("Note");
    }
    return {};
}

} // namespace mailtls
