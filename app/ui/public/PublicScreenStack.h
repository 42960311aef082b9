// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/hours/Clock.h"
#include "core/visit/VisitModel.h"

#include <QStackedWidget>

class AttractScreen;
class OutcomeScreen;
class PrivacyScreen;
class QuestionScreen;
class WelcomeScreen;

// The visitor's screens, one on show at a time: welcome, question, outcome, privacy and attract.
// It puts a visit's current screen on show, forwards what the visitor presses to the visit, and
// knows each screen's reading order and heading (where focus goes when the screen changes).
class PublicScreenStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit PublicScreenStack(QWidget *parent = nullptr);

    WelcomeScreen *welcome() const { return m_welcome; }
    QuestionScreen *question() const { return m_question; }
    OutcomeScreen *outcome() const { return m_outcome; }
    PrivacyScreen *privacy() const { return m_privacy; }
    AttractScreen *attract() const { return m_attract; }

    // Answers, back, start again, privacy, text size and contrast go to `visit`.
    void forwardTo(VisitModel *visit);
    void setClock(const Clock &clock);
    // Puts the visit's current screen on show in `language`.
    void showScreen(const VisitModel &visit, const QString &language);
    // The widgets of `screen` in reading order, and its heading.
    QList<QWidget *> focusOrder(VisitModel::Screen screen) const;
    QWidget *heading(VisitModel::Screen screen) const;

    void clear(); // forgets what the question, outcome and privacy screens showed
    void retranslate();
    void applyScale(double scale);

private:
    WelcomeScreen *m_welcome;
    QuestionScreen *m_question;
    OutcomeScreen *m_outcome;
    PrivacyScreen *m_privacy;
    AttractScreen *m_attract;
};
