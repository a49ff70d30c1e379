#pragma once

// Add or edit one link: who connects (a host, the Internet or the users), the
// endpoint that receives the connection, its kind and a note. OK checks it
// with checkLink() (app/inventory/workspace_edit.h): a refused edit names the
// field and keeps what was chosen. Window-modal and opened, never exec()'d.

#include "app/inventory/workspace.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace mailtls {
class EditErrorLabel;
}

namespace mailtls {

class LinkDialog : public QDialog
{
    Q_OBJECT
public:
    // original: the link being edited; nullptr to add a new one.
    LinkDialog(const Workspace &workspace, const Link *original, QWidget *parent = nullptr);

    Link link() const { return m_link; }
    QString originalId() const { return m_originalId; }
    void accept() override;

private:
    // A new link's id follows its ends until the user types one.
    void suggestId();

    Workspace m_workspace;
    QString m_originalId;
    Link m_link;
    bool m_idTyped = false;
    QLineEdit *m_id;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_kind;
    QLineEdit *m_note;
    EditErrorLabel *m_error;
};

} // namespace mailtls
