// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ReviewPackRenderer.h"

#include "core/languages/LanguageCatalogue.h"
#include "core/packs/MinisignSignature.h"
#include "core/review/LocalPlacements.h"
#include "core/review/OpenQuestions.h"
#include "core/review/PathwayGraph.h"
#include "ui/export/PathwayMapPainter.h"
#include "ui/export/ReviewPackDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewPackRenderer", text);
}

const QColor ink(0x1d, 0x26, 0x2f);
const QColor mutedInk(0x4a, 0x55, 0x60);

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString coverHtml(const ActiveContent &active, const ReviewPackRenderer::Request &request)
{
    const Content &content = active.content;
    int questions = 0;
    int outcomes = 0;
    for (const PathwayNode &node : content.nodes)
        (node.isOutcome() ? outcomes : questions)++;
    const auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td width=\"35%\" style=\"color:#4a5560\">%1</td><td>%2</td>"
                              "</tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QStringList languages{QStringLiteral("en")};
    languages << request.languages;
    const QString key = ReviewPackRenderer::signingKeyOf(active);
    QString html = QStringLiteral("<html><body style=\"font-size:10pt; color:#1d262f\">");
    html += QStringLiteral("<h1 style=\"color:#1f5f8b\">%1</h1><p>%2</p>")
                .arg(tr("Signpost review pack").toHtmlEscaped(),
                     tr("Every route a visitor can take and every word they can read, for the "
                        "people accountable for them to check, annotate and sign off.")
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellpadding=\"3\" width=\"100%\">");
    html += row(tr("Content"), content.metadata.id);
    html += row(tr("Version"), QString::number(content.metadata.version));
    html += row(tr("Publisher"), content.metadata.publisher);
    html += row(tr("Reviewed on / review due"),
                tr("%1 / %2").arg(content.metadata.reviewedOn.toString(Qt::ISODate),
                                  content.metadata.reviewDue.toString(Qt::ISODate)));
    html += row(tr("Printed on"), request.printedOn.toString(Qt::ISODate));
    html += row(tr("Source"), active.builtIn ? tr("the built-in content") : active.source);
    html +=
        row(tr("Signing key"), key.isEmpty() ? tr("none: not from a signed content pack") : key);
    html += row(tr("Services"), QString::number(content.services.size()));
    if (active.local.applied())
        html += row(tr("Local pack"),
                    tr("'%1' version %2 (%3; %4): %5 of the services, on %6 outcomes, signed "
                       "off by its own publisher")
                        .arg(active.local.id)
                        .arg(active.local.version)
                        .arg(active.local.source,
                             active.local.keyId.isEmpty()
                                 ? tr("not checked for a signature")
                                 : tr("signed with local key %1").arg(active.local.keyId))
                        .arg(LocalPlacements::services(content).size())
                        .arg(LocalPlacements::outcomes(content).size()));
    html += row(tr("Questions / outcomes"), tr("%1 / %2").arg(questions).arg(outcomes));
    html += row(tr("Languages in the content"),
                tr("%1 (%2)")
                    .arg(content.metadata.locales.size())
                    .arg(content.metadata.locales.join(QLatin1String(", "))));
    html += row(tr("Languages in this pack"), languages.join(QLatin1String(", ")));
    html += row(tr("Still needing a qualified translator's review"),
                content.metadata.localesNeedingReview.isEmpty()
                    ? tr("none")
                    : content.metadata.localesNeedingReview.join(QLatin1String(", ")));
    html += row(tr("Open questions for the services"),
                QString::number(OpenQuestions::of(content).size()));
    int warnings = 0;
    for (const ContentIssue &issue : active.issues)
        warnings += issue.severity == ContentIssue::Severity::Warning ? 1 : 0;
    html += row(tr("Validator warnings"), QString::number(warnings));
    html += QStringLiteral("</table><h3>%1</h3><table cellpadding=\"6\" width=\"100%\" "
                           "border=\"1\" cellspacing=\"0\" style=\"border-color:#b8c0c8\">")
                .arg(tr("Signed off by").toHtmlEscaped());
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th "
                           "align=\"left\">%3</th><th align=\"left\">%4</th><th "
                           "align=\"left\">%5</th></tr>")
                .arg(tr("Name").toHtmlEscaped(), tr("Role").toHtmlEscaped(),
                     tr("Part reviewed").toHtmlEscaped(), tr("Date").toHtmlEscaped(),
                     tr("Signature").toHtmlEscaped());
    for (int i = 0; i < 3; ++i)
        html += QStringLiteral("<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td></tr>");
    return html + QStringLiteral("</table></body></html>");
}

class PackWriter
{
public:
    PackWriter(QPagedPaintDevice &device, QPainter &painter, const ActiveContent &active)
        : m_device(device)
        , m_painter(painter)
        , m_footer(tr("Signpost review pack · content %1 version %2")
                       .arg(active.content.metadata.id)
                       .arg(active.content.metadata.version))
    {
        const double mm = device.logicalDpiX() / 25.4;
        m_body = QRectF(0, 0, device.width(), device.height() - 7 * mm);
    }

    QRectF body() const { return m_body; }

    void newPage()
    {
        if (m_pages > 0)
            m_device.newPage();
        ++m_pages;
        const double mm = m_device.logicalDpiX() / 25.4;
        QFont font;
        font.setPointSizeF(7);
        m_painter.setFont(font);
        m_painter.setPen(mutedInk);
        m_painter.drawText(QRectF(0, m_body.bottom() + 2 * mm, m_body.width(), 5 * mm),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           tr("%1 · page %2").arg(m_footer).arg(m_pages));
    }

    void document(const QString &html)
    {
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&m_device);
        document.setPageSize(m_body.size());
        document.setHtml(html);
        for (int page = 0; page < document.pageCount(); ++page) {
            newPage();
            m_painter.save();
            m_painter.translate(0, -page * m_body.height());
            document.drawContents(
                &m_painter, QRectF(0, page * m_body.height(), m_body.width(), m_body.height()));
            m_painter.restore();
        }
    }

    void title(const QString &text)
    {
        QFont font;
        font.setPointSizeF(13);
        font.setBold(true);
        m_painter.setFont(font);
        m_painter.setPen(QColor(0x1f, 0x5f, 0x8b));
        QRectF used;
        m_painter.drawText(m_body, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, &used);
        m_titleHeight = used.height();
    }
    double titleHeight() const { return m_titleHeight; }

private:
    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    QString m_footer;
    QRectF m_body;
    int m_pages = 0;
    double m_titleHeight = 0;
};

} // namespace

QString ReviewPackRenderer::signingKeyOf(const ActiveContent &active)
{
    if (!active.fromPack)
        return {};
    QFile file(active.source + QLatin1String(".minisig"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const MinisignSignature::Parsed parsed =
        MinisignSignature::parse(file.read(MinisignSignature::maxFileBytes));
    return parsed.signature ? MinisignKey::keyIdText(parsed.signature->keyId()) : QString();
}

bool ReviewPackRenderer::render(QPagedPaintDevice &device, const ActiveContent &active,
                                const Request &request, QString *error)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        return failWith(error, tr("Could not start drawing the review pack."));
    PackWriter writer(device, painter, active);
    writer.document(coverHtml(active, request));

    // The map is in English: the routes are the same in every language.
    const PathwayGraph whole = PathwayGraph::build(active.content, QStringLiteral("en"));
    const PathwayMapPainter map(&device);
    const double mm = device.logicalDpiX() / 25.4;
    const QList<PathwayGraph> pages = map.pages(whole, writer.body().size() - QSizeF(0, 22 * mm));
    for (const PathwayGraph &page : pages) {
        writer.newPage();
        writer.title(page.title.isEmpty()
                         ? tr("The pathway map: every question and outcome once")
                         : tr("The pathway map, one audience: \"%1\"").arg(page.title));
        const QRectF legend(0, writer.titleHeight() + 1 * mm, writer.body().width(), 10 * mm);
        QFont font;
        font.setPointSizeF(7.5);
        painter.setFont(font);
        painter.setPen(mutedInk);
        painter.drawText(legend, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         tr("Depth: choices from the start. Numbers on the arrows are the "
                            "answers numbered in each question's box. Red: danger first, a "
                            "question whose answer leads straight to 999, and that route. Each "
                            "outcome names its primary service and number. Laid out by "
                            "Graphviz (dot)."));
        QRectF area = writer.body();
        area.setTop(legend.bottom() + 2 * mm);
        if (!map.paint(painter, area, page, error)) {
            painter.end();
            return false;
        }
    }

    QStringList languages = request.languages;
    languages.removeAll(QStringLiteral("en"));
    const QList<ReviewSentence> sentences =
        ReviewSentences::collect(active.content, languages, request.catalogues);
    writer.document(ReviewPackDocument::html(active, sentences, languages));
    if (!painter.end())
        return failWith(error, tr("Could not finish the review pack."));
    return true;
}

bool ReviewPackRenderer::writePdf(const QString &path, const ActiveContent &active,
                                  const Request &request, QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Signpost review pack: %1 version %2")
                        .arg(active.content.metadata.id)
                        .arg(active.content.metadata.version));
    writer.setCreator(QStringLiteral("Signpost"));
    writer.setResolution(300);
    if (!render(writer, active, request, error))
        return false;
    if (!QFileInfo(path).isFile())
        return failWith(error, tr("Could not write '%1'.").arg(path));
    return true;
}
