// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/public/ScrimOverlay.h"

class QLabel;
class QPushButton;

// "Are you still there?" laid over the window (not a separate window), with "I'm still here".
class IdleNotice : public ScrimOverlay
{
    Q_OBJECT
public:
    explicit IdleNotice(QWidget *parent = nullptr);

    void setSecondsLeft(int seconds);
    QPushButton *stillHereButton() const { return m_stillHere; }
    void retranslate(); // after a language switch

signals:
    void stillHere();

private:
    QLabel *m_heading;
    QLabel *m_text;
    QPushButton *m_stillHere;
    int m_secondsLeft = 15;
};
