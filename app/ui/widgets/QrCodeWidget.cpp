// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/QrCodeWidget.h"

#include "ui/public/Theme.h"

#include <QPainter>

#include <qrencode.h>

QrCodeWidget::QrCodeWidget(const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
{
    setObjectName(QStringLiteral("qrCode"));
    setAccessibleName(tr("QR code for %1").arg(text));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return;
    m_modules = code->width;
    m_dark.resize(m_modules * m_modules);
    for (int i = 0; i < m_modules * m_modules; ++i)
        m_dark.setBit(i, code->data[i] & 1);
    QRcode_free(code);
}

void QrCodeWidget::setModulePixels(int pixels)
{
    m_modulePixels = std::max(2, pixels);
    updateGeometry();
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = (m_modules + 2 * quietZoneModules) * m_modulePixels;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    const Theme::Colours colours = Theme::colours();
    QPainter painter(this);
    painter.fillRect(rect(), colours.qrLight);
    if (!isValid())
        return;
    // Whole pixels per module keep the edges sharp for the camera.
    const int total = m_modules + 2 * quietZoneModules;
    const int module = std::max(1, std::min(width(), height()) / total);
    const int left = (width() - total * module) / 2 + quietZoneModules * module;
    const int top = (height() - total * module) / 2 + quietZoneModules * module;
    for (int y = 0; y < m_modules; ++y) {
        for (int x = 0; x < m_modules; ++x) {
            if (m_dark.testBit(y * m_modules + x))
                painter.fillRect(left + x * module, top + y * module, module, module,
                                 colours.qrDark);
        }
    }
}
