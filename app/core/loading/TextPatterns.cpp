// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/TextPatterns.h"

#include <algorithm>

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// Words of characters `inWord` accepts, joined by single `joiner`s, at least one word.
template<typename InWord>
bool isJoinedWords(QStringView text, char16_t joiner, InWord inWord)
{
    bool afterWordCharacter = false;
    for (const QChar c : text) {
        if (inWord(c))
            afterWordCharacter = true;
        else if (c == joiner && afterWordCharacter)
            afterWordCharacter = false;
        else
            return false;
    }
    return afterWordCharacter;
}

} // namespace

bool TextPatterns::isId(QStringView text)
{
    return isJoinedWords(text, u'-',
                         [](QChar c) { return (c >= u'a' && c <= u'z') || isDigit(c); });
}

bool TextPatterns::isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

std::optional<QDate> TextPatterns::isoDate(QStringView text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    for (const qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isDigit(text.at(i)))
            return std::nullopt;
    }
    const auto number = [text](qsizetype from, qsizetype size) {
        int value = 0;
        for (qsizetype i = from; i < from + size; ++i)
            value = value * 10 + digitValue(text.at(i));
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<int> TextPatterns::minuteOfDay(QStringView text)
{
    if (text.size() != 5 || text.at(2) != u':')
        return std::nullopt;
    for (const qsizetype i : {0, 1, 3, 4}) {
        if (!isDigit(text.at(i)))
            return std::nullopt;
    }
    const int hour = digitValue(text.at(0)) * 10 + digitValue(text.at(1));
    const int minute = digitValue(text.at(3)) * 10 + digitValue(text.at(4));
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return hour * 60 + minute;
}

bool TextPatterns::isDigitGroups(QStringView text)
{
    return isJoinedWords(text, u' ', isDigit);
}

bool TextPatterns::isPlainHttpsAddress(QStringView text)
{
    constexpr QStringView scheme = u"https://";
    if (!text.startsWith(scheme))
        return false;
    const QStringView rest = text.mid(scheme.size());
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView host = slash < 0 ? rest : rest.left(slash);
    const auto isLetterOrDigit = [](QChar c) {
        return (c >= u'a' && c <= u'z') || isDigit(c);
    };
    if (host.isEmpty() || host.size() > 253) // the longest name DNS has room for
        return false;
    for (const QStringView label : host.tokenize(u'.')) {
        if (label.isEmpty() || label.size() > 63 || !isLetterOrDigit(label.front()) ||
            !isLetterOrDigit(label.back()))
            return false;
        if (!std::all_of(label.begin(), label.end(),
                         [&](QChar c) { return isLetterOrDigit(c) || c == u'-'; }))
            return false;
    }
    if (slash < 0)
        return true;
    return std::all_of(rest.begin() + slash, rest.end(), [&](QChar c) {
        return isLetterOrDigit(c) || (c >= u'A' && c <= u'Z') || c == u'-' || c == u'.' ||
               c == u'_' || c == u'~' || c == u'/';
    });
}
