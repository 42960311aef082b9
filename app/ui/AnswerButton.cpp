#include "AnswerButton.h"

AnswerButton::AnswerButton(const QString &text, QWidget *parent)
    : WrappingButton(text, parent)
{
    setProperty("role", QStringLiteral("answer"));
}
