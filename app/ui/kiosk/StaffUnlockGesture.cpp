// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/StaffUnlockGesture.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTouchEvent>
#include <QWidget>

StaffUnlockGesture::StaffUnlockGesture(QWidget *holdTarget, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_holdTarget(holdTarget)
    , m_window(window)
{
    m_hold.setSingleShot(true);
    m_hold.setInterval(defaultHoldDuration);
    connect(&m_hold, &QTimer::timeout, this, &StaffUnlockGesture::triggered);
    if (holdTarget)
        holdTarget->setAttribute(Qt::WA_AcceptTouchEvents);
    // Watched application-wide: key presses go to whichever widget has focus (the chord is matched
    // to this window), and presses on the target's plain children propagate up to it.
    qApp->installEventFilter(this);
}

void StaffUnlockGesture::setHoldDuration(std::chrono::milliseconds duration)
{
    m_hold.setInterval(duration);
}

std::chrono::milliseconds StaffUnlockGesture::holdDuration() const
{
    return m_hold.intervalAsDuration();
}

bool StaffUnlockGesture::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_holdTarget && handleHoldEvent(event))
        return true;
    if (isKeyChord(watched, event)) {
        cancelHold();
        emit triggered();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

bool StaffUnlockGesture::handleHoldEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton)
            startHold();
        return false;
    case QEvent::MouseMove:
        if (!m_holdTarget->rect().contains(static_cast<QMouseEvent *>(event)->position().toPoint()))
            cancelHold();
        return false;
    case QEvent::TouchBegin:
        startHold();
        event->accept(); // keep receiving this touch's updates and end
        return true;
    case QEvent::TouchUpdate: {
        const auto *touch = static_cast<QTouchEvent *>(event);
        for (const QEventPoint &point : touch->points()) {
            if (!m_holdTarget->rect().contains(point.position().toPoint()))
                cancelHold();
        }
        event->accept();
        return true;
    }
    case QEvent::MouseButtonRelease:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
    case QEvent::Leave:
    case QEvent::Hide:
        cancelHold();
        return false;
    default:
        return false;
    }
}

bool StaffUnlockGesture::isKeyChord(QObject *watched, QEvent *event) const
{
    if (event->type() != QEvent::KeyPress || !m_window || !watched->isWidgetType())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->isAutoRepeat() || key->key() != Qt::Key_S)
        return false;
    const Qt::KeyboardModifiers chord = Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier;
    if ((key->modifiers() & ~Qt::KeypadModifier) != chord)
        return false;
    return static_cast<QWidget *>(watched)->window() == m_window->window();
}

void StaffUnlockGesture::startHold()
{
    m_hold.start();
}

void StaffUnlockGesture::cancelHold()
{
    m_hold.stop();
}
