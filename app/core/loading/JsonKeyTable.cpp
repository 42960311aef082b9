// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/JsonKeyTable.h"

#include "core/loading/JsonStringDecoder.h"

#include <cstring>

JsonKeyTable::JsonKeyTable()
    : m_slots(256, 0)
{}

bool JsonKeyTable::intern(const char *raw, qsizetype rawSize, quint32 hash, quint32 &index)
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
    // New: decoded once (its closing quote is just past the raw bytes), and refused when Qt
    // would order it otherwise.
    if (JsonStringDecoder::decode(raw, raw + rawSize + 1, m_text) != raw + rawSize + 1)
        return false;
    quint64 prefix = 0;
    for (size_t i = 0; i < 4; ++i)
        prefix = prefix << 16 | (i < m_text.size() ? m_text[i] : 0);
    for (const char16_t unit : m_text) {
        if (unit >= 0xD800)
            return false;
    }
    index = quint32(m_keys.size());
    m_keys.emplace_back(reinterpret_cast<const QChar *>(m_text.data()), qsizetype(m_text.size()));
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

bool JsonKeyTable::lessAfterPrefix(quint32 a, quint32 b) const
{
    return QStringView(m_keys[a]).compare(QStringView(m_keys[b])) < 0;
}

bool JsonKeyTable::same(quint32 a, quint32 b) const
{
    return a == b || (m_keyPrefix[a] == m_keyPrefix[b] && m_keys[a] == m_keys[b]);
}
