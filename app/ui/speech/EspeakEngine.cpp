// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/EspeakEngine.h"

#include "ui/speech/EspeakLibrary.h"

#include <QMutexLocker>

#include <cstring>

// libespeak-ng 1.51 (Debian 12) makes an audio device through libpcaudio in every output mode,
// the synchronous one Signpost uses included, and PulseAudio first: that connects to a sound
// server, creates ~/.config/pulse and may start (autospawn) a daemon. A public mode allows none
// of those, and Signpost needs none (it takes the samples in memory and plays them itself). The
// executable's own definition of the one function libespeak-ng calls for that wins over
// libpcaudio's (the dynamic linker looks in the executable first), so no device is ever made.
// The executable exports it (app/ui/CMakeLists.txt), as libespeak-ng is loaded only on demand
// (EspeakLibrary). TestEspeakEngine checks that libespeak-ng sees this one. The no-trace tests
// alone would not catch its loss: libpulse then makes $XDG_RUNTIME_DIR/pulse and tries unix
// sockets, both of which their rules allow (tried: notrace_kiosk_visits_speech passed without this
// function).
extern "C" struct audio_object *create_audio_device_object(const char *, const char *, const char *)
{
    return nullptr;
}

namespace {

// eSpeak calls one global function with the sound; it is only ever called under the engine's
// lock, from synthesize(), so one pointer to the current output is enough.
const EspeakEngine::Output *currentOutput = nullptr;

int receive(short *samples, int count, espeak_EVENT *)
{
    if (!samples || count <= 0 || !currentOutput)
        return 0;
    return (*currentOutput)(reinterpret_cast<const qint16 *>(samples), count) ? 0 : 1;
}

// eSpeak's name for a language when it is not the code itself: British English.
QByteArray voiceName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QByteArrayLiteral("en-gb");
    return language.toLatin1();
}

} // namespace

EspeakEngine &EspeakEngine::instance()
{
    static EspeakEngine engine;
    return engine;
}

bool EspeakEngine::start()
{
    const QMutexLocker lock(&m_mutex);
    return startLocked();
}

int EspeakEngine::sampleRate()
{
    const QMutexLocker lock(&m_mutex);
    return m_sampleRate;
}

bool EspeakEngine::startLocked()
{
    if (m_started || m_failed)
        return m_started;
    m_espeak = EspeakLibrary::load();
    if (!m_espeak) {
        m_failed = true;
        return false;
    }
    m_espeak->initializePath(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    if (m_espeak->initialize(&context) != ENS_OK ||
        m_espeak->initializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr) != ENS_OK) {
        // eSpeak would print the context; nothing is printed here (see PublicMessageGate).
        m_espeak->clearErrorContext(&context);
        m_failed = true;
        return false;
    }
    m_espeak->setSynthCallback(&receive);
    m_sampleRate = m_espeak->getSampleRate();
    m_started = true;
    return true;
}

bool EspeakEngine::selectVoiceLocked(const QString &language)
{
    if (!startLocked())
        return false;
    if (language == m_voice)
        return true;
    const QByteArray name = voiceName(language);
    espeak_VOICE wanted;
    std::memset(&wanted, 0, sizeof wanted);
    wanted.languages = name.constData();
    if (m_espeak->setVoiceByProperties(&wanted) != EE_OK)
        return false;
    // eSpeak falls back to a near voice when there is none for the language; that would read
    // Welsh with an English voice, so only a voice whose own language is this one counts.
    const espeak_VOICE *voice = m_espeak->getCurrentVoice();
    const QByteArray chosen = voice && voice->languages ? QByteArray(voice->languages + 1) : "";
    const QByteArray code = language.toLatin1();
    if (chosen != name && chosen != code && !chosen.startsWith(code + '-')) {
        m_voice.clear();
        return false;
    }
    m_voice = language;
    return true;
}

bool EspeakEngine::hasVoice(const QString &language)
{
    const QMutexLocker lock(&m_mutex);
    return selectVoiceLocked(language);
}

QStringList EspeakEngine::languagesWithoutVoice(const QStringList &languages)
{
    QStringList missing;
    for (const QString &language : languages) {
        if (!hasVoice(language))
            missing << language;
    }
    return missing;
}

bool EspeakEngine::synthesize(const Utterance &utterance, int wordsPerMinute, const Output &output)
{
    const QMutexLocker lock(&m_mutex);
    if (!selectVoiceLocked(utterance.language))
        return false;
    m_espeak->setParameter(espeakRATE, wordsPerMinute, 0);
    const QByteArray text = utterance.text.toUtf8();
    currentOutput = &output;
    const espeak_ERROR error =
        m_espeak->synth(text.constData(), size_t(text.size() + 1), 0, POS_CHARACTER, 0,
                        espeakCHARS_UTF8, nullptr, nullptr);
    currentOutput = nullptr;
    return error == EE_OK;
}
