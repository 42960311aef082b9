// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ScreenshotRenderer.h"

#include "core/hours/Clock.h"
#include "core/hours/OpeningHours.h"
#include "core/loading/ContentLoader.h"
#include "core/staff/PinAttemptPolicy.h"
#include "core/staff/StaffPin.h"
#include "core/startup/ActiveContent.h"
#include "core/visit/PathwayRoutes.h"
#include "core/visit/VisitModel.h"
#include "ui/kiosk/PinPad.h"
#include "ui/kiosk/StaffMenu.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/KioskWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QPushButton>

namespace {

void settle()
{
    // Layouts and deferred deletes run from the event loop.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

} // namespace

QDateTime ScreenshotRenderer::fixedTime()
{
    return QDateTime(QDate(2025, 1, 15), QTime(14, 0), OpeningHours::ukTimeZone());
}

ScreenshotRenderer::ScreenshotRenderer(const Content &content, const QSize &size,
                                       const QString &language, const QDateTime &at)
    : m_content(content)
    , m_size(size)
    , m_language(language.isEmpty() ? VisitModel::defaultLanguage() : language)
    , m_at(at)
{}

ScreenshotRenderer::Result ScreenshotRenderer::renderAll(const QString &directory) const
{
    Result result;
    if (!QDir().mkpath(directory)) {
        result.error =
            QCoreApplication::translate("ScreenshotRenderer", "Cannot create the folder %1.")
                .arg(directory);
        return result;
    }
    KioskWindow window(m_content, Clock::fixed(m_at));
    window.setIdleResetEnabled(false);
    window.setStartDisplay(m_display); // kept through every reset below
    window.header()->readAloudButton()->setVisible(m_readAloudShown);
    window.setReachLayout(m_reachLayout);
    window.resize(m_size);
    window.show();
    VisitModel *visit = window.visit();

    const auto save = [&](const QString &name) {
        settle();
        const QString path = QDir(directory).filePath(name + QStringLiteral(".png"));
        if (!window.grab().save(path, "PNG")) {
            if (result.error.isEmpty())
                result.error =
                    QCoreApplication::translate("ScreenshotRenderer", "Cannot write %1.").arg(path);
            return;
        }
        result.written << path;
    };
    const auto walkTo = [&](const PathwayRoutes::Route &route) {
        visit->startAgain();
        visit->setLanguage(m_language);
        for (const int answer : route.answers)
            visit->choose(answer);
    };

    visit->reset();
    visit->setLanguage(m_language);
    save(QStringLiteral("welcome"));
    for (const PathwayNode &node : m_content.nodes) {
        if (node.id == m_content.startNode)
            continue;
        const std::optional<PathwayRoutes::Route> route =
            PathwayRoutes::firstTo(m_content, node.id);
        if (!route)
            continue; // not reachable from the welcome screen: no visitor can see it
        walkTo(*route);
        save((node.isOutcome() ? QStringLiteral("outcome-") : QStringLiteral("question-")) +
             node.id);
    }
    visit->startAgain();
    visit->setLanguage(m_language);
    visit->showPrivacy();
    save(QStringLiteral("privacy"));
    visit->startAgain();
    window.showIdleNotice();
    save(QStringLiteral("idle-notice"));
    window.idleReset();
    visit->setLanguage(m_language);
    save(QStringLiteral("attract"));

    // What staff see after the unlock gesture: the PIN pad, then the staff menu.
    visit->startAgain();
    PinAttemptPolicy attempts;
    auto *pad = new PinPad(StaffPin(), &attempts);
    window.showOverlay(pad);
    save(QStringLiteral("pin-pad"));
    delete pad;
    auto *menu = new StaffMenu;
    menu->setAutoFillBackground(true);
    ActiveContent active;
    if (m_status)
        active = *m_status;
    active.content = m_content;
    if (!m_status)
        active.source = ContentLoader::builtInPath();
    menu->setContentStatus(active, m_at.date());
    if (!m_kioskStatus.isEmpty())
        menu->setKioskStatus(m_kioskStatus);
    window.showOverlay(menu);
    save(QStringLiteral("staff-menu"));
    delete menu;
    return result;
}
