// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loading/JsonPointer.h"
#include "core/loading/JsonValue.h"

#include <QLatin1StringView>
#include <QVarLengthArray>

// The known fields of one JSON object, gathered in one pass over it, with where the object is.
// A reader then finds each field here instead of searching the object again for every field (a
// look at each of the object's keys), and spells a field's JSON pointer only when it has an issue
// to report: at 10,000 services both were a large part of the load. JsonFieldReader::fields()
// makes one and warns about the unknown fields.
class JsonFields
{
public:
    explicit JsonFields(const JsonPointer &at);

    // Where the object is; a field's pointer is at() / key.
    const JsonPointer &at() const { return m_at; }
    // The field's value, or null when the object has no such field.
    const JsonValue *find(QStringView key) const;
    bool contains(QStringView key) const { return find(key) != nullptr; }
    // Made in place from the object's own entry: a field is copied no further.
    void add(QLatin1StringView name, JsonValue value) { m_fields.emplace_back(name, value); }

private:
    struct Field
    {
        Field() = default;
        Field(QLatin1StringView fieldName, JsonValue fieldValue)
            : name(fieldName)
            , value(fieldValue)
        {}

        QLatin1StringView name;
        JsonValue value;
    };

    JsonPointer m_at;
    QVarLengthArray<Field, 12> m_fields;
};
