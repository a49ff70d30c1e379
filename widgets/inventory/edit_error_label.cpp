#include "widgets/inventory/edit_error_label.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace mailtls {

EditErrorLabel::EditErrorLabel(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel), m_text(new QLabel)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("editError"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void EditErrorLabel::showError(const QString &message)
{
    m_text->setText(message);
    setVisible(!message.isEmpty());
}

QString EditErrorLabel::text() const
{
    return m_text->text();
}

} // namespace mailtls
