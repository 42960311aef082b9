// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QWidget>

class AnswerButton;
class QVBoxLayout;

// A question's answers as large buttons, top to bottom in the content's order.
class AnswerList : public QWidget
{
    Q_OBJECT
public:
    explicit AnswerList(QWidget *parent = nullptr);

    // The same words in the same language as on show keep their buttons (reset for a new
    // visitor); anything else builds them anew.
    void showAnswers(const QList<Answer> &answers, const QString &language);
    void clear();
    // The visit's language is about to change: buttons with words in another language would only
    // be restyled in the new fonts before being replaced, so they go now. The language changes
    // from the language list or a reset, never from one of these buttons.
    void dropIfNotIn(const QString &language);
    QList<AnswerButton *> buttons() const { return m_buttons; }
    void applyScale(double scale);
    // Shorter buttons, closer together (still full touch targets): the welcome's six audiences
    // and its larger-text and privacy buttons then fit one screen at 1366x768 without scrolling.
    void setCompact(bool compact);

signals:
    void answerChosen(int index);

private:
    bool canReuse(const QList<Answer> &answers, const QString &language) const;

    QVBoxLayout *m_layout;
    QList<AnswerButton *> m_buttons;
    QString m_language; // of the buttons' words
    double m_scale = 1.0;
    bool m_compact = false;
};
