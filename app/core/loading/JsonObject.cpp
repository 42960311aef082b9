// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/JsonObject.h"

JsonObject::const_iterator JsonObject::constFind(QStringView key) const
{
    // A few members at most: each compared in place, no index. The key's length first.
    for (quint32 i = m_first; i < m_first + m_size; ++i) {
        const QString &name = m_tree->key(m_tree->member(i).key);
        if (name.size() == key.size() && QStringView(name) == key)
            return {m_tree, i};
    }
    return constEnd();
}

JsonValue JsonObject::value(QStringView key) const
{
    const const_iterator it = constFind(key);
    return it == constEnd() ? JsonValue() : it.value();
}
