// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

// "Are you still there?" laid over the window (not a separate window), with "I'm still here".
class IdleNotice : public QWidget
{
    Q_OBJECT
public:
    explicit IdleNotice(QWidget *parent = nullptr);

    void setSecondsLeft(int seconds);
    QPushButton *stillHereButton() const { return m_stillHere; }
    void applyScale(double scale);
    void setScrim(const QColor &scrim); // what dims the screen behind: calm or high contrast
    void retranslate();                 // after a language switch

signals:
    void stillHere();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QFrame *m_panel;
    QLabel *m_heading;
    QLabel *m_text;
    QPushButton *m_stillHere;
    QColor m_scrim;
    int m_secondsLeft = 15;
};
