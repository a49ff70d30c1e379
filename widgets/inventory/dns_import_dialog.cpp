#include "widgets/inventory/dns_import_dialog.h"

#include "app/imports/dns_discovery.h"
#include "widgets/inventory/edit_error_label.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace mailtls {

DnsImportDialog::DnsImportDialog(QWidget *parent)
    : QDialog(parent), m_domain(new QLineEdit), m_servers(new QLineEdit),
      m_error(new EditErrorLabel)
{
    setWindowTitle(tr("Import Hosts from DNS"));
    setObjectName(QStringLiteral("dnsImportDialog"));
    auto *explain =
        new QLabel(tr("Adds the domain's MX hosts as inbound MX, and the submission, IMAP and POP "
                      "services its SRV records name (RFC 6186, RFC 8314). Hosts already in the "
                      "inventory are merged by name or address."));
    explain->setTextFormat(Qt::PlainText);
    explain->setWordWrap(true);
    m_domain->setObjectName(QStringLiteral("dnsDomain"));
    m_domain->setPlaceholderText(tr("example.org"));
    m_servers->setObjectName(QStringLiteral("dnsServers"));
    m_servers->setPlaceholderText(tr("the system's nameservers"));
    m_servers->setToolTip(tr("ADDR, ADDR:PORT or [IPv6]:PORT, separated by commas; empty: those in "
                             "/etc/resolv.conf."));
    auto *form = new QFormLayout;
    form->addRow(tr("Mail &domain:"), m_domain);
    form->addRow(tr("&Nameservers:"), m_servers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &DnsImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void DnsImportDialog::accept()
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QString error;
    const std::optional<QString> domain = normalizeDomain(m_domain->text().trimmed(), &error);
    if (!domain) {
        m_error->showError(tr("Mail domain: %1").arg(error));
        m_domain->setFocus(Qt::OtherFocusReason);
        return;
    }
    dns::ResolverOptions options;
    for (const QString &entry : m_servers->text().split(separators, Qt::SkipEmptyParts)) {
        const std::optional<dns::Nameserver> server = dns::parseNameserver(entry, &error);
        if (!server) {
            m_error->showError(tr("Nameservers: '%1': %2").arg(entry, error));
            m_servers->setFocus(Qt::OtherFocusReason);
            return;
        }
        options.servers.append(*server);
    }
    m_domainName = *domain;
    m_options = options;
    QDialog::accept();
}

} // namespace mailtls
