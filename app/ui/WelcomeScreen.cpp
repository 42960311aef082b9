#include "WelcomeScreen.h"

#include "AnswerList.h"
#include "CenteredColumn.h"
#include "ScreenParts.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

WelcomeScreen::WelcomeScreen(QWidget *parent)
    : QWidget(parent)
    , m_body(new CenteredColumn(this))
    , m_heading(ScreenParts::label(QStringLiteral("heading"), m_body))
    , m_promise(ScreenParts::label(
          QStringLiteral("muted"), m_body,
          tr("Free, confidential help. This screen keeps no record of what you choose.")))
    , m_answers(new AnswerList(m_body))
    , m_privacy(ScreenParts::secondaryButton(tr("How this screen protects your privacy"),
                                             QStringLiteral("privacyButton"), m_body))
{
    setObjectName(QStringLiteral("welcomeScreen"));
    m_heading->setObjectName(QStringLiteral("heading"));
    m_promise->setObjectName(QStringLiteral("promise"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = ScreenParts::scrollArea(m_body, this);
    layout->addWidget(m_scroll);

    QVBoxLayout *column = m_body->column();
    column->addStretch(1);
    column->addWidget(m_heading);
    column->addWidget(m_promise);
    column->addWidget(m_answers);
    column->addStretch(2);
    // The language and text-size buttons of the accessibility work join this row.
    auto *tools = new QHBoxLayout;
    tools->setObjectName(QStringLiteral("welcomeTools"));
    tools->addWidget(m_privacy);
    tools->addStretch(1);
    column->addLayout(tools);

    connect(m_answers, &AnswerList::answerChosen, this, &WelcomeScreen::answerChosen);
    connect(m_privacy, &QPushButton::clicked, this, &WelcomeScreen::privacyRequested);
}

void WelcomeScreen::showQuestion(const PathwayNode &start, const QString &language)
{
    m_heading->setText(start.text.text(language));
    m_answers->showAnswers(start.answers, language);
    m_scroll->verticalScrollBar()->setValue(0);
}

void WelcomeScreen::applyScale(double scale)
{
    m_body->applyScale(scale);
    m_answers->applyScale(scale);
}
