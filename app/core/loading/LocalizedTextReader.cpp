// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/LocalizedTextReader.h"

#include "core/loading/JsonFieldReader.h"
#include "core/loading/JsonObject.h"
#include "core/loading/TextPatterns.h"

LocalizedTextReader::LocalizedTextReader(JsonFieldReader &reader, const QStringList &locales)
    : m_reader(reader)
    , m_locales(locales)
{}

LocalizedText LocalizedTextReader::read(const JsonValue &value, const JsonPointer &at) const
{
    LocalizedText result;
    if (!value.isObject()) {
        m_reader.wrongType(
            value, at,
            JsonFieldReader::tr("texts by language, such as {\"en\": \"…\", \"cy\": \"…\"}"));
        return result;
    }
    const JsonObject texts = value.toObject();
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        if (const auto text = m_reader.stringValue(it.value(), at / it.key()))
            result.setText(it.key(), *text);
        if (!m_locales.contains(it.key()))
            m_reader.warning(
                at / it.key(),
                JsonFieldReader::tr("language '%1' is not listed in /metadata/locales, so it "
                                    "will not be offered")
                    .arg(it.key()));
    }
    if (!texts.contains(u"en")) {
        m_reader.error(at / QStringLiteral("en"),
                       JsonFieldReader::tr("English ('en') text is required"));
        return result;
    }
    for (const QString &locale : m_locales) {
        if (!texts.contains(locale))
            m_reader.warning(at / locale,
                             JsonFieldReader::tr("no '%1' text; English will be shown in its place")
                                 .arg(locale));
    }
    return result;
}

std::optional<LocalizedText> LocalizedTextReader::readFaultless(const JsonValue &value) const
{
    if (!value.isObject())
        return std::nullopt;
    const JsonObject texts = value.toObject();
    // Distinct keys, each a listed locale, as many as the locales: every locale, English too.
    if (texts.size() != m_locales.size())
        return std::nullopt;
    LocalizedText result;
    bool english = false;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        const JsonValue text = it.value();
        if (!text.isString())
            return std::nullopt;
        const QString &locale = it.key();
        QString words = text.toString();
        if (TextPatterns::isBlank(words) || !m_locales.contains(locale))
            return std::nullopt;
        english = english || locale == QLatin1String("en");
        result.setText(locale, words);
    }
    if (!english)
        return std::nullopt;
    return result;
}
