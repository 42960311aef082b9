// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Reading aloud as the configuration sets it up: the `speech`, `speech_volume` and
// `speech_rate` and `speech_device` keys. Bad values fall back to the default with a sentence for
// IT.
struct SpeechSettings
{
    enum class Mode
    {
        Off,       // no Read aloud button, no key: a kiosk where nothing may be heard
        OnRequest, // the visitor turns it on (button, F2 or *); every reset turns it off
        Always,    // every visit starts reading aloud (a kiosk with a handset)
    };

    static constexpr int defaultVolume = 70; // percent of full scale
    static constexpr int minimumVolume = 10;
    static constexpr int maximumVolume = 100;
    static constexpr int defaultRate = 160; // words a minute (eSpeak's own default is 175)
    static constexpr int minimumRate = 80;
    static constexpr int maximumRate = 350;

    Mode mode = Mode::OnRequest;
    int volume = defaultVolume;
    int rate = defaultRate;
    QString device = QStringLiteral("default"); // the ALSA device: a handset's own, for example

    // The keys' texts as read from `file` (empty: the default), with a warning naming the
    // key, the bad value and the default for each value that is not allowed.
    static SpeechSettings read(const QString &mode, const QString &volume, const QString &rate,
                               const QString &device, const QString &file, QStringList *warnings);
    static QString modeName(Mode mode);
};
