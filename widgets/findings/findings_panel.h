#pragma once

// The findings of the latest audit: filters (measure, severity, host, text,
// accepted risks), a sortable table, and the selected finding's evidence,
// rationale and references as plain text. Activating a finding asks the
// window to show its endpoint; "Accept as Risk" asks for the register.

#include "app/models/finding_models.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace mailtls {

class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    // undecided: the checks no answer decided, shown apart (a line and its tooltip).
    void setFindings(const Profile &profile, const QList<TriagedFinding> &findings, const QStringList &hostIds,
                     const QList<RuleResult> &undecided = {});
    FindingsModel *model() const { return m_model; }
    FindingsFilter *filter() const { return m_filter; }

Q_SIGNALS:
    void endpointActivated(const QString &endpointRef);
    void acceptRequested(const mailtls::RuleResult &finding);

private:
    void showSelected();
    const TriagedFinding *selected() const;

    FindingsModel *m_model;
    FindingsFilter *m_filter;
    QComboBox *m_measure;
    QComboBox *m_severity;
    QComboBox *m_host;
    QCheckBox *m_accepted;
    QLineEdit *m_search;
    QTableView *m_table;
    QPlainTextEdit *m_evidence;
    QPushButton *m_accept;
    QPushButton *m_show;
    QLabel *m_undecided; // how many checks no answer decided; the list in its tooltip
};

} // namespace mailtls
