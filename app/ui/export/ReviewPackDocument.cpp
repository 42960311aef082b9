// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ReviewPackDocument.h"

#include "core/content/ContentVocabulary.h"
#include "core/hours/ContentHoursText.h"
#include "core/languages/LanguageCatalogue.h"
#include "core/review/OpenQuestions.h"

#include "core/review/LocalPlacements.h"
#include <QCoreApplication>

#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewPackDocument", text);
}

const QString english = QStringLiteral("en");

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

// A number or address kept on one line, so it is read (and found by pdftotext) whole.
QString literal(const QString &value)
{
    return QStringLiteral("<span style=\"white-space:nowrap; font-weight:bold\">%1</span>")
        .arg(value.toHtmlEscaped());
}

QString cell(const QString &html, const QString &language = QString())
{
    if (LanguageCatalogue::isRightToLeft(language))
        return QStringLiteral("<td><p dir=\"rtl\" align=\"right\">%1</p></td>").arg(html);
    return QStringLiteral("<td>%1</td>").arg(html);
}

QString heading(const QString &text, bool newPage)
{
    return QStringLiteral("<h2 style=\"color:#1f5f8b;%1\">%2</h2>")
        .arg(newPage ? QStringLiteral(" page-break-before:always") : QString(), escaped(text));
}

QString ages(const AgeRange &range)
{
    if (range.minAge && range.maxAge)
        return tr("ages %1 to %2").arg(*range.minAge).arg(*range.maxAge);
    if (range.minAge)
        return tr("%1 and over").arg(*range.minAge);
    if (range.maxAge)
        return tr("up to %1").arg(*range.maxAge);
    return tr("any age");
}

QString fact(const QString &name, const QString &html)
{
    return QStringLiteral("<tr><td width=\"22%\" style=\"color:#4a5560\">%1</td><td>%2</td></tr>")
        .arg(escaped(name), html);
}

QString confirming(const QString &note)
{
    return QStringLiteral("<span style=\"color:#b01c1c\"><b>%1</b> %2</span>")
        .arg(escaped(tr("Needs confirming:")), escaped(note));
}

QString channelHtml(const Channel &channel)
{
    QStringList parts{QStringLiteral("<b>%1</b> (%2) %3")
                          .arg(escaped(channel.label.text(english)),
                               ContentVocabulary::channelTypeName(channel.type),
                               literal(channel.value))};
    parts << escaped(tr("Hours: %1").arg(ContentHoursText::describe(channel.hours)));
    if (!channel.cost.isEmpty())
        parts << escaped(tr("Cost: %1").arg(channel.cost.text(english)));
    if (!channel.howTo.isEmpty())
        parts << escaped(tr("How: %1").arg(channel.howTo.text(english)));
    if (channel.ages.minAge || channel.ages.maxAge)
        parts << escaped(tr("For %1").arg(ages(channel.ages)));
    if (channel.international)
        parts << escaped(tr("A number outside the UK"));
    if (channel.needsConfirming)
        parts << confirming(channel.needsConfirmingNote);
    return parts.join(QLatin1String("<br>"));
}

} // namespace

namespace ReviewPackDocument {

QString sentencesHtml(const QList<ReviewSentence> &sentences, const QStringList &languages)
{
    QString html = heading(tr("Every sentence a visitor can see"), false);
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("By screen, in the order a visitor meets them. Write in the last "
                                "column: a tick to approve the sentence as it stands, or the "
                                "words it should say instead. Numbers and addresses are printed "
                                "once: they are the same in every language. The grey line is "
                                "each sentence's id (the review sheet's first column).")));
    const double share = 100.0 / double(languages.size() + 2);
    QString header = QStringLiteral("<tr style=\"background-color:#e8f1f8\"><th align=\"left\" "
                                    "width=\"%1%\">%2</th>")
                         .arg(share, 0, 'f', 0)
                         .arg(escaped(tr("English")));
    for (const QString &language : languages)
        // The code first: a heading that starts in Latin letters stays left to right.
        header += QStringLiteral("<th align=\"left\" width=\"%1%\">%2 · %3</th>")
                      .arg(share, 0, 'f', 0)
                      .arg(language, escaped(LanguageCatalogue::nativeName(language)));
    header +=
        QStringLiteral("<th align=\"left\">%1</th></tr>").arg(escaped(tr("Approved / change to")));
    QString screen;
    for (const ReviewSentence &sentence : sentences) {
        if (sentence.screen != screen) {
            if (!screen.isEmpty())
                html += QStringLiteral("</table>");
            screen = sentence.screen;
            html += QStringLiteral("<h3>%1</h3><table width=\"100%\" border=\"1\" "
                                   "cellspacing=\"0\" cellpadding=\"3\" "
                                   "style=\"border-color:#b8c0c8; border-style:solid\">")
                        .arg(escaped(screen)) +
                    header;
        }
        const QString id =
            QStringLiteral("<br><span style=\"color:#8a949e; font-size:6pt\">%1</span>")
                .arg(escaped(sentence.id));
        if (sentence.origin == ReviewSentence::Origin::Literal) {
            html += QStringLiteral("<tr><td colspan=\"%1\">%2 <i>%3</i>%4</td><td></td></tr>")
                        .arg(languages.size() + 1)
                        .arg(literal(sentence.english),
                             escaped(tr("(as dialled or typed, in every language)")), id);
            continue;
        }
        html += QStringLiteral("<tr>") + cell(escaped(sentence.english) + id);
        for (const QString &language : languages) {
            const QString text = sentence.translations.value(language);
            html += text.isEmpty() ? cell(QStringLiteral("<span style=\"color:#b01c1c\">%1</span>")
                                              .arg(escaped(tr("missing: English is shown"))))
                                   : cell(escaped(text), language);
        }
        html += QStringLiteral("<td></td></tr>");
    }
    if (!screen.isEmpty())
        html += QStringLiteral("</table>");
    return html;
}

QString servicesHtml(const Content &content)
{
    QString html = heading(tr("Every service"), true);
    for (const Service &service : content.services) {
        html +=
            QStringLiteral("<h3>%1 <span style=\"color:#4a5560; font-weight:normal\">(%2, "
                           "%3)</span>%4</h3>")
                .arg(escaped(service.name.text(english)), escaped(service.organisation),
                     escaped(service.id),
                     service.local ? QStringLiteral(" <span style=\"color:#8a4b00\">[%1]</span>")
                                         .arg(escaped(tr("local pack")))
                                   : QString());
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
        html += fact(tr("What it is for"), escaped(service.description.text(english)));
        html += fact(tr("Who it is for"),
                     escaped(QStringLiteral("%1; %2").arg(
                         ages(service.ages), service.audiences.join(QLatin1String(", ")))));
        QStringList regions;
        for (const Region region : service.regions)
            regions << ContentVocabulary::regionName(region);
        html += fact(tr("Where"), escaped(regions.isEmpty() ? tr("the whole UK")
                                                            : regions.join(QLatin1String(", "))));
        QStringList channels;
        for (const Channel &channel : service.channels)
            channels << channelHtml(channel);
        html += fact(tr("Ways in"), channels.join(QLatin1String("<br><br>")));
        QString told = service.confidentiality == Confidentiality::NotStated
                           ? tr("not stated: Signpost says nothing about it")
                           : ContentVocabulary::confidentialityName(service.confidentiality);
        if (!service.confidentialityNote.isEmpty())
            told += QStringLiteral(" — ") + service.confidentialityNote.text(english);
        html += fact(tr("What they do with what you tell them"), escaped(told));
        if (!service.whatHappens.isEmpty())
            html += fact(tr("What happens"), escaped(service.whatHappens.text(english)));
        if (!service.languages.isEmpty())
            html += fact(tr("Answers in"), escaped(service.languages.join(QLatin1String(", "))));
        html += fact(tr("Source"),
                     escaped(tr("%1, checked %2")
                                 .arg(service.source, service.verifiedOn.toString(Qt::ISODate))));
        if (service.needsConfirming)
            html += fact(tr("Open question"), confirming(service.needsConfirmingNote));
        html += QStringLiteral("</table>");
    }
    return html;
}

QString openQuestionsHtml(const Content &content)
{
    const QList<OpenQuestions::Question> questions = OpenQuestions::of(content);
    QString html = heading(tr("Open questions for the services (%1)").arg(questions.size()), true);
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("Facts the content could not confirm from the services' own "
                                "sources. While a service or channel is flagged, visitors are "
                                "never told it is open or closed now (\"check when you "
                                "call\"). Write each answer in the last column.")));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"3\" style=\"border-color:#b8c0c8\"><tr "
                           "style=\"background-color:#e8f1f8\"><th align=\"left\" "
                           "width=\"25%\">%1</th><th align=\"left\">%2</th><th align=\"left\" "
                           "width=\"25%\">%3</th></tr>")
                .arg(escaped(tr("Service")), escaped(tr("What to confirm")), escaped(tr("Answer")));
    for (const OpenQuestions::Question &question : questions) {
        const QString who = question.channel.isEmpty()
                                ? question.service
                                : tr("%1: %2").arg(question.service, question.channel);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td></td></tr>")
                    .arg(escaped(who), escaped(question.note));
    }
    return html + QStringLiteral("</table>");
}

QString warningsHtml(const ActiveContent &active)
{
    QStringList lines;
    for (const ContentIssue &issue : active.issues)
        lines << QStringLiteral("<li>%1</li>").arg(escaped(issue.toString()));
    // The local pack's own warnings (its file, its pointers) follow the national content's.
    for (const ContentIssue &issue : active.local.issues)
        lines << QStringLiteral("<li>%1</li>").arg(escaped(issue.toString()));
    QString html = heading(tr("What the validator says (%1)").arg(lines.size()), true);
    if (active.fellBack)
        html += QStringLiteral("<p style=\"color:#b01c1c\">%1</p>")
                    .arg(escaped(tr("The configured content failed, so this pack shows the "
                                    "built-in content; the problems below are the failed "
                                    "file's.")));
    if (lines.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(escaped(tr("No warnings.")));
    return html + QStringLiteral("<p>%1</p><ul>%2</ul>")
                      .arg(escaped(tr("Every warning signpost --validate gives for this content, "
                                      "so approval never hides one.")),
                           lines.join(QString()));
}

QString localPackHtml(const ActiveContent &active)
{
    if (!active.local.applied())
        return {};
    QString html = heading(tr("The local pack: what it adds and where"), true);
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("The local overlay pack '%1' version %2 (%3) adds the services "
                                "marked [local pack] to the national content. It is signed off by "
                                "its own publisher; it cannot change, hide or reorder anything "
                                "national, so the national content's sign-off stands.")
                                 .arg(active.local.id)
                                 .arg(active.local.version)
                                 .arg(active.local.source)));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"3\" style=\"border-color:#b8c0c8\"><tr><th "
                           "align=\"left\">%1</th><th align=\"left\">%2</th><th "
                           "align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                .arg(escaped(tr("Outcome")), escaped(tr("Local service and way in")),
                     escaped(tr("Shown as")), escaped(tr("Approved / change to")));
    const QList<LocalPlacements::Placement> placements = LocalPlacements::of(active.content);
    for (const LocalPlacements::Placement &placement : placements) {
        html += QStringLiteral("<tr><td>%1 <span style=\"color:#4a5560\">(%2)</span></td>"
                               "<td>%3: %4</td><td>%5</td><td>&nbsp;</td></tr>")
                    .arg(escaped(placement.outcome), escaped(placement.outcomeId),
                         escaped(placement.service), escaped(placement.channel),
                         escaped(placement.primary
                                     ? tr("leads the outcome (\"Help near here\")")
                                     : tr("an extra alternative after the national ones")));
    }
    if (placements.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"4\">%1</td></tr>")
                    .arg(escaped(tr("Its services are offered on no outcome.")));
    return html + QStringLiteral("</table>");
}

QString html(const ActiveContent &active, const QList<ReviewSentence> &sentences,
             const QStringList &languages)
{
    return QStringLiteral("<html><body style=\"font-size:8pt; color:#1d262f\">") +
           sentencesHtml(sentences, languages) + localPackHtml(active) +
           servicesHtml(active.content) + openQuestionsHtml(active.content) + warningsHtml(active) +
           QStringLiteral("</body></html>");
}

} // namespace ReviewPackDocument
