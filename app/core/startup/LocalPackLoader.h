// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/startup/ActiveContent.h"
#include "core/startup/Configuration.h"

#include <QDate>
#include <QString>

// The installed local overlay pack: kept in its own store, <content_directory>/local (its own
// versions and rollback floors), verified at every start and reset against trusted_local_keys
// and against the national content chosen for this run, then laid over it. A pack that fails
// (changed, expired, key no longer trusted, no longer fits the national content) is dropped on
// its own: the national content runs without it, and ActiveContent::local says why.
class LocalPackLoader
{
public:
    static QString storeDirectory(const Configuration &config);

    // Lays the installed local pack over `active.content`, or records why it was dropped.
    static void applyInstalled(ActiveContent &active, const Configuration &config,
                               const QDate &today);
    // Lays the local pack in `path` (a directory's content.json, or the file named) over
    // `active.content` as its publisher holds it, before or after signing: the signature is not
    // checked, every rule of the content is. Records why it was dropped when it fails.
    static void applyFile(ActiveContent &active, const QString &path, const QDate &today);
    // The file --with-local DIR means: DIR/content.json, or DIR itself when it is a file.
    static QString contentFileIn(const QString &path);
    // At a kiosk reset: true when another local pack has been installed since `shown` was
    // chosen, the one it showed has been removed, or its expiry date has passed.
    static bool needsReload(const ActiveContent &shown, const Configuration &config,
                            const QDate &today);
};
