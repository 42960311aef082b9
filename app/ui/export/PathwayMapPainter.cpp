// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/PathwayMapPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PathwayMapPainter", text);
}

const QColor ink(0x1d, 0x26, 0x2f);
const QColor mutedInk(0x4a, 0x55, 0x60);
const QColor questionFill(0xe8, 0xf1, 0xf8);
const QColor outcomeFill(0xed, 0xf7, 0xee);
const QColor danger(0xb0, 0x1c, 0x1c);
const QColor dangerFill(0xfb, 0xe9, 0xe9);
const QColor arrowInk(0x6b, 0x76, 0x80);

constexpr double questionWidth = 175; // points
constexpr double outcomeWidth = 200;
constexpr double padding = 3;
constexpr double titlePoints = 6.5;
constexpr double textPoints = 5.6;
// Below this the words get too small to read on paper: split per audience instead.
constexpr double smallestScale = 0.7;
// A small part of the map may be drawn larger than its natural size, up to this.
constexpr double largestScale = 1.5;

QFont font(double points, bool bold)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace

PathwayMapPainter::PathwayMapPainter(QPaintDevice *device)
    : m_device(device)
    , m_unit(device->logicalDpiX() / 72.0)
{}

QStringList PathwayMapPainter::boxLines(const PathwayGraph &graph,
                                        const PathwayGraph::Node &node) const
{
    // Line 0 is the small heading, line 1 the bold text, the rest small.
    QStringList lines;
    const QString depth = node.depth < 0 ? tr("not reachable") : tr("depth %1").arg(node.depth);
    if (node.outcome) {
        lines << tr("OUTCOME · %1 · %2").arg(depth, node.id) << node.text;
        lines << tr("%1 — %2: %3").arg(node.service, node.channel, node.number);
        return lines;
    }
    lines << (node.dangerCheck ? tr("QUESTION · %1 · %2 · danger first") : tr("QUESTION · %1 · %2"))
                 .arg(depth, node.id)
          << node.text;
    int number = 0;
    for (const PathwayGraph::Edge &edge : graph.edges) {
        if (edge.from != node.id)
            continue;
        for (const QString &answer : edge.answer.split(QLatin1Char('\n')))
            lines << tr("%1  %2").arg(++number).arg(answer);
    }
    return lines;
}

QSizeF PathwayMapPainter::boxSize(const PathwayGraph &graph, const PathwayGraph::Node &node) const
{
    const double width = node.outcome ? outcomeWidth : questionWidth;
    const double inner = (width - 2 * padding) * m_unit;
    double height = 2 * padding * m_unit;
    const QStringList lines = boxLines(graph, node);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QFontMetricsF metrics(
            font(i == 1 ? titlePoints : textPoints, i == 1 || (i == 2 && node.outcome)), m_device);
        height +=
            metrics.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, lines.at(i)).height();
    }
    return QSizeF(width, height / m_unit + 1);
}

PathwayMapLayout PathwayMapPainter::layOut(const PathwayGraph &graph) const
{
    return PathwayMapLayout::layOut(
        graph, [this, &graph](const PathwayGraph::Node &node) { return boxSize(graph, node); });
}

double PathwayMapPainter::scaleFor(const PathwayMapLayout &layout, const QSizeF &area) const
{
    const QSizeF size = layout.size() * m_unit;
    return std::min({largestScale, area.width() / size.width(), area.height() / size.height()});
}

QList<PathwayGraph> PathwayMapPainter::pages(const PathwayGraph &whole, const QSizeF &area) const
{
    const PathwayMapLayout layout = layOut(whole);
    if (!layout.isValid() || scaleFor(layout, area) >= smallestScale)
        return {whole};
    return QList<PathwayGraph>{whole} + whole.byAudience();
}

void PathwayMapPainter::paintBox(QPainter &painter, const QRectF &box, const PathwayGraph &graph,
                                 const PathwayGraph::Node &node, double scale) const
{
    const bool red = node.emergency || node.dangerCheck;
    painter.setPen(QPen(red ? danger : arrowInk, (red ? 1.4 : 0.6) * m_unit * scale));
    painter.setBrush(node.emergency ? dangerFill : node.outcome ? outcomeFill : questionFill);
    painter.drawRoundedRect(box, 2 * m_unit * scale, 2 * m_unit * scale);
    const QRectF inner = box.adjusted(padding * m_unit * scale, padding * m_unit * scale,
                                      -padding * m_unit * scale, -padding * m_unit * scale);
    double y = inner.top();
    const QStringList lines = boxLines(graph, node);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool bold = i == 1 || (i == 2 && node.outcome);
        painter.setFont(font((i == 1 ? titlePoints : textPoints) * scale, bold));
        painter.setPen(i == 0 ? (red ? danger : mutedInk) : ink);
        QRectF used;
        painter.drawText(QRectF(inner.left(), y, inner.width(), inner.bottom() - y + 1e3),
                         Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, lines.at(i), &used);
        y += used.height();
    }
}

bool PathwayMapPainter::paint(QPainter &painter, const QRectF &area, const PathwayGraph &graph,
                              QString *error) const
{
    const PathwayMapLayout layout = layOut(graph);
    if (!layout.isValid()) {
        if (error)
            *error = layout.error();
        return false;
    }
    const double scale = scaleFor(layout, area.size());
    const double unit = m_unit * scale;
    const QPointF origin = area.topLeft();
    const auto at = [origin, unit](const QPointF &point) {
        return origin + point * unit;
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const PathwayMapLayout::Arrow &arrow : layout.arrows()) {
        const QColor colour = arrow.dangerFirst ? danger : arrowInk;
        QTransform toDevice;
        toDevice.translate(origin.x(), origin.y());
        toDevice.scale(unit, unit);
        painter.setPen(QPen(colour, (arrow.dangerFirst ? 1.6 : 0.6) * unit));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(toDevice.map(arrow.path));
        // The head: a small triangle from the curve's end to the tip.
        const QPointF end = at(arrow.path.currentPosition());
        const QPointF tip = at(arrow.tip);
        QPointF direction = tip - end;
        const double length = std::hypot(direction.x(), direction.y());
        if (length > 0) {
            direction /= length;
            const QPointF side(-direction.y() * length * 0.45, direction.x() * length * 0.45);
            painter.setBrush(colour);
            painter.setPen(Qt::NoPen);
            painter.drawPolygon(QPolygonF{tip, end + side, end - side});
        }
        painter.setFont(font(textPoints * scale, true));
        painter.setPen(colour);
        const QPointF label = at(arrow.labelAt);
        painter.drawText(QRectF(label.x() - 20 * unit, label.y() - 5 * unit, 40 * unit, 10 * unit),
                         Qt::AlignCenter, arrow.label);
    }
    for (const PathwayGraph::Node &node : graph.nodes) {
        const QRectF box = layout.box(node.id);
        paintBox(painter, QRectF(at(box.topLeft()), box.size() * unit), graph, node, scale);
    }
    painter.restore();
    return true;
}
