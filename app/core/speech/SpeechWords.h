// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// The words only a voice says (nothing on screen holds them): a choice's place in the list, the
// number said again, what a QR code does, and how to turn reading aloud on. Translated like the
// screens (this folder is scanned by lupdate); whole sentences, so each language shapes its own.
class SpeechWords
{
    Q_DECLARE_TR_FUNCTIONS(SpeechWords)
public:
    // "Myself, 1 of 5": an answer button, its place and how many there are.
    static QString choice(const QString &words, int position, int count);
    // The primary number, said a second time so it can be written down or dialled.
    static QString again(const QString &spokenNumber);
    // "A QR code that opens childline.org.uk on your phone."
    static QString qrCode(const QString &address);
    // Said once on the attract screen, in the default language: how to turn speech on.
    static QString howToTurnOn();
    // Said when reading aloud is turned on, before the screen: how to move, choose, repeat and
    // pause, by key and by touch.
    static QString turnedOn();
};
