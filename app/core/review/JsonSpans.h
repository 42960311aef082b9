// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Where each value of a JSON text lies, by JSON pointer (RFC 6901), and edits made in place: so
// a reviewed translation is written into a content file without reformatting or reordering the
// rest of it, and a diff of the result shows only what the review changed.
class JsonSpans
{
public:
    struct Span
    {
        qsizetype begin = 0; // byte offset of the value's first character
        qsizetype end = 0;   // one past its last
    };

    // nullopt when `json` is not well-formed JSON text.
    static std::optional<JsonSpans> scan(const QByteArray &json);
    static QString pointerToken(const QString &key); // "~" → "~0", "/" → "~1"

    std::optional<Span> span(const QString &pointer) const;

    // Queue an edit of the scanned text; apply() makes them all, last first.
    void setString(const QString &pointer, const QString &value); // replaces an existing value
    void addMember(const QString &objectPointer, const QString &key, const QString &value);
    void removeArrayItem(const QString &arrayPointer, int index, int itemCount);
    QByteArray apply() const;

private:
    struct Edit
    {
        qsizetype begin;
        qsizetype end;
        QByteArray replacement;
    };

    static QByteArray encoded(const QString &value);

    QByteArray m_json;
    QHash<QString, Span> m_spans;
    QList<Edit> m_edits;

    friend class JsonSpanScanner;
};
