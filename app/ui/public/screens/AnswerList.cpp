// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/AnswerList.h"

#include "ui/public/Theme.h"
#include "ui/public/screens/AnswerButton.h"

#include <QVBoxLayout>

#include <utility>

AnswerList::AnswerList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("answers"));
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void AnswerList::showAnswers(const QList<Answer> &answers, const QString &language)
{
    if (canReuse(answers, language)) {
        // The same words again (the welcome after every quick exit): the buttons stay, styled
        // and laid out; only what a visitor may have left on them goes.
        for (AnswerButton *button : std::as_const(m_buttons))
            button->forgetVisitor();
        return;
    }
    clear();
    m_language = language;
    for (int i = 0; i < answers.size(); ++i) {
        auto *button = new AnswerButton(answers.at(i).text.text(language), this);
        button->setObjectName(QStringLiteral("answerButton"));
        button->setProperty("answerIndex", i);
        button->applyScale(m_scale);
        connect(button, &QPushButton::clicked, this, [this, i] { emit answerChosen(i); });
        m_layout->addWidget(button);
        button->show(); // now, not from the event loop: the screen is complete at once
        m_buttons << button;
    }
}

bool AnswerList::canReuse(const QList<Answer> &answers, const QString &language) const
{
    // Another language is built anew: its fonts and direction are the new buttons' from the start.
    if (m_buttons.isEmpty() || language != m_language || answers.size() != m_buttons.size())
        return false;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const AnswerButton *button = m_buttons.at(i);
        // A finger still on a button: a new one has no press to finish.
        if (button->isHeld() || button->answerText() != answers.at(i).text.text(language))
            return false;
    }
    return true;
}

void AnswerList::clear()
{
    // deleteLater: clear() can run inside the clicked() of one of these buttons. Their words go
    // now: until deleted they are restyled with the next language's fonts (Gurmukhi laid out
    // with a Latin font list makes Qt print a warning).
    for (AnswerButton *button : std::as_const(m_buttons)) {
        button->hide();
        button->setWrappedText(QString());
        m_layout->removeWidget(button);
        button->deleteLater();
    }
    m_buttons.clear();
    m_language.clear();
}

void AnswerList::dropIfNotIn(const QString &language)
{
    if (m_buttons.isEmpty() || m_language == language)
        return;
    // Deleted now: a button waiting for deletion would still be restyled with the window.
    for (AnswerButton *button : std::exchange(m_buttons, {})) {
        m_layout->removeWidget(button);
        delete button;
    }
    m_language.clear();
}

void AnswerList::setCompact(bool compact)
{
    m_compact = compact;
    setProperty("compact", compact); // kiosk.qss: answer buttons at the standard touch target
    applyScale(m_scale);
}

void AnswerList::applyScale(double scale)
{
    m_scale = scale;
    m_layout->setSpacing(Theme::pixels(m_compact ? 8 : 12, scale));
    for (AnswerButton *button : std::as_const(m_buttons))
        button->applyScale(scale);
}
