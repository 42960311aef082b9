// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/WrappingButton.h"

// A large answer button whose words wrap instead of being cut off, for long answers on narrow
// (portrait) screens.
class AnswerButton : public WrappingButton
{
    Q_OBJECT
public:
    explicit AnswerButton(const QString &text, QWidget *parent = nullptr);

    QString answerText() const { return wrappedText(); }
};
