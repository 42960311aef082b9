// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qr/QrCode.h"

#include <QColor>
#include <QRectF>

class QPainter;

// Draws a QR code dark on light (the colours come from Theme, where they are contrast-tested)
// into a square inside any rectangle, with the 4-module quiet zone phone cameras need, on screen
// (QrCodeWidget), on paper or into a PDF.
namespace QrCodePainter {

constexpr int quietZoneModules = 4;

// Paints the code centred in the largest square that fits `bounds`; nothing for an invalid code.
void paint(QPainter &painter, const QRectF &bounds, const QrCode &code, const QColor &dark,
           const QColor &light);

} // namespace QrCodePainter
