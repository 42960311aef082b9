// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/CloseConfirmation.h"

#include "ui/public/Theme.h"
#include "ui/public/screens/ScreenParts.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

CloseConfirmation::CloseConfirmation(QWidget *parent)
    : QWidget(parent)
    , m_panel(new QFrame(this))
    , m_keepOpen(ScreenParts::secondaryButton(tr("Keep Signpost open"),
                                              QStringLiteral("keepOpenButton"), m_panel))
    , m_close(new QPushButton(tr("Close Signpost"), m_panel))
{
    setObjectName(QStringLiteral("closeConfirmation"));
    // The same panel look as "Are you still there?": one calm question over a dimmed screen.
    m_panel->setObjectName(QStringLiteral("idleNoticePanel"));
    QLabel *heading = ScreenParts::label(QStringLiteral("heading"), m_panel, tr("Close Signpost?"));
    QLabel *text = ScreenParts::label(
        QString(), m_panel,
        tr("The screen will close until someone starts Signpost again. Nothing about today's "
           "visitors is kept either way."));
    heading->setAlignment(Qt::AlignHCenter);
    text->setAlignment(Qt::AlignHCenter);
    m_close->setObjectName(QStringLiteral("confirmCloseButton"));
    m_close->setProperty("role", QStringLiteral("primary"));
    m_close->setAutoDefault(false);
    m_close->setAccessibleName(m_close->text());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepOpen);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->addWidget(heading);
    panelLayout->addWidget(text);
    panelLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 0, Qt::AlignCenter);

    connect(m_keepOpen, &QPushButton::clicked, this, &CloseConfirmation::keepOpen);
    connect(m_close, &QPushButton::clicked, this, &CloseConfirmation::closeConfirmed);
    applyScale(1.0);
}

void CloseConfirmation::applyScale(double scale)
{
    const int margin = Theme::pixels(48, scale);
    m_panel->layout()->setContentsMargins(margin, margin, margin, margin);
    m_panel->layout()->setSpacing(Theme::pixels(24, scale));
    m_panel->setFixedWidth(Theme::pixels(860, scale));
}

void CloseConfirmation::paintEvent(QPaintEvent *)
{
    QColor dim = Theme::colours().ink;
    dim.setAlpha(150);
    QPainter(this).fillRect(rect(), dim);
}

void CloseConfirmation::keyPressEvent(QKeyEvent *event)
{
    // Escape is the safe answer: keep the kiosk open.
    if (event->key() == Qt::Key_Escape) {
        emit keepOpen();
        return;
    }
    QWidget::keyPressEvent(event);
}
