// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/JsonFields.h"

JsonFields::JsonFields(const JsonPointer &at)
    : m_at(at)
{}

const QJsonValue *JsonFields::find(QStringView key) const
{
    // A handful of fields with short names: a look at each, compared here character by
    // character, beats any index (and a call out to Qt's comparison for each).
    for (const Field &field : m_fields) {
        if (field.name.size() != key.size())
            continue;
        const char *name = field.name.data();
        const QChar *text = key.data();
        qsizetype i = 0;
        while (i < key.size() && text[i] == QLatin1Char(name[i]))
            ++i;
        if (i == key.size())
            return &field.value;
    }
    return nullptr;
}

void JsonFields::add(QLatin1StringView name, const QJsonValue &value)
{
    m_fields.append({name, value});
}
