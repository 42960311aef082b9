// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: content loading and validation must refuse any input cleanly, never crash,
// hang or read out of bounds. Seeds: the content fixtures and the built-in content.
#include "core/loading/ContentLoader.h"

#include <QDate>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ContentLoader::Result result =
        ContentLoader::loadBytes(bytes, QStringLiteral("fuzz.json"), QDate(2026, 11, 29));
    (void)result;
    return 0;
}
