// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/KeyboardNavigation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QScrollArea>
#include <QScrollBar>

namespace {

QScrollArea *scrollAreaAround(QWidget *widget)
{
    for (QWidget *w = widget ? widget->parentWidget() : nullptr; w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w))
            return area;
    }
    return nullptr;
}

// The widget Tab would move to: Qt's own focus chain, skipping what cannot take focus now.
QWidget *nextInChain(QWidget *from, bool forward)
{
    QWidget *w = from;
    for (int guard = 0; guard < 10000; ++guard) {
        w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
        if (!w || w == from)
            return nullptr;
        if (w->window() == from->window() && w->isVisible() && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus))
            return w;
    }
    return nullptr;
}

} // namespace

KeyboardNavigation::KeyboardNavigation(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

bool KeyboardNavigation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Shift)
        emit otherKeyPressed();
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false; // Shift belongs to the quick exit; chords to whoever wants them
    QWidget *focus = QApplication::focusWidget();
    if (!focus || focus->window() != m_window || focus->focusPolicy() == Qt::NoFocus)
        return false; // e.g. the attract screen, which starts on any key
    const bool rightToLeft = focus->layoutDirection() == Qt::RightToLeft;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (auto *button = qobject_cast<QAbstractButton *>(focus)) {
            if (button->isEnabled())
                button->click();
            return true;
        }
        return false;
    case Qt::Key_Down:
        return scrollBeforeMoving(focus, true) || moveFocus(focus, true);
    case Qt::Key_Up:
        return scrollBeforeMoving(focus, false) || moveFocus(focus, false);
    case Qt::Key_Right:
        return moveFocus(focus, !rightToLeft);
    case Qt::Key_Left:
        return moveFocus(focus, rightToLeft);
    default:
        return false;
    }
}

bool KeyboardNavigation::moveFocus(QWidget *from, bool forward)
{
    // The same as Tab, so a scroll area brings the new focus into view.
    QKeyEvent tab(QEvent::KeyPress, forward ? Qt::Key_Tab : Qt::Key_Backtab,
                  forward ? Qt::NoModifier : Qt::ShiftModifier);
    QCoreApplication::sendEvent(from, &tab);
    return true;
}

bool KeyboardNavigation::scrollBeforeMoving(QWidget *from, bool forward)
{
    // Text between two stops (a long privacy page, a tall card) comes into view a step at a
    // time before focus moves on past it.
    QScrollArea *area = scrollAreaAround(from);
    if (!area)
        return false;
    QScrollBar *bar = area->verticalScrollBar();
    if (forward ? bar->value() >= bar->maximum() : bar->value() <= bar->minimum())
        return false;
    QWidget *next = nextInChain(from, forward);
    if (next && area->viewport()->isAncestorOf(next)) {
        const QRect inViewport(next->mapTo(area->viewport(), QPoint(0, 0)), next->size());
        if (area->viewport()->rect().contains(inViewport))
            return false; // the next stop is already in full view: go to it
    }
    const int step = std::max(1, area->viewport()->height() * 2 / 5);
    bar->setValue(bar->value() + (forward ? step : -step));
    return true;
}
