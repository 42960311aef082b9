// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/QuestionScreen.h"

#include "ui/public/NavigationBar.h"
#include "ui/public/screens/AnswerButton.h"
#include "ui/public/screens/AnswerList.h"
#include "ui/public/screens/ScreenParts.h"
#include "ui/widgets/CenteredColumn.h"

#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

QuestionScreen::QuestionScreen(QWidget *parent)
    : PublicScreen(VisitModel::Screen::Question, parent)
    , m_body(new CenteredColumn(this))
    , m_heading(ScreenParts::label(QStringLiteral("heading"), m_body))
    , m_answers(new AnswerList(m_body))
    , m_navigation(new NavigationBar(true, this))
{
    setObjectName(QStringLiteral("questionScreen"));
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setFocusPolicy(Qt::ClickFocus); // a screen change moves focus here
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = ScreenParts::scrollArea(m_body, this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_navigation);

    QVBoxLayout *column = m_body->column();
    column->addStretch(1);
    column->addWidget(m_heading);
    column->addWidget(m_answers);
    column->addStretch(2);

    connect(m_answers, &AnswerList::answerChosen, this, &QuestionScreen::answerChosen);
    connect(m_navigation, &NavigationBar::backRequested, this, &QuestionScreen::backRequested);
    connect(m_navigation, &NavigationBar::startAgainRequested, this,
            &QuestionScreen::startAgainRequested);
}

void QuestionScreen::present(const VisitModel &visit, const QString &language)
{
    showQuestion(*visit.currentNode(), language);
}

void QuestionScreen::forwardTo(VisitModel *visit)
{
    connect(this, &QuestionScreen::answerChosen, visit, &VisitModel::choose);
    connect(this, &QuestionScreen::backRequested, visit, &VisitModel::goBack);
    connect(this, &QuestionScreen::startAgainRequested, visit, &VisitModel::startAgain);
}

void QuestionScreen::showQuestion(const PathwayNode &question, const QString &language)
{
    m_questionId = question.id;
    ScreenParts::setText(m_heading, question.text.text(language));
    m_answers->showAnswers(question.answers, language);
    m_scroll->verticalScrollBar()->setValue(0);
}

void QuestionScreen::clear()
{
    m_questionId.clear();
    m_heading->clear();
    m_answers->clear();
    m_scroll->verticalScrollBar()->setValue(0);
}

void QuestionScreen::applyScale(double scale)
{
    m_body->applyScale(scale);
    m_answers->applyScale(scale);
    m_navigation->applyScale(scale);
}

void QuestionScreen::retranslate()
{
    m_navigation->retranslate();
}

QList<QWidget *> QuestionScreen::focusOrder() const
{
    QList<QWidget *> order{m_heading};
    for (AnswerButton *button : m_answers->buttons())
        order << button;
    order << m_navigation->backButton() << m_navigation->startAgainButton();
    return order;
}
