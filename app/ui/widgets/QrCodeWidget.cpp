// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/QrCodeWidget.h"

#include "ui/export/QrCodePainter.h"
#include "ui/public/Theme.h"

#include <QPainter>

static_assert(QrCodeWidget::quietZoneModules == QrCodePainter::quietZoneModules);

QrCodeWidget::QrCodeWidget(const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_code(QrCode::encode(text))
{
    setObjectName(QStringLiteral("qrCode"));
    setAccessibleName(tr("QR code for %1").arg(text));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void QrCodeWidget::setModulePixels(int pixels)
{
    m_modulePixels = std::max(2, pixels);
    updateGeometry();
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = (moduleCount() + 2 * quietZoneModules) * m_modulePixels;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    const Theme::Colours colours = Theme::colours();
    QPainter painter(this);
    painter.fillRect(rect(), colours.qrLight);
    // Whole pixels per module (QrCodePainter) keep the edges sharp for the camera.
    QrCodePainter::paint(painter, rect(), m_code, colours.qrDark, colours.qrLight);
}
