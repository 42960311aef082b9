// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/speech/Utterance.h"

#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>

class EspeakLibrary;

// eSpeak NG inside Signpost: words in, 16-bit mono sound out, in memory only (no daemon, no
// file, no sound server). Offline, and it has a voice for every language Signpost offers
// (English, Welsh, Polish, Romanian, Urdu, Punjabi, Arabic). eSpeak keeps global state, so there
// is one engine per process, started the first time it is needed (a kiosk where nobody turns
// speech on never loads its voices).
class EspeakEngine
{
public:
    // Receives each piece of sound as it is made; false stops the utterance there.
    using Output = std::function<bool(const qint16 *samples, int count)>;

    static EspeakEngine &instance();

    // Loads eSpeak's data; false when it is not installed (the package espeak-ng-data).
    bool start();
    int sampleRate(); // 0 until started
    // A voice written for `language` exists; never another language's voice in its place.
    bool hasVoice(const QString &language);
    // The languages of `languages` with no voice, for staff (--validate, the staff menu).
    QStringList languagesWithoutVoice(const QStringList &languages);
    // Says `utterance` at `wordsPerMinute` into `output`. False when there is no voice for its
    // language (nothing is said) or eSpeak failed.
    bool synthesize(const Utterance &utterance, int wordsPerMinute, const Output &output);

private:
    EspeakEngine() = default;
    bool startLocked();
    bool selectVoiceLocked(const QString &language);

    QMutex m_mutex;
    bool m_started = false;
    bool m_failed = false;
    int m_sampleRate = 0;
    const EspeakLibrary *m_espeak = nullptr; // loaded by the first start()
    QString m_voice;                         // the language whose voice is selected
};
