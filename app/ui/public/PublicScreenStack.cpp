// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/PublicScreenStack.h"

#include "ui/public/screens/AttractScreen.h"
#include "ui/public/screens/OutcomeScreen.h"
#include "ui/public/screens/PrivacyScreen.h"
#include "ui/public/screens/QuestionScreen.h"
#include "ui/public/screens/WelcomeScreen.h"

PublicScreenStack::PublicScreenStack(QWidget *parent)
    : QStackedWidget(parent)
{
    // One line a screen; each says which of the visit's screens it shows.
    add(new WelcomeScreen(this));
    add(new QuestionScreen(this));
    add(new OutcomeScreen(this));
    add(new PrivacyScreen(this));
    add(new AttractScreen(this));
}

void PublicScreenStack::add(PublicScreen *screen)
{
    Q_ASSERT(!this->screen(screen->which()));
    m_screens << screen;
    addWidget(screen);
}

PublicScreen *PublicScreenStack::screen(VisitModel::Screen which) const
{
    for (PublicScreen *screen : m_screens) {
        if (screen->which() == which)
            return screen;
    }
    return nullptr;
}

template<typename T>
T *PublicScreenStack::find() const
{
    for (PublicScreen *screen : m_screens) {
        if (auto *found = qobject_cast<T *>(screen))
            return found;
    }
    return nullptr;
}

WelcomeScreen *PublicScreenStack::welcome() const
{
    return find<WelcomeScreen>();
}

QuestionScreen *PublicScreenStack::question() const
{
    return find<QuestionScreen>();
}

OutcomeScreen *PublicScreenStack::outcome() const
{
    return find<OutcomeScreen>();
}

PrivacyScreen *PublicScreenStack::privacy() const
{
    return find<PrivacyScreen>();
}

AttractScreen *PublicScreenStack::attract() const
{
    return find<AttractScreen>();
}

void PublicScreenStack::forwardTo(VisitModel *visit)
{
    for (PublicScreen *screen : std::as_const(m_screens))
        screen->forwardTo(visit);
}

void PublicScreenStack::setClock(const Clock &clock)
{
    outcome()->setClock(clock);
    outcome()->refreshAvailability();
}

void PublicScreenStack::showScreen(const VisitModel &visit, const QString &language)
{
    PublicScreen *shown = screen(visit.screen());
    for (PublicScreen *screen : std::as_const(m_screens)) {
        if (screen != shown)
            screen->otherShown(visit, language);
    }
    shown->present(visit, language);
    setCurrentWidget(shown);
}

QList<QWidget *> PublicScreenStack::focusOrder(VisitModel::Screen screen) const
{
    return this->screen(screen)->focusOrder();
}

QWidget *PublicScreenStack::heading(VisitModel::Screen screen) const
{
    return this->screen(screen)->heading();
}

void PublicScreenStack::clear()
{
    for (PublicScreen *screen : std::as_const(m_screens))
        screen->clear();
}

void PublicScreenStack::retranslate()
{
    for (PublicScreen *screen : std::as_const(m_screens))
        screen->retranslate();
}

void PublicScreenStack::applyScale(double scale)
{
    for (PublicScreen *screen : std::as_const(m_screens))
        screen->applyScale(scale);
}
