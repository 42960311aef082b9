// SPDX-License-Identifier: GPL-3.0-or-later
// Command line → mode → window. Nothing else: each action is one call to the unit that does it
// (core/commands for the console, ui/startup for what paints or opens a window).
#include "core/commands/ConsoleCommands.h"
#include "core/startup/CommandLine.h"
#include "ui/export/ReviewPackExport.h"
#include "ui/startup/OffscreenCommands.h"
#include "ui/startup/WindowLaunch.h"

#include <QString>
#include <QStringList>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine::Result parsed = CommandLine::parse(arguments);
    if (!parsed.error.isEmpty())
        return ConsoleCommands::usageError(parsed.error);

    const LaunchOptions &options = parsed.options;
    using Action = LaunchOptions::Action;
    switch (options.action) {
    case Action::ShowHelp:
        return ConsoleCommands::showHelp();
    case Action::ShowVersion:
        return ConsoleCommands::showVersion();
    case Action::HashStaffPin:
        return ConsoleCommands::hashStaffPin();
    case Action::ListServices:
    case Action::PrintPathways:
    case Action::ExportOruk:
    case Action::ImportOruk:
        return ConsoleCommands::contentListing(argc, argv, options);
    case Action::Status:
        return OffscreenCommands::status(argc, argv, options);
    case Action::VerifyPack:
    case Action::InstallPack:
        return ConsoleCommands::packCommand(argc, argv, options);
    case Action::Validate:
        return OffscreenCommands::validate(argc, argv, options);
    case Action::ExportHandout:
        return OffscreenCommands::exportHandout(argc, argv, options);
    case Action::Screenshot:
        return OffscreenCommands::renderScreenshots(argc, argv, options);
    case Action::SpeechSamples:
        return OffscreenCommands::speechSamples(argc, argv, options);
    case Action::ReviewPack:
    case Action::ReviewSheet:
    case Action::ApplyReview:
        return ReviewPackExport::run(argc, argv, options);
    case Action::RunGui:
        break;
    }
    return WindowLaunch::run(argc, argv, options);
}
