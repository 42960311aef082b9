// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/CommandLine.h"
#include "core/startup/Configuration.h"

#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

#include <optional>

// The headless content commands (--validate, --list-services, --print-pathways, and
// --export-oruk, --import-oruk and --status through OrukCommands and StatusCommand), writing to
// streams so they run with no display and are tested without a process.
class ContentCommands
{
    Q_DECLARE_TR_FUNCTIONS(ContentCommands)

public:
    // Runs the command `options` asks for; returns the exit status (0 done/valid, 1 invalid).
    // Without --content, --list-services and --print-pathways use what a kiosk on this machine
    // would show (ActiveContent's rule) and say on `err` which content that is.
    static int run(const LaunchOptions &options, const Configuration &config, const QDate &today,
                   QTextStream &out, QTextStream &err);

    // The content the read-only commands use (ActiveContent's rule, with the --content and
    // --with-local of `options`), with what was chosen, and why anything was set aside, said on
    // `err`; nullopt when --content names a file that does not validate, or --with-local a local
    // pack that does not fit it (a reviewer asked for those files: the built-in set, or the
    // national content alone, would mislead them).
    static std::optional<ActiveContent> contentFor(const LaunchOptions &options,
                                                   const Configuration &config, const QDate &today,
                                                   QTextStream &err);

    // One line per problem (PATH:/pointer: error|warning: message), then a summary line.
    static int validate(const QString &path, const QDate &today, QTextStream &out);
    // --validate FILE --with-local DIR: FILE, then the local pack in DIR (or the file DIR
    // names) laid over it; 0 when both are valid.
    static int validateWithLocal(const QString &path, const QString &localPath, const QDate &today,
                                 QTextStream &out);
    static int listServices(const Content &content, bool json, const QString &language,
                            QTextStream &out);
    static int printPathways(const Content &content, const QString &language, QTextStream &out);
};
