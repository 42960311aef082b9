// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a content pack's signature file and public keys come from outside, so their
// parsers and the verifier must refuse any input cleanly. The input is a .minisig file checked
// against fixed content with the key in SIGNPOST_FUZZ_PUBLIC_KEY (run.sh makes one with minisign);
// the same bytes are also parsed as a public key.
#include "core/packs/ContentPackVerifier.h"
#include "core/packs/MinisignKey.h"
#include "core/packs/MinisignSignature.h"

#include <QDate>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QList<MinisignKey> g_keys;
QByteArray g_content;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QFile key(qEnvironmentVariable("SIGNPOST_FUZZ_PUBLIC_KEY"));
    if (key.open(QIODevice::ReadOnly)) {
        if (auto parsed = MinisignKey::parse(key.readAll()); parsed.key)
            g_keys << *parsed.key;
    }
    QFile content(qEnvironmentVariable("SIGNPOST_FUZZ_CONTENT"));
    if (content.open(QIODevice::ReadOnly))
        g_content = content.readAll();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)MinisignKey::parse(bytes);
    (void)MinisignSignature::parse(bytes);
    for (const bool legacy : {false, true}) {
        const ContentPackVerifier verifier(g_keys, legacy);
        (void)verifier.verifyBytes(g_content, bytes, QStringLiteral("fuzz"), QDate(2026, 11, 29));
    }
    return 0;
}
