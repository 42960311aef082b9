// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loading/JsonArray.h"
#include "core/loading/JsonObject.h"
#include "core/loading/JsonValue.h"

#include <QString>

#include <cstring>

// Where two JSON trees differ, in words ("" when they are the same): types, numbers bit for bit,
// texts unit for unit, keys in order. TestJsonTree and FuzzJsonTree compare the quick parse with
// the tree made from Qt's document through it.
namespace JsonTreeCompare {

inline QString difference(const JsonValue &a, const JsonValue &b, const QString &at = QString())
{
    const QString where = at.isEmpty() ? QStringLiteral("/") : at;
    if (a.type() != b.type())
        return QStringLiteral("%1: type %2, not %3").arg(where).arg(a.type()).arg(b.type());
    switch (a.type()) {
    case QJsonValue::Bool:
        if (a.toBool() != b.toBool())
            return where + QStringLiteral(": another truth value");
        break;
    case QJsonValue::Double: {
        const double x = a.toDouble();
        const double y = b.toDouble();
        if (std::memcmp(&x, &y, sizeof x) != 0)
            return QStringLiteral("%1: number %2, not %3")
                .arg(where)
                .arg(x, 0, 'g', 17)
                .arg(y, 0, 'g', 17);
        break;
    }
    case QJsonValue::String:
        if (a.toString() != b.toString() || a.toString().size() != b.toString().size())
            return QStringLiteral("%1: text '%2', not '%3'").arg(where, a.toString(), b.toString());
        break;
    case QJsonValue::Array: {
        const JsonArray x = a.toArray();
        const JsonArray y = b.toArray();
        if (x.size() != y.size())
            return QStringLiteral("%1: %2 elements, not %3").arg(where).arg(x.size()).arg(y.size());
        for (qsizetype i = 0; i < x.size(); ++i) {
            const QString inner =
                difference(x.at(i), y.at(i), at + QLatin1Char('/') + QString::number(i));
            if (!inner.isEmpty())
                return inner;
        }
        break;
    }
    case QJsonValue::Object: {
        const JsonObject x = a.toObject();
        const JsonObject y = b.toObject();
        if (x.size() != y.size())
            return QStringLiteral("%1: %2 members, not %3").arg(where).arg(x.size()).arg(y.size());
        for (auto i = x.constBegin(), j = y.constBegin(); i != x.constEnd(); ++i, ++j) {
            if (i.key() != j.key())
                return QStringLiteral("%1: key '%2', not '%3'").arg(where, i.key(), j.key());
            const QString inner = difference(i.value(), j.value(), at + QLatin1Char('/') + i.key());
            if (!inner.isEmpty())
                return inner;
        }
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

} // namespace JsonTreeCompare
