// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/startup/CommandLine.h"

// --review-pack, --review-sheet and --apply-review from the command line, with no display: the
// content a kiosk on this machine shows (or --content), said on standard error as the other
// read-only commands do.
namespace ReviewPackExport {

// Makes its own (offscreen) application; returns the exit status: 0 done, 1 the content or the
// sheet was refused or a file could not be written, 2 the command line is incomplete.
int run(int argc, char *argv[], const LaunchOptions &options);

} // namespace ReviewPackExport
