// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/platform/FirstPaintNotifier.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstPaintNotifier::FirstPaintNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    window->installEventFilter(this);
}

bool FirstPaintNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_window->removeEventFilter(this);
        // Queued: the filter runs before the paint itself, and the signal means "it is on screen".
        QTimer::singleShot(0, this, &FirstPaintNotifier::firstPainted);
    }
    return QObject::eventFilter(watched, event);
}
