// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "ui/public/screens/PublicScreen.h"

#include <QLabel>

class AnswerList;
class CenteredColumn;
class NavigationBar;
class QScrollArea;

// One question and its answers as large buttons, with Back and Start again.
class QuestionScreen : public PublicScreen
{
    Q_OBJECT
public:
    explicit QuestionScreen(QWidget *parent = nullptr);

    void present(const VisitModel &visit, const QString &language) override;
    void forwardTo(VisitModel *visit) override;
    void showQuestion(const PathwayNode &question, const QString &language);
    void clear() override; // forget the question shown
    QString questionId() const { return m_questionId; }
    AnswerList *answers() const { return m_answers; }
    NavigationBar *navigation() const { return m_navigation; }
    QLabel *heading() const override { return m_heading; }
    void applyScale(double scale) override;
    void retranslate() override;
    QList<QWidget *> focusOrder() const override;

signals:
    void answerChosen(int index);
    void backRequested();
    void startAgainRequested();

private:
    CenteredColumn *m_body;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_heading;
    AnswerList *m_answers;
    NavigationBar *m_navigation;
    QString m_questionId;
};
