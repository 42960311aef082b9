// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/startup/LaunchPlan.h"
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

// Lets the event loop paint, lay out and delete what the last press replaced, as it would
// between two touches: the one settle() every GUI test and the notrace visitor use.
inline void settle()
{
    for (int round = 0; round < 4; ++round) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QCoreApplication::processEvents();
}

// The plan a locked-down kiosk runs with: full screen, lockdown, the default idle timeout.
inline LaunchPlan kioskPlan()
{
    LaunchPlan plan;
    plan.mode = Mode::Kiosk;
    plan.window = LaunchPlan::Window::FullScreen;
    plan.lockdown = true;
    plan.idleTimeoutSeconds = 90;
    return plan;
}

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
