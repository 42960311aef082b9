// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QScrollArea;
class QWidget;

// The public window without a mouse: Enter presses the focused button (Space already does),
// the arrow keys move focus like Tab and Shift+Tab (left and right swap in a right-to-left
// language), and Up and Down scroll a long screen before moving on, so no text is out of
// reach. Installed on the application; acts only on key presses inside its window.
class KeyboardNavigation : public QObject
{
    Q_OBJECT
public:
    explicit KeyboardNavigation(QWidget *window);

signals:
    // Any key but Shift itself (Shift+Tab included). As in GOV.UK "Exit this page", it breaks a
    // run of Shift presses, so moving back with Shift+Tab never adds up to a quick exit.
    void otherKeyPressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool moveFocus(QWidget *from, bool forward);
    bool scrollBeforeMoving(QWidget *from, bool forward);

    QWidget *m_window;
};
