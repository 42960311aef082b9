// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/AnswerButton.h"

#include "ui/public/screens/ScreenParts.h"

#include <QMouseEvent>

AnswerButton::AnswerButton(const QString &text, QWidget *parent)
    : WrappingButton(text, parent)
{
    setProperty("role", QStringLiteral("answer"));
}

void AnswerButton::forgetVisitor()
{
    if (hasFocus())
        clearFocus();
    if (isDown())
        setDown(false); // a key held as the visit ended: a new button is not pressed
    // Its focus look, in case focus left with no focus-out (the window inactive).
    ScreenParts::setStyleProperty(textLabel(), "buttonFocus", QString());
}

void AnswerButton::mousePressEvent(QMouseEvent *event)
{
    WrappingButton::mousePressEvent(event);
    if (event->button() == Qt::LeftButton && isDown())
        m_held = true;
}

void AnswerButton::mouseReleaseEvent(QMouseEvent *event)
{
    // Before Qt's handling: the click it may emit can show these same answers again.
    if (event->button() == Qt::LeftButton)
        m_held = false;
    WrappingButton::mouseReleaseEvent(event);
}
