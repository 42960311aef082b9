// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loading/JsonKeyTable.h"
#include "core/loading/JsonTree.h"

#include <QByteArrayView>

#include <optional>
#include <vector>

// The quick, strict parse of UTF-8 JSON into a JsonTree. It takes only what it reads exactly as
// Qt 6.4's QJsonDocument::fromJson does and declines everything else (nullopt), so the caller
// can hand those bytes to Qt: any syntax error, text that is not strict UTF-8 (or holds a
// noncharacter), a control character or lone surrogate in a string, a number with more than 18
// digits or one whose value is zero or out of range after a fraction or exponent, a key with a
// character from U+D800 up (Qt orders those by how they are written: escaped, by UTF-16 unit;
// as UTF-8, by code point), a duplicate key (Qt keeps the last), nesting deeper than the content
// guard allows, a byte order mark, and a top-level value that is not an object or list.
class JsonTreeParser
{
public:
    explicit JsonTreeParser(QByteArrayView json);

    std::optional<JsonTree> parse();

private:
    // Each reads one item at m_at and returns false to decline.
    bool value(int depth, quint32 &index);
    bool object(int depth, quint32 &index);
    bool array(int depth, quint32 &index);
    bool string(quint32 &index);
    bool key(quint32 &index);
    bool number(quint32 &index);
    bool literal(const char *word, qsizetype size);
    // After an object's member or a list's element: another follows, the object or list ends
    // (`close`, passed), or the text is not JSON.
    enum class After
    {
        Item,
        End,
        Decline,
    };
    After afterItem(char close);
    void sortMembers(size_t from);
    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    const char *m_at;
    const char *m_end;
    JsonTree m_tree;
    std::vector<quint32> m_elementStack;         // the open lists' elements so far
    std::vector<JsonTree::Member> m_memberStack; // the open objects' members so far
    std::vector<char16_t> m_text;                // a string being decoded
    JsonKeyTable m_keys;
};
