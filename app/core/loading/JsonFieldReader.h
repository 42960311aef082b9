// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/LocalizedText.h"
#include "core/loading/ContentIssue.h"
#include "core/loading/JsonArray.h"
#include "core/loading/JsonFields.h"
#include "core/loading/JsonObject.h"
#include "core/loading/JsonPointer.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <initializer_list>
#include <optional>

// Reads typed fields out of JSON objects, recording an issue (file, JSON pointer, plain words)
// for every missing, mistyped or unknown field instead of failing at the first.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    enum class Need
    {
        Required,
        Optional,
    };

    explicit JsonFieldReader(const QString &fileName);

    // The locales every visitor-facing text should have (from metadata), English first.
    void setLocales(const QStringList &locales) { m_locales = locales; }

    void error(const JsonPointer &at, const QString &message);
    void warning(const JsonPointer &at, const QString &message);
    // "must be <expected>, not <what the value is>".
    void wrongType(const JsonValue &value, const JsonPointer &at, const QString &expected);
    const QList<ContentIssue> &issues() const { return m_issues; }

    // Warns about every field of `object` not in `known` (a misspelt field is otherwise lost).
    void warnUnknownFields(const JsonObject &object, const JsonPointer &at,
                           std::initializer_list<const char *> known);

    // Each returns nullopt (after recording why) when the field is missing or of the wrong type;
    // an optional field that is absent records nothing.
    std::optional<JsonObject> object(const JsonObject &parent, const QString &key,
                                     const JsonPointer &at, Need need);
    std::optional<JsonObject> objectValue(const JsonValue &value, const JsonPointer &at);
    std::optional<JsonArray> array(const JsonObject &parent, const QString &key,
                                   const JsonPointer &at, Need need);
    std::optional<QString> string(const JsonObject &parent, const QString &key,
                                  const JsonPointer &at, Need need);
    std::optional<QString> stringValue(const JsonValue &value, const JsonPointer &at);
    std::optional<QString> id(const JsonObject &parent, const QString &key, const JsonPointer &at);
    std::optional<qint64> integer(const JsonObject &parent, const QString &key,
                                  const JsonPointer &at, Need need);
    bool boolean(const JsonObject &parent, const QString &key, const JsonPointer &at);
    std::optional<QDate> date(const JsonObject &parent, const QString &key, const JsonPointer &at,
                              Need need);
    std::optional<QDate> dateValue(const JsonValue &value, const JsonPointer &at);
    QStringList strings(const JsonObject &parent, const QString &key, const JsonPointer &at,
                        Need need);
    // A visitor-facing text: {"en": "…", "cy": "…"}. English is required; other missing
    // locales are warnings (English is shown instead).
    LocalizedText text(const JsonObject &parent, const QString &key, const JsonPointer &at,
                       Need need);
    LocalizedText textValue(const JsonValue &value, const JsonPointer &at);

    // Gathers the known fields of `object` in one pass and warns about the others, in the same
    // words and order as warnUnknownFields(). Read them with the overloads below.
    JsonFields fields(const JsonObject &object, const JsonPointer &at,
                      std::initializer_list<const char *> known);
    // The same for a value that must be an object; nullopt (after recording why) when it is not.
    std::optional<JsonFields> objectFields(const JsonValue &value, const JsonPointer &at,
                                           std::initializer_list<const char *> known);

    // As the overloads above, reading gathered fields: a field's pointer (fields.at() / key) is
    // spelt out only when there is an issue to record.
    std::optional<JsonArray> array(const JsonFields &fields, const QString &key, Need need);
    std::optional<QString> string(const JsonFields &fields, const QString &key, Need need);
    std::optional<QString> id(const JsonFields &fields, const QString &key);
    std::optional<qint64> integer(const JsonFields &fields, const QString &key, Need need);
    bool boolean(const JsonFields &fields, const QString &key);
    std::optional<QDate> date(const JsonFields &fields, const QString &key, Need need);
    QStringList strings(const JsonFields &fields, const QString &key, Need need);
    LocalizedText text(const JsonFields &fields, const QString &key, Need need);

private:
    // The field's value; nullopt (after recording that a required one is missing) when absent.
    std::optional<JsonValue> field(const JsonObject &parent, const QString &key,
                                   const JsonPointer &at, Need need);
    // The same from gathered fields; null when absent.
    const JsonValue *field(const JsonFields &fields, const QString &key, Need need);
    // Adds the known fields of `object` to `fields`, warning about the others.
    void gather(JsonFields &fields, const JsonObject &object,
                std::initializer_list<const char *> known);
    void warnUnknownField(const QString &key, const JsonPointer &at,
                          std::initializer_list<const char *> known);
    std::optional<QString> idValue(const JsonValue &value, const JsonPointer &at);
    std::optional<qint64> integerValue(const JsonValue &value, const JsonPointer &at);

    QString m_fileName;
    QStringList m_locales{QStringLiteral("en")};
    QList<ContentIssue> m_issues;
};
