// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/CloseConfirmation.h"

#include "ui/public/screens/ScreenParts.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CloseConfirmation::CloseConfirmation(QWidget *parent)
    : ScrimOverlay(QStringLiteral("idleNoticePanel"), parent)
    , m_keepOpen(ScreenParts::secondaryButton(tr("Keep Signpost open"),
                                              QStringLiteral("keepOpenButton"), panel()))
    , m_close(new QPushButton(tr("Close Signpost"), panel()))
{
    setObjectName(QStringLiteral("closeConfirmation"));
    // The same panel look as "Are you still there?": one calm question over a dimmed screen.
    QLabel *heading = ScreenParts::label(QStringLiteral("heading"), panel(), tr("Close Signpost?"));
    QLabel *text = ScreenParts::label(
        QString(), panel(),
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
    auto *panelLayout = new QVBoxLayout(panel());
    panelLayout->addWidget(heading);
    panelLayout->addWidget(text);
    panelLayout->addLayout(buttons);

    connect(m_keepOpen, &QPushButton::clicked, this, &CloseConfirmation::keepOpen);
    connect(m_close, &QPushButton::clicked, this, &CloseConfirmation::closeConfirmed);
    applyScale(1.0);
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
