// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/ScrimOverlay.h"

#include "ui/public/Theme.h"

#include <QFrame>
#include <QLayout>
#include <QPainter>
#include <QVBoxLayout>

ScrimOverlay::ScrimOverlay(const QString &panelName, QWidget *parent)
    : QWidget(parent)
    , m_panel(new QFrame(this))
    , m_scrim(Theme::colours().scrim)
{
    m_panel->setObjectName(panelName);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 0, Qt::AlignCenter);
}

void ScrimOverlay::setScrim(const QColor &scrim)
{
    m_scrim = scrim;
    update();
}

void ScrimOverlay::applyScale(double scale)
{
    scalePanel(scale, 48);
}

void ScrimOverlay::scalePanel(double scale, double marginPixels)
{
    if (QLayout *layout = m_panel->layout()) {
        const int margin = Theme::pixels(marginPixels, scale);
        layout->setContentsMargins(margin, margin, margin, margin);
        layout->setSpacing(Theme::pixels(24, scale));
    }
    m_panel->setFixedWidth(Theme::pixels(860, scale));
}

void ScrimOverlay::paintEvent(QPaintEvent *)
{
    // Dim what is behind so the question stands out; the page itself stays in place.
    QPainter(this).fillRect(rect(), m_scrim);
}
