#pragma once

// The line under an edit dialog's fields that says why OK was refused: a
// warning icon and the message as plain text (it may quote what was typed).

#include <QWidget>

class QLabel;

namespace mailtls {

class EditErrorLabel : public QWidget
{
    Q_OBJECT
public:
    explicit EditErrorLabel(QWidget *parent = nullptr);
    void showError(const QString &message);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace mailtls
