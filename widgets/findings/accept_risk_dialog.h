#pragma once

// Accept a finding as a risk: a justification, an owner and an expiry date
// (no acceptance lasts for ever). Window-modal and opened, never exec()'d;
// the window reads acceptance() when it is accepted.

#include "app/remediation/risk_register.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace mailtls {

class AcceptRiskDialog : public QDialog
{
    Q_OBJECT
public:
    AcceptRiskDialog(const Profile &profile, const RuleResult &finding, QDate today, QWidget *parent = nullptr);

    RiskAcceptance acceptance() const;

private:
    void updateOk();

    QString m_profile;
    RuleResult m_finding;
    QPlainTextEdit *m_justification;
    QLineEdit *m_owner;
    QDateEdit *m_expires;
    QDialogButtonBox *m_buttons;
};

} // namespace mailtls
