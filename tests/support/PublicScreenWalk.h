// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KioskTestSupport.h"
#include "core/loading/ContentLoader.h"
#include "core/visit/DisplayPreferences.h"
#include "core/visit/PathwayRoutes.h"
#include "core/visit/VisitModel.h"
#include "ui/public/EmergencyStrip.h"
#include "ui/public/IdleNotice.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/KioskWindow.h"
#include "ui/public/LanguagePicker.h"
#include "ui/public/LeaveButton.h"
#include "ui/public/screens/AttractScreen.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/PrivacyScreen.h"
#include "ui/public/screens/QuestionScreen.h"
#include "ui/public/screens/WelcomeScreen.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLabel>
#include <QTest>

#include <functional>

// Puts a KioskWindow on every public screen in turn, in one language, size and display, for the
// accessibility and language tests: welcome, every question and outcome a visitor can reach,
// privacy, attract, the idle notice and the language list.
namespace PublicScreenWalk {

// The built-in UK content: the one with every translation.
inline Content builtInContent()
{
    return *ContentLoader::loadFile(ContentLoader::builtInPath(), QDate(2026, 11, 28)).content;
}

// The same, as it will read once every fact flagged needsConfirming is confirmed: for tests of
// how open and closed times read (until then visitors see a neutral line for those hours).
inline Content withEveryFactConfirmed(Content content)
{
    for (Service &service : content.services) {
        service.needsConfirming = false;
        for (Channel &channel : service.channels)
            channel.needsConfirming = false;
    }
    return content;
}

// Wednesday 15 January 2025, 2pm UK time: every weekday line open (as in the screenshots).
inline QDateTime weekdayAfternoon()
{
    return QDateTime(QDate(2025, 1, 15), QTime(14, 0), OpeningHours::ukTimeZone());
}

// Layouts and deferred deletes run from the event loop; a few passes settle a new screen.
using KioskTestSupport::settle;

struct Setting
{
    QString language;
    QSize size;
    DisplayPreferences display;
};

// Calls `check(place)` on every public screen; the window starts each visit in `setting`.
inline void walk(KioskWindow &window, const Setting &setting,
                 const std::function<void(const QString &place)> &check)
{
    window.setStartLanguage(setting.language);
    window.setStartDisplay(setting.display);
    window.resize(setting.size);
    VisitModel *visit = window.visit();
    const Content &content = visit->content();
    const auto at = [&](const QString &place) {
        settle();
        check(place);
    };
    window.quickExit();
    at(QStringLiteral("welcome"));
    for (const PathwayNode &node : content.nodes) {
        if (node.id == content.startNode)
            continue;
        const std::optional<PathwayRoutes::Route> route = PathwayRoutes::firstTo(content, node.id);
        if (!route)
            continue;
        window.quickExit();
        for (const int answer : route->answers)
            visit->choose(answer);
        at(node.id);
    }
    window.quickExit();
    visit->showPrivacy();
    at(QStringLiteral("privacy"));
    window.quickExit();
    window.showIdleNotice();
    at(QStringLiteral("idle notice"));
    window.quickExit();
    window.showLanguagePicker();
    at(QStringLiteral("language list"));
    window.idleReset();
    at(QStringLiteral("attract"));
    window.quickExit();
}

} // namespace PublicScreenWalk
