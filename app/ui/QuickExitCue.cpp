#include "QuickExitCue.h"

#include "QuickExitDetector.h"
#include "Theme.h"

#include <QPainter>

QuickExitCue::QuickExitCue(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("quickExitCue"));
    setAccessibleName(tr("Quick exit progress"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void QuickExitCue::setProgress(int progress)
{
    if (progress == m_progress)
        return;
    m_progress = progress;
    setAccessibleDescription(
        tr("Shift pressed %1 of %2 times").arg(progress).arg(QuickExitDetector::pressesNeeded));
    update();
}

void QuickExitCue::applyScale(double scale)
{
    m_dot = Theme::pixels(14, scale);
    updateGeometry();
}

QSize QuickExitCue::sizeHint() const
{
    return {m_dot * (2 * QuickExitDetector::pressesNeeded), m_dot * 2};
}

void QuickExitCue::paintEvent(QPaintEvent *)
{
    if (m_progress == 0)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Theme::Colours colours = Theme::colours();
    const int y = (height() - m_dot) / 2;
    for (int i = 0; i < QuickExitDetector::pressesNeeded; ++i) {
        const QRectF dot(i * m_dot * 2 + m_dot / 2.0, y, m_dot, m_dot);
        painter.setPen(QPen(colours.leave, 2));
        painter.setBrush(i < m_progress ? colours.leave : colours.surface);
        painter.drawEllipse(dot);
    }
}
