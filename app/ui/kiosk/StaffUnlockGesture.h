// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QWidget;

// The deliberate gesture that opens the staff PIN pad, so a passer-by never stumbles on it:
// press and hold `holdTarget` (the kiosk's logo) for 5 seconds with a finger or the mouse, or, for
// keyboard-only staff, press Ctrl+Alt+Shift+S anywhere in `window`. Lifting the finger or moving it
// off the target before the time is up cancels the hold.
class StaffUnlockGesture : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds defaultHoldDuration{5000};

    StaffUnlockGesture(QWidget *holdTarget, QWidget *window, QObject *parent = nullptr);

    void setHoldDuration(std::chrono::milliseconds duration); // tests use a short hold
    std::chrono::milliseconds holdDuration() const;
    bool isHolding() const { return m_hold.isActive(); }

signals:
    void triggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleHoldEvent(QEvent *event);
    bool isKeyChord(QObject *watched, QEvent *event) const;
    void startHold();
    void cancelHold();

    QPointer<QWidget> m_holdTarget;
    QPointer<QWidget> m_window;
    QTimer m_hold;
};
