// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/speech/Utterance.h"
#include "ui/speech/AudioSink.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

// Says utterances on its own thread, so the screens never wait for a voice: eSpeak makes the
// sound a piece at a time and the sink plays each piece at once (speech starts within a
// sentence's first few milliseconds). say() replaces whatever is being said; stop() silences at
// once (the sink's buffer is dropped, not played out). Nothing is kept once said.
class SpeechPlayer : public QObject
{
    Q_OBJECT
public:
    explicit SpeechPlayer(std::unique_ptr<AudioSink> sink, QObject *parent = nullptr);
    ~SpeechPlayer() override;

    void say(const Utterances &utterances);
    // After whatever is queued or being said (a cue that must not cut the screen's words off).
    void add(const Utterances &utterances);
    void stop();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Percent of full scale (SpeechSettings bounds); applies to the very next piece of sound.
    void setVolume(int percent);
    int volume() const { return m_volume; }
    void setRate(int wordsPerMinute);
    int rate() const { return m_rate; }
    // Something is queued or being said.
    bool isSpeaking() const { return m_speaking; }
    // False once the sink failed to open (no sound device): speech cannot be heard here.
    bool isAvailable() const { return m_available; }
    // The sink has been opened (or tried) once: isAvailable() then says whether it opened.
    bool hasTriedDevice() const { return m_deviceTried; }

private:
    void run();
    bool play(const qint16 *samples, int count, quint64 generation);
    void waitForRoom(int count, quint64 generation);

    std::unique_ptr<AudioSink> m_sink;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    Utterances m_queue;         // guarded by m_mutex
    bool m_dropPending = false; // guarded by m_mutex
    bool m_quit = false;        // guarded by m_mutex
    std::atomic<quint64> m_generation{0};
    std::atomic<bool> m_paused{false};
    std::atomic<bool> m_speaking{false};
    std::atomic<bool> m_available{true};
    std::atomic<bool> m_deviceTried{false};
    std::atomic<int> m_volume{70};
    std::atomic<int> m_rate{160};
    bool m_sinkOpen = false;  // the speech thread's own
    int m_sampleRate = 22050; // the speech thread's own
    std::thread m_thread;
};
