// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/JsonFieldReader.h"

#include "core/loading/LocalizedTextReader.h"
#include "core/loading/TextPatterns.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString describe(const JsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonFieldReader::tr("null");
    case QJsonValue::Bool:
        return JsonFieldReader::tr("true or false");
    case QJsonValue::Double:
        return JsonFieldReader::tr("a number");
    case QJsonValue::String:
        return JsonFieldReader::tr("text");
    case QJsonValue::Array:
        return JsonFieldReader::tr("a list [ … ]");
    case QJsonValue::Object:
        return JsonFieldReader::tr("an object { … }");
    case QJsonValue::Undefined:
        break;
    }
    return JsonFieldReader::tr("nothing");
}

// The name in `known` that `key` is, compared in place. Names are tried by their first letter
// (most differ there) before any other; at 10,000 services every key of every object comes here.
const char *knownName(QStringView key, std::initializer_list<const char *> known)
{
    if (key.isEmpty())
        return nullptr;
    const char16_t first = key.front().unicode();
    const qsizetype size = key.size();
    const char16_t *text = key.utf16();
    for (const char *name : known) {
        if (char16_t(uchar(name[0])) != first)
            continue;
        qsizetype i = 1;
        while (i < size && name[i] != '\0' && text[i] == char16_t(uchar(name[i])))
            ++i;
        if (i == size && name[i] == '\0')
            return name;
    }
    return nullptr;
}

} // namespace

JsonFieldReader::JsonFieldReader(const QString &fileName)
    : m_fileName(fileName)
{}

void JsonFieldReader::error(const JsonPointer &at, const QString &message)
{
    m_issues.append({ContentIssue::Severity::Error, m_fileName, at.toString(), message});
}

void JsonFieldReader::warning(const JsonPointer &at, const QString &message)
{
    m_issues.append({ContentIssue::Severity::Warning, m_fileName, at.toString(), message});
}

void JsonFieldReader::warnUnknownFields(const JsonObject &object, const JsonPointer &at,
                                        std::initializer_list<const char *> known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        if (!knownName(key, known))
            warnUnknownField(key, at, known);
    }
}

void JsonFieldReader::warnUnknownField(const QString &key, const JsonPointer &at,
                                       std::initializer_list<const char *> known)
{
    // The list of known names is built only for a warning.
    QStringList knownNames;
    for (const char *name : known)
        knownNames << QLatin1String(name);
    warning(at / key, tr("unknown field '%1' is ignored (known fields here: %2)")
                          .arg(key, knownNames.join(QLatin1String(", "))));
}

std::optional<JsonValue> JsonFieldReader::field(const JsonObject &parent, const QString &key,
                                                const JsonPointer &at, Need need)
{
    // One look-up, not contains() then value(): both search the object's keys.
    const auto it = parent.constFind(key);
    if (it != parent.constEnd())
        return it.value();
    if (need == Need::Required)
        error(at, tr("required field '%1' is missing").arg(key));
    return std::nullopt;
}

void JsonFieldReader::wrongType(const JsonValue &value, const JsonPointer &at,
                                const QString &expected)
{
    error(at, tr("must be %1, not %2").arg(expected, describe(value)));
}

std::optional<JsonObject> JsonFieldReader::object(const JsonObject &parent, const QString &key,
                                                  const JsonPointer &at, Need need)
{
    const std::optional<JsonValue> value = field(parent, key, at, need);
    if (!value)
        return std::nullopt;
    return objectValue(*value, at);
}

std::optional<JsonObject> JsonFieldReader::objectValue(const JsonValue &value,
                                                       const JsonPointer &at)
{
    if (value.isObject())
        return value.toObject();
    wrongType(value, at, tr("an object { … }"));
    return std::nullopt;
}

std::optional<JsonArray> JsonFieldReader::array(const JsonObject &parent, const QString &key,
                                                const JsonPointer &at, Need need)
{
    const std::optional<JsonValue> value = field(parent, key, at, need);
    if (!value)
        return std::nullopt;
    if (value->isArray())
        return value->toArray();
    wrongType(*value, at, tr("a list [ … ]"));
    return std::nullopt;
}

std::optional<QString> JsonFieldReader::string(const JsonObject &parent, const QString &key,
                                               const JsonPointer &at, Need need)
{
    const std::optional<JsonValue> value = field(parent, key, at, need);
    if (!value)
        return std::nullopt;
    return stringValue(*value, at);
}

std::optional<QString> JsonFieldReader::stringValue(const JsonValue &value, const JsonPointer &at)
{
    if (!value.isString()) {
        wrongType(value, at, tr("text in quotes"));
        return std::nullopt;
    }
    QString text = value.toString();
    if (TextPatterns::isBlank(text)) {
        error(at, tr("must not be empty"));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> JsonFieldReader::id(const JsonObject &parent, const QString &key,
                                           const JsonPointer &at)
{
    const std::optional<JsonValue> value = field(parent, key, at, Need::Required);
    if (!value)
        return std::nullopt;
    return idValue(*value, at);
}

std::optional<QString> JsonFieldReader::idValue(const JsonValue &value, const JsonPointer &at)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*\\z"));
    const std::optional<QString> text = stringValue(value, at);
    if (text && !TextPatterns::isId(*text) && !pattern.match(*text).hasMatch()) {
        error(at, tr("'%1' is not an id: use lower-case letters, digits and single hyphens, "
                     "such as 'stop-it-now'")
                      .arg(*text));
        return std::nullopt;
    }
    return text;
}

std::optional<qint64> JsonFieldReader::integer(const JsonObject &parent, const QString &key,
                                               const JsonPointer &at, Need need)
{
    const std::optional<JsonValue> found = field(parent, key, at, need);
    if (!found)
        return std::nullopt;
    return integerValue(*found, at);
}

std::optional<qint64> JsonFieldReader::integerValue(const JsonValue &value, const JsonPointer &at)
{
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::trunc(number)) {
        wrongType(value, at, tr("a whole number"));
        return std::nullopt;
    }
    // Past 2^53 a double no longer holds every whole number, and past 2^63 the cast to qint64
    // is undefined behaviour (the fuzzer found 3.3e109): refuse before casting.
    constexpr qint64 largestExact = (qint64(1) << 53) - 1;
    if (std::abs(number) > static_cast<double>(largestExact)) {
        error(at, tr("must be a whole number no larger than %1").arg(largestExact));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

bool JsonFieldReader::boolean(const JsonObject &parent, const QString &key, const JsonPointer &at)
{
    const auto it = parent.constFind(key);
    if (it == parent.constEnd())
        return false;
    const JsonValue value = it.value();
    if (!value.isBool())
        wrongType(value, at, tr("true or false"));
    return value.toBool();
}

std::optional<QDate> JsonFieldReader::date(const JsonObject &parent, const QString &key,
                                           const JsonPointer &at, Need need)
{
    const std::optional<JsonValue> value = field(parent, key, at, need);
    if (!value)
        return std::nullopt;
    return dateValue(*value, at);
}

std::optional<QDate> JsonFieldReader::dateValue(const JsonValue &value, const JsonPointer &at)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\z"));
    const QString text = value.toString();
    if (const auto date = TextPatterns::isoDate(text); date && value.isString())
        return date;
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!value.isString() || !pattern.match(text).hasMatch() || !parsed.isValid()) {
        error(at, tr("'%1' is not a date: write YYYY-MM-DD, such as 2026-11-28")
                      .arg(value.isString() ? text : describe(value)));
        return std::nullopt;
    }
    return parsed;
}

QStringList JsonFieldReader::strings(const JsonObject &parent, const QString &key,
                                     const JsonPointer &at, Need need)
{
    QStringList result;
    const std::optional<JsonArray> list = array(parent, key, at, need);
    if (!list)
        return result;
    for (qsizetype i = 0; i < list->size(); ++i) {
        if (const auto value = stringValue(list->at(i), at / i))
            result << *value;
    }
    return result;
}

LocalizedText JsonFieldReader::text(const JsonObject &parent, const QString &key,
                                    const JsonPointer &at, Need need)
{
    const std::optional<JsonValue> value = field(parent, key, at, need);
    if (!value)
        return {};
    return textValue(*value, at);
}

LocalizedText JsonFieldReader::textValue(const JsonValue &value, const JsonPointer &at)
{
    // The quick way when there is nothing to report, as text(fields) does: read() spells a
    // pointer for every language of every node's text.
    const LocalizedTextReader texts(*this, m_locales);
    if (std::optional<LocalizedText> faultless = texts.readFaultless(value))
        return *std::move(faultless);
    return texts.read(value, at);
}

JsonFields JsonFieldReader::fields(const JsonObject &object, const JsonPointer &at,
                                   std::initializer_list<const char *> known)
{
    JsonFields fields(at);
    gather(fields, object, known);
    return fields;
}

void JsonFieldReader::gather(JsonFields &fields, const JsonObject &object,
                             std::initializer_list<const char *> known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        if (const char *name = knownName(key, known))
            fields.add(QLatin1StringView(name, key.size()), it.value());
        else
            warnUnknownField(key, fields.at(), known);
    }
}

std::optional<JsonFields> JsonFieldReader::objectFields(const JsonValue &value,
                                                        const JsonPointer &at,
                                                        std::initializer_list<const char *> known)
{
    // Filled where it is returned: moving the gathered fields out would move every value.
    std::optional<JsonFields> fields;
    if (!value.isObject()) {
        wrongType(value, at, tr("an object { … }"));
        return fields;
    }
    fields.emplace(at);
    gather(*fields, value.toObject(), known);
    return fields;
}

const JsonValue *JsonFieldReader::field(const JsonFields &fields, const QString &key, Need need)
{
    const JsonValue *value = fields.find(key);
    if (!value && need == Need::Required)
        error(fields.at() / key, tr("required field '%1' is missing").arg(key));
    return value;
}

// Each below takes the quick way when the value is as it should be, and otherwise hands it with
// its pointer to the overload above, which records the same issue it always has.

std::optional<JsonArray> JsonFieldReader::array(const JsonFields &fields, const QString &key,
                                                Need need)
{
    const JsonValue *value = field(fields, key, need);
    if (!value)
        return std::nullopt;
    if (value->isArray())
        return value->toArray();
    wrongType(*value, fields.at() / key, tr("a list [ … ]"));
    return std::nullopt;
}

std::optional<QString> JsonFieldReader::string(const JsonFields &fields, const QString &key,
                                               Need need)
{
    const JsonValue *value = field(fields, key, need);
    if (!value)
        return std::nullopt;
    if (value->isString()) {
        QString text = value->toString();
        if (!TextPatterns::isBlank(text))
            return text;
    }
    return stringValue(*value, fields.at() / key);
}

std::optional<QString> JsonFieldReader::id(const JsonFields &fields, const QString &key)
{
    const JsonValue *value = field(fields, key, Need::Required);
    if (!value)
        return std::nullopt;
    if (value->isString()) {
        QString text = value->toString();
        if (TextPatterns::isId(text))
            return text;
    }
    return idValue(*value, fields.at() / key);
}

std::optional<qint64> JsonFieldReader::integer(const JsonFields &fields, const QString &key,
                                               Need need)
{
    const JsonValue *value = field(fields, key, need);
    if (!value)
        return std::nullopt;
    return integerValue(*value, fields.at() / key);
}

bool JsonFieldReader::boolean(const JsonFields &fields, const QString &key)
{
    const JsonValue *value = fields.find(key);
    if (!value)
        return false;
    if (!value->isBool())
        wrongType(*value, fields.at() / key, tr("true or false"));
    return value->toBool();
}

std::optional<QDate> JsonFieldReader::date(const JsonFields &fields, const QString &key, Need need)
{
    const JsonValue *value = field(fields, key, need);
    if (!value)
        return std::nullopt;
    return dateValue(*value, fields.at() / key);
}

QStringList JsonFieldReader::strings(const JsonFields &fields, const QString &key, Need need)
{
    QStringList result;
    const std::optional<JsonArray> list = array(fields, key, need);
    if (!list)
        return result;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const JsonValue value = list->at(i);
        if (value.isString()) {
            QString text = value.toString();
            if (!TextPatterns::isBlank(text)) {
                result << text;
                continue;
            }
        }
        if (const auto text = stringValue(value, fields.at() / key / i))
            result << *text;
    }
    return result;
}

LocalizedText JsonFieldReader::text(const JsonFields &fields, const QString &key, Need need)
{
    const JsonValue *value = field(fields, key, need);
    if (!value)
        return {};
    const LocalizedTextReader texts(*this, m_locales);
    if (std::optional<LocalizedText> faultless = texts.readFaultless(*value))
        return *std::move(faultless);
    return texts.read(*value, fields.at() / key);
}
