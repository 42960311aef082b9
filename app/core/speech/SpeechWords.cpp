// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/speech/SpeechWords.h"

QString SpeechWords::choice(const QString &words, int position, int count)
{
    return tr("%1, %2 of %3", "an answer read aloud: its words, its place in the list, how many")
        .arg(words)
        .arg(position)
        .arg(count);
}

QString SpeechWords::again(const QString &spokenNumber)
{
    return tr("Again: %1", "the helpline number read aloud a second time").arg(spokenNumber);
}

QString SpeechWords::qrCode(const QString &address)
{
    return tr("A QR code that opens %1 on your phone.").arg(address);
}

QString SpeechWords::howToTurnOn()
{
    return tr("To hear this screen read aloud, press F2 or the star key, or touch Read aloud at "
              "the top of the screen.");
}

QString SpeechWords::turnedOn()
{
    return tr("Reading aloud. Tab or the arrows move, Enter chooses, slash repeats, full stop "
              "pauses. On a touch screen, touch once to hear and twice to choose.");
}
