// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/LocalizedText.h"
#include "core/loading/JsonPointer.h"
#include "core/loading/JsonValue.h"

#include <QStringList>

#include <optional>

class JsonFieldReader;

// Reads a visitor-facing text, {"en": "…", "cy": "…"}, for JsonFieldReader: English is
// required; a locale the content lists that the text lacks, or a language the content does not
// list, is a warning. Issues are recorded in the JsonFieldReader, in its words.
class LocalizedTextReader
{
public:
    LocalizedTextReader(JsonFieldReader &reader, const QStringList &locales);

    LocalizedText read(const JsonValue &value, const JsonPointer &at) const;
    // The texts when there is nothing to report (English and every listed locale, nothing else,
    // none empty), read without spelling a JSON pointer; nullopt sends the value to read().
    std::optional<LocalizedText> readFaultless(const JsonValue &value) const;

private:
    JsonFieldReader &m_reader;
    const QStringList &m_locales;
};
