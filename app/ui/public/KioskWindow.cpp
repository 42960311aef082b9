// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/KioskWindow.h"

#include "core/languages/LanguageCatalogue.h"
#include "core/visit/IdleMonitor.h"
#include "core/visit/QuickExitDetector.h"
#include "core/visit/VisitModel.h"
#include "ui/public/EmergencyStrip.h"
#include "ui/public/KeyboardNavigation.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/KioskOverlays.h"
#include "ui/public/LeaveButton.h"
#include "ui/public/PublicScreenStack.h"
#include "ui/public/QuickExitAnnouncer.h"
#include "ui/public/QuickExitCue.h"
#include "ui/public/ReachArrangement.h"
#include "ui/public/Theme.h"
#include "ui/public/screens/WelcomeScreen.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollArea>
#include <QTranslator>

#include <cmath>
#include <utility>

KioskWindow::KioskWindow(const Content &content, const Clock &clock, QWidget *parent,
                         const FirstShow &firstShow)
    : QWidget(parent, firstShow.flags)
    , m_visit(new VisitModel(content, this))
    , m_idle(new IdleMonitor(this))
    , m_quickExit(new QuickExitDetector(this))
    , m_input(new VisitorInputFilter(this))
    , m_clock(clock)
    , m_language(VisitModel::defaultLanguage())
    , m_translator(new QTranslator(this))
    , m_keyboard(new KeyboardNavigation(this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Signpost"));
    setAttribute(Qt::WA_StyledBackground);
    // At the size it will show at, so the resize before showing does not style everything again,
    // and styled before any child exists: each widget is then polished once, by the kiosk's
    // style sheet, and no text is laid out in a font the kiosk never draws in.
    if (firstShow.size.isValid())
        resize(firstShow.size);
    m_scale = Theme::scaleFor(size());
    setStyleSheet(Theme::styleSheet(m_scale, m_display, m_language));
    m_header = new KioskHeader(this);
    m_strip = new EmergencyStrip(this);
    m_screens = new PublicScreenStack(this);
    m_overlays = new KioskOverlays(this, m_header);
    applyColours();
    m_header->applyScale(m_scale);
    m_strip->applyScale(m_scale);
    m_screens->applyScale(m_scale);
    m_overlays->applyScale(m_scale);
    // Header, strip and screens, from the top (or low-reach: setReachLayout()).
    m_arrangement = new ReachArrangement(this, m_header, m_strip, m_screens);
    connect(m_arrangement, &ReachArrangement::outOfReachTouched, this, [this] {
        if (m_visit->screen() == VisitModel::Screen::Attract)
            m_visit->leaveAttract(); // "Touch anywhere to start" includes the band up there
    });
    m_screens->setClock(m_clock);

    connect(m_visit, &VisitModel::screenChanged, this, &KioskWindow::showCurrentScreen);
    m_screens->forwardTo(m_visit);

    // Languages: the button on every screen opens the list; a choice changes the whole visit.
    connect(m_header->languageButton(), &QPushButton::clicked, this,
            &KioskWindow::showLanguagePicker);
    connect(m_overlays, &KioskOverlays::languageChosen, this, [this](const QString &code) {
        hideLanguagePicker();
        m_visit->setLanguage(code);
    });
    connect(m_overlays, &KioskOverlays::languagePickerCloseRequested, this,
            &KioskWindow::hideLanguagePicker);

    // Quick exit: the button, and Shift ×3 anywhere in the application. The expiry timer
    // restarts at every press: up to 5 seconds between presses, as GOV.UK's.
    connect(m_header->leaveButton(), &QPushButton::clicked, this, &KioskWindow::quickExit);
    // Before quickExit() is connected: "Loading." is said as the screen clears; the reset then
    // puts the cue's plain name back, so nothing shows that a quick exit happened.
    m_quickExitWords = new QuickExitAnnouncer(m_quickExit, m_header->cue(), this);
    connect(m_input, &VisitorInputFilter::shiftPressed, m_quickExit,
            &QuickExitDetector::shiftPressed);
    connect(m_quickExit, &QuickExitDetector::triggered, this, &KioskWindow::quickExit);
    connect(m_quickExit, &QuickExitDetector::progressChanged, m_header->cue(),
            &QuickExitCue::setProgress);
    m_cueExpiry.setSingleShot(true);
    connect(m_input, &VisitorInputFilter::shiftPressed, this,
            [this] { m_cueExpiry.start(int(QuickExitDetector::gapMilliseconds) + 50); });
    connect(&m_cueExpiry, &QTimer::timeout, this, [this] { m_quickExit->expire(m_input->now()); });
    connect(m_keyboard, &KeyboardNavigation::otherKeyPressed, m_quickExit,
            &QuickExitDetector::clear);
    // The keyboard filter first: filters installed later run earlier, so the visitor input
    // filter still sees every key (idle activity, Shift) before Enter or an arrow is taken.
    qApp->installEventFilter(m_keyboard);
    qApp->installEventFilter(m_input);

    // Idle reset.
    connect(m_input, &VisitorInputFilter::activity, m_idle, &IdleMonitor::recordActivity);
    connect(m_idle, &IdleMonitor::noticeDue, this, &KioskWindow::showIdleNotice);
    connect(m_idle, &IdleMonitor::noticeAnswered, this, &KioskWindow::hideIdleNotice);
    connect(m_idle, &IdleMonitor::resetDue, this, &KioskWindow::idleReset);
    connect(m_overlays, &KioskOverlays::stillHere, m_idle, &IdleMonitor::recordActivity);

    showCurrentScreen();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(m_input);
    qApp->removeEventFilter(m_keyboard);
    QCoreApplication::removeTranslator(m_translator);
}

QWidget *KioskWindow::currentScreen() const
{
    return m_screens->currentWidget();
}

void KioskWindow::setClock(const Clock &clock)
{
    m_clock = clock;
    m_screens->setClock(clock);
}

void KioskWindow::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setIdleTimeout(timeout);
}

void KioskWindow::setIdleNoticeDuration(std::chrono::milliseconds duration)
{
    m_idle->setNoticeDuration(duration);
    m_overlays->setIdleNoticeSeconds(int(std::ceil(duration.count() / 1000.0)));
}

void KioskWindow::setIdleResetEnabled(bool enabled)
{
    m_idleResetEnabled = enabled;
    if (!enabled) {
        m_idle->stop();
        hideIdleNotice();
    } else if (m_visit->screen() != VisitModel::Screen::Attract) {
        m_idle->start();
    }
}

void KioskWindow::setQuickExitTimeSource(VisitorInputFilter::TimeSource source)
{
    m_input->setTimeSource(std::move(source));
}

QWidget *KioskWindow::staffGestureArea() const
{
    return m_header->brand();
}

void KioskWindow::showOverlay(QWidget *overlay)
{
    m_overlays->showOverlay(overlay, Theme::colours(m_display.highContrast).scrim);
}

void KioskWindow::quickExit()
{
    forgetVisit();
    m_visit->reset();
}

void KioskWindow::idleReset()
{
    forgetVisit();
    m_visit->resetToAttract();
}

void KioskWindow::setStartLanguage(const QString &language)
{
    m_visit->setStartLanguage(language);
}

void KioskWindow::setEnabledLanguages(const QStringList &languages)
{
    m_enabledLanguages = languages;
}

QStringList KioskWindow::offeredLanguages() const
{
    return LanguageCatalogue::offered(m_enabledLanguages, m_visit->content().metadata.locales);
}

void KioskWindow::setReachLayout(ReachZone::Layout layout)
{
    m_arrangement->setLayout(layout);
    m_overlays->layOut();
}

ReachZone::Layout KioskWindow::reachLayout() const
{
    return m_arrangement->layout();
}

QRect KioskWindow::reachZone() const
{
    return m_arrangement->zone();
}

void KioskWindow::setStartDisplay(const DisplayPreferences &display)
{
    m_visit->setStartDisplay(display);
}

void KioskWindow::replaceContent(const Content &content)
{
    clearVisitTraces();
    m_visit->replaceContent(content);
}

void KioskWindow::forgetVisit()
{
    clearVisitTraces();
    emit visitForgotten();
}

void KioskWindow::clearVisitTraces()
{
    hideIdleNotice();
    hideLanguagePicker();
    m_overlays->closeAll();
    m_quickExit->clear();
    m_cueExpiry.stop();
    m_header->cue()->clearAnnouncement();
    m_screens->clear();
    m_shownKey.clear();
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
}

void KioskWindow::showCurrentScreen()
{
    const QString language = m_visit->language();
    const bool languageChanged = applyLanguage(language);
    applyDisplay(m_visit->display());
    const VisitModel::Screen screen = m_visit->screen();
    const QString key =
        QStringLiteral("%1/%2/%3").arg(int(screen)).arg(m_visit->currentNodeId(), language);
    if (key == m_shownKey && !languageChanged)
        return; // only the text size or contrast changed: the visitor stays where they were
    m_shownKey = key;
    m_strip->showChannels(m_visit->content(), language);
    m_screens->showScreen(*m_visit, language);
    if (std::exchange(m_restyleAfterText, false))
        restyle();
    if (screen == VisitModel::Screen::Attract || !m_idleResetEnabled)
        m_idle->stop();
    else if (m_idle->state() == IdleMonitor::State::Stopped)
        m_idle->start();
    applyFocusOrder();
    focusScreenStart();
}

bool KioskWindow::applyLanguage(const QString &language)
{
    if (language == m_language)
        return false;
    m_language = language;
    m_screens->dropWordsNotIn(language);
    // No message when a translation is missing: that would say which language a visitor chose.
    QCoreApplication::removeTranslator(m_translator);
    if (language != QLatin1String("en") &&
        m_translator->load(QStringLiteral(":/i18n/signpost_%1.qm").arg(language)))
        QCoreApplication::installTranslator(m_translator);
    setLayoutDirection(LanguageCatalogue::isRightToLeft(language) ? Qt::RightToLeft
                                                                  : Qt::LeftToRight);
    // Words are only ever laid out with fonts that shape them (Theme::fontsShapeEveryScript):
    // the new fonts before the new words if they shape the old ones too, else after them.
    m_restyleAfterText = !Theme::fontsShapeEveryScript(language);
    if (!m_restyleAfterText)
        restyle();
    retranslate();
    return true;
}

bool KioskWindow::applyDisplay(const DisplayPreferences &display)
{
    m_screens->welcome()->setDisplay(display);
    if (display == m_display)
        return false;
    m_display = display;
    restyle();
    // The visitor stays on the switch they pressed, with it in view at the new size.
    QMetaObject::invokeMethod(
        this,
        [this] {
            QWidget *focus = focusWidget();
            for (QWidget *w = focus; w; w = w->parentWidget()) {
                if (auto *area = qobject_cast<QScrollArea *>(w)) {
                    area->ensureWidgetVisible(focus);
                    break;
                }
            }
        },
        Qt::QueuedConnection);
    return true;
}

void KioskWindow::retranslate()
{
    setWindowTitle(tr("Signpost"));
    m_header->retranslate(LanguageCatalogue::nativeName(m_language));
    m_header->leaveButton()->retranslate();
    m_header->cue()->retranslate();
    m_screens->retranslate();
    m_overlays->retranslate();
}

void KioskWindow::applyFocusOrder()
{
    const QList<QWidget *> order = focusOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

QList<QWidget *> KioskWindow::focusOrder() const
{
    QList<QWidget *> order = m_header->focusOrder();
    for (QWidget *widget : m_screens->focusOrder(m_visit->screen())) {
        if (widget)
            order << widget;
    }
    return order;
}

void KioskWindow::focusScreenStart()
{
    // A new screen: focus on its heading, so a screen reader announces it and Tab starts from
    // the top of the page.
    m_screens->heading(m_visit->screen())->setFocus(Qt::OtherFocusReason);
}

void KioskWindow::showIdleNotice()
{
    m_overlays->showIdleNotice();
}

void KioskWindow::hideIdleNotice()
{
    m_overlays->hideIdleNotice();
}

void KioskWindow::showLanguagePicker()
{
    // The screen behind takes no focus while the list is open; the header stays usable.
    m_overlays->showLanguagePicker(offeredLanguages(), m_visit->language(), m_header->focusOrder(),
                                   {m_strip, m_screens});
}

void KioskWindow::hideLanguagePicker()
{
    m_strip->setEnabled(true);
    m_screens->setEnabled(true);
    if (!m_overlays->isLanguagePickerShown())
        return;
    m_overlays->hideLanguagePicker();
    applyFocusOrder();
    if (!m_overlays->restoreFocus())
        focusScreenStart();
}

void KioskWindow::applyScale(double scale)
{
    if (std::abs(scale - m_scale) < 0.01)
        return;
    m_scale = scale;
    restyle();
    m_header->applyScale(scale);
    m_strip->applyScale(scale);
    m_screens->applyScale(scale);
    m_overlays->applyScale(scale);
}

void KioskWindow::restyle()
{
    setStyleSheet(Theme::styleSheet(m_scale, m_display, m_language));
    applyColours();
}

void KioskWindow::applyColours()
{
    const Theme::Colours colours = Theme::colours(m_display.highContrast);
    m_header->setIconColour(colours.ink);
    m_header->cue()->setColours(m_display.highContrast ? colours.focus : colours.leave,
                                colours.surface);
    m_overlays->setScrim(colours.scrim);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    applyScale(Theme::scaleFor(size()));
    m_arrangement->fit();
    m_overlays->layOut();
    QWidget::resizeEvent(event);
}
