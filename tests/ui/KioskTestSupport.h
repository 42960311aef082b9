#pragma once

#include "AnswerButton.h"
#include "AnswerList.h"
#include "KioskWindow.h"
#include "PathwayRoutes.h"
#include "QuestionScreen.h"
#include "VisitModel.h"
#include "WelcomeScreen.h"

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
