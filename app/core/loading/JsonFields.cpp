// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/JsonFields.h"

JsonFields::JsonFields(const JsonPointer &at)
    : m_at(at)
{}

const JsonValue *JsonFields::find(QStringView key) const
{
    // A handful of fields with short names: a look at each, its length and first letter
    // compared before the rest, beats any index (and a call out to Qt's comparison for each).
    if (key.isEmpty())
        return nullptr;
    const char16_t *text = key.utf16();
    const qsizetype size = key.size();
    for (const Field &field : m_fields) {
        const char *name = field.name.data();
        if (field.name.size() != size || char16_t(uchar(name[0])) != text[0])
            continue;
        qsizetype i = 1;
        while (i < size && text[i] == char16_t(uchar(name[i])))
            ++i;
        if (i == size)
            return &field.value;
    }
    return nullptr;
}
