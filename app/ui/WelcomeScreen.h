#pragma once

#include "Content.h"

#include <QWidget>

class AnswerList;
class CenteredColumn;
class QLabel;
class QScrollArea;
class QPushButton;

// The neutral first screen: "Who are you worried about?", the audiences as large buttons, the
// one-line promise, and the way to read how this screen protects your privacy.
class WelcomeScreen : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeScreen(QWidget *parent = nullptr);

    void showQuestion(const PathwayNode &start, const QString &language);
    AnswerList *answers() const { return m_answers; }
    void applyScale(double scale);

signals:
    void answerChosen(int index);
    void privacyRequested();

private:
    CenteredColumn *m_body;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_heading;
    QLabel *m_promise;
    AnswerList *m_answers;
    QPushButton *m_privacy;
};
