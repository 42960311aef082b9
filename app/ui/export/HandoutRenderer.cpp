// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/HandoutRenderer.h"

#include "core/content/ChannelText.h"
#include "core/hours/ContentHoursText.h"
#include "core/staff/HandoutCard.h"
#include "ui/export/QrCodePainter.h"
#include "ui/public/Theme.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

// Printed colours come from the Theme, which contrast-tests them.
const QColor ink = Theme::printColours().ink;
const QColor mutedInk = Theme::printColours().mutedInk;
const QColor rule = Theme::printColours().rule;
const QColor accent = Theme::printColours().accent;
const QColor qrDark = Theme::printColours().qrDark;
const QColor qrLight = Theme::printColours().qrLight;

// Lays text out top to bottom inside a column, in millimetres converted to device units.
class CardWriter
{
public:
    CardWriter(QPainter &painter, const QRectF &column)
        : m_painter(painter)
        , m_column(column)
        , m_y(column.top())
    {}

    double millimetre() const { return m_painter.device()->logicalDpiY() / 25.4; }
    double y() const { return m_y; }
    void skip(double millimetres) { m_y += millimetres * millimetre(); }

    void text(const QString &text, double points, const QColor &colour, bool bold = false)
    {
        if (text.isEmpty())
            return;
        QFont font = m_painter.font();
        font.setPointSizeF(points);
        font.setBold(bold);
        m_painter.setFont(font);
        m_painter.setPen(colour);
        const QRectF area(m_column.left(), m_y, m_column.width(), m_column.bottom() - m_y);
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        QRectF used;
        m_painter.drawText(area, flags, text, &used);
        m_y += used.height();
    }

    void line()
    {
        m_painter.setPen(QPen(rule, 0.3 * millimetre()));
        m_painter.drawLine(QPointF(m_column.left(), m_y), QPointF(m_column.right(), m_y));
    }

private:
    QPainter &m_painter;
    QRectF m_column;
    double m_y;
};

void drawCutLines(QPainter &painter, const QRectF &page)
{
    const double mm = painter.device()->logicalDpiX() / 25.4;
    QPen pen(rule, 0.2 * mm, Qt::DashLine);
    painter.setPen(pen);
    painter.drawLine(QPointF(page.center().x(), page.top()),
                     QPointF(page.center().x(), page.bottom()));
    painter.drawLine(QPointF(page.left(), page.center().y()),
                     QPointF(page.right(), page.center().y()));
}

QPageLayout pageLayout(QPageSize::PageSizeId size)
{
    return QPageLayout(QPageSize(size), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

QString directoryHtml(const Content &content, const QString &language, const QDate &printedOn)
{
    QString html = QStringLiteral("<html><body style=\"font-size:9pt; color:%1\">").arg(ink.name());
    html += QStringLiteral("<h2 style=\"color:%1\">%2</h2><p>%3</p>")
                .arg(accent.name(), HandoutRenderer::tr("Support services").toHtmlEscaped(),
                     HandoutRenderer::tr("Content %1, version %2. Printed %3.")
                         .arg(content.metadata.id, QString::number(content.metadata.version),
                              QLocale::c().toString(printedOn, QStringLiteral("d MMMM yyyy")))
                         .toHtmlEscaped());
    for (const Service &service : content.services) {
        const HandoutCard card = HandoutCard::forService(service, language);
        html += QStringLiteral("<h3 style=\"margin-bottom:2px\">%1</h3><p style=\"margin:0\">"
                               "<i>%2</i></p><p style=\"margin:2px 0\">%3</p><table "
                               "cellspacing=\"0\" cellpadding=\"2\">")
                    .arg(card.name.toHtmlEscaped(), card.neutralLine.toHtmlEscaped(),
                         service.description.text(language).toHtmlEscaped());
        for (const Channel &channel : service.channels) {
            html += QStringLiteral("<tr><td width=\"170\">%1</td><td width=\"200\"><b>%2</b></td>"
                                   "<td>%3</td></tr>")
                        .arg(channel.label.text(language).toHtmlEscaped(),
                             ChannelText::displayValue(channel).toHtmlEscaped(),
                             ContentHoursText::describe(channel.hours).toHtmlEscaped());
        }
        html += QStringLiteral("</table><p style=\"margin:2px 0\">%1</p>")
                    .arg(card.confidentiality.toHtmlEscaped());
        html += QStringLiteral("<p style=\"margin:0; color:%1\">%2</p>")
                    .arg(mutedInk.name(),
                         HandoutRenderer::tr("Source: %1, checked %2")
                             .arg(service.source, service.verifiedOn.toString(Qt::ISODate))
                             .toHtmlEscaped());
    }
    html += QStringLiteral("</body></html>");
    return html;
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

void HandoutRenderer::paintCard(QPainter &painter, const QRectF &card, const HandoutCard &handout)
{
    painter.save();
    const double mm = painter.device()->logicalDpiX() / 25.4;
    const QRectF inner = card.adjusted(9 * mm, 9 * mm, -9 * mm, -9 * mm);
    const double qrSide = 30 * mm;
    const QRectF bottom(inner.left(), inner.bottom() - qrSide, inner.width(), qrSide);

    CardWriter writer(painter, QRectF(inner.left(), inner.top(), inner.width(),
                                      bottom.top() - inner.top() - 3 * mm));
    writer.text(handout.name, 17, ink, true);
    writer.skip(0.8);
    writer.text(handout.neutralLine, 10, accent);
    writer.skip(3);
    writer.line();
    writer.skip(3);
    for (const HandoutCard::Number &number : handout.numbers) {
        writer.text(number.value, 19, ink, true);
        QString details = number.label;
        for (const QString &part : {number.cost, number.hours}) {
            if (!part.isEmpty())
                details = tr("%1 · %2").arg(details, part);
        }
        writer.text(details, 8.5, mutedInk);
        writer.skip(2.5);
    }
    // No confidentiality sentence on a card that goes in a pocket: a service's own words may name
    // the worry (Stop It Now!'s say "abuse"); the neutral line says what kind of help it is.

    const QrCode code = QrCode::encode(handout.webAddress);
    if (code.isValid()) {
        const QRectF qr(bottom.left() - 2 * mm, bottom.top(), qrSide, qrSide);
        QrCodePainter::paint(painter, qr, code, qrDark, qrLight);
        CardWriter side(painter,
                        QRectF(qr.right() + 2 * mm, bottom.top() + 5 * mm,
                               bottom.right() - qr.right() - 2 * mm, bottom.height() - 5 * mm));
        side.text(handout.webLabel.isEmpty() ? tr("Scan or visit")
                                             : tr("%1 — scan or visit").arg(handout.webLabel),
                  8, mutedInk);
        side.text(handout.webAddressText, 9.5, ink, true);
    }
    if (handout.verifiedOn.isValid()) {
        CardWriter footer(painter, QRectF(inner.left(), inner.bottom() + 2 * mm, inner.width(),
                                          card.bottom() - inner.bottom() - 2 * mm));
        footer.text(
            tr("Details checked %1")
                .arg(QLocale::c().toString(handout.verifiedOn, QStringLiteral("MMMM yyyy"))),
            6.5, mutedInk);
    }
    painter.restore();
}

bool HandoutRenderer::renderCards(QPagedPaintDevice &device, const QList<HandoutCard> &cards,
                                  Layout layout)
{
    const bool fourUp = layout == Layout::FourOnA4;
    device.setPageLayout(pageLayout(fourUp ? QPageSize::A4 : QPageSize::A6));
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page(0, 0, device.width(), device.height());
    const int perPage = fourUp ? 4 : 1;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const int slot = int(i % perPage);
        if (slot == 0 && i > 0)
            device.newPage();
        if (slot == 0 && fourUp)
            drawCutLines(painter, page);
        QRectF card = page;
        if (fourUp) {
            card.setSize(page.size() / 2);
            card.moveTopLeft(
                QPointF((slot % 2) * page.width() / 2, (slot / 2) * page.height() / 2));
        }
        paintCard(painter, card, cards.at(i));
    }
    return painter.end();
}

bool HandoutRenderer::renderDirectory(QPagedPaintDevice &device, const Content &content,
                                      const QString &language, const QDate &printedOn)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QTextDocument document;
    document.setHtml(directoryHtml(content, language, printedOn));
    document.print(&device);
    return true;
}

bool HandoutRenderer::writeCardsPdf(const QString &path, const QList<HandoutCard> &cards,
                                    Layout layout, QString *error)
{
    if (cards.isEmpty())
        return failWith(error, tr("No services were chosen for cards."));
    QPdfWriter writer(path);
    writer.setTitle(tr("Support services"));
    writer.setCreator(QStringLiteral("Signpost"));
    writer.setResolution(300);
    if (!renderCards(writer, cards, layout) || !QFileInfo(path).isFile())
        return failWith(error, tr("Could not write '%1'.").arg(path));
    return true;
}

bool HandoutRenderer::writeDirectoryPdf(const QString &path, const Content &content,
                                        const QString &language, const QDate &printedOn,
                                        QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Support services"));
    writer.setCreator(QStringLiteral("Signpost"));
    if (!renderDirectory(writer, content, language, printedOn) || !QFileInfo(path).isFile())
        return failWith(error, tr("Could not write '%1'.").arg(path));
    return true;
}
