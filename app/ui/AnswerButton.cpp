#include "AnswerButton.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>

AnswerButton::AnswerButton(const QString &text, QWidget *parent)
    : QPushButton(parent)
    , m_label(new QLabel(text, this))
{
    setProperty("role", QStringLiteral("answer"));
    setAccessibleName(text);
    setAutoDefault(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::NoTextInteraction);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label);
    applyScale(1.0);
}

QString AnswerButton::answerText() const
{
    return m_label->text();
}

void AnswerButton::applyScale(double scale)
{
    layout()->setContentsMargins(Theme::pixels(36, scale), Theme::pixels(12, scale),
                                 Theme::pixels(36, scale), Theme::pixels(12, scale));
    updateGeometry();
}

QSize AnswerButton::sizeHint() const
{
    return layout()->totalSizeHint().expandedTo(minimumSize());
}

QSize AnswerButton::minimumSizeHint() const
{
    return layout()->totalMinimumSize().expandedTo(minimumSize());
}

int AnswerButton::heightForWidth(int width) const
{
    return std::max(layout()->totalHeightForWidth(width), minimumHeight());
}
