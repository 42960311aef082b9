// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/visit/DisplayPreferences.h"
#include "ui/public/screens/PublicScreen.h"

#include <QLabel>

class AnswerList;
class CenteredColumn;
class FlowLayout;
class QScrollArea;
class QPushButton;
class WrappingButton;

// The neutral first screen: "Who are you worried about?", the audiences as large buttons, the
// one-line promise, larger text and high contrast for this visit, and the way to read how this
// screen protects your privacy.
class WelcomeScreen : public PublicScreen
{
    Q_OBJECT
public:
    explicit WelcomeScreen(QWidget *parent = nullptr);

    void present(const VisitModel &visit, const QString &language) override;
    // Behind the attract screen it shows the start again, so nothing of the last visit's
    // language waits there for the next person.
    void otherShown(const VisitModel &visit, const QString &language) override;
    void forwardTo(VisitModel *visit) override;
    void showQuestion(const PathwayNode &start, const QString &language);
    AnswerList *answers() const { return m_answers; }
    QLabel *heading() const override { return m_heading; }
    QPushButton *largeTextButton() const { return m_largeText; }
    QPushButton *highContrastButton() const { return m_highContrast; }
    QPushButton *privacyButton() const;
    // Shows the visit's choices on the two switches (without signalling them back).
    void setDisplay(const DisplayPreferences &display);
    void applyScale(double scale) override;
    void retranslate() override;
    QList<QWidget *> focusOrder() const override;

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
