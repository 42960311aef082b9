// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/KioskHeader.h"

#include "ui/public/LeaveButton.h"
#include "ui/public/QuickExitCue.h"
#include "ui/public/Theme.h"
#include "ui/public/screens/ScreenParts.h"

#include <QEvent>
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

// A loudspeaker with two sound waves: the sign for "read aloud", found without reading, and all
// the button shows where the header has no room for its words (portrait, larger text).
QPixmap speaker(int size, const QColor &ink, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal pen = std::max(1.5, size / 14.0);
    painter.setPen(QPen(ink, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(ink);
    const qreal s = size;
    QPainterPath body;
    body.moveTo(s * 0.08, s * 0.38);
    body.lineTo(s * 0.26, s * 0.38);
    body.lineTo(s * 0.50, s * 0.16);
    body.lineTo(s * 0.50, s * 0.84);
    body.lineTo(s * 0.26, s * 0.62);
    body.lineTo(s * 0.08, s * 0.62);
    body.closeSubpath();
    painter.drawPath(body);
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(QRectF(s * 0.40, s * 0.30, s * 0.30, s * 0.40), -50 * 16, 100 * 16);
    painter.drawArc(QRectF(s * 0.36, s * 0.14, s * 0.56, s * 0.72), -50 * 16, 100 * 16);
    return pixmap;
}

} // namespace

KioskHeader::KioskHeader(QWidget *parent)
    : QFrame(parent)
    , m_brand(new QLabel(this))
    , m_language(ScreenParts::secondaryButton(QString(), QStringLiteral("languageButton"), this))
    , m_readAloud(ScreenParts::secondaryButton(QString(), QStringLiteral("readAloudButton"), this))
    , m_cue(new QuickExitCue(this))
    , m_leave(new LeaveButton(this))
    , m_iconColour(Theme::colours().ink)
{
    setObjectName(QStringLiteral("header"));
    m_brand->setObjectName(QStringLiteral("brand"));
    m_brand->setTextFormat(Qt::PlainText);
    m_brand->setTextInteractionFlags(Qt::NoTextInteraction);
    m_readAloud->setCheckable(true);
    m_readAloud->hide();
    connect(m_readAloud, &QPushButton::toggled, this, &KioskHeader::updateReadAloudText);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_brand);
    layout->addStretch(1);
    layout->addWidget(m_language);
    layout->addWidget(m_readAloud);
    layout->addWidget(m_cue, 0, Qt::AlignVCenter);
    layout->addWidget(m_leave);
    retranslate(QStringLiteral("English"));
    applyScale(1.0);
}

void KioskHeader::applyScale(double scale)
{
    m_scale = scale;
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
    m_readAloud->setIcon(QIcon(speaker(size, m_iconColour, devicePixelRatioF())));
    m_readAloud->setIconSize(QSize(size, size));
    fitReadAloud();
}

void KioskHeader::fitReadAloud()
{
    // The words when the row has room for them, else the loudspeaker alone in a narrower button
    // and a tighter row (less space between buttons and at the ends) (its accessible name still
    // says "Read aloud"): the language button and "Leave this screen" are never squeezed.
    const QString words = m_readAloud->accessibleName();
    const bool on = m_readAloud->isChecked();
    setReadAloudCompact(false, QStringLiteral("  %1  ").arg(on ? tr("✓ %1").arg(words) : words));
    if (m_readAloud->isHidden() || width() <= 0)
        return;
    layout()->invalidate();
    if (layout()->sizeHint().width() > width())
        setReadAloudCompact(true, on ? QStringLiteral("✓") : QString());
}

void KioskHeader::setReadAloudCompact(bool compact, const QString &text)
{
    if (m_readAloud->text() != text)
        m_readAloud->setText(text);
    ScreenParts::setStyleProperty(m_readAloud, "compact",
                                  compact ? QStringLiteral("true") : QString());
    layout()->setSpacing(Theme::pixels(compact ? 8 : 20, m_scale));
    const int side = Theme::pixels(compact ? 12 : 24, m_scale);
    const int top = Theme::pixels(12, m_scale);
    layout()->setContentsMargins(side, top, side, top);
}

void KioskHeader::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A restyle (language, text size, contrast) reaches the buttons after the header: measure
    // once they have their new fonts.
    if (event->type() == QEvent::StyleChange)
        QMetaObject::invokeMethod(this, &KioskHeader::fitReadAloud, Qt::QueuedConnection);
}

void KioskHeader::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitReadAloud();
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
    updateReadAloudText();
}

void KioskHeader::updateReadAloudText()
{
    // A tick as well as the colour when it is on, like the welcome screen's switches.
    const QString words = tr("Read aloud");
    m_readAloud->setAccessibleName(words);
    m_readAloud->setAccessibleDescription(
        tr("Reads each screen aloud. You can also press F2 or the star key."));
    fitReadAloud();
}

QList<QWidget *> KioskHeader::focusOrder() const
{
    if (m_readAloud->isHidden())
        return {m_language, m_leave};
    return {m_language, m_readAloud, m_leave};
}
