// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hours/Clock.h"
#include "core/visit/VisitModel.h"
#include "ui/public/screens/PublicScreen.h"

#include <QStackedWidget>

#include <functional>
#include <optional>
#include <vector>

class AttractScreen;
class OutcomeScreen;
class PrivacyScreen;
class QuestionScreen;
class WelcomeScreen;

// The visitor's screens, one on show at a time: welcome, question, outcome, privacy and attract.
// It puts a visit's current screen on show, forwards what the visitor presses to the visit, and
// knows each screen's reading order and heading (where focus goes when the screen changes). It
// drives every screen through PublicScreen: adding a screen is one line in the constructor.
// Each screen is built the first time it is needed (the welcome screen at start, the others on
// the first visit to them), so the kiosk's first frame waits only for the screen it shows; what
// the stack was told before then (scale, words, visit, clock) reaches a screen as it is built.
class PublicScreenStack : public QStackedWidget
{
    Q_OBJECT
public:
    // Builds one screen as a child of the stack.
    using Factory = std::function<PublicScreen *(QWidget *parent)>;

    explicit PublicScreenStack(QWidget *parent = nullptr);

    // The screen that shows `which` of the visit, built now if nothing needed it before.
    PublicScreen *screen(VisitModel::Screen which);
    bool isBuilt(VisitModel::Screen which) const;
    QList<PublicScreen *> builtScreens() const;
    WelcomeScreen *welcome();
    QuestionScreen *question();
    OutcomeScreen *outcome();
    PrivacyScreen *privacy();
    AttractScreen *attract();

    // Answers, back, start again, privacy, text size and contrast go to `visit`.
    void forwardTo(VisitModel *visit);
    void setClock(const Clock &clock);
    // Puts the visit's current screen on show in `language`.
    void showScreen(const VisitModel &visit, const QString &language);
    // The widgets of `screen` in reading order, and its heading.
    QList<QWidget *> focusOrder(VisitModel::Screen screen);
    QWidget *heading(VisitModel::Screen screen);

    void clear(); // forgets what the screens showed
    // Before the window is restyled for `language`: drops what was built only for another
    // language (answer buttons, the outcome's cards), which would otherwise be styled again just to
    // be replaced.
    void dropWordsNotIn(const QString &language);
    void retranslate();
    void applyScale(double scale);

signals:
    void built(PublicScreen *screen); // a screen was just built, told everything so far

private:
    struct Slot
    {
        VisitModel::Screen which;
        Factory build;
        PublicScreen *screen = nullptr; // until first needed
    };

    void add(VisitModel::Screen which, Factory build);
    PublicScreen *build(Slot &slot);

    std::vector<Slot> m_slots;
    VisitModel *m_visit = nullptr;
    std::optional<Clock> m_clock;
    double m_scale = 0;          // 0: not told yet
    bool m_retranslated = false; // the words changed since start: a new screen is told too
};
