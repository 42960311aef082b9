// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/visit/VisitModel.h"

#include <QList>
#include <QWidget>

// What every visitor's screen is to the kiosk: one of the visit's screens, put on show from the
// visit, with a heading that takes focus, a reading order, words that follow the language and a
// size that follows the window. PublicScreenStack drives its screens only through this, so a new
// screen is one subclass and one line in the stack.
class PublicScreen : public QWidget
{
    Q_OBJECT
public:
    // `which`: the visit's screen this one shows (VisitModel::screen()).
    explicit PublicScreen(VisitModel::Screen which, QWidget *parent = nullptr);

    VisitModel::Screen which() const { return m_which; }

    // Puts the visit's current state on this screen, in `language`, as it comes on show.
    virtual void present(const VisitModel &visit, const QString &language) = 0;
    // Another screen came on show: forget what this one held (default: nothing).
    virtual void otherShown(const VisitModel &visit, const QString &language);
    // Connects what the visitor presses here to `visit`.
    virtual void forwardTo(VisitModel *visit) = 0;
    // Where focus goes when the screen changes, so a screen reader announces it.
    virtual QWidget *heading() const = 0;
    // The widgets a screen reader and a keyboard visit, in reading order (Tab follows it).
    virtual QList<QWidget *> focusOrder() const = 0;
    virtual void applyScale(double scale) = 0;
    virtual void retranslate() {} // after a language switch
    virtual void clear() {}       // forget what the visit showed here

private:
    VisitModel::Screen m_which;
};
