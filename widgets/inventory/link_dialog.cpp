#include "widgets/inventory/link_dialog.h"

#include "app/inventory/labels.h"
#include "app/inventory/workspace_edit.h"
#include "widgets/inventory/edit_error_label.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mailtls {

namespace {

// The kind a link between these ends usually is.
LinkKind usualKind(const QString &from, Protocol protocol)
{
    if (from == kInternetNode)
        return LinkKind::InternetInbound;
    switch (protocol) {
    case Protocol::Submission:
    case Protocol::Smtps:
        return from == kUsersNode ? LinkKind::UserSubmission : LinkKind::InternalRelay;
    case Protocol::Imap:
    case Protocol::Imaps:
    case Protocol::Pop3:
    case Protocol::Pop3s:
    case Protocol::Sieve:
        return LinkKind::UserAccess;
    case Protocol::Http:
    case Protocol::Https:
        return LinkKind::UserWebmail;
    case Protocol::Lmtp:
        return LinkKind::Delivery;
    case Protocol::Ldap:
    case Protocol::Ldaps:
        return LinkKind::Directory;
    default:
        return from == kUsersNode ? LinkKind::UserSubmission : LinkKind::InternalRelay;
    }
}

} // namespace

LinkDialog::LinkDialog(const Workspace &workspace, const Link *original, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_originalId(original ? original->id : QString()),
      m_link(original ? *original : Link{}), m_idTyped(original != nullptr), m_id(new QLineEdit),
      m_from(new QComboBox), m_to(new QComboBox), m_kind(new QComboBox), m_note(new QLineEdit),
      m_error(new EditErrorLabel)
{
    setWindowTitle(original ? tr("Edit Link %1").arg(original->id) : tr("Add Link"));
    setObjectName(QStringLiteral("linkDialog"));
    m_id->setObjectName(QStringLiteral("linkId"));
    m_from->setObjectName(QStringLiteral("linkFrom"));
    m_to->setObjectName(QStringLiteral("linkTo"));
    m_kind->setObjectName(QStringLiteral("linkKind"));
    m_note->setObjectName(QStringLiteral("linkNote"));

    m_from->addItem(tr("The Internet"), QString(kInternetNode));
    m_from->addItem(tr("The users"), QString(kUsersNode));
    for (const Host &h : std::as_const(m_workspace.hosts)) {
        m_from->addItem(tr("%1 (%2)").arg(h.id, h.name), h.id);
        for (const Endpoint &e : h.endpoints) {
            const QString ref = EndpointRef{h.id, e.protocol, e.port}.toString();
            m_to->addItem(
                tr("%1 (%2), %3 port %4").arg(h.id, h.name, protocolScheme(e.protocol)).arg(e.port),
                ref);
        }
    }
    for (LinkKind kind : allLinkKinds())
        m_kind->addItem(
            tr("%1 (measure %2)").arg(linkKindLabel(kind)).arg(measureForLinkKind(kind)),
            int(kind));

    if (original) {
        m_id->setText(original->id);
        m_from->setCurrentIndex(std::max(0, m_from->findData(original->from)));
        if (const Endpoint *e = m_workspace.endpoint(original->endpoint))
            m_to->setCurrentIndex(std::max(
                0, m_to->findData(
                       EndpointRef{original->endpoint.hostId, e->protocol, e->port}.toString())));
        m_kind->setCurrentIndex(m_kind->findData(int(original->kind)));
        m_note->setText(original->note);
    } else {
        suggestId();
    }
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idTyped = true; });
    connect(m_from, &QComboBox::currentIndexChanged, this, &LinkDialog::suggestId);
    connect(m_to, &QComboBox::currentIndexChanged, this, &LinkDialog::suggestId);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

void LinkDialog::suggestId()
{
    if (m_idTyped)
        return;
    const QString from = m_from->currentData().toString();
    const std::optional<EndpointRef> to = EndpointRef::parse(m_to->currentData().toString());
    if (!to)
        return;
    m_id->setText(from + QStringLiteral("->") + to->toString());
    m_kind->setCurrentIndex(m_kind->findData(int(usualKind(from, to->protocol))));
}

void LinkDialog::accept()
{
    Link l = m_link;
    l.id = m_id->text().trimmed();
    l.from = m_from->currentData().toString();
    l.kind = LinkKind(m_kind->currentData().toInt());
    l.note = m_note->text().trimmed();
    const std::optional<EndpointRef> to = EndpointRef::parse(m_to->currentData().toString());
    if (!to) {
        m_error->showError(
            tr("To: the workspace has no endpoint yet; add a host with endpoints first."));
        m_to->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The same endpoint as before keeps the way the link named it ("relay/smtp").
    const Endpoint *before =
        m_originalId.isEmpty() ? nullptr : m_workspace.endpoint(m_link.endpoint);
    if (!before || m_link.endpoint.hostId != to->hostId || before->protocol != to->protocol ||
        before->port != to->port)
        l.endpoint = *to;
    if (const std::optional<EditError> error = checkLink(m_workspace, l, m_originalId)) {
        m_error->showError(error->message);
        QWidget *field = m_id;
        switch (error->field) {
        case EditError::Field::From:
            field = m_from;
            break;
        case EditError::Field::Endpoint:
            field = m_to;
            break;
        case EditError::Field::Kind:
            field = m_kind;
            break;
        default:
            break;
        }
        field->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_link = l;
    QDialog::accept();
}

} // namespace mailtls
