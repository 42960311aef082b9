// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/QrCodePainter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace QrCodePainter {

void paint(QPainter &painter, const QRectF &bounds, const QrCode &code, const QColor &dark,
           const QColor &light)
{
    if (!code.isValid() || bounds.isEmpty())
        return;
    const double side = std::min(bounds.width(), bounds.height());
    const QRectF square(bounds.center().x() - side / 2, bounds.center().y() - side / 2, side, side);
    const int total = code.size() + 2 * quietZoneModules;
    // Whole device units per module keep every module the same size on paper and on screen.
    const double module = std::max(1.0, std::floor(side / total));
    const double margin = (side - total * module) / 2 + quietZoneModules * module;
    const QPointF origin = square.topLeft() + QPointF(margin, margin);

    // One path of row runs, filled once: adjacent modules share edges, so no hairline seams
    // appear between them when a PDF viewer or printer anti-aliases.
    QPainterPath modules;
    modules.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size();) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            int run = x;
            while (run < code.size() && code.isDark(run, y))
                ++run;
            modules.addRect(QRectF(origin.x() + x * module, origin.y() + y * module,
                                   (run - x) * module, module));
            x = run;
        }
    }
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(square, light);
    painter.setBrush(dark);
    painter.drawPath(modules);
    painter.restore();
}

} // namespace QrCodePainter
