// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QWidget>

class AnswerList;
class CenteredColumn;
class NavigationBar;
class QLabel;
class QScrollArea;

// One question and its answers as large buttons, with Back and Start again.
class QuestionScreen : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionScreen(QWidget *parent = nullptr);

    void showQuestion(const PathwayNode &question, const QString &language);
    void clear(); // forget the question shown
    QString questionId() const { return m_questionId; }
    AnswerList *answers() const { return m_answers; }
    NavigationBar *navigation() const { return m_navigation; }
    QLabel *heading() const { return m_heading; }
    void applyScale(double scale);
    void retranslate();                  // after a language switch
    QList<QWidget *> focusOrder() const; // reading order

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
