// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/screens/AttractScreen.h"

#include "ui/public/screens/ScreenParts.h"
#include "ui/widgets/CenteredColumn.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

AttractScreen::AttractScreen(QWidget *parent)
    : PublicScreen(VisitModel::Screen::Attract, parent)
    , m_body(new CenteredColumn(this))
    , m_message(ScreenParts::label(QStringLiteral("attractMessage"), m_body))
    , m_prompt(ScreenParts::label(QStringLiteral("muted"), m_body))
{
    setObjectName(QStringLiteral("attractScreen"));
    setFocusPolicy(Qt::StrongFocus); // a key starts too; the screen change focuses it
    m_message->setObjectName(QStringLiteral("attractMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_prompt->setObjectName(QStringLiteral("attractPrompt"));
    m_prompt->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body);
    QVBoxLayout *column = m_body->column();
    column->addStretch(2);
    column->addWidget(m_message);
    column->addStretch(1);
    column->addWidget(m_prompt);
    column->addStretch(1);

    m_rotation.setObjectName(QStringLiteral("attractRotation"));
    m_rotation.setInterval(defaultRotationMilliseconds);
    connect(&m_rotation, &QTimer::timeout, this, &AttractScreen::showNext);
    retranslate();
}

void AttractScreen::retranslate()
{
    ScreenParts::setText(m_prompt, tr("Touch anywhere to start"));
    setAccessibleName(tr("Touch anywhere to start"));
    setAccessibleDescription(tr("Or press any key to start."));
}

void AttractScreen::present(const VisitModel &visit, const QString &language)
{
    showMessages(visit.content().campaignMessages, language);
}

void AttractScreen::forwardTo(VisitModel *visit)
{
    connect(this, &AttractScreen::touched, visit, &VisitModel::leaveAttract);
}

QWidget *AttractScreen::heading() const
{
    return const_cast<AttractScreen *>(this);
}

QList<QWidget *> AttractScreen::focusOrder() const
{
    return {heading()};
}

void AttractScreen::showMessages(const QList<LocalizedText> &messages, const QString &language)
{
    m_messages.clear();
    for (const LocalizedText &message : messages)
        m_messages << message.text(language);
    m_index = 0;
    ScreenParts::setText(m_message, m_messages.value(0));
}

QString AttractScreen::currentMessage() const
{
    return m_messages.value(m_index);
}

void AttractScreen::setRotationInterval(int milliseconds)
{
    m_rotation.setInterval(milliseconds);
}

void AttractScreen::applyScale(double scale)
{
    m_body->applyScale(scale);
}

void AttractScreen::showNext()
{
    if (m_messages.isEmpty())
        return;
    m_index = (m_index + 1) % int(m_messages.size());
    ScreenParts::setText(m_message, m_messages.at(m_index));
}

void AttractScreen::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    emit touched();
}

void AttractScreen::keyPressEvent(QKeyEvent *event)
{
    // Shift belongs to the quick exit; any other key starts, like a touch.
    if (event->key() == Qt::Key_Shift) {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
    emit touched();
}

void AttractScreen::showEvent(QShowEvent *event)
{
    m_rotation.start();
    QWidget::showEvent(event);
}

void AttractScreen::hideEvent(QHideEvent *event)
{
    m_rotation.stop();
    QWidget::hideEvent(event);
}
