// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/ReviewSheet.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewSheet", text);
}

const QLatin1String crlf("\r\n");

QString translationHeader(const QString &language)
{
    return QStringLiteral("translation (%1)").arg(language);
}

} // namespace

bool ReviewSheet::Row::isApproved() const
{
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("x"),
                                 QStringLiteral("approved"), QStringLiteral("true")};
    return yes.contains(approved.trimmed().toLower());
}

QString ReviewSheet::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray ReviewSheet::write(const QList<ReviewSentence> &sentences, const QString &language)
{
    const QStringList header{QStringLiteral("id"),       QStringLiteral("screen"),
                             QStringLiteral("English"),  translationHeader(language),
                             QStringLiteral("approved"), QStringLiteral("comment")};
    QString text = header.join(QLatin1Char(',')) + crlf;
    for (const ReviewSentence &sentence : sentences) {
        if (sentence.origin == ReviewSentence::Origin::Literal)
            continue;
        const QStringList fields{sentence.id,      sentence.screen,
                                 sentence.english, sentence.translations.value(language),
                                 QString(),        QString()};
        QStringList quoted;
        for (const QString &each : fields)
            quoted << field(each);
        text += quoted.join(QLatin1Char(',')) + crlf;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

std::optional<QList<QStringList>> ReviewSheet::records(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString value;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"'))
                value += c;
            else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                value += text.at(++i);
            else
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record << value;
            value.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record << value;
            records << record;
            record.clear();
            value.clear();
            fieldStarted = false;
        } else {
            value += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return std::nullopt;
    if (fieldStarted || !record.isEmpty()) {
        record << value;
        records << record;
    }
    return records;
}

ReviewSheet::Parsed ReviewSheet::parse(const QByteArray &csv)
{
    Parsed parsed;
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const std::optional<QList<QStringList>> records =
        ReviewSheet::records(QString::fromUtf8(bytes));
    if (!records) {
        parsed.error = tr("a quoted field never ends (a '\"' is missing)");
        return parsed;
    }
    if (records->isEmpty() || records->constFirst().size() < 6) {
        parsed.error = tr("the first line is not the review sheet's header (id, screen, English, "
                          "translation (CODE), approved, comment)");
        return parsed;
    }
    static const QRegularExpression language(QStringLiteral("^translation \\(([A-Za-z-]+)\\)$"));
    const auto match = language.match(records->constFirst().at(3).trimmed());
    if (!match.hasMatch() || records->constFirst().at(0).trimmed() != QLatin1String("id")) {
        parsed.error = tr("the header's fourth column must be 'translation (CODE)', as "
                          "--review-sheet writes it");
        return parsed;
    }
    parsed.language = match.captured(1);
    for (qsizetype i = 1; i < records->size(); ++i) {
        QStringList fields = records->at(i);
        if (fields.size() == 1 && fields.constFirst().isEmpty())
            continue; // a blank line, as some spreadsheets add at the end
        if (fields.size() < 6) {
            parsed.error = tr("row %1 has %2 columns, not 6").arg(i + 1).arg(fields.size());
            return parsed;
        }
        parsed.rows << Row{fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]};
    }
    return parsed;
}
