#include "KioskWindow.h"

#include "AttractScreen.h"
#include "EmergencyStrip.h"
#include "IdleMonitor.h"
#include "IdleNotice.h"
#include "KioskHeader.h"
#include "LeaveButton.h"
#include "OutcomeScreen.h"
#include "PrivacyScreen.h"
#include "QuestionScreen.h"
#include "QuickExitCue.h"
#include "QuickExitDetector.h"
#include "Theme.h"
#include "VisitModel.h"
#include "WelcomeScreen.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

KioskWindow::KioskWindow(const Content &content, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_visit(new VisitModel(content, this))
    , m_idle(new IdleMonitor(this))
    , m_quickExit(new QuickExitDetector(this))
    , m_input(new VisitorInputFilter(this))
    , m_clock(clock)
    , m_header(new KioskHeader(this))
    , m_strip(new EmergencyStrip(this))
    , m_screens(new QStackedWidget(this))
    , m_welcome(new WelcomeScreen(m_screens))
    , m_question(new QuestionScreen(m_screens))
    , m_outcome(new OutcomeScreen(m_screens))
    , m_privacy(new PrivacyScreen(m_screens))
    , m_attract(new AttractScreen(m_screens))
    , m_idleNotice(new IdleNotice(this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Signpost"));
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The window is the size of the screen; the screens scroll rather than make it grow.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addWidget(m_header);
    layout->addWidget(m_strip);
    layout->addWidget(m_screens, 1);
    for (QWidget *screen : {static_cast<QWidget *>(m_welcome), static_cast<QWidget *>(m_question),
                            static_cast<QWidget *>(m_outcome), static_cast<QWidget *>(m_privacy),
                            static_cast<QWidget *>(m_attract)})
        m_screens->addWidget(screen);
    m_outcome->setClock(m_clock);

    connect(m_visit, &VisitModel::screenChanged, this, &KioskWindow::showCurrentScreen);
    connect(m_welcome, &WelcomeScreen::answerChosen, m_visit, &VisitModel::choose);
    connect(m_welcome, &WelcomeScreen::privacyRequested, m_visit, &VisitModel::showPrivacy);
    connect(m_question, &QuestionScreen::answerChosen, m_visit, &VisitModel::choose);
    connect(m_question, &QuestionScreen::backRequested, m_visit, &VisitModel::goBack);
    connect(m_question, &QuestionScreen::startAgainRequested, m_visit, &VisitModel::startAgain);
    connect(m_outcome, &OutcomeScreen::backRequested, m_visit, &VisitModel::goBack);
    connect(m_outcome, &OutcomeScreen::startAgainRequested, m_visit, &VisitModel::startAgain);
    connect(m_privacy, &PrivacyScreen::backRequested, m_visit, &VisitModel::closePrivacy);
    connect(m_attract, &AttractScreen::touched, m_visit, &VisitModel::leaveAttract);

    // Quick exit: the button, and Shift ×3 anywhere in the application.
    connect(m_header->leaveButton(), &QPushButton::clicked, this, &KioskWindow::quickExit);
    connect(m_input, &VisitorInputFilter::shiftPressed, m_quickExit,
            &QuickExitDetector::shiftPressed);
    connect(m_quickExit, &QuickExitDetector::triggered, this, &KioskWindow::quickExit);
    connect(m_quickExit, &QuickExitDetector::progressChanged, m_header->cue(),
            &QuickExitCue::setProgress);
    m_cueExpiry.setSingleShot(true);
    connect(m_input, &VisitorInputFilter::shiftPressed, this,
            [this] { m_cueExpiry.start(int(QuickExitDetector::windowMilliseconds) + 50); });
    connect(&m_cueExpiry, &QTimer::timeout, this, [this] { m_quickExit->expire(m_input->now()); });
    qApp->installEventFilter(m_input);

    // Idle reset.
    connect(m_input, &VisitorInputFilter::activity, m_idle, &IdleMonitor::recordActivity);
    connect(m_idle, &IdleMonitor::noticeDue, this, &KioskWindow::showIdleNotice);
    connect(m_idle, &IdleMonitor::noticeAnswered, this, &KioskWindow::hideIdleNotice);
    connect(m_idle, &IdleMonitor::resetDue, this, &KioskWindow::idleReset);
    connect(m_idleNotice, &IdleNotice::stillHere, m_idle, &IdleMonitor::recordActivity);

    applyScale(Theme::scaleFor(size()));
    showCurrentScreen();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(m_input);
}

QWidget *KioskWindow::currentScreen() const
{
    return m_screens->currentWidget();
}

void KioskWindow::setClock(const Clock &clock)
{
    m_clock = clock;
    m_outcome->setClock(clock);
    m_outcome->refreshAvailability();
}

void KioskWindow::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setIdleTimeout(timeout);
}

void KioskWindow::setIdleNoticeDuration(std::chrono::milliseconds duration)
{
    m_idle->setNoticeDuration(duration);
    m_idleNotice->setSecondsLeft(int(std::ceil(duration.count() / 1000.0)));
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
    overlay->setParent(this);
    m_overlays.removeAll(nullptr);
    if (!m_overlays.contains(overlay))
        m_overlays << overlay;
    overlay->setGeometry(rect());
    overlay->show();
    overlay->raise();
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
    for (const QPointer<QWidget> &overlay : std::as_const(m_overlays)) {
        if (overlay)
            overlay->close();
    }
    m_overlays.removeAll(nullptr);
    m_quickExit->clear();
    m_cueExpiry.stop();
    m_question->clear();
    m_outcome->clear();
    m_privacy->clear();
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
}

void KioskWindow::showCurrentScreen()
{
    const QString language = m_visit->language();
    const PathwayNode *node = m_visit->currentNode();
    const VisitModel::Screen screen = m_visit->screen();
    m_strip->showChannels(m_visit->content(), language);
    if (screen != VisitModel::Screen::Outcome)
        m_outcome->clear(); // its minute timer only runs while it is shown
    switch (screen) {
    case VisitModel::Screen::Attract:
        m_attract->showMessages(m_visit->content().campaignMessages, language);
        m_screens->setCurrentWidget(m_attract);
        break;
    case VisitModel::Screen::Welcome:
        if (node)
            m_welcome->showQuestion(*node, language);
        m_screens->setCurrentWidget(m_welcome);
        break;
    case VisitModel::Screen::Question:
        m_question->showQuestion(*node, language);
        m_screens->setCurrentWidget(m_question);
        break;
    case VisitModel::Screen::Outcome:
        m_outcome->showOutcome(m_visit->content(), *node, language);
        m_screens->setCurrentWidget(m_outcome);
        break;
    case VisitModel::Screen::Privacy:
        m_privacy->clear();
        m_screens->setCurrentWidget(m_privacy);
        break;
    }
    if (screen == VisitModel::Screen::Attract || !m_idleResetEnabled)
        m_idle->stop();
    else if (m_idle->state() == IdleMonitor::State::Stopped)
        m_idle->start();
}

void KioskWindow::showIdleNotice()
{
    m_idleNotice->setGeometry(0, m_header->height(), width(), height() - m_header->height());
    m_idleNotice->show();
    m_idleNotice->raise();
}

void KioskWindow::hideIdleNotice()
{
    m_idleNotice->hide();
}

void KioskWindow::applyScale(double scale)
{
    if (std::abs(scale - m_scale) < 0.01)
        return;
    m_scale = scale;
    setStyleSheet(Theme::styleSheet(scale));
    m_header->applyScale(scale);
    m_strip->applyScale(scale);
    m_welcome->applyScale(scale);
    m_question->applyScale(scale);
    m_outcome->applyScale(scale);
    m_privacy->applyScale(scale);
    m_attract->applyScale(scale);
    m_idleNotice->applyScale(scale);
}

void KioskWindow::layOutOverlays()
{
    if (m_idleNotice->isVisible())
        showIdleNotice();
    for (const QPointer<QWidget> &overlay : std::as_const(m_overlays)) {
        if (overlay)
            overlay->setGeometry(rect());
    }
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    applyScale(Theme::scaleFor(size()));
    layOutOverlays();
    QWidget::resizeEvent(event);
}
