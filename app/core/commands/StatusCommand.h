// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/startup/CommandLine.h"
#include "core/startup/Configuration.h"
#include "core/status/KioskStatus.h"

#include <QDateTime>
#include <QTextStream>

// signpost --status [--json]: what IT asks about a kiosk, with no display: the content a kiosk
// here shows (as a start now would choose it, crash loop included when the runtime directory
// holding the crash ledger is this process's XDG_RUNTIME_DIR), its packs, languages, speech.
namespace StatusCommand {

// `voices` tells which switched-on languages have no voice (SpeechCheck::voiceCheck, from the UI
// library); without it the status says the voices were not checked.
int run(const LaunchOptions &options, const Configuration &config, const QDateTime &now,
        QTextStream &out, const KioskStatus::VoiceCheck &voices = {});

} // namespace StatusCommand
