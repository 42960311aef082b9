// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <vector>

// The keys one JsonTreeParser parse has met: each distinct spelling decoded to a QString once
// (a content file repeats a few dozen keys hundreds of thousands of times), found again by its
// raw bytes in a hash table, and ordered as Qt orders an object's keys.
class JsonKeyTable
{
public:
    // FNV-1a over a key's raw bytes, as the parser scans them.
    static constexpr quint32 hashSeed = 2166136261u;
    static quint32 hashStep(quint32 hash, char byte) { return (hash ^ uchar(byte)) * 16777619u; }

    JsonKeyTable();

    // The index of the key spelt `raw` (between its quotes, with `hash`), added when new; false
    // to decline a key that is not strict JSON text or has a character from U+D800 up (Qt
    // orders those as UTF-16, not by code point).
    bool intern(const char *raw, qsizetype rawSize, quint32 hash, quint32 &index);
    // Qt's order: by UTF-16 unit, which is by code point for every key taken here.
    bool less(quint32 a, quint32 b) const
    {
        // Most keys differ in their first four units.
        if (m_keyPrefix[a] != m_keyPrefix[b])
            return m_keyPrefix[a] < m_keyPrefix[b];
        return lessAfterPrefix(a, b);
    }
    // The same text, even when spelt differently ("a" and "\u0061").
    bool same(quint32 a, quint32 b) const;
    // The decoded keys, by index, for the tree.
    std::vector<QString> takeKeys() { return std::move(m_keys); }

private:
    bool lessAfterPrefix(quint32 a, quint32 b) const;

    std::vector<quint32> m_slots; // key index + 1, 0 when empty
    std::vector<QByteArrayView> m_keyRaw;
    std::vector<quint64> m_keyPrefix; // the first four UTF-16 units, for a quick order
    std::vector<QString> m_keys;
    std::vector<char16_t> m_text;
};
