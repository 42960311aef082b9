// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/VisitorInputFilter.h"

#include <QElapsedTimer>
#include <QKeyEvent>

VisitorInputFilter::VisitorInputFilter(QObject *parent)
    : QObject(parent)
{
    setTimeSource({});
}

void VisitorInputFilter::setTimeSource(TimeSource source)
{
    if (source) {
        m_timeSource = std::move(source);
        return;
    }
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_timeSource = [elapsed] {
        return elapsed->elapsed();
    };
}

bool VisitorInputFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (!watched->isWidgetType())
        return false; // the window's own copy; its widget delivery follows
    switch (event->type()) {
    case QEvent::KeyPress: {
        // An unaccepted key press travels up through the parents and passes this filter at
        // each step; only its first delivery is one press.
        auto *widget = static_cast<QWidget *>(watched);
        const bool travelling = event == m_lastKeyEvent && m_lastKeyReceiver &&
                                widget == m_lastKeyReceiver->parentWidget();
        m_lastKeyEvent = event;
        m_lastKeyReceiver = widget;
        if (travelling)
            break;
        emit activity();
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Shift && !key->isAutoRepeat())
            emit shiftPressed(now());
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        emit activity();
        break;
    default:
        break;
    }
    return false;
}
