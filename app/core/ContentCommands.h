#pragma once

#include "CommandLine.h"
#include "Content.h"

#include <QDate>
#include <QTextStream>

#include <optional>

// The headless content commands (--validate, --list-services, --print-pathways), writing to
// streams so they run with no display and are tested without a process.
class ContentCommands
{
public:
    // Runs the command `options` asks for; returns the exit status (0 done/valid, 1 invalid).
    static int run(const LaunchOptions &options, const QDate &today, QTextStream &out,
                   QTextStream &err);

    // One line per problem (PATH:/pointer: error|warning: message), then a summary line.
    static int validate(const QString &path, const QDate &today, QTextStream &out);
    static int listServices(const Content &content, bool json, const QString &language,
                            QTextStream &out);
    static int printPathways(const Content &content, const QString &language, QTextStream &out);

private:
    // The content named by --content, else the built-in set; nullopt (after saying why on
    // `err`) when --content names a file that does not validate.
    static std::optional<Content> contentFor(const LaunchOptions &options, const QDate &today,
                                             QTextStream &err);
};
