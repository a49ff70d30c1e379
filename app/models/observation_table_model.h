#pragma once

// What real messages showed on the link(s) that reach an endpoint, for the
// details view: one row per observation (a link and a way of travelling),
// latest first. The message id and the cipher come from Received: headers,
// that is from whoever wrote them: plain text, never markup.

#include "app/inventory/workspace.h"

#include <QAbstractTableModel>

namespace mailtls {

class ObservationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LinkColumn,
        TransportColumn,      // TLS, cleartext, local, unknown
        VersionColumn,
        CipherColumn,         // as the MTA wrote it
        ForwardSecrecyColumn, // from the cipher's name, when it tells
        FirstSeenColumn,
        LastSeenColumn,
        MessageIdColumn,
        SourceColumn,         // the file the message was read from
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole + 1, // per column; times as milliseconds since the epoch
        CleartextRole,               // bool: the hop crossed in cleartext
        ForwardSecretRole,           // bool; invalid when the cipher does not tell
    };

    explicit ObservationTableModel(QObject *parent = nullptr);

    void setObservations(const QList<Observation> &observations);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Observation> m_rows;
};

} // namespace mailtls
