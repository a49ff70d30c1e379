#include "widgets/inventory/host_dialog.h"

#include "app/inventory/labels.h"
#include "app/inventory/workspace_edit.h"
#include "widgets/inventory/edit_error_label.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace mailtls {

HostDialog::HostDialog(const Workspace &workspace, const Host *original, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_originalId(original ? original->id : QString()),
      m_host(original ? *original : Host{}), m_id(new QLineEdit), m_name(new QLineEdit),
      m_addresses(new QLineEdit), m_zone(new QComboBox), m_site(new QLineEdit),
      m_software(new QLineEdit), m_roles(new QListWidget), m_endpoints(new QLineEdit),
      m_error(new EditErrorLabel)
{
    setWindowTitle(original ? tr("Edit Host %1").arg(original->id) : tr("Add Host"));
    setObjectName(QStringLiteral("hostDialog"));
    m_id->setObjectName(QStringLiteral("hostId"));
    m_id->setText(m_host.id);
    m_id->setPlaceholderText(tr("mx1"));
    m_id->setToolTip(
        tr("The short name links use for this host: letters, digits, '.', '_' and '-'."));
    m_name->setObjectName(QStringLiteral("hostName"));
    m_name->setText(m_host.name);
    m_name->setPlaceholderText(tr("mx1.example.org"));
    m_name->setToolTip(
        tr("The DNS name clients use: sent as SNI and matched against the certificate."));
    m_addresses->setObjectName(QStringLiteral("hostAddresses"));
    m_addresses->setText(m_host.addresses.join(QStringLiteral(", ")));
    m_addresses->setPlaceholderText(tr("192.0.2.10, 2001:db8::10"));
    m_addresses->setToolTip(
        tr("IP addresses, separated by commas or spaces. The probes connect to the "
           "first; without one they resolve the name."));
    m_zone->setObjectName(QStringLiteral("hostZone"));
    for (Zone z : {Zone::Internal, Zone::External})
        m_zone->addItem(zoneLabel(z), int(z));
    m_zone->setCurrentIndex(m_zone->findData(int(m_host.zone)));
    m_site->setText(m_host.site);
    m_site->setObjectName(QStringLiteral("hostSite"));
    m_software->setText(m_host.software);
    m_software->setObjectName(QStringLiteral("hostSoftware"));
    m_software->setPlaceholderText(tr("Postfix 3.7"));
    m_software->setToolTip(
        tr("What runs there, if known: the checklist shows the configuration for it."));
    m_roles->setObjectName(QStringLiteral("hostRoles"));
    for (HostRole role : allHostRoles()) {
        auto *item = new QListWidgetItem(hostRoleLabel(role), m_roles);
        item->setData(Qt::UserRole, int(role));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_host.roles.contains(role) ? Qt::Checked : Qt::Unchecked);
    }
    m_roles->setMaximumHeight(m_roles->sizeHintForRow(0) * (m_roles->count() + 1));
    m_endpoints->setObjectName(QStringLiteral("hostEndpoints"));
    m_endpoints->setText(endpointListText(m_host.endpoints));
    m_endpoints->setPlaceholderText(tr("smtp:25, submission:587, imaps:993"));
    m_endpoints->setToolTip(
        tr("PROTOCOL[:PORT][@ADDRESS], separated by commas: smtp, submission, smtps, "
           "lmtp, imap, imaps, pop3, pop3s, sieve, ldap, ldaps, http, https. Without "
           "a port, the protocol's usual one."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Addresses:"), m_addresses);
    form->addRow(tr("&Zone:"), m_zone);
    form->addRow(tr("S&ite:"), m_site);
    form->addRow(tr("&Software:"), m_software);
    form->addRow(tr("&Roles:"), m_roles);
    form->addRow(tr("&Endpoints:"), m_endpoints);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &HostDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Results are stored by endpoint (host id, protocol, port): a renamed host starts afresh.
    auto *renameNote = new QLabel;
    renameNote->setObjectName(QStringLiteral("renameNote"));
    renameNote->setWordWrap(true);
    renameNote->setEnabled(false); // the palette's muted colour: a note, not an error
    renameNote->setVisible(false);
    if (original) {
        connect(m_id, &QLineEdit::textChanged, renameNote, [this, renameNote](const QString &id) {
            renameNote->setText(tr("Audit results stored for '%1' stay under that id: renamed, the host shows "
                                   "as not probed until its next audit.")
                                    .arg(m_originalId));
            renameNote->setVisible(id.trimmed() != m_originalId);
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(renameNote);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

void HostDialog::accept()
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    Host h = m_host; // what the dialog does not show (nothing today) stays
    h.id = m_id->text().trimmed();
    h.name = m_name->text().trimmed();
    h.addresses = m_addresses->text().split(separators, Qt::SkipEmptyParts);
    h.zone = Zone(m_zone->currentData().toInt());
    h.site = m_site->text().trimmed();
    h.software = m_software->text().trimmed();
    h.roles.clear();
    for (int i = 0; i < m_roles->count(); ++i) {
        if (m_roles->item(i)->checkState() == Qt::Checked)
            h.roles.append(HostRole(m_roles->item(i)->data(Qt::UserRole).toInt()));
    }
    QString parseError;
    const std::optional<QList<Endpoint>> endpoints =
        parseEndpointList(m_endpoints->text(), &parseError);
    std::optional<EditError> error;
    if (!endpoints)
        error = EditError{EditError::Field::Endpoints, tr("Endpoints: %1").arg(parseError)};
    else
        h.endpoints = *endpoints;
    if (!error)
        error = checkHost(m_workspace, h, m_originalId);
    if (error) {
        m_error->showError(error->message);
        QWidget *field = m_id;
        switch (error->field) {
        case EditError::Field::Name:
            field = m_name;
            break;
        case EditError::Field::Addresses:
            field = m_addresses;
            break;
        case EditError::Field::Endpoints:
            field = m_endpoints;
            break;
        default:
            break;
        }
        field->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_host = h;
    QDialog::accept();
}

} // namespace mailtls
