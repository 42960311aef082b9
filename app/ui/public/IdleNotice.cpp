// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/IdleNotice.h"

#include "ui/public/Theme.h"
#include "ui/public/screens/ScreenParts.h"

#include <QFrame>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

IdleNotice::IdleNotice(QWidget *parent)
    : QWidget(parent)
    , m_panel(new QFrame(this))
    , m_heading(ScreenParts::label(QStringLiteral("heading"), m_panel))
    , m_text(ScreenParts::label(QString(), m_panel))
    , m_stillHere(new QPushButton(m_panel))
    , m_scrim(Theme::colours().scrim)
{
    setObjectName(QStringLiteral("idleNotice"));
    m_panel->setObjectName(QStringLiteral("idleNoticePanel"));
    m_heading->setAlignment(Qt::AlignHCenter);
    m_text->setObjectName(QStringLiteral("idleNoticeText"));
    m_text->setAlignment(Qt::AlignHCenter);
    m_stillHere->setObjectName(QStringLiteral("stillHereButton"));
    m_stillHere->setProperty("role", QStringLiteral("primary"));
    m_stillHere->setAutoDefault(false);
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->addWidget(m_heading);
    panelLayout->addWidget(m_text);
    panelLayout->addWidget(m_stillHere);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 0, Qt::AlignCenter);
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

void IdleNotice::setScrim(const QColor &scrim)
{
    m_scrim = scrim;
    update();
}

void IdleNotice::applyScale(double scale)
{
    const int margin = Theme::pixels(48, scale);
    m_panel->layout()->setContentsMargins(margin, margin, margin, margin);
    m_panel->layout()->setSpacing(Theme::pixels(24, scale));
    m_panel->setFixedWidth(Theme::pixels(860, scale));
}

void IdleNotice::paintEvent(QPaintEvent *)
{
    // Dim what is behind so the question stands out; the page itself stays in place.
    QPainter(this).fillRect(rect(), m_scrim);
}
