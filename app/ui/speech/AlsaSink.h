// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/speech/AudioSink.h"

#include <QString>

struct _snd_pcm;

// The sound device through ALSA's "default" PCM: on a kiosk the headphone socket or handset
// (ALSA, or PipeWire/PulseAudio behind it when the session runs one). No daemon of Signpost's
// own, nothing written. A short buffer (about 60 ms) so drop() is heard within a frame or so.
class AlsaSink : public AudioSink
{
public:
    explicit AlsaSink(QString device = QStringLiteral("default"));
    ~AlsaSink() override;

    bool open(int sampleRate) override;
    bool write(const qint16 *samples, int count) override;
    int room() override;
    void drop() override;
    void close() override;

    // Whether the device opens now (for staff: --validate and the start-up report). Opens and
    // closes it at once; plays nothing.
    static bool deviceOpens(const QString &device = QStringLiteral("default"));

private:
    QString m_device;
    _snd_pcm *m_pcm = nullptr;
};
