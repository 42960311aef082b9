// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/IdleNotice.h"

#include "ui/public/screens/ScreenParts.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

IdleNotice::IdleNotice(QWidget *parent)
    : ScrimOverlay(QStringLiteral("idleNoticePanel"), parent)
    , m_heading(ScreenParts::label(QStringLiteral("heading"), panel()))
    , m_text(ScreenParts::label(QString(), panel()))
    , m_stillHere(new QPushButton(panel()))
{
    setObjectName(QStringLiteral("idleNotice"));
    m_heading->setAlignment(Qt::AlignHCenter);
    m_text->setObjectName(QStringLiteral("idleNoticeText"));
    m_text->setAlignment(Qt::AlignHCenter);
    m_stillHere->setObjectName(QStringLiteral("stillHereButton"));
    m_stillHere->setProperty("role", QStringLiteral("primary"));
    m_stillHere->setAutoDefault(false);
    auto *panelLayout = new QVBoxLayout(panel());
    panelLayout->addWidget(m_heading);
    panelLayout->addWidget(m_text);
    panelLayout->addWidget(m_stillHere);
    connect(m_stillHere, &QPushButton::clicked, this, &IdleNotice::stillHere);
    retranslate();
    applyScale(1.0);
    hide();
}

void IdleNotice::setSecondsLeft(int seconds)
{
    m_secondsLeft = seconds;
    ScreenParts::setText(m_text,
                         tr("This screen will start again in %n seconds.", nullptr, seconds));
}

void IdleNotice::retranslate()
{
    ScreenParts::setText(m_heading, tr("Are you still there?"));
    ScreenParts::setButtonText(m_stillHere, tr("I’m still here"));
    setSecondsLeft(m_secondsLeft);
}
