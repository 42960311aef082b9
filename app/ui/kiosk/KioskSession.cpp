// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskSession.h"

#include "core/hours/OpeningHours.h"
#include "core/languages/LanguageCatalogue.h"
#include "core/staff/HandoutCard.h"
#include "core/startup/ActiveContent.h"
#include "core/visit/VisitModel.h"
#include "ui/export/HandoutRenderer.h"
#include "ui/kiosk/KioskLockdown.h"
#include "ui/kiosk/PinPad.h"
#include "ui/kiosk/StaffMenu.h"
#include "ui/kiosk/StaffUnlockGesture.h"
#include "ui/platform/InstalledFonts.h"
#include "ui/public/CloseConfirmation.h"
#include "ui/public/KioskWindow.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

bool isShowing(const QWidget *overlay)
{
    return overlay && overlay->isVisible();
}

bool sameContent(const ActiveContent &a, const ActiveContent &b)
{
    return a.source == b.source && a.builtIn == b.builtIn && a.fellBack == b.fellBack &&
           a.content.metadata.id == b.content.metadata.id &&
           a.content.metadata.version == b.content.metadata.version;
}

// The window's flags and size as start() will show it, so it is built and styled that way once.
KioskWindow::FirstShow firstShow(const LaunchPlan &plan)
{
    KioskWindow::FirstShow first;
    if (plan.lockdown)
        first.flags = KioskLockdown::windowFlags();
    if (plan.lockdown || plan.window == LaunchPlan::Window::FullScreen) {
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            first.size = screen->geometry().size();
    } else {
        first.size = KioskSession::windowedSize;
    }
    return first;
}

} // namespace

KioskSession::KioskSession(const LaunchPlan &plan, const QString &staffPinHash,
                           ContentSource source, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_pin(staffPinHash)
    , m_source(std::move(source))
    , m_clock(clock)
    , m_active(m_source())
    , m_window(std::make_unique<KioskWindow>(m_active.content, clock, nullptr, firstShow(plan)))
{
    if (m_plan.idleTimeoutSeconds > 0)
        m_window->setIdleTimeout(std::chrono::seconds(m_plan.idleTimeoutSeconds));
    else
        m_window->setIdleResetEnabled(false);
    if (m_plan.lockdown)
        m_lockdown = new KioskLockdown(m_window.get(), this);
    m_gesture = new StaffUnlockGesture(m_window->staffGestureArea(), m_window.get(), this);
    connect(m_gesture, &StaffUnlockGesture::triggered, this, &KioskSession::openPinPad);
    // A newly installed pack is picked up only once a visit has ended, and after the reset has
    // painted, so the quick exit stays immediate.
    connect(m_window.get(), &KioskWindow::visitForgotten, this, [this] {
        QTimer::singleShot(0, this, [this] {
            pickUpNewContent();
            giveBackFreedMemory();
        });
    });
    m_window->installEventFilter(this);
}

KioskSession::~KioskSession()
{
    if (m_window)
        m_window->removeEventFilter(this);
}

PinPad *KioskSession::pinPad() const
{
    return m_pinPad;
}

StaffMenu *KioskSession::staffMenu() const
{
    return m_staffMenu;
}

CloseConfirmation *KioskSession::closeConfirmation() const
{
    return m_confirmation;
}

void KioskSession::setStartLanguage(const QString &language)
{
    if (language.isEmpty())
        return;
    m_window->setStartLanguage(language);
    if (m_window->visit()->wayBack().isEmpty())
        m_window->visit()->setLanguage(language);
}

QStringList KioskSession::offerLanguages(const QStringList &enabled, const QString &start)
{
    const QStringList offered =
        LanguageCatalogue::offered(enabled, m_active.content.metadata.locales);
    QStringList checked = offered;
    if (!start.isEmpty() && !checked.contains(start))
        checked << start;
    const GlyphGuard guard = InstalledFonts::check(m_active.content, checked);
    m_window->setEnabledLanguages(guard.drawable(offered));
    setStartLanguage(guard.startLanguage(start));
    m_languageWarnings = guard.warnings(start);
    return m_languageWarnings;
}

void KioskSession::start()
{
    if (m_lockdown) {
        m_lockdown->apply(); // full screen on the primary screen, frameless, closes refused
    } else if (m_plan.window == LaunchPlan::Window::FullScreen) {
        showFullScreenOnPrimary();
    } else {
        m_window->resize(windowedSize);
        m_window->show();
    }
}

void KioskSession::showFullScreenOnPrimary()
{
    // Geometry before showing, so the window opens on the primary screen and not where the
    // window manager would have put a normal window.
    if (QScreen *screen = QGuiApplication::primaryScreen())
        m_window->setGeometry(screen->geometry());
    m_window->showFullScreen();
}

void KioskSession::openPinPad()
{
    // Closed overlays are deleted later; only one that is still showing counts. With no PIN
    // configured the pad still opens, to tell staff so; no PIN it is given can succeed.
    if (isShowing(m_pinPad) || isShowing(m_staffMenu))
        return;
    auto *pad = new PinPad(m_pin, &m_attempts);
    pad->setAttribute(Qt::WA_DeleteOnClose);
    m_pinPad = pad;
    connect(pad, &PinPad::accepted, this, [this, pad] {
        closeOverlay(pad);
        openStaffMenu();
    });
    connect(pad, &PinPad::cancelled, this, [this, pad] { closeOverlay(pad); });
    // The idle reset stays on: a pad or menu left open is closed by it, so a passer-by can
    // never inherit a staff menu.
    m_window->showOverlay(pad);
    pad->setFocus();
}

void KioskSession::openStaffMenu()
{
    if (isShowing(m_staffMenu))
        return;
    auto *menu = new StaffMenu;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAutoFillBackground(true);
    menu->setContentStatus(m_active, m_clock.now().toTimeZone(OpeningHours::ukTimeZone()).date());
    menu->setPrintAvailable(m_plan.mode == Mode::Event);
    menu->setLanguageWarnings(m_languageWarnings + (m_staffNotes ? m_staffNotes() : QStringList()));
    if (m_statusText)
        menu->setKioskStatus(m_statusText());
    m_staffMenu = menu;
    connect(menu, &StaffMenu::closed, this, [this, menu] { closeOverlay(menu); });
    connect(menu, &StaffMenu::reloadRequested, this, &KioskSession::reloadContent);
    connect(menu, &StaffMenu::printCardsRequested, this, &KioskSession::printCards);
    connect(menu, &StaffMenu::quitRequested, this, &KioskSession::quit);
    m_window->showOverlay(menu);
}

void KioskSession::closeOverlay(QWidget *overlay)
{
    if (overlay)
        overlay->close();
}

void KioskSession::reloadContent()
{
    m_active = m_source();
    m_window->replaceContent(m_active.content); // closes the menu with every other overlay
    emit contentReplaced();
    openStaffMenu(); // staff see the status of what was just loaded
}

void KioskSession::pickUpNewContent()
{
    ActiveContent next = m_source();
    if (sameContent(next, m_active))
        return;
    m_active = std::move(next);
    m_window->replaceContent(m_active.content);
    emit contentReplaced();
}

void KioskSession::giveBackFreedMemory()
{
    // Between visits, the memory the last one freed goes back to the system: glibc keeps freed
    // blocks in its arenas, where they would count as the kiosk's for weeks (README,
    // Reliability). A few milliseconds, after the reset has painted.
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void KioskSession::printCards()
{
    if (m_plan.lockdown)
        return; // a locked-down kiosk opens no print dialog
    QList<HandoutCard> cards;
    for (const Service &service : std::as_const(m_active.content.services))
        cards << HandoutCard::forService(service, m_window->visit()->language());
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Support services"));
    QPrintDialog dialog(&printer, m_window.get());
    if (dialog.exec() == QDialog::Accepted)
        HandoutRenderer::renderCards(printer, cards, HandoutRenderer::Layout::FourOnA4);
}

void KioskSession::quit()
{
    m_closing = true;
    if (m_lockdown)
        m_lockdown->allowClose();
    m_window->close();
    emit finished();
}

void KioskSession::askBeforeClosing()
{
    if (isShowing(m_confirmation))
        return;
    auto *confirmation = new CloseConfirmation;
    confirmation->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = confirmation;
    connect(confirmation, &CloseConfirmation::keepOpen, this,
            [this, confirmation] { closeOverlay(confirmation); });
    connect(confirmation, &CloseConfirmation::closeConfirmed, this, &KioskSession::quit);
    m_window->showOverlay(confirmation);
    confirmation->keepOpenButton()->setFocus();
}

bool KioskSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window.get() && event->type() == QEvent::Close && m_plan.confirmBeforeClose &&
        !m_closing) {
        event->ignore();
        askBeforeClosing();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
