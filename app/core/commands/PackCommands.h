// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/startup/CommandLine.h"
#include "core/startup/Configuration.h"

#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

// The headless signed-content-pack commands, --verify-pack and --install-pack, writing plain
// sentences to streams so they run with no display and are tested without a process.
// Exit status: 0 valid / installed; 1 the pack is refused (the reason is printed);
// 2 there is nothing to check against (no trusted key, or --trusted-key FILE is unusable);
// 4 the pack is valid but the content store could not be written.
class PackCommands
{
    Q_DECLARE_TR_FUNCTIONS(PackCommands)

public:
    enum ExitStatus
    {
        Success = 0,
        Refused = 1,
        NoTrustedKey = 2,
        StoreNotWritten = 4,
    };

    // Reads the configuration (--config, else the default path) and runs the command.
    static int run(const LaunchOptions &options, const QDate &today, QTextStream &out,
                   QTextStream &err);
    static int run(const LaunchOptions &options, const Configuration &config, const QDate &today,
                   QTextStream &out, QTextStream &err);

    // With `trustedKeyPath`, checks against that key alone and not against the content store
    // (a content owner before shipping); without, exactly what --install-pack would check.
    static int verify(const QString &directory, const QString &trustedKeyPath,
                      const Configuration &config, const QDate &today, QTextStream &out,
                      QTextStream &err);
    static int install(const QString &directory, const Configuration &config, const QDate &today,
                       QTextStream &out, QTextStream &err);
};
