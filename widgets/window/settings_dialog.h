#pragma once

// The settings a user changes: how hard to probe (endpoints at once,
// connections per host and in all, timeouts), the trust anchors, the domain
// checks (on or off, their nameservers and DNSSEC trust anchors), the policy
// profile, the audit store (an SQLite file or a PostgreSQL URL) and the
// language. Opened window-modal, never exec()'d.

#include "app/session/app_settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mailtls {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;

private:
    AppSettings m_initial;
    QSpinBox *m_endpoints;
    QSpinBox *m_perHost;
    QSpinBox *m_connections;
    QSpinBox *m_operationTimeout;
    QSpinBox *m_endpointTimeout;
    QLineEdit *m_caFile;
    QCheckBox *m_intrusive;
    QCheckBox *m_domainChecks;
    QLineEdit *m_dnsServers;
    QLineEdit *m_trustAnchor;
    QLabel *m_dnsError;
    QComboBox *m_profile;
    QLineEdit *m_database;
    QComboBox *m_language;
};

} // namespace mailtls
