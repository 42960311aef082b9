// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target, differential: the quick JSON parse behind content loading must never take
// bytes Qt's QJsonDocument::fromJson refuses, and when it takes them its tree must be the one
// Qt's document gives (types, numbers bit for bit, texts, keys in order). Declining is always
// allowed: the loader then asks Qt. Seeds: the content fixtures and the built-in content.
#include "JsonTreeCompare.h"
#include "core/loading/JsonTree.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const std::optional<JsonTree> quick = JsonTree::parse(bytes);
    if (!quick)
        return 0;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        std::fprintf(stderr, "FuzzJsonTree: the quick parse took what Qt refuses (%s)\n",
                     qPrintable(error.errorString()));
        std::abort();
    }
    const QString difference =
        JsonTreeCompare::difference(quick->root(), JsonTree::fromDocument(document).root());
    if (!difference.isEmpty()) {
        std::fprintf(stderr, "FuzzJsonTree: the quick parse differs from Qt's at %s\n",
                     qPrintable(difference));
        std::abort();
    }
    return 0;
}
