// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/ContentSelection.h"

#include "core/packs/ContentPackStore.h"
#include "core/packs/LocalPackLoader.h"

#include <QCoreApplication>

namespace ContentSelection {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContentSelection", text);
}

QString describeNational(const ActiveContent &active)
{
    const ContentMetadata &metadata = active.content.metadata;
    if (active.fellBack)
        return tr("Using the built-in content (content '%1' version %2) because the configured "
                  "content could not be used; the reason is above.")
            .arg(metadata.id)
            .arg(metadata.version);
    if (active.builtIn)
        return tr("Using the built-in content (content '%1' version %2).")
            .arg(metadata.id)
            .arg(metadata.version);
    if (active.fromPack)
        return tr("Using the installed content pack %1 (content '%2' version %3).")
            .arg(active.source, metadata.id)
            .arg(metadata.version);
    return tr("Using the content file %1 (content '%2' version %3).")
        .arg(active.source, metadata.id)
        .arg(metadata.version);
}

} // namespace

bool namesBuiltIn(const QString &commandLinePath)
{
    return commandLinePath == QLatin1String("builtin");
}

ActiveContent choose(const QString &commandLinePath, const Configuration &config,
                     const QDate &today)
{
    if (namesBuiltIn(commandLinePath))
        return chooseContent(QString(), today);
    if (!commandLinePath.isEmpty())
        return chooseContent(commandLinePath, today);
    ActiveContent active = ContentPackStore::activeContent(config, today);
    LocalPackLoader::applyInstalled(active, config, today);
    return active;
}

QString source(const QString &commandLinePath, const Configuration &config)
{
    if (namesBuiltIn(commandLinePath))
        return {};
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    return ContentPackStore::configuredSource(config);
}

QString describe(const ActiveContent &active)
{
    const QString national = describeNational(active);
    const LocalPackState &local = active.local;
    if (local.applied())
        return tr("%1 With the local pack %2 (local pack '%3' version %4).")
            .arg(national, local.source, local.id)
            .arg(local.version);
    if (local.dropped())
        return tr("%1 The local pack %2 was dropped, so only the national content runs: %3")
            .arg(national, local.source, local.reason);
    return national;
}

} // namespace ContentSelection
