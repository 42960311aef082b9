// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hours/Clock.h"
#include "core/visit/VisitModel.h"
#include "ui/public/screens/PublicScreen.h"

#include <QStackedWidget>

class AttractScreen;
class OutcomeScreen;
class PrivacyScreen;
class QuestionScreen;
class WelcomeScreen;

// The visitor's screens, one on show at a time: welcome, question, outcome, privacy and attract.
// It puts a visit's current screen on show, forwards what the visitor presses to the visit, and
// knows each screen's reading order and heading (where focus goes when the screen changes). It
// drives every screen through PublicScreen: adding a screen is one line in the constructor.
class PublicScreenStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit PublicScreenStack(QWidget *parent = nullptr);

    // The screen that shows `which` of the visit.
    PublicScreen *screen(VisitModel::Screen which) const;
    QList<PublicScreen *> screens() const { return m_screens; }
    WelcomeScreen *welcome() const;
    QuestionScreen *question() const;
    OutcomeScreen *outcome() const;
    PrivacyScreen *privacy() const;
    AttractScreen *attract() const;

    // Answers, back, start again, privacy, text size and contrast go to `visit`.
    void forwardTo(VisitModel *visit);
    void setClock(const Clock &clock);
    // Puts the visit's current screen on show in `language`.
    void showScreen(const VisitModel &visit, const QString &language);
    // The widgets of `screen` in reading order, and its heading.
    QList<QWidget *> focusOrder(VisitModel::Screen screen) const;
    QWidget *heading(VisitModel::Screen screen) const;

    void clear(); // forgets what the screens showed
    void retranslate();
    void applyScale(double scale);

private:
    void add(PublicScreen *screen);
    template<typename T>
    T *find() const;

    QList<PublicScreen *> m_screens;
};
