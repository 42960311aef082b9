// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/WelcomeScreen.h"

#include "ui/public/Theme.h"
#include "ui/public/screens/AnswerButton.h"
#include "ui/public/screens/AnswerList.h"
#include "ui/public/screens/ScreenParts.h"
#include "ui/widgets/CenteredColumn.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/WrappingButton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

QPushButton *displaySwitch(const QString &objectName, QWidget *parent)
{
    QPushButton *button = ScreenParts::secondaryButton(QString(), objectName, parent);
    button->setCheckable(true);
    return button;
}

} // namespace

WelcomeScreen::WelcomeScreen(QWidget *parent)
    : PublicScreen(VisitModel::Screen::Welcome, parent)
    , m_body(new CenteredColumn(this))
    , m_heading(ScreenParts::label(QStringLiteral("heading"), m_body))
    , m_promise(ScreenParts::label(QStringLiteral("muted"), m_body))
    , m_answers(new AnswerList(m_body))
    , m_largeText(displaySwitch(QStringLiteral("largeTextButton"), m_body))
    , m_highContrast(displaySwitch(QStringLiteral("highContrastButton"), m_body))
    , m_privacy(new WrappingButton(QString(), m_body))
{
    setObjectName(QStringLiteral("welcomeScreen"));
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setFocusPolicy(Qt::ClickFocus); // a screen change moves focus here
    m_promise->setObjectName(QStringLiteral("promise"));
    m_privacy->setObjectName(QStringLiteral("privacyButton"));
    m_privacy->setProperty("role", QStringLiteral("secondary"));
    m_privacy->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = ScreenParts::scrollArea(m_body, this);
    layout->addWidget(m_scroll);

    QVBoxLayout *column = m_body->column();
    column->addStretch(1);
    column->addWidget(m_heading);
    column->addWidget(m_promise);
    m_answers->setCompact(true);
    column->addWidget(m_answers);
    column->addStretch(2);
    // Larger text and high contrast are for this visit only: a quick exit or an idle reset
    // switches both off again. The row flows onto a second line rather than squeeze a button.
    auto *toolsRow = new QWidget(m_body);
    toolsRow->setObjectName(QStringLiteral("welcomeTools"));
    auto *tools = new FlowLayout(toolsRow);
    tools->setContentsMargins(0, 0, 0, 0);
    m_tools = tools;
    for (QWidget *tool :
         {static_cast<QWidget *>(m_largeText), static_cast<QWidget *>(m_highContrast),
          static_cast<QWidget *>(m_privacy)})
        tools->addWidget(tool);
    column->addWidget(toolsRow);

    connect(m_answers, &AnswerList::answerChosen, this, &WelcomeScreen::answerChosen);
    connect(m_privacy, &QPushButton::clicked, this, &WelcomeScreen::privacyRequested);
    connect(m_largeText, &QPushButton::toggled, this, &WelcomeScreen::largeTextToggled);
    connect(m_highContrast, &QPushButton::toggled, this, &WelcomeScreen::highContrastToggled);
    retranslate();
}

QPushButton *WelcomeScreen::privacyButton() const
{
    return m_privacy;
}

void WelcomeScreen::present(const VisitModel &visit, const QString &language)
{
    if (const PathwayNode *node = visit.currentNode())
        showQuestion(*node, language);
}

void WelcomeScreen::otherShown(const VisitModel &visit, const QString &language)
{
    if (visit.screen() != VisitModel::Screen::Attract)
        return;
    const Content &content = visit.content();
    if (const PathwayNode *start = content.node(content.startNode))
        showQuestion(*start, language);
}

void WelcomeScreen::forwardTo(VisitModel *visit)
{
    connect(this, &WelcomeScreen::answerChosen, visit, &VisitModel::choose);
    connect(this, &WelcomeScreen::privacyRequested, visit, &VisitModel::showPrivacy);
    connect(this, &WelcomeScreen::largeTextToggled, visit, &VisitModel::setLargeText);
    connect(this, &WelcomeScreen::highContrastToggled, visit, &VisitModel::setHighContrast);
}

void WelcomeScreen::showQuestion(const PathwayNode &start, const QString &language)
{
    ScreenParts::setText(m_heading, start.text.text(language));
    m_answers->showAnswers(start.answers, language);
    m_scroll->verticalScrollBar()->setValue(0);
}

void WelcomeScreen::setDisplay(const DisplayPreferences &display)
{
    const QSignalBlocker blockLarge(m_largeText);
    const QSignalBlocker blockContrast(m_highContrast);
    m_largeText->setChecked(display.largeText);
    m_highContrast->setChecked(display.highContrast);
    updateSwitchTexts();
}

void WelcomeScreen::applyScale(double scale)
{
    m_body->applyScale(scale);
    m_answers->applyScale(scale);
    m_privacy->applyScale(scale, 28, 10);
    m_tools->setSpacing(Theme::pixels(16, scale));
}

void WelcomeScreen::retranslate()
{
    ScreenParts::setText(
        m_promise, tr("Free, confidential help. This screen keeps no record of what you choose."));
    m_privacy->setWrappedText(tr("How this screen protects your privacy"));
    updateSwitchTexts();
}

void WelcomeScreen::updateSwitchTexts()
{
    // A tick as well as the colour, so "on" does not depend on seeing colour.
    const auto label = [](const QPushButton *button, const QString &words) {
        return button->isChecked() ? tr("✓ %1").arg(words) : words;
    };
    ScreenParts::setButtonText(m_largeText, label(m_largeText, tr("Larger text")));
    m_largeText->setAccessibleName(tr("Larger text"));
    m_largeText->setAccessibleDescription(
        tr("Makes the words on every screen bigger until you leave."));
    ScreenParts::setButtonText(m_highContrast, label(m_highContrast, tr("High contrast")));
    m_highContrast->setAccessibleName(tr("High contrast"));
    m_highContrast->setAccessibleDescription(
        tr("White and yellow on black on every screen until you leave."));
}

QList<QWidget *> WelcomeScreen::focusOrder() const
{
    QList<QWidget *> order{m_heading};
    for (AnswerButton *button : m_answers->buttons())
        order << button;
    order << m_largeText << m_highContrast << m_privacy;
    return order;
}
