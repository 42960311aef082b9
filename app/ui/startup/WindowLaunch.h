// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/startup/CommandLine.h"

// A run with a window, as the launch plan says: the staff desktop, or the public screens in a
// window, in event mode or as a locked-down kiosk, with what such a run needs around it (the
// console kept quiet, a clean stop on SIGTERM, the crash-loop guard, systemd readiness).
namespace WindowLaunch {

// Returns the exit status: 3 with no display, else the event loop's.
int run(int argc, char *argv[], const LaunchOptions &options);

} // namespace WindowLaunch
