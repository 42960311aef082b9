// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/startup/CommandLine.h"

// The commands that paint or measure text but open no window (--validate's font and
// voice check, --export-handout, --screenshot, --speech-samples): Qt's offscreen platform unless
// the caller chose one. Each is one call from main.cpp that returns the exit status.
namespace OffscreenCommands {

int validate(int argc, char *argv[], const LaunchOptions &options);
int exportHandout(int argc, char *argv[], const LaunchOptions &options);
int renderScreenshots(int argc, char *argv[], const LaunchOptions &options);
int speechSamples(int argc, char *argv[], const LaunchOptions &options);
// --status [--json]: StatusCommand with the voice check (eSpeak lives in the UI library); no
// display and no sound device either.
int status(int argc, char *argv[], const LaunchOptions &options);

} // namespace OffscreenCommands
