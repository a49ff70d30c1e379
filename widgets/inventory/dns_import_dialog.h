#pragma once

// File > Import > Hosts from DNS: the mail domain to discover and, if the
// system's nameservers should not be asked, the nameservers to ask instead.
// OK checks both (a bad entry is named and the dialog stays open); the window
// runs the discovery on a worker thread. Opened, never exec()'d.

#include "probes/dns/resolver.h"

#include <QDialog>

class QLineEdit;

namespace mailtls {

class EditErrorLabel;

class DnsImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DnsImportDialog(QWidget *parent = nullptr);

    QString domain() const { return m_domainName; }
    dns::ResolverOptions options() const { return m_options; }
    void accept() override;

private:
    QLineEdit *m_domain;
    QLineEdit *m_servers;
    EditErrorLabel *m_error;
    QString m_domainName;
    dns::ResolverOptions m_options;
};

} // namespace mailtls
