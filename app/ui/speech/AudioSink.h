// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Where spoken sound goes: the sound device (AlsaSink), or a test's recorder. Called from the
// speech thread only, one call at a time.
class AudioSink
{
public:
    virtual ~AudioSink() = default;
    // 16-bit mono at `sampleRate`; false when there is no device to play on.
    virtual bool open(int sampleRate) = 0;
    // Queues `count` samples, waiting while the device's buffer is full; false on a device error.
    virtual bool write(const qint16 *samples, int count) = 0;
    // How many samples write() takes now without waiting; -1 when the device cannot say. The
    // player waits for room itself, where a stop() can wake it, rather than inside write().
    virtual int room() { return -1; }
    // Silence at once: whatever is queued is thrown away, not played out.
    virtual void drop() = 0;
    virtual void close() = 0;
};
