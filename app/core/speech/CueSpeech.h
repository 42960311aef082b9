// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/speech/Utterance.h"

// When and how Read aloud says the short cues beside a screen's own words: the quick exit's
// progress ("press Shift 2 more times"), its time-out, "Loading." as the screen clears, and
// "More below" on an outcome that scrolls. The words are the ones the screen and a screen reader
// already get (QuickExitAnnouncer, MoreBelowCue), so a cue never names what the kiosk is about;
// it is said in the visitor's language, with that language's voice, and only with speech on.
class CueSpeech
{
public:
    enum class Cue
    {
        QuickExitProgress, // Shift pressed once or twice
        QuickExitExpired,  // no third press in time
        QuickExitLeaving,  // the third press: the screen clears
        MoreBelow,         // part of the outcome is out of sight underneath
    };
    enum class When
    {
        Never,        // speech is off, nothing to say, or said already on this screen
        Now,          // cuts off whatever is being said: the visitor has just acted
        AfterReading, // once what is being said is done: the screen's own words come first
        AfterReset,   // once the quick exit has silenced everything and cleared the screen
    };
    struct Plan
    {
        When when = When::Never;
        Utterances utterances;

        friend bool operator==(const Plan &, const Plan &) = default;
    };

    // `words` as the visitor's screen shows them, in `language`; `speechOn` as it is when the
    // cue comes; `saidOnThisScreen`: the cue was said since the screen was last shown.
    static Plan of(Cue cue, const QString &words, const QString &language, bool speechOn,
                   bool saidOnThisScreen = false);
};
