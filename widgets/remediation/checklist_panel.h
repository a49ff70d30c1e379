#pragma once

// The remediation checklist by host: each item's state (editable where a
// person sets it: open, in progress, done), and for the selected item the
// steps with the configuration for the software found (led by a warning when
// the remedy's new certificate would break DANE), a button that copies
// the configuration, and "Verify Now", which asks the window to probe that
// endpoint again.

#include "app/models/finding_models.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace mailtls {

class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPanel(QWidget *parent = nullptr);

    void setChecklist(const Profile &profile, const QList<ChecklistItem> &items, const QList<TrackedItem> &verified);
    ChecklistModel *model() const { return m_model; }
    QTreeView *view() const { return m_tree; }
    // The steps of an item as the panel shows them (and copies its configuration from).
    static QString stepsText(const ChecklistItem &item);
    static QString configText(const ChecklistItem &item);

Q_SIGNALS:
    void stateChangeRequested(const QString &itemKey, mailtls::ItemState state);
    void verifyRequested(const QString &endpointRef);

private:
    void showSelected();
    const ChecklistItem *selected() const;

    ChecklistModel *m_model;
    FindingsFilter *m_filter;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QPlainTextEdit *m_steps;
    QPushButton *m_copy;
    QPushButton *m_verify;
    QLabel *m_daneWarning;
};

} // namespace mailtls
