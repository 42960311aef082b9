// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/speech/CueSpeech.h"

CueSpeech::Plan CueSpeech::of(Cue cue, const QString &words, const QString &language, bool speechOn,
                              bool saidOnThisScreen)
{
    // Off means silent: a cue never turns speech on, nor speaks for a visitor who did not ask.
    if (!speechOn || words.trimmed().isEmpty())
        return {};
    const Utterances said{Utterance{words, language}};
    switch (cue) {
    case Cue::QuickExitProgress:
    case Cue::QuickExitExpired:
        // Said at once, over the screen's words: the visitor pressed Shift and needs to know
        // how many presses are left (or that the count started again) before pressing on.
        return {When::Now, said};
    case Cue::QuickExitLeaving:
        // The exit itself silences everything at once; the one word after it tells a visitor
        // who cannot see that it worked, and says nothing of the visit left behind.
        return {When::AfterReset, said};
    case Cue::MoreBelow:
        // A hint about the layout, for a visitor who also looks: after the outcome's words (a
        // voice reads all of it, seen or not) and once per screen, not at every scroll.
        if (saidOnThisScreen)
            return {};
        return {When::AfterReading, said};
    }
    return {};
}
