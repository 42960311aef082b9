// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/QuickExitCue.h"

#include "core/visit/QuickExitDetector.h"
#include "ui/public/Theme.h"

#include <QAccessible>
#include <QPainter>

QuickExitCue::QuickExitCue(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("quickExitCue"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    const Theme::Colours colours = Theme::colours();
    setColours(colours.leave, colours.surface);
    retranslate();
}

void QuickExitCue::setColours(const QColor &mark, const QColor &background)
{
    m_mark = mark;
    m_background = background;
    update();
}

void QuickExitCue::retranslate()
{
    // Until something has been announced; an announcement is not repeated in the new language,
    // which would make a screen reader say it again.
    if (m_announcement.isEmpty())
        setAccessibleName(tr("Quick exit progress"));
    updateDescription();
}

void QuickExitCue::updateDescription()
{
    setAccessibleDescription(
        tr("Shift pressed %1 of %2 times").arg(m_progress).arg(QuickExitDetector::pressesNeeded));
}

void QuickExitCue::announce(const QString &text)
{
    m_announcement = text;
    if (accessibleName() == text) {
        // The same words again (another count after another key): sent explicitly, whether or
        // not this Qt skips an unchanged name.
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
        return;
    }
    setAccessibleName(text);
}

void QuickExitCue::clearAnnouncement()
{
    if (m_announcement.isEmpty())
        return;
    m_announcement.clear();
    retranslate();
}

void QuickExitCue::setProgress(int progress)
{
    if (progress == m_progress)
        return;
    m_progress = progress;
    updateDescription(); // the name is left alone: a change of name is read out
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
    const int y = (height() - m_dot) / 2;
    const bool mirrored = layoutDirection() == Qt::RightToLeft; // fills from the reading side
    for (int i = 0; i < QuickExitDetector::pressesNeeded; ++i) {
        const int slot = mirrored ? QuickExitDetector::pressesNeeded - 1 - i : i;
        const QRectF dot(slot * m_dot * 2 + m_dot / 2.0, y, m_dot, m_dot);
        painter.setPen(QPen(m_mark, 2));
        painter.setBrush(i < m_progress ? m_mark : m_background);
        painter.drawEllipse(dot);
    }
}
