// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/WrappingButton.h"

#include "ui/public/Theme.h"
#include "ui/public/screens/ScreenParts.h"
#include "ui/widgets/WrappingLabel.h"

#include <QHBoxLayout>
#include <QLabel>

WrappingButton::WrappingButton(const QString &text, QWidget *parent)
    : QPushButton(parent)
    , m_label(new WrappingLabel(this)) // measured once per width: layouts ask again and again
{
    setAutoDefault(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::NoTextInteraction);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label);
    setWrappedText(text);
    applyScale(1.0);
}

QString WrappingButton::wrappedText() const
{
    return m_label->text();
}

void WrappingButton::setWrappedText(const QString &text)
{
    m_label->setText(text);
    setAccessibleName(text);
    updateGeometry();
}

void WrappingButton::applyScale(double scale, double horizontal, double vertical)
{
    layout()->setContentsMargins(Theme::pixels(horizontal, scale), Theme::pixels(vertical, scale),
                                 Theme::pixels(horizontal, scale), Theme::pixels(vertical, scale));
    updateGeometry();
}

QSize WrappingButton::sizeHint() const
{
    return layout()->totalSizeHint().expandedTo(minimumSize());
}

QSize WrappingButton::minimumSizeHint() const
{
    return layout()->totalMinimumSize().expandedTo(minimumSize());
}

int WrappingButton::heightForWidth(int width) const
{
    return std::max(layout()->totalHeightForWidth(width), minimumHeight());
}

void WrappingButton::focusInEvent(QFocusEvent *event)
{
    ScreenParts::setStyleProperty(m_label, "buttonFocus", QStringLiteral("true"));
    QPushButton::focusInEvent(event);
}

void WrappingButton::focusOutEvent(QFocusEvent *event)
{
    ScreenParts::setStyleProperty(m_label, "buttonFocus", QString());
    QPushButton::focusOutEvent(event);
}
