// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/JsonTreeParser.h"

#include "core/loading/ContentFileGuard.h"

#include <QByteArray>
#include <QtNumeric>

#include <cstring>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// FNV-1a over a key's raw bytes.
constexpr quint32 hashSeed = 2166136261u;

quint32 hashStep(quint32 hash, char byte)
{
    return (hash ^ uchar(byte)) * 16777619u;
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// Past the plain ASCII text at `at` (no quote, backslash, control character or other byte),
// eight bytes a step while none of them is special: a content file is mostly text.
const char *skipPlainText(const char *at, const char *end)
{
    constexpr quint64 ones = 0x0101010101010101u;
    constexpr quint64 highs = 0x8080808080808080u;
    while (end - at >= 8) {
        quint64 word;
        std::memcpy(&word, at, 8);
        const quint64 quote = word ^ (ones * '"');
        const quint64 slash = word ^ (ones * '\\');
        // Each term is non-zero when some byte is below 0x20, from 0x80, '"' or '\\'.
        const quint64 special = ((word - ones * 0x20) & ~word) | word | ((quote - ones) & ~quote) |
                                ((slash - ones) & ~slash);
        if (special & highs)
            break;
        at += 8;
    }
    while (at < end && uchar(*at) >= 0x20 && uchar(*at) < 0x80 && *at != '"' && *at != '\\')
        ++at;
    return at;
}

} // namespace

JsonTreeParser::JsonTreeParser(QByteArrayView json)
    : m_at(json.data())
    , m_end(json.data() + json.size())
{
    // A content file is about one node for every 10 bytes: sized once, not grown step by step.
    const auto bytes = size_t(json.size());
    m_tree.m_nodes.reserve(bytes / 10 + 16);
    m_tree.m_strings.reserve(bytes / 24 + 16);
    m_tree.m_members.reserve(bytes / 16 + 16);
    m_tree.m_elements.reserve(bytes / 64 + 16);
    m_slots.assign(256, 0);
}

std::optional<JsonTree> JsonTreeParser::parse()
{
    skipSpace();
    if (m_at == m_end || (*m_at != '{' && *m_at != '['))
        return std::nullopt;
    quint32 root = 0;
    if (!value(0, root))
        return std::nullopt;
    skipSpace();
    if (m_at != m_end)
        return std::nullopt;
    return std::move(m_tree);
}

bool JsonTreeParser::value(int depth, quint32 &index)
{
    if (m_at == m_end)
        return false;
    switch (*m_at) {
    case '{':
        return object(depth + 1, index);
    case '[':
        return array(depth + 1, index);
    case '"':
        return string(index);
    case 't':
    case 'f':
    case 'n': {
        JsonTree::Node node;
        if (literal("true", 4)) {
            node.type = QJsonValue::Bool;
            node.boolean = true;
        } else if (literal("false", 5)) {
            node.type = QJsonValue::Bool;
            node.boolean = false;
        } else if (!literal("null", 4)) {
            return false;
        }
        index = quint32(m_tree.m_nodes.size());
        m_tree.m_nodes.push_back(node);
        return true;
    }
    default:
        return number(index);
    }
}

bool JsonTreeParser::literal(const char *word, qsizetype size)
{
    if (m_end - m_at < size || std::memcmp(m_at, word, size_t(size)) != 0)
        return false;
    m_at += size;
    return true;
}

bool JsonTreeParser::object(int depth, quint32 &index)
{
    if (depth > ContentFileGuard::maxNestingDepth)
        return false;
    ++m_at; // {
    index = quint32(m_tree.m_nodes.size());
    m_tree.m_nodes.emplace_back();
    const size_t from = m_memberStack.size();
    skipSpace();
    if (m_at < m_end && *m_at == '}') {
        ++m_at;
    } else {
        for (;;) {
            quint32 keyIndex = 0;
            if (m_at == m_end || *m_at != '"' || !key(keyIndex))
                return false;
            skipSpace();
            if (m_at == m_end || *m_at != ':')
                return false;
            ++m_at;
            skipSpace();
            quint32 valueIndex = 0;
            if (!value(depth, valueIndex))
                return false;
            m_memberStack.push_back({keyIndex, valueIndex});
            skipSpace();
            if (m_at == m_end)
                return false;
            if (*m_at == '}') {
                ++m_at;
                break;
            }
            if (*m_at != ',')
                return false;
            ++m_at;
            skipSpace();
        }
    }
    sortMembers(from);
    // Qt keeps the last of duplicate keys; rare enough to leave to Qt.
    for (size_t i = from + 1; i < m_memberStack.size(); ++i) {
        const quint32 a = m_memberStack[i - 1].key;
        const quint32 b = m_memberStack[i].key;
        if (a == b || (m_keyPrefix[a] == m_keyPrefix[b] && m_tree.m_keys[a] == m_tree.m_keys[b]))
            return false;
    }
    JsonTree::Node &node = m_tree.m_nodes[index];
    node.type = QJsonValue::Object;
    node.first = quint32(m_tree.m_members.size());
    node.size = quint32(m_memberStack.size() - from);
    m_tree.m_members.insert(m_tree.m_members.end(), m_memberStack.begin() + qsizetype(from),
                            m_memberStack.end());
    m_memberStack.resize(from);
    return true;
}

bool JsonTreeParser::array(int depth, quint32 &index)
{
    if (depth > ContentFileGuard::maxNestingDepth)
        return false;
    ++m_at; // [
    index = quint32(m_tree.m_nodes.size());
    m_tree.m_nodes.emplace_back();
    const size_t from = m_elementStack.size();
    skipSpace();
    if (m_at < m_end && *m_at == ']') {
        ++m_at;
    } else {
        for (;;) {
            quint32 element = 0;
            if (!value(depth, element))
                return false;
            m_elementStack.push_back(element);
            skipSpace();
            if (m_at == m_end)
                return false;
            if (*m_at == ']') {
                ++m_at;
                break;
            }
            if (*m_at != ',')
                return false;
            ++m_at;
            skipSpace();
        }
    }
    JsonTree::Node &node = m_tree.m_nodes[index];
    node.type = QJsonValue::Array;
    node.first = quint32(m_tree.m_elements.size());
    node.size = quint32(m_elementStack.size() - from);
    m_tree.m_elements.insert(m_tree.m_elements.end(), m_elementStack.begin() + qsizetype(from),
                             m_elementStack.end());
    m_elementStack.resize(from);
    return true;
}

bool JsonTreeParser::string(quint32 &index)
{
    const char *const from = m_at + 1;
    // Most text is plain ASCII with no escape: made in one conversion.
    const char *at = skipPlainText(from, m_end);
    QString text;
    if (at < m_end && *at == '"') {
        text = QString::fromLatin1(from, at - from);
        m_at = at + 1;
    } else {
        if (!decode(from))
            return false;
        text = QString(reinterpret_cast<const QChar *>(m_text.data()), qsizetype(m_text.size()));
    }
    JsonTree::Node node;
    node.type = QJsonValue::String;
    node.first = quint32(m_tree.m_strings.size());
    m_tree.m_strings.push_back(std::move(text));
    index = quint32(m_tree.m_nodes.size());
    m_tree.m_nodes.push_back(node);
    return true;
}

bool JsonTreeParser::decode(const char *from)
{
    m_text.clear();
    const char *at = from;
    while (at < m_end) {
        const auto c = uchar(*at);
        if (c == '"') {
            m_at = at + 1;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c < 0x80 && c != '\\') {
            m_text.push_back(c);
            ++at;
            continue;
        }
        if (c == '\\') {
            if (m_end - at < 2)
                return false;
            const char escaped = at[1];
            at += 2;
            switch (escaped) {
            case '"':
            case '\\':
            case '/':
                m_text.push_back(char16_t(escaped));
                continue;
            case 'b':
                m_text.push_back(u'\b');
                continue;
            case 'f':
                m_text.push_back(u'\f');
                continue;
            case 'n':
                m_text.push_back(u'\n');
                continue;
            case 'r':
                m_text.push_back(u'\r');
                continue;
            case 't':
                m_text.push_back(u'\t');
                continue;
            case 'u':
                break;
            default:
                return false;
            }
            const auto hex = [&](const char *digits, char32_t &unit) {
                if (m_end - digits < 4)
                    return false;
                unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(digits[i]);
                    if (digit < 0)
                        return false;
                    unit = unit << 4 | char32_t(digit);
                }
                return true;
            };
            char32_t unit = 0;
            if (!hex(at, unit))
                return false;
            at += 4;
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return false; // a lone low surrogate
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                // Only a high surrogate escaped straight before a low one.
                char32_t low = 0;
                if (m_end - at < 6 || at[0] != '\\' || at[1] != 'u' || !hex(at + 2, low) ||
                    low < 0xDC00 || low > 0xDFFF)
                    return false;
                at += 6;
                m_text.push_back(char16_t(unit));
                m_text.push_back(char16_t(low));
                continue;
            }
            m_text.push_back(char16_t(unit));
            continue;
        }
        // Strict UTF-8: no overlong form, no surrogate, nothing past U+10FFFF.
        char32_t point = 0;
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            point = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            point = c & 0x0F;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            point = c & 0x07;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (m_end - at < length)
            return false;
        const auto second = uchar(at[1]);
        if (second < low || second > high)
            return false;
        point = point << 6 | (second & 0x3F);
        for (int i = 2; i < length; ++i) {
            const auto next = uchar(at[i]);
            if (!isContinuation(next))
                return false;
            point = point << 6 | (next & 0x3F);
        }
        // Noncharacters: never in content, and not worth being unsure about.
        if ((point >= 0xFDD0 && point <= 0xFDEF) || (point & 0xFFFE) == 0xFFFE)
            return false;
        at += length;
        if (point >= 0x10000) {
            m_text.push_back(char16_t(0xD800 + ((point - 0x10000) >> 10)));
            m_text.push_back(char16_t(0xDC00 + ((point - 0x10000) & 0x3FF)));
        } else {
            m_text.push_back(char16_t(point));
        }
    }
    return false;
}

bool JsonTreeParser::key(quint32 &index)
{
    const char *const from = m_at + 1;
    // The raw bytes up to the closing quote (one not escaped), hashed on the way, find a key
    // seen before.
    quint32 hash = hashSeed;
    const char *at = from;
    while (at < m_end && *at != '"') {
        if (*at == '\\' && m_end - at > 1)
            hash = hashStep(hash, *at++);
        hash = hashStep(hash, *at++);
    }
    if (at >= m_end)
        return false;
    if (!intern(from, at - from, hash, index))
        return false;
    m_at = at + 1;
    return true;
}

bool JsonTreeParser::intern(const char *raw, qsizetype rawSize, quint32 hash, quint32 &index)
{
    const size_t mask = m_slots.size() - 1;
    size_t slot = hash & mask;
    while (const quint32 entry = m_slots[slot]) {
        const QByteArrayView seen = m_keyRaw[entry - 1];
        if (seen.size() == rawSize && std::memcmp(seen.data(), raw, size_t(rawSize)) == 0) {
            index = entry - 1;
            return true;
        }
        slot = (slot + 1) & mask;
    }
    // New: decoded once, and refused when Qt would order it otherwise.
    if (!decode(raw))
        return false;
    quint64 prefix = 0;
    for (size_t i = 0; i < 4; ++i)
        prefix = prefix << 16 | (i < m_text.size() ? m_text[i] : 0);
    for (const char16_t unit : m_text) {
        if (unit >= 0xD800)
            return false;
    }
    index = quint32(m_tree.m_keys.size());
    m_tree.m_keys.emplace_back(reinterpret_cast<const QChar *>(m_text.data()),
                               qsizetype(m_text.size()));
    m_keyRaw.emplace_back(raw, rawSize);
    m_keyPrefix.push_back(prefix);
    m_slots[slot] = index + 1;
    if (m_keyRaw.size() * 2 > m_slots.size()) {
        // Half full: twice the size, every key placed again.
        std::vector<quint32> table(m_slots.size() * 2, 0);
        const size_t wider = table.size() - 1;
        for (quint32 entry : m_slots) {
            if (!entry)
                continue;
            const QByteArrayView seen = m_keyRaw[entry - 1];
            quint32 h = hashSeed;
            for (const char byte : seen)
                h = hashStep(h, byte);
            size_t s = h & wider;
            while (table[s])
                s = (s + 1) & wider;
            table[s] = entry;
        }
        m_slots = std::move(table);
    }
    return true;
}

bool JsonTreeParser::keyLess(quint32 a, quint32 b) const
{
    if (m_keyPrefix[a] != m_keyPrefix[b])
        return m_keyPrefix[a] < m_keyPrefix[b];
    return QStringView(m_tree.m_keys[a]).compare(QStringView(m_tree.m_keys[b])) < 0;
}

void JsonTreeParser::sortMembers(size_t from)
{
    // Qt's order: by key, compared as UTF-16 (the same as by code point below U+D800, all this
    // parser takes). An object has a handful of members: an insertion sort.
    for (size_t i = from + 1; i < m_memberStack.size(); ++i) {
        const JsonTree::Member member = m_memberStack[i];
        size_t j = i;
        while (j > from && keyLess(member.key, m_memberStack[j - 1].key)) {
            m_memberStack[j] = m_memberStack[j - 1];
            --j;
        }
        m_memberStack[j] = member;
    }
}

bool JsonTreeParser::number(quint32 &index)
{
    // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? and nothing looser.
    const char *const from = m_at;
    const char *at = m_at;
    const bool negative = *at == '-';
    if (negative)
        ++at;
    if (at == m_end || !isDigit(*at))
        return false;
    qint64 whole = 0;
    int digits = 0;
    if (*at == '0') {
        ++at;
    } else {
        while (at < m_end && isDigit(*at)) {
            if (++digits > 18)
                return false; // past what a qint64 holds for certain
            whole = whole * 10 + (*at - '0');
            ++at;
        }
    }
    bool plain = true;
    if (at < m_end && *at == '.') {
        plain = false;
        ++at;
        if (at == m_end || !isDigit(*at))
            return false;
        while (at < m_end && isDigit(*at))
            ++at;
    }
    if (at < m_end && (*at == 'e' || *at == 'E')) {
        plain = false;
        ++at;
        if (at < m_end && (*at == '-' || *at == '+'))
            ++at;
        if (at == m_end || !isDigit(*at))
            return false;
        while (at < m_end && isDigit(*at))
            ++at;
    }
    JsonTree::Node node;
    node.type = QJsonValue::Double;
    if (plain) {
        // Qt keeps a whole number as a qint64 (so "-0" is 0) and gives it as a double.
        node.number = double(negative ? -whole : whole);
    } else {
        // The very conversion Qt makes of these bytes; zero (is it -0?) and overflow declined.
        bool ok = false;
        const double number = QByteArray::fromRawData(from, qsizetype(at - from)).toDouble(&ok);
        if (!ok || !qIsFinite(number) || number == 0)
            return false;
        node.number = number;
    }
    m_at = at;
    index = quint32(m_tree.m_nodes.size());
    m_tree.m_nodes.push_back(node);
    return true;
}
