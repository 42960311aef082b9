// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

// Back and Start again, in the same place at the foot of every screen past the welcome.
class NavigationBar : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationBar(bool withStartAgain, QWidget *parent = nullptr);

    QPushButton *backButton() const { return m_back; }
    QPushButton *startAgainButton() const { return m_startAgain; }
    void applyScale(double scale);
    void retranslate(); // after a language switch
    // A quiet word between the two buttons (the outcome's "More below").
    void setMiddle(QWidget *widget);

signals:
    void backRequested();
    void startAgainRequested();

private:
    QPushButton *m_back;
    QPushButton *m_startAgain = nullptr;
};
