// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review/ReviewSentence.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The review sheet: the review pack's sentences as a spreadsheet for one language (id, screen,
// English, translation, approved, comment), in CSV as RFC 4180 writes it, and read back.
class ReviewSheet
{
public:
    struct Row
    {
        QString id;
        QString screen;
        QString english;
        QString translation;
        QString approved; // "yes" (also y, x, approved, true) when the reviewer approves the row
        QString comment;

        bool isApproved() const;
    };
    struct Parsed
    {
        QString language; // from the header's "translation (cy)"
        QList<Row> rows;
        QString error; // empty when the sheet could be read
    };

    // UTF-8 with a byte order mark (so spreadsheet programs read it as UTF-8), CRLF line ends,
    // a field quoted when it holds a comma, a quote or a line break. Numbers and addresses are
    // left out: they are printed once and never translated.
    static QByteArray write(const QList<ReviewSentence> &sentences, const QString &language);
    static Parsed parse(const QByteArray &csv);

    // RFC 4180's records and fields; nullopt when a quoted field never ends.
    static std::optional<QList<QStringList>> records(const QString &text);
    static QString field(const QString &value);
};
