// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/speech/AudioSink.h"

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

// A sound device for tests: counts what it is given and what it is told to drop, and takes its
// time like a real one (about a tenth of real time), so speech is still going when a test stops
// it. `opens` false: a kiosk with no sound device.
class FakeAudioSink : public AudioSink
{
public:
    struct Counts
    {
        std::atomic<qint64> samples{0};
        std::atomic<qint64> loudSamples{0}; // louder than a whisper: something was said
        std::atomic<int> drops{0};
        std::atomic<int> opened{0};
    };

    explicit FakeAudioSink(std::shared_ptr<Counts> counts, bool opens = true)
        : m_counts(std::move(counts))
        , m_opens(opens)
    {}

    bool open(int sampleRate) override
    {
        m_rate = sampleRate;
        if (m_opens)
            ++m_counts->opened;
        return m_opens;
    }
    bool write(const qint16 *samples, int count) override
    {
        m_counts->samples += count;
        for (int i = 0; i < count; ++i)
            m_counts->loudSamples += qAbs(int(samples[i])) > 500 ? 1 : 0;
        std::this_thread::sleep_for(std::chrono::microseconds(qint64(count) * 100000 / m_rate));
        return true;
    }
    void drop() override { ++m_counts->drops; }
    void close() override {}

private:
    std::shared_ptr<Counts> m_counts;
    bool m_opens;
    int m_rate = 22050;
};
