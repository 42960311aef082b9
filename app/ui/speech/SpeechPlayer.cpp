// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/SpeechPlayer.h"

#include "ui/speech/EspeakEngine.h"

#include <algorithm>
#include <chrono>
#include <vector>

namespace {

// Pieces of about 10 ms at eSpeak's 22,050 Hz: a stop or a pause is noticed between two.
constexpr int pieceSamples = 220;

} // namespace

SpeechPlayer::SpeechPlayer(std::unique_ptr<AudioSink> sink, QObject *parent)
    : QObject(parent)
    , m_sink(std::move(sink))
{
    m_thread = std::thread([this] { run(); });
}

SpeechPlayer::~SpeechPlayer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_quit = true;
        m_queue.clear();
        ++m_generation;
    }
    m_wake.notify_all();
    m_thread.join();
    m_sink->close();
}

void SpeechPlayer::say(const Utterances &utterances)
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_generation;
        m_queue = utterances;
        m_dropPending = true;
        m_speaking = !utterances.isEmpty();
    }
    m_wake.notify_all();
}

void SpeechPlayer::add(const Utterances &utterances)
{
    if (utterances.isEmpty())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_queue += utterances;
        m_speaking = true;
    }
    m_wake.notify_all();
}

void SpeechPlayer::stop()
{
    say({});
    setPaused(false);
}

void SpeechPlayer::setPaused(bool paused)
{
    {
        const std::lock_guard lock(m_mutex);
        m_paused = paused;
    }
    m_wake.notify_all();
}

void SpeechPlayer::setVolume(int percent)
{
    m_volume = std::clamp(percent, 0, 100);
}

void SpeechPlayer::setRate(int wordsPerMinute)
{
    m_rate = wordsPerMinute;
}

void SpeechPlayer::run()
{
    for (;;) {
        std::unique_lock lock(m_mutex);
        if (m_queue.isEmpty() && !m_dropPending)
            m_speaking = false; // all said (or stopped)
        m_wake.wait(
            lock, [this] { return m_quit || m_dropPending || (!m_queue.isEmpty() && !m_paused); });
        if (m_quit)
            return;
        if (std::exchange(m_dropPending, false) && m_sinkOpen)
            m_sink->drop();
        if (m_queue.isEmpty() || m_paused)
            continue;
        const Utterance utterance = m_queue.takeFirst();
        const quint64 generation = m_generation;
        lock.unlock();

        if (!m_sinkOpen) {
            m_sinkOpen = EspeakEngine::instance().start() &&
                         m_sink->open(EspeakEngine::instance().sampleRate());
            m_deviceTried = true;
            m_sampleRate = std::max(1, EspeakEngine::instance().sampleRate());
            if (!m_sinkOpen) {
                m_available = false;
                const std::lock_guard relock(m_mutex);
                m_queue.clear();
                m_speaking = false;
                continue;
            }
        }
        EspeakEngine::instance().synthesize(utterance, m_rate,
                                            [this, generation](const qint16 *samples, int count) {
                                                return play(samples, count, generation);
                                            });
    }
}

void SpeechPlayer::waitForRoom(int count, quint64 generation)
{
    // A full device buffer (60 ms) takes up to a piece's length (10 ms) to make room; waiting
    // here, a say() or stop() wakes the thread at once, so the old words are dropped within a
    // frame rather than after the device's write returns.
    std::unique_lock lock(m_mutex);
    for (;;) {
        const int room = m_sink->room();
        if (room < 0 || room >= count || m_quit || m_generation != generation)
            return;
        const qint64 micros = std::max<qint64>(1000, qint64(count - room) * 1000000 / m_sampleRate);
        m_wake.wait_for(lock, std::chrono::microseconds(micros),
                        [&] { return m_quit || m_generation != generation; });
    }
}

bool SpeechPlayer::play(const qint16 *samples, int count, quint64 generation)
{
    std::vector<qint16> piece;
    while (count > 0) {
        {
            std::unique_lock lock(m_mutex);
            if (m_paused && m_generation == generation) {
                m_sink->drop(); // silent now; the rest of the sentence waits for resume
                m_wake.wait(lock,
                            [&] { return m_quit || !m_paused || m_generation != generation; });
            }
        }
        const int n = std::min(count, pieceSamples);
        waitForRoom(n, generation);
        if (m_generation != generation)
            return false; // the caller's say() or stop() drops what is buffered
        const int volume = m_volume;
        piece.assign(samples, samples + n);
        for (qint16 &sample : piece)
            sample = qint16(sample * volume / 100);
        if (!m_sink->write(piece.data(), n))
            return false;
        samples += n;
        count -= n;
    }
    return true;
}
