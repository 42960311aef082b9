// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/JsonSpans.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

// A recursive-descent walk over the bytes: it only finds where values begin and end; what they
// mean is QJsonDocument's business (the text is checked with it first).
class JsonSpanScanner
{
public:
    JsonSpanScanner(const QByteArray &json, QHash<QString, JsonSpans::Span> &spans)
        : m_json(json)
        , m_spans(spans)
    {}

    bool value(const QString &pointer)
    {
        whitespace();
        if (m_at >= m_json.size())
            return false;
        const qsizetype begin = m_at;
        const char c = m_json.at(m_at);
        bool ok = true;
        if (c == '{')
            ok = object(pointer);
        else if (c == '[')
            ok = array(pointer);
        else if (c == '"')
            ok = string(nullptr);
        else
            literal();
        m_spans.insert(pointer, {begin, m_at});
        return ok;
    }

private:
    void whitespace()
    {
        while (m_at < m_json.size() && (m_json.at(m_at) == ' ' || m_json.at(m_at) == '\n' ||
                                        m_json.at(m_at) == '\r' || m_json.at(m_at) == '\t'))
            ++m_at;
    }

    bool string(QString *decoded)
    {
        const qsizetype begin = m_at++;
        while (m_at < m_json.size() && m_json.at(m_at) != '"')
            m_at += m_json.at(m_at) == '\\' ? 2 : 1;
        if (m_at >= m_json.size())
            return false;
        ++m_at;
        if (decoded) {
            const QJsonDocument one =
                QJsonDocument::fromJson('[' + m_json.mid(begin, m_at - begin) + ']');
            *decoded = one.array().at(0).toString();
        }
        return true;
    }

    void literal()
    {
        while (m_at < m_json.size() && !QByteArrayView(",}] \n\r\t").contains(m_json.at(m_at)))
            ++m_at;
    }

    bool object(const QString &pointer)
    {
        ++m_at;
        whitespace();
        if (m_at < m_json.size() && m_json.at(m_at) == '}') {
            ++m_at;
            return true;
        }
        while (m_at < m_json.size()) {
            whitespace();
            QString key;
            if (!string(&key))
                return false;
            whitespace();
            if (m_at >= m_json.size() || m_json.at(m_at++) != ':')
                return false;
            if (!value(pointer + QLatin1Char('/') + JsonSpans::pointerToken(key)))
                return false;
            whitespace();
            if (m_at >= m_json.size())
                return false;
            const char next = m_json.at(m_at++);
            if (next == '}')
                return true;
            if (next != ',')
                return false;
        }
        return false;
    }

    bool array(const QString &pointer)
    {
        ++m_at;
        whitespace();
        if (m_at < m_json.size() && m_json.at(m_at) == ']') {
            ++m_at;
            return true;
        }
        for (int index = 0; m_at < m_json.size(); ++index) {
            if (!value(pointer + QLatin1Char('/') + QString::number(index)))
                return false;
            whitespace();
            if (m_at >= m_json.size())
                return false;
            const char next = m_json.at(m_at++);
            if (next == ']')
                return true;
            if (next != ',')
                return false;
        }
        return false;
    }

    const QByteArray &m_json;
    QHash<QString, JsonSpans::Span> &m_spans;
    qsizetype m_at = 0;
};

std::optional<JsonSpans> JsonSpans::scan(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    JsonSpans spans;
    spans.m_json = json;
    JsonSpanScanner scanner(spans.m_json, spans.m_spans);
    if (!scanner.value(QString()))
        return std::nullopt;
    return spans;
}

QString JsonSpans::pointerToken(const QString &key)
{
    QString token = key;
    token.replace(QLatin1String("~"), QLatin1String("~0"));
    token.replace(QLatin1String("/"), QLatin1String("~1"));
    return token;
}

std::optional<JsonSpans::Span> JsonSpans::span(const QString &pointer) const
{
    const auto it = m_spans.constFind(pointer);
    if (it == m_spans.cend())
        return std::nullopt;
    return *it;
}

QByteArray JsonSpans::encoded(const QString &value)
{
    // QJsonDocument escapes exactly as JSON needs; the brackets of the one-item array go.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void JsonSpans::setString(const QString &pointer, const QString &value)
{
    if (const auto at = span(pointer))
        m_edits << Edit{at->begin, at->end, encoded(value)};
}

void JsonSpans::addMember(const QString &objectPointer, const QString &key, const QString &value)
{
    const auto at = span(objectPointer);
    if (!at)
        return;
    // After the last member, indented as the first one is (one line per member, or one line).
    qsizetype last = at->end - 2;
    while (last > at->begin && QByteArrayView(" \n\r\t").contains(m_json.at(last)))
        --last;
    qsizetype firstKey = at->begin + 1;
    while (firstKey < at->end && QByteArrayView(" \n\r\t").contains(m_json.at(firstKey)))
        ++firstKey;
    QByteArray separator = m_json.mid(at->begin + 1, firstKey - at->begin - 1);
    if (separator.isEmpty())
        separator = " ";
    const QByteArray member = ',' + separator + encoded(key) + ": " + encoded(value);
    if (last == at->begin) // an empty object
        m_edits << Edit{at->begin + 1, at->begin + 1, member.mid(1)};
    else
        m_edits << Edit{last + 1, last + 1, member};
}

void JsonSpans::removeArrayItem(const QString &arrayPointer, int index, int itemCount)
{
    const auto array = span(arrayPointer);
    const auto item = span(arrayPointer + QLatin1Char('/') + QString::number(index));
    if (!array || !item)
        return;
    if (itemCount == 1) {
        m_edits << Edit{array->begin, array->end, "[]"};
    } else if (index > 0) {
        const auto previous = span(arrayPointer + QLatin1Char('/') + QString::number(index - 1));
        m_edits << Edit{previous->end, item->end, {}};
    } else {
        const auto next = span(arrayPointer + QLatin1String("/1"));
        m_edits << Edit{item->begin, next->begin, {}};
    }
}

QByteArray JsonSpans::apply() const
{
    QList<Edit> edits = m_edits;
    std::stable_sort(edits.begin(), edits.end(),
                     [](const Edit &a, const Edit &b) { return a.begin > b.begin; });
    QByteArray json = m_json;
    for (const Edit &edit : std::as_const(edits))
        json.replace(edit.begin, edit.end - edit.begin, edit.replacement);
    return json;
}
