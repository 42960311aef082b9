// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/LazyScrollArea.h"

#include <QEvent>

LazyScrollArea::LazyScrollArea(QWidget *parent)
    : QScrollArea(parent)
{}

bool LazyScrollArea::event(QEvent *event)
{
    // The two events on which QScrollArea fits its page; everything else it does is its base's.
    const bool fits =
        event->type() == QEvent::StyleChange || event->type() == QEvent::LayoutRequest;
    if (fits && !isVisible()) {
        m_stale = true;
        return QAbstractScrollArea::event(event);
    }
    if (fits)
        m_stale = false;
    return QScrollArea::event(event);
}

void LazyScrollArea::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        QEvent layoutRequest(QEvent::LayoutRequest);
        QScrollArea::event(&layoutRequest);
    }
    QScrollArea::showEvent(event);
}
