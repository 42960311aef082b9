// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/PublicScreenStack.h"

#include "ui/public/screens/AnswerList.h"
#include "ui/public/screens/AttractScreen.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/PrivacyScreen.h"
#include "ui/public/screens/QuestionScreen.h"
#include "ui/public/screens/WelcomeScreen.h"

PublicScreenStack::PublicScreenStack(QWidget *parent)
    : QStackedWidget(parent)
{
    // One line a screen: which of the visit's screens it shows, and how to build it.
    add(VisitModel::Screen::Welcome, [](QWidget *stack) { return new WelcomeScreen(stack); });
    add(VisitModel::Screen::Question, [](QWidget *stack) { return new QuestionScreen(stack); });
    add(VisitModel::Screen::Outcome, [](QWidget *stack) { return new OutcomeScreen(stack); });
    add(VisitModel::Screen::Privacy, [](QWidget *stack) { return new PrivacyScreen(stack); });
    add(VisitModel::Screen::Attract, [](QWidget *stack) { return new AttractScreen(stack); });
}

void PublicScreenStack::add(VisitModel::Screen which, Factory build)
{
    for (const Slot &slot : m_slots)
        Q_ASSERT(slot.which != which);
    m_slots.push_back({which, std::move(build)});
}

PublicScreen *PublicScreenStack::build(Slot &slot)
{
    // Built with the stack as its parent, so it takes the window's language direction and
    // style sheet from the start, as the screens built at start did.
    PublicScreen *screen = slot.build(this);
    Q_ASSERT(screen && screen->which() == slot.which);
    slot.screen = screen;
    addWidget(screen);
    if (m_scale > 0)
        screen->applyScale(m_scale);
    if (m_retranslated)
        screen->retranslate();
    if (m_visit)
        screen->forwardTo(m_visit);
    if (auto *outcome = qobject_cast<OutcomeScreen *>(screen); outcome && m_clock)
        outcome->setClock(*m_clock);
    emit built(screen);
    return screen;
}

PublicScreen *PublicScreenStack::screen(VisitModel::Screen which)
{
    for (Slot &slot : m_slots) {
        if (slot.which == which)
            return slot.screen ? slot.screen : build(slot);
    }
    return nullptr;
}

bool PublicScreenStack::isBuilt(VisitModel::Screen which) const
{
    for (const Slot &slot : m_slots) {
        if (slot.which == which)
            return slot.screen != nullptr;
    }
    return false;
}

QList<PublicScreen *> PublicScreenStack::builtScreens() const
{
    QList<PublicScreen *> built;
    for (const Slot &slot : m_slots) {
        if (slot.screen)
            built << slot.screen;
    }
    return built;
}

WelcomeScreen *PublicScreenStack::welcome()
{
    return qobject_cast<WelcomeScreen *>(screen(VisitModel::Screen::Welcome));
}

QuestionScreen *PublicScreenStack::question()
{
    return qobject_cast<QuestionScreen *>(screen(VisitModel::Screen::Question));
}

OutcomeScreen *PublicScreenStack::outcome()
{
    return qobject_cast<OutcomeScreen *>(screen(VisitModel::Screen::Outcome));
}

PrivacyScreen *PublicScreenStack::privacy()
{
    return qobject_cast<PrivacyScreen *>(screen(VisitModel::Screen::Privacy));
}

AttractScreen *PublicScreenStack::attract()
{
    return qobject_cast<AttractScreen *>(screen(VisitModel::Screen::Attract));
}

void PublicScreenStack::forwardTo(VisitModel *visit)
{
    m_visit = visit;
    for (PublicScreen *screen : builtScreens())
        screen->forwardTo(visit);
}

void PublicScreenStack::setClock(const Clock &clock)
{
    m_clock = clock;
    if (!isBuilt(VisitModel::Screen::Outcome))
        return; // told when it is built
    outcome()->setClock(clock);
    outcome()->refreshAvailability();
}

void PublicScreenStack::showScreen(const VisitModel &visit, const QString &language)
{
    PublicScreen *shown = screen(visit.screen());
    for (PublicScreen *screen : builtScreens()) {
        if (screen != shown)
            screen->otherShown(visit, language);
    }
    shown->present(visit, language);
    setCurrentWidget(shown);
}

QList<QWidget *> PublicScreenStack::focusOrder(VisitModel::Screen screen)
{
    return this->screen(screen)->focusOrder();
}

QWidget *PublicScreenStack::heading(VisitModel::Screen screen)
{
    return this->screen(screen)->heading();
}

void PublicScreenStack::clear()
{
    for (PublicScreen *screen : builtScreens())
        screen->clear(); // one not built yet holds nothing
}

void PublicScreenStack::dropWordsNotIn(const QString &language)
{
    if (isBuilt(VisitModel::Screen::Welcome))
        welcome()->answers()->dropIfNotIn(language);
    if (isBuilt(VisitModel::Screen::Question))
        question()->answers()->dropIfNotIn(language);
    if (isBuilt(VisitModel::Screen::Outcome))
        outcome()->dropCardsNotIn(language);
}

void PublicScreenStack::retranslate()
{
    m_retranslated = true;
    for (PublicScreen *screen : builtScreens())
        screen->retranslate();
}

void PublicScreenStack::applyScale(double scale)
{
    m_scale = scale;
    for (PublicScreen *screen : builtScreens())
        screen->applyScale(scale);
}
