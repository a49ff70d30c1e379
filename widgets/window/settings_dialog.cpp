#include "widgets/window/settings_dialog.h"

#include "app/policy/policy_profile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mailtls {

namespace {

// A file field with its Browse button, in a row.
QHBoxLayout *fileRow(QWidget *dialog, QLineEdit *field, const QString &title, const QString &filter)
{
    auto *row = new QHBoxLayout;
    auto *browse = new QPushButton(SettingsDialog::tr("Browse..."));
    QObject::connect(browse, &QPushButton::clicked, dialog, [dialog, field, title, filter] {
        auto *chooser = new QFileDialog(dialog, title);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setNameFilter(filter);
        QObject::connect(chooser, &QFileDialog::fileSelected, field, &QLineEdit::setText);
        chooser->open();
    });
    row->addWidget(field);
    row->addWidget(browse);
    return row;
}

QSpinBox *spin(int low, int high, int value, const QString &suffix = {})
{
    auto *s = new QSpinBox;
    s->setRange(low, high);
    s->setValue(value);
    s->setSuffix(suffix);
    return s;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_initial(settings), m_endpoints(spin(1, 256, settings.maxEndpoints)),
      m_perHost(spin(1, 64, settings.maxPerHost)), m_connections(spin(1, 1024, settings.maxConnections)),
      m_operationTimeout(spin(1, 300, settings.operationTimeoutS, tr(" s"))),
      m_endpointTimeout(spin(5, 3600, settings.endpointTimeoutS, tr(" s"))), m_caFile(new QLineEdit(settings.caFile)),
      m_intrusive(new QCheckBox(tr("Intrusive checks (Heartbleed, CCS injection, ROBOT)"))),
      m_domainChecks(new QCheckBox(tr("Check the workspace domains at Audit All"))),
      m_dnsServers(new QLineEdit(settings.dnsServers)), m_trustAnchor(new QLineEdit(settings.trustAnchor)),
      m_dnsError(new QLabel), m_profile(new QComboBox), m_database(new QLineEdit(settings.database)), m_language(new QComboBox)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    auto *probing = new QGroupBox(tr("Probing"));
    auto *probeForm = new QFormLayout(probing);
    probeForm->addRow(tr("Endpoints at once:"), m_endpoints);
    probeForm->addRow(tr("Connections per host:"), m_perHost);
    probeForm->addRow(tr("Connections in all:"), m_connections);
    probeForm->addRow(tr("Timeout per operation:"), m_operationTimeout);
    probeForm->addRow(tr("Timeout per endpoint:"), m_endpointTimeout);
    m_caFile->setPlaceholderText(tr("The system's trust store"));
    probeForm->addRow(tr("CA file:"), fileRow(this, m_caFile, tr("Trust Anchors (PEM)"),
                                              tr("PEM certificates (*.pem *.crt);;All files (*)")));
    m_intrusive->setChecked(settings.intrusiveChecks);
    m_intrusive->setToolTip(tr("These checks send malformed messages, as testssl.sh and sslyze do, a few "
                               "connections per endpoint. Turned off, they stay undecided in the results."));
    probeForm->addRow(m_intrusive);

    auto *domains = new QGroupBox(tr("Domain checks (MTA-STS, TLS-RPT, DANE)"));
    auto *domainForm = new QFormLayout(domains);
    m_domainChecks->setChecked(settings.domainChecks);
    domainForm->addRow(m_domainChecks);
    m_dnsServers->setObjectName(QStringLiteral("dnsServers"));
    m_dnsServers->setPlaceholderText(tr("The nameservers of /etc/resolv.conf"));
    m_dnsServers->setToolTip(tr("Recursive resolvers to ask (DNSSEC is validated here, from the trust anchors): "
                                "addresses, with a port after a colon, separated by spaces or commas "
                                "(192.0.2.53, [2001:db8::53]:5353)."));
    domainForm->addRow(tr("Nameservers:"), m_dnsServers);
    m_trustAnchor->setPlaceholderText(tr("The system's DNSSEC root key"));
    domainForm->addRow(tr("DNSSEC trust anchors:"),
                       fileRow(this, m_trustAnchor, tr("DNSSEC Trust Anchors"),
                               tr("Trust anchors (*.key *.ds *.txt);;All files (*)")));
    m_dnsError->setObjectName(QStringLiteral("dnsError"));
    m_dnsError->setWordWrap(true);
    m_dnsError->setVisible(false);
    domainForm->addRow(m_dnsError);
    const auto enableDns = [this](bool on) {
        m_dnsServers->setEnabled(on);
        m_trustAnchor->setEnabled(on);
    };
    connect(m_domainChecks, &QCheckBox::toggled, this, enableDns);
    enableDns(settings.domainChecks);

    for (const Profile &p : builtinProfiles())
        m_profile->addItem(QStringLiteral("%1 (%2)").arg(p.title.text(), p.version), p.id);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(settings.profile)));
    m_database->setPlaceholderText(AppSettings{}.storeLocation());
    m_database->setToolTip(tr("An SQLite file, or a PostgreSQL URL such as postgresql://user@host/database "
                              "(the password from ~/.pgpass or PGPASSWORD)."));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));

    auto *other = new QGroupBox(tr("Policy, store and language"));
    auto *otherForm = new QFormLayout(other);
    otherForm->addRow(tr("Profile:"), m_profile);
    otherForm->addRow(tr("Audit store:"), m_database);
    otherForm->addRow(tr("Language:"), m_language);
    auto *restart = new QLabel(tr("A new language applies when the application starts again."));
    restart->setWordWrap(true);
    otherForm->addRow(restart);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // Nameservers that are not addresses are named before the dialog closes.
        QString error;
        if (m_domainChecks->isChecked() && !this->settings().domainDns(&error)) {
            m_dnsError->setText(tr("Nameservers: %1").arg(error));
            m_dnsError->setVisible(true);
            m_dnsServers->setFocus();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(probing);
    layout->addWidget(domains);
    layout->addWidget(other);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    s.maxEndpoints = m_endpoints->value();
    s.maxPerHost = m_perHost->value();
    s.maxConnections = m_connections->value();
    s.operationTimeoutS = m_operationTimeout->value();
    s.endpointTimeoutS = m_endpointTimeout->value();
    s.caFile = m_caFile->text().trimmed();
    s.intrusiveChecks = m_intrusive->isChecked();
    s.domainChecks = m_domainChecks->isChecked();
    s.dnsServers = m_dnsServers->text().trimmed();
    s.trustAnchor = m_trustAnchor->text().trimmed();
    s.profile = m_profile->currentData().toString();
    s.database = m_database->text().trimmed();
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace mailtls
