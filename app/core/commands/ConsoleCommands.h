// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/startup/CommandLine.h"
#include "core/startup/Configuration.h"

#include <QString>
#include <QStringList>

#include <cstdio>

// The commands that need no display (a QCoreApplication at most, never a window), each one call
// from main.cpp that returns the exit status, and the console output they and the windows share.
namespace ConsoleCommands {

int usageError(const QString &error); // the command line is wrong: status 2
int showHelp();                       // --help
int showVersion();                    // --version
int hashStaffPin();                   // --set-staff-pin / --hash-staff-pin
int contentListing(int argc, char *argv[], const LaunchOptions &options); // --list-services…
int packCommand(int argc, char *argv[], const LaunchOptions &options);    // --verify-pack…

// Writes `text` to `stream` at once (stdout and stderr are not Qt streams here).
void print(std::FILE *stream, const QString &text);
// "signpost: <warning>" on standard error, one line each.
void printWarnings(const QStringList &warnings);
// The system configuration, read once; bad values are reported on standard error here.
Configuration readConfiguration(const LaunchOptions &options);

} // namespace ConsoleCommands
