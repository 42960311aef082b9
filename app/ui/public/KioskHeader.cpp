// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/KioskHeader.h"

#include "ui/public/LeaveButton.h"
#include "ui/public/QuickExitCue.h"
#include "ui/public/Theme.h"
#include "ui/public/screens/ScreenParts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>

namespace {

// A globe: the sign for "language" that a visitor finds without reading the words next to it.
// Drawn here rather than taken from a font, so it looks the same on every kiosk.
QPixmap globe(int size, const QColor &ink, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal pen = std::max(1.5, size / 14.0);
    painter.setPen(QPen(ink, pen));
    painter.setBrush(Qt::NoBrush);
    const QRectF outer = QRectF(0, 0, size, size).adjusted(pen, pen, -pen, -pen);
    painter.drawEllipse(outer);
    painter.drawEllipse(outer.adjusted(outer.width() * 0.28, 0, -outer.width() * 0.28, 0));
    painter.drawLine(QPointF(outer.center().x(), outer.top()),
                     QPointF(outer.center().x(), outer.bottom()));
    painter.drawLine(QPointF(outer.left(), outer.center().y()),
                     QPointF(outer.right(), outer.center().y()));
    const qreal band = outer.height() * 0.22;
    painter.drawLine(QPointF(outer.left() + band * 0.6, outer.top() + band),
                     QPointF(outer.right() - band * 0.6, outer.top() + band));
    painter.drawLine(QPointF(outer.left() + band * 0.6, outer.bottom() - band),
                     QPointF(outer.right() - band * 0.6, outer.bottom() - band));
    return pixmap;
}

} // namespace

KioskHeader::KioskHeader(QWidget *parent)
    : QFrame(parent)
    , m_brand(new QLabel(this))
    , m_language(ScreenParts::secondaryButton(QString(), QStringLiteral("languageButton"), this))
    , m_cue(new QuickExitCue(this))
    , m_leave(new LeaveButton(this))
    , m_iconColour(Theme::colours().ink)
{
    setObjectName(QStringLiteral("header"));
    m_brand->setObjectName(QStringLiteral("brand"));
    m_brand->setTextFormat(Qt::PlainText);
    m_brand->setTextInteractionFlags(Qt::NoTextInteraction);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_brand);
    layout->addStretch(1);
    layout->addWidget(m_language);
    layout->addWidget(m_cue, 0, Qt::AlignVCenter);
    layout->addWidget(m_leave);
    retranslate(QStringLiteral("English"));
    applyScale(1.0);
}

void KioskHeader::applyScale(double scale)
{
    m_scale = scale;
    const int margin = Theme::pixels(24, scale);
    layout()->setContentsMargins(margin, Theme::pixels(12, scale), margin,
                                 Theme::pixels(12, scale));
    layout()->setSpacing(Theme::pixels(20, scale));
    m_cue->applyScale(scale);
    updateIcon();
}

void KioskHeader::setIconColour(const QColor &ink)
{
    m_iconColour = ink;
    updateIcon();
}

void KioskHeader::updateIcon()
{
    const int size = Theme::pixels(30, m_scale);
    const qreal ratio = devicePixelRatioF();
    const QString key = QStringLiteral("%1/%2/%3").arg(size).arg(m_iconColour.name()).arg(ratio);
    if (key == m_globeShown)
        return;
    auto found = m_globes.find(key);
    if (found == m_globes.end()) {
        if (m_globes.size() >= 8)
            m_globes.clear(); // only a window resized again and again gets here
        found = m_globes.insert(key, QIcon(globe(size, m_iconColour, ratio)));
    }
    m_globeShown = key;
    m_language->setIcon(*found);
    m_language->setIconSize(QSize(size, size));
}

void KioskHeader::retranslate(const QString &currentLanguageName)
{
    m_brand->setText(tr("Signpost"));
    // The spaces keep the word clear of the globe (a style sheet cannot space an icon); on
    // both sides, because the globe swaps sides in a right-to-left language.
    m_language->setText(QStringLiteral("  %1  ").arg(tr("Language")));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(
        tr("Now in %1. Opens the list of languages.").arg(currentLanguageName));
}

QList<QWidget *> KioskHeader::focusOrder() const
{
    return {m_language, m_leave};
}
