#include "widgets/window/settings_dialog.h"

#include "app/policy/policy_profile.h"

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
      m_profile(new QComboBox), m_database(new QLineEdit(settings.database)), m_language(new QComboBox)
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
    auto *caRow = new QHBoxLayout;
    m_caFile->setPlaceholderText(tr("The system's trust store"));
    auto *browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Trust Anchors (PEM)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setNameFilter(tr("PEM certificates (*.pem *.crt);;All files (*)"));
        connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
        dialog->open();
    });
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    probeForm->addRow(tr("CA file:"), caRow);

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
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(probing);
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
    s.profile = m_profile->currentData().toString();
    s.database = m_database->text().trimmed();
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace mailtls
