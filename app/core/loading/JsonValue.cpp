// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/JsonValue.h"

#include "core/loading/JsonArray.h"
#include "core/loading/JsonObject.h"

JsonObject JsonValue::toObject() const
{
    return isObject() ? JsonObject(m_tree, m_index) : JsonObject();
}

JsonArray JsonValue::toArray() const
{
    return isArray() ? JsonArray(m_tree, m_index) : JsonArray();
}
