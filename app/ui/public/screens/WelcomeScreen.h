// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/visit/DisplayPreferences.h"

#include <QWidget>

class AnswerList;
class CenteredColumn;
class FlowLayout;
class QLabel;
class QScrollArea;
class QPushButton;
class WrappingButton;

// The neutral first screen: "Who are you worried about?", the audiences as large buttons, the
// one-line promise, larger text and high contrast for this visit, and the way to read how this
// screen protects your privacy.
class WelcomeScreen : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeScreen(QWidget *parent = nullptr);

    void showQuestion(const PathwayNode &start, const QString &language);
    AnswerList *answers() const { return m_answers; }
    QLabel *heading() const { return m_heading; }
    QPushButton *largeTextButton() const { return m_largeText; }
    QPushButton *highContrastButton() const { return m_highContrast; }
    QPushButton *privacyButton() const;
    // Shows the visit's choices on the two switches (without signalling them back).
    void setDisplay(const DisplayPreferences &display);
    void applyScale(double scale);
    void retranslate();                  // after a language switch
    QList<QWidget *> focusOrder() const; // reading order

signals:
    void answerChosen(int index);
    void privacyRequested();
    void largeTextToggled(bool on);
    void highContrastToggled(bool on);

private:
    void updateSwitchTexts();

    CenteredColumn *m_body;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_heading;
    QLabel *m_promise;
    AnswerList *m_answers;
    QPushButton *m_largeText;
    QPushButton *m_highContrast;
    WrappingButton *m_privacy;
    FlowLayout *m_tools = nullptr;
};
