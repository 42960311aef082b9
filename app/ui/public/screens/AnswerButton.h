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
    // A press not yet released: QAbstractButton would go on tracking it, a new button would not.
    bool isHeld() const { return m_held; }
    // Kept for the next visitor: nothing of the last one's touch, keys or focus stays on it.
    void forgetVisitor();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool m_held = false;
};
