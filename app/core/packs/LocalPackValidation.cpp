// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/packs/LocalPackValidation.h"

#include "core/packs/LocalOverlay.h"
#include "core/packs/LocalPackReader.h"

namespace {

LocalPackValidation::Result overlay(LocalPackReader::Result read, const QString &fileName,
                                    const Content &national)
{
    LocalPackValidation::Result result;
    result.issues = read.issues;
    if (!read.pack)
        return result;
    LocalOverlay::Result laid = LocalOverlay::apply(national, *read.pack, fileName);
    result.issues += laid.issues;
    if (laid.content) {
        result.pack = std::move(read.pack);
        result.merged = std::move(laid.content);
    }
    return result;
}

} // namespace

LocalPackValidation::Result LocalPackValidation::checkBytes(const QByteArray &bytes,
                                                            const QString &fileName,
                                                            const Content &national,
                                                            const QDate &today)
{
    return overlay(LocalPackReader::readBytes(bytes, fileName, today), fileName, national);
}

LocalPackValidation::Result
LocalPackValidation::checkFile(const QString &path, const Content &national, const QDate &today)
{
    return overlay(LocalPackReader::readFile(path, today), path, national);
}
