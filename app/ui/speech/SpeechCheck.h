// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/speech/SpeechSettings.h"
#include "core/status/KioskStatus.h"

#include <QStringList>
#include <QTextStream>

// Whether Read aloud can be heard here, for staff and IT (never for the public): eSpeak NG's
// data, a voice for each switched-on language, and the sound device. In English, as the staff
// menu and --validate are.
class SpeechCheck
{
public:
    // One sentence per problem; none when Read aloud works in every language, or is off.
    // `deviceFailed`: the speech thread already found the device would not open (it is not
    // opened again while it may be playing).
    static QStringList problems(const SpeechSettings &settings, const QStringList &languages,
                                bool deviceTried, bool deviceFailed);
    // --validate's speech lines: each problem as "speech: warning: …", then a summary line.
    static void report(const SpeechSettings &settings, const QStringList &languages,
                       QTextStream &out);
    // KioskStatus's voice check: the languages eSpeak NG has no voice for (every one when its
    // data is not installed). Loads eSpeak's data, never opens a sound device.
    static KioskStatus::VoiceCheck voiceCheck();
};
