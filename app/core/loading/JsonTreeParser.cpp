// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/JsonTreeParser.h"

#include "core/loading/ContentFileGuard.h"
#include "core/loading/JsonStringDecoder.h"

#include <QByteArray>
#include <QtNumeric>

#include <cstring>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
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
    m_tree.m_keys = m_keys.takeKeys();
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

JsonTreeParser::After JsonTreeParser::afterItem(char close)
{
    skipSpace();
    if (m_at == m_end)
        return After::Decline;
    if (*m_at == close) {
        ++m_at;
        return After::End;
    }
    if (*m_at != ',')
        return After::Decline;
    ++m_at;
    skipSpace();
    return After::Item;
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
            const After after = afterItem('}');
            if (after == After::Decline)
                return false;
            if (after == After::End)
                break;
        }
    }
    sortMembers(from);
    // Qt keeps the last of duplicate keys; rare enough to leave to Qt.
    for (size_t i = from + 1; i < m_memberStack.size(); ++i) {
        if (m_keys.same(m_memberStack[i - 1].key, m_memberStack[i].key))
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
            const After after = afterItem(']');
            if (after == After::Decline)
                return false;
            if (after == After::End)
                break;
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
    const char *at = JsonStringDecoder::skipPlainText(from, m_end);
    QString text;
    if (at < m_end && *at == '"') {
        text = QString::fromLatin1(from, at - from);
        m_at = at + 1;
    } else {
        m_at = JsonStringDecoder::decode(from, m_end, m_text);
        if (!m_at)
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

bool JsonTreeParser::key(quint32 &index)
{
    const char *const from = m_at + 1;
    // The raw bytes up to the closing quote (one not escaped), hashed on the way, find a key
    // seen before.
    quint32 hash = JsonKeyTable::hashSeed;
    const char *at = from;
    while (at < m_end && *at != '"') {
        if (*at == '\\' && m_end - at > 1)
            hash = JsonKeyTable::hashStep(hash, *at++);
        hash = JsonKeyTable::hashStep(hash, *at++);
    }
    if (at >= m_end)
        return false;
    if (!m_keys.intern(from, at - from, hash, index))
        return false;
    m_at = at + 1;
    return true;
}

void JsonTreeParser::sortMembers(size_t from)
{
    // Qt's order: by key, compared as UTF-16 (the same as by code point below U+D800, all this
    // parser takes). An object has a handful of members: an insertion sort.
    for (size_t i = from + 1; i < m_memberStack.size(); ++i) {
        const JsonTree::Member member = m_memberStack[i];
        size_t j = i;
        while (j > from && m_keys.less(member.key, m_memberStack[j - 1].key)) {
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
