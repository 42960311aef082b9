// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/PublicScreenStack.h"

#include "ui/public/screens/AttractScreen.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/PrivacyScreen.h"
#include "ui/public/screens/QuestionScreen.h"
#include "ui/public/screens/WelcomeScreen.h"

#include <QLabel>

PublicScreenStack::PublicScreenStack(QWidget *parent)
    : QStackedWidget(parent)
    , m_welcome(new WelcomeScreen(this))
    , m_question(new QuestionScreen(this))
    , m_outcome(new OutcomeScreen(this))
    , m_privacy(new PrivacyScreen(this))
    , m_attract(new AttractScreen(this))
{
    for (QWidget *screen : {static_cast<QWidget *>(m_welcome), static_cast<QWidget *>(m_question),
                            static_cast<QWidget *>(m_outcome), static_cast<QWidget *>(m_privacy),
                            static_cast<QWidget *>(m_attract)})
        addWidget(screen);
}

void PublicScreenStack::forwardTo(VisitModel *visit)
{
    connect(m_welcome, &WelcomeScreen::answerChosen, visit, &VisitModel::choose);
    connect(m_welcome, &WelcomeScreen::privacyRequested, visit, &VisitModel::showPrivacy);
    connect(m_welcome, &WelcomeScreen::largeTextToggled, visit, &VisitModel::setLargeText);
    connect(m_welcome, &WelcomeScreen::highContrastToggled, visit, &VisitModel::setHighContrast);
    connect(m_question, &QuestionScreen::answerChosen, visit, &VisitModel::choose);
    connect(m_question, &QuestionScreen::backRequested, visit, &VisitModel::goBack);
    connect(m_question, &QuestionScreen::startAgainRequested, visit, &VisitModel::startAgain);
    connect(m_outcome, &OutcomeScreen::backRequested, visit, &VisitModel::goBack);
    connect(m_outcome, &OutcomeScreen::startAgainRequested, visit, &VisitModel::startAgain);
    connect(m_privacy, &PrivacyScreen::backRequested, visit, &VisitModel::closePrivacy);
    connect(m_attract, &AttractScreen::touched, visit, &VisitModel::leaveAttract);
}

void PublicScreenStack::setClock(const Clock &clock)
{
    m_outcome->setClock(clock);
    m_outcome->refreshAvailability();
}

void PublicScreenStack::showScreen(const VisitModel &visit, const QString &language)
{
    const Content &content = visit.content();
    const PathwayNode *node = visit.currentNode();
    const VisitModel::Screen screen = visit.screen();
    if (screen != VisitModel::Screen::Outcome)
        m_outcome->leave(); // its minute timer only runs while it is shown
    switch (screen) {
    case VisitModel::Screen::Attract:
        m_attract->showMessages(content.campaignMessages, language);
        m_attract->showAudiences(content, language);
        // The hidden welcome screen is reset too, so nothing of the last visit's language waits
        // behind the attract screen for the next person.
        if (const PathwayNode *start = content.node(content.startNode))
            m_welcome->showQuestion(*start, language);
        setCurrentWidget(m_attract);
        break;
    case VisitModel::Screen::Welcome:
        if (node)
            m_welcome->showQuestion(*node, language);
        setCurrentWidget(m_welcome);
        break;
    case VisitModel::Screen::Question:
        m_question->showQuestion(*node, language);
        setCurrentWidget(m_question);
        break;
    case VisitModel::Screen::Outcome:
        m_outcome->showOutcome(content, *node, language);
        setCurrentWidget(m_outcome);
        break;
    case VisitModel::Screen::Privacy:
        m_privacy->clear();
        setCurrentWidget(m_privacy);
        break;
    }
}

QList<QWidget *> PublicScreenStack::focusOrder(VisitModel::Screen screen) const
{
    switch (screen) {
    case VisitModel::Screen::Attract:
        return {m_attract};
    case VisitModel::Screen::Welcome:
        return m_welcome->focusOrder();
    case VisitModel::Screen::Question:
        return m_question->focusOrder();
    case VisitModel::Screen::Outcome:
        return m_outcome->focusOrder();
    case VisitModel::Screen::Privacy:
        return m_privacy->focusOrder();
    }
    return {};
}

QWidget *PublicScreenStack::heading(VisitModel::Screen screen) const
{
    // The attract screen takes focus itself: any key starts.
    switch (screen) {
    case VisitModel::Screen::Attract:
        return m_attract;
    case VisitModel::Screen::Welcome:
        return m_welcome->heading();
    case VisitModel::Screen::Question:
        return m_question->heading();
    case VisitModel::Screen::Outcome:
        return m_outcome->heading();
    case VisitModel::Screen::Privacy:
        return m_privacy->heading();
    }
    return m_attract;
}

void PublicScreenStack::clear()
{
    m_question->clear();
    m_outcome->clear();
    m_privacy->clear();
}

void PublicScreenStack::retranslate()
{
    m_welcome->retranslate();
    m_question->retranslate();
    m_outcome->retranslate();
    m_privacy->retranslate();
    m_attract->retranslate();
}

void PublicScreenStack::applyScale(double scale)
{
    m_welcome->applyScale(scale);
    m_question->applyScale(scale);
    m_outcome->applyScale(scale);
    m_privacy->applyScale(scale);
    m_attract->applyScale(scale);
}
