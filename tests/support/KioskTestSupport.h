// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/visit/PathwayRoutes.h"
#include "core/visit/VisitModel.h"
#include "ui/public/KioskWindow.h"
#include "ui/public/screens/AnswerButton.h"
#include "ui/public/screens/AnswerList.h"
#include "ui/public/screens/QuestionScreen.h"
#include "ui/public/screens/WelcomeScreen.h"

#include <QCoreApplication>
#include <QTest>

// Drives a KioskWindow the way a visitor does: by clicking the buttons on screen.
namespace KioskTestSupport {

inline AnswerButton *answerButton(KioskWindow &window, int index)
{
    AnswerList *answers = window.visit()->screen() == VisitModel::Screen::Welcome
                              ? window.welcomeScreen()->answers()
                              : window.questionScreen()->answers();
    const QList<AnswerButton *> buttons = answers->buttons();
    return index < buttons.size() ? buttons.at(index) : nullptr;
}

// Clicks the route's answers; false if a button was missing or not visible.
inline bool clickRoute(KioskWindow &window, const QList<int> &answers)
{
    for (const int index : answers) {
        AnswerButton *button = answerButton(window, index);
        if (!button || !button->isVisible())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        // Buttons replaced by the click are deleted later; let that happen like the event loop.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace KioskTestSupport
