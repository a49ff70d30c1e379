#pragma once

// Add or edit one host of the inventory: its id, DNS name, addresses, zone,
// site, software, roles and endpoints. OK checks the host with checkHost()
// (app/inventory/workspace_edit.h): a refused edit names the field, puts the
// cursor there and keeps what was typed. Window-modal and opened, never
// exec()'d; the window reads host() when it is accepted.

#include "app/inventory/workspace.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace mailtls {
class EditErrorLabel;
}

namespace mailtls {

class HostDialog : public QDialog
{
    Q_OBJECT
public:
    // original: the host being edited; nullptr to add a new one.
    HostDialog(const Workspace &workspace, const Host *original, QWidget *parent = nullptr);

    Host host() const { return m_host; }
    QString originalId() const { return m_originalId; }
    void accept() override;

private:
    Workspace m_workspace;
    QString m_originalId;
    Host m_host;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_addresses;
    QComboBox *m_zone;
    QLineEdit *m_site;
    QLineEdit *m_software;
    QListWidget *m_roles;
    QLineEdit *m_endpoints;
    EditErrorLabel *m_error;
};

} // namespace mailtls
