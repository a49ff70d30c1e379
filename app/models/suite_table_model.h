#pragma once

// Item models over one endpoint's probe result for the details view: the
// accepted cipher suites, one row per (version, suite) with what the cipher
// suite catalog says about each, and the summary of every protocol version.
// Presentation data only: the judgement of a link stays in link_state and the
// policy checks. Names and notes come from the server or the engine and are
// returned as plain text; views must not render them as markup.

#include "probes/endpoint_probe.h"
#include "probes/tls/cipher_registry.h"

#include <QAbstractTableModel>

#include <optional>

namespace mailtls {

// A cipher strength class as a rank that sorts from worst to best:
// unknown < signalling < insecure < weak < secure < recommended.
int cipherStrengthRank(std::optional<CipherStrength> strength);
// Translated name of a strength class; nullopt: a suite the catalog does not know.
QString cipherStrengthLabel(std::optional<CipherStrength> strength);
// The ephemeral key a server sent, for people: "x25519, 253 bits", "DH, 2048 bits".
QString keyExchangeText(const KeyExchangeInfo &keyExchange);

// The accepted suites of every accepted version, newest version first and in
// the server's order (or the order the engine offered them when the client's
// order decides) within a version. A suite the catalog does not know still has
// its row, marked unknown.
class SuiteTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        OrderColumn,          // 1-based position in the server's order
        VersionColumn,
        NameColumn,           // IANA name
        StrengthColumn,       // the catalog's strength class
        ForwardSecrecyColumn, // yes / no
        KeyExchangeColumn,    // "ECDHE", "RSA", ...
        KeySizeColumn,        // the ephemeral key the server sent: "x25519, 253 bits"
        AuthenticationColumn,
        CipherColumn,         // "AES 128"
        ModeColumn,           // "GCM (AEAD)"
        OpenSslNameColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole + 1, // per column: a number or text that sorts in a meaningful order
        StrengthRankRole,            // int, cipherStrengthRank()
        StrengthRole,                // int CipherStrength; invalid when unknown
        KnownRole,                   // bool: the catalog knows the suite
        ForwardSecretRole,           // bool; invalid when unknown
        VersionRole,                 // int TlsVersion
        PreferenceRole,              // int, 1-based position within the version
        ServerOrderRole,             // bool: the position is the server's preference (not the client's)
    };

    explicit SuiteTableModel(QObject *parent = nullptr);

    void setResult(const EndpointResult &result);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        TlsVersion version = TlsVersion::Tls12;
        QString name;
        int position = 0;        // 1-based
        bool serverOrder = false; // the server imposes its order on this version
        std::optional<KeyExchangeInfo> keyExchange;
        const CipherSuiteEntry *entry = nullptr; // nullptr: unknown to the catalog
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;

    QList<Row> m_rows;
};

// One row per protocol version the engine decides, oldest first: accepted,
// refused or undecided, how many suites, whose order, the groups, RFC 5746
// and RFC 7627, and the engine's note.
class VersionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        VersionColumn,
        StatusColumn,  // accepted / refused / not decided
        RatingColumn,  // for an accepted version: the class of the version itself
        SuitesColumn,  // number of accepted suites
        OrderColumn,   // server's / client's
        GroupsColumn,
        RenegotiationColumn,
        ExtendedMasterSecretColumn,
        NoteColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole + 1,
        AcceptedRole,     // int: 1 accepted, 0 refused, -1 not decided
        VersionRole,      // int TlsVersion
        StrengthRankRole, // int cipherStrengthRank() of the version when accepted; invalid otherwise
    };

    explicit VersionTableModel(QObject *parent = nullptr);

    void setResult(const EndpointResult &result);
    void clear();

    // How the protocol version itself rates, on the suites' scale: SSL 2.0 and
    // 3.0 insecure, TLS 1.0 and 1.1 weak (RFC 8996), TLS 1.2 secure, TLS 1.3 recommended.
    static CipherStrength versionStrength(TlsVersion version);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<std::pair<TlsVersion, VersionResult>> m_rows;
};

} // namespace mailtls
