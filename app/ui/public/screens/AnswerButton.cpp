// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/AnswerButton.h"

AnswerButton::AnswerButton(const QString &text, QWidget *parent)
    : WrappingButton(text, parent)
{
    setProperty("role", QStringLiteral("answer"));
}
