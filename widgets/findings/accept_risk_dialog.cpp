#include "widgets/findings/accept_risk_dialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailtls {

AcceptRiskDialog::AcceptRiskDialog(const Profile &profile, const RuleResult &finding, QDate today, QWidget *parent)
    : QDialog(parent), m_profile(profile.id), m_finding(finding), m_justification(new QPlainTextEdit),
      m_owner(new QLineEdit), m_expires(new QDateEdit), m_buttons(new QDialogButtonBox)
{
    setWindowTitle(tr("Accept as a Risk"));
    setObjectName(QStringLiteral("acceptRiskDialog"));
    const Rule *rule = profile.rule(finding.ruleId);
    auto *what = new QLabel(tr("%1 %2 on %3").arg(finding.ruleId, rule ? rule->title.text() : QString(),
                                                  finding.endpoint));
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    auto *explain = new QLabel(tr("The finding stays in reports as an accepted risk until the expiry date, "
                                  "then counts again."));
    explain->setTextFormat(Qt::PlainText);
    explain->setWordWrap(true);
    m_justification->setObjectName(QStringLiteral("justification"));
    m_justification->setPlaceholderText(tr("Why is this risk acceptable for now?"));
    m_justification->setTabChangesFocus(true);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setPlaceholderText(tr("Who answers for it"));
    m_expires->setObjectName(QStringLiteral("expires"));
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expires->setMinimumDate(today);
    m_expires->setDate(today.addDays(90));

    auto *form = new QFormLayout;
    form->addRow(tr("Justification:"), m_justification);
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Expires after:"), m_expires);
    m_buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Accept Risk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &AcceptRiskDialog::updateOk);
    connect(m_owner, &QLineEdit::textChanged, this, &AcceptRiskDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateOk();
}

void AcceptRiskDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_justification->toPlainText().trimmed().isEmpty() && !m_owner->text().trimmed().isEmpty());
}

RiskAcceptance AcceptRiskDialog::acceptance() const
{
    RiskAcceptance a;
    a.profile = m_profile;
    a.rule = m_finding.ruleId;
    a.endpoint = m_finding.endpoint;
    a.justification = m_justification->toPlainText().trimmed();
    a.owner = m_owner->text().trimmed();
    a.expires = m_expires->date();
    a.acceptedAt = QDateTime::currentDateTimeUtc();
    return a;
}

} // namespace mailtls
