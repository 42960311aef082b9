// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/JsonFields.h"

JsonFields::JsonFields(const JsonPointer &at)
    : m_at(at)
{}

const QJsonValue *JsonFields::find(QStringView key) const
{
    // A handful of fields: a look at each beats any index.
    for (const Field &field : m_fields) {
        if (field.name.size() == key.size() && field.name == key)
            return &field.value;
    }
    return nullptr;
}

void JsonFields::add(QLatin1StringView name, const QJsonValue &value)
{
    m_fields.append({name, value});
}
