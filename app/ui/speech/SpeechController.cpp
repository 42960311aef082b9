// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/SpeechController.h"

#include "core/speech/ScreenSpeech.h"
#include "core/speech/SpeechWords.h"
#include "core/visit/IdleMonitor.h"
#include "core/visit/VisitModel.h"
#include "ui/public/EmergencyStrip.h"
#include "ui/public/IdleNotice.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/KioskWindow.h"
#include "ui/public/LanguagePicker.h"
#include "ui/public/LeaveButton.h"
#include "ui/public/PublicScreenStack.h"
#include "ui/public/QuickExitAnnouncer.h"
#include "ui/public/screens/MoreBelowCue.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/speech/SpeechCheck.h"
#include "ui/speech/SpeechPlayer.h"
#include "ui/speech/WidgetSpeech.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPointingDevice>
#include <QPushButton>

namespace {

constexpr int volumeStep = 10;

} // namespace

bool SpeechController::isPublic(const QWidget *widget) const
{
    // The header, the strip, the screens and the public overlays; never the PIN pad or the
    // staff menu laid over them (a PIN is not read aloud).
    for (const QWidget *part : {static_cast<const QWidget *>(m_window->header()),
                                static_cast<const QWidget *>(m_window->emergencyStrip()),
                                static_cast<const QWidget *>(m_window->screens())}) {
        if (part == widget || part->isAncestorOf(widget))
            return true;
    }
    return m_window->isVisitorOverlay(widget); // the idle notice and the language list
}

SpeechController::SpeechController(KioskWindow *window, const SpeechSettings &settings,
                                   std::unique_ptr<AudioSink> sink, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_player(std::make_unique<SpeechPlayer>(std::move(sink)))
{
    m_player->setVolume(settings.volume);
    m_player->setRate(settings.rate);
    QPushButton *button = window->header()->readAloudButton();
    button->setVisible(settings.mode != SpeechSettings::Mode::Off);
    if (settings.mode == SpeechSettings::Mode::Off)
        return; // no button, no key, no sound
    connect(button, &QPushButton::toggled, this, &SpeechController::setOn);
    // After the window's own slot: the screen, its language and translation are in place.
    connect(window->visit(), &VisitModel::screenChanged, this, &SpeechController::screenChanged);
    connect(window, &KioskWindow::visitForgotten, this, &SpeechController::visitForgotten);
    // "Are you still there?" and the language list are read when they open (queued: once shown).
    connect(
        window->idleMonitor(), &IdleMonitor::noticeDue, this,
        [this] { sayOverlay(m_window->idleNotice()); }, Qt::QueuedConnection);
    connect(
        window->header()->languageButton(), &QPushButton::clicked, this,
        [this] { sayOverlay(m_window->languagePicker()); }, Qt::QueuedConnection);
    // The short cues: the quick exit's progress in words, and the outcome's "More below".
    connect(window->quickExitAnnouncer(), &QuickExitAnnouncer::announced, this,
            &SpeechController::quickExitAnnounced);
    // The outcome screen is built on its first visit (PublicScreenStack): its cue is watched
    // from then on.
    const auto watchMoreBelow = [this](PublicScreen *screen) {
        auto *outcome = qobject_cast<OutcomeScreen *>(screen);
        if (!outcome)
            return;
        connect(outcome->moreBelow(), &MoreBelowCue::dueChanged, this, [this](bool due) {
            // Laid out before screenChanged() reached here: that reads it with the screen.
            if (due && (m_shownKey.isEmpty() || m_shownKey == screenKey()))
                sayMoreBelowIfDue();
        });
    };
    for (PublicScreen *screen : window->screens()->builtScreens())
        watchMoreBelow(screen);
    connect(window->screens(), &PublicScreenStack::built, this, watchMoreBelow);
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { focusChanged(now); });
    // Installed after the window's filters, so it runs before them and sees every key and touch.
    qApp->installEventFilter(this);
    if (settings.mode == SpeechSettings::Mode::Always)
        setOn(true);
}

SpeechController::~SpeechController()
{
    qApp->removeEventFilter(this);
}

void SpeechController::setOn(bool on)
{
    QPushButton *button = m_window->header()->readAloudButton();
    if (button->isChecked() != on)
        button->setChecked(on); // comes back here through toggled()
    if (m_on == on)
        return;
    m_on = on;
    m_armed.clear();
    if (!on) {
        m_player->stop();
        return;
    }
    m_shownKey.clear();
    const QString language = m_window->visit()->language();
    say(Utterances{Utterance{SpeechWords::turnedOn(), language}} + currentScreen());
    m_moreBelowSaid = false;
    sayMoreBelowIfDue();
}

QStringList SpeechController::staffWarnings(const QStringList &languages) const
{
    return SpeechCheck::problems(m_settings, languages, m_player->hasTriedDevice(),
                                 !m_player->isAvailable());
}

void SpeechController::repeat()
{
    if (!m_on)
        return;
    say(currentScreen());
    m_moreBelowSaid = false;
    sayMoreBelowIfDue();
}

void SpeechController::togglePause()
{
    if (m_on)
        m_player->setPaused(!m_player->isPaused());
}

void SpeechController::changeVolume(int step)
{
    m_player->setVolume(std::clamp(m_player->volume() + step, SpeechSettings::minimumVolume,
                                   SpeechSettings::maximumVolume));
}

Utterances SpeechController::currentScreen() const
{
    return ScreenSpeech::of(*m_window->visit(), m_window->clock().now());
}

void SpeechController::say(const Utterances &utterances)
{
    m_lastSaid = utterances;
    m_player->say(utterances);
}

QString SpeechController::screenKey() const
{
    const VisitModel *visit = m_window->visit();
    return QStringLiteral("%1/%2/%3")
        .arg(int(visit->screen()))
        .arg(visit->currentNodeId(), visit->language());
}

void SpeechController::screenChanged()
{
    const VisitModel *visit = m_window->visit();
    const QString key = screenKey();
    if (key == m_shownKey)
        return; // only the text size or contrast changed
    m_shownKey = key;
    m_armed.clear();
    m_moreBelowSaid = false;
    if (m_on) {
        m_player->say({}); // the old screen's words stop now, not once the new ones are ready
        say(currentScreen());
        // The outcome may already have been laid out (its cue then changed before this ran).
        sayMoreBelowIfDue();
    } else if (visit->screen() == VisitModel::Screen::Attract) {
        // Once each time the attract screen comes, in the start language: how to turn it on,
        // for a visitor who cannot see the button.
        say({Utterance{SpeechWords::howToTurnOn(), visit->language()}});
    } else {
        m_player->stop(); // the attract screen's words end when a visit starts
    }
}

void SpeechController::sayCue(const CueSpeech::Plan &plan)
{
    switch (plan.when) {
    case CueSpeech::When::Never:
        return;
    case CueSpeech::When::Now:
        say(plan.utterances);
        return;
    case CueSpeech::When::AfterReading:
        m_lastSaid += plan.utterances;
        m_player->add(plan.utterances);
        return;
    case CueSpeech::When::AfterReset:
        // Queued: the exit (connected after the announcer) first silences the sound and
        // resets the screens; with `always` the new visit's screen follows the word.
        QMetaObject::invokeMethod(
            this, [this, words = plan.utterances] { say(m_on ? words + currentScreen() : words); },
            Qt::QueuedConnection);
        return;
    }
}

void SpeechController::quickExitAnnounced(const QString &words)
{
    // The announcer's words for this press, in the language the visitor sees now.
    CueSpeech::Cue cue = CueSpeech::Cue::QuickExitProgress;
    if (words == QuickExitAnnouncer::leavingText())
        cue = CueSpeech::Cue::QuickExitLeaving;
    else if (words == QuickExitAnnouncer::expiredText())
        cue = CueSpeech::Cue::QuickExitExpired;
    sayCue(CueSpeech::of(cue, words, m_window->visit()->language(), m_on));
}

void SpeechController::sayMoreBelowIfDue()
{
    const VisitModel *visit = m_window->visit();
    if (visit->screen() != VisitModel::Screen::Outcome)
        return; // (and the outcome screen may not be built yet)
    const MoreBelowCue *cue = m_window->outcomeScreen()->moreBelow();
    if (!cue->isDue())
        return;
    const CueSpeech::Plan plan = CueSpeech::of(CueSpeech::Cue::MoreBelow, cue->text(),
                                               visit->language(), m_on, m_moreBelowSaid);
    m_moreBelowSaid = m_moreBelowSaid || plan.when != CueSpeech::When::Never;
    sayCue(plan);
}

void SpeechController::sayOverlay(QWidget *overlay)
{
    if (!m_on || !overlay->isVisible())
        return;
    // Its words and buttons in reading order; each language in its own voice.
    Utterances utterances;
    const QDateTime now = m_window->clock().now();
    for (QWidget *child : overlay->findChildren<QWidget *>()) {
        const bool readable =
            qobject_cast<QLabel *>(child) || qobject_cast<QAbstractButton *>(child);
        if (readable && child->isVisible())
            utterances << WidgetSpeech::of(child, *m_window->visit(), now);
    }
    say(utterances);
}

void SpeechController::visitForgotten()
{
    // Quick exit and idle reset: silent at once; the next visitor starts silent too, unless
    // this kiosk reads every visit aloud (a handset).
    m_player->stop();
    m_player->setVolume(m_settings.volume); // a visitor's + and - last their visit only
    m_shownKey.clear();
    // The welcome's answer buttons outlive the visit: a control this visitor touched once must
    // not choose at the next visitor's first touch.
    m_armed.clear();
    m_swallowRelease = false;
    setOn(m_settings.mode == SpeechSettings::Mode::Always);
}

void SpeechController::focusChanged(QWidget *now)
{
    if (!std::exchange(m_keyMoved, false) || !m_on || !now || now->window() != m_window)
        return;
    if (!isPublic(now)) {
        m_player->stop(); // staff at the PIN pad or menu: nothing of theirs is read
        return;
    }
    say(WidgetSpeech::of(now, *m_window->visit(), m_window->clock().now()));
}

bool SpeechController::keyPressed(int key)
{
    switch (key) {
    case Qt::Key_F2:
    case Qt::Key_Asterisk:
        setOn(!m_on);
        return true;
    case Qt::Key_Slash:
        repeat();
        return m_on;
    case Qt::Key_Period:
        togglePause();
        return m_on;
    case Qt::Key_Plus:
        changeVolume(volumeStep);
        return m_on;
    case Qt::Key_Minus:
        changeVolume(-volumeStep);
        return m_on;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        m_keyMoved = true;
        return false;
    default:
        return false;
    }
}

bool SpeechController::touched(QWidget *widget)
{
    QWidget *target = WidgetSpeech::target(widget);
    if (!target || !isPublic(target))
        return false;
    if (target == m_window->header()->leaveButton()) {
        m_player->stop(); // the quick exit acts on the first tap, silently
        return false;
    }
    if (target == m_window->header()->readAloudButton() || target == m_armed) {
        m_armed.clear();
        return false; // the second tap: let the control have it
    }
    say(WidgetSpeech::of(target, *m_window->visit(), m_window->clock().now()));
    if (!WidgetSpeech::isActivatable(target))
        return false; // a card or words: read, and a drag still scrolls
    m_armed = target;
    m_swallowRelease = true;
    return true;
}

bool SpeechController::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    switch (event->type()) {
    case QEvent::KeyPress:
        return keyPressed(static_cast<QKeyEvent *>(event)->key());
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        // Touches only (Qt turns them into mouse events for widgets): a mouse clicks as ever.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool touch = mouse->pointingDevice() &&
                           mouse->pointingDevice()->type() == QInputDevice::DeviceType::TouchScreen;
        if (!m_on || !touch || mouse->button() != Qt::LeftButton)
            return false;
        return touched(widget);
    }
    case QEvent::MouseButtonRelease:
        return std::exchange(m_swallowRelease, false);
    default:
        return false;
    }
}
