// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/AlsaSink.h"

#include <alsa/asoundlib.h>

#include <cerrno>
#include <cstdarg>

namespace {

// alsa-lib prints its own errors ("ALSA lib pcm.c: Unknown PCM default") to standard error; in
// a public mode nothing may be printed once the first frame is on screen, so they are dropped.
void quiet(const char *, int, const char *, int, const char *, ...) {}

void silenceAlsa()
{
    snd_lib_error_set_handler(&quiet);
}

constexpr unsigned int latencyMicroseconds = 60000;

} // namespace

AlsaSink::AlsaSink(QString device)
    : m_device(std::move(device))
{}

AlsaSink::~AlsaSink()
{
    close();
}

bool AlsaSink::open(int sampleRate)
{
    if (m_pcm)
        return true;
    silenceAlsa();
    if (snd_pcm_open(&m_pcm, m_device.toLocal8Bit().constData(), SND_PCM_STREAM_PLAYBACK, 0) < 0) {
        m_pcm = nullptr;
        return false;
    }
    if (snd_pcm_set_params(m_pcm, SND_PCM_FORMAT_S16, SND_PCM_ACCESS_RW_INTERLEAVED, 1,
                           unsigned(sampleRate), 1, latencyMicroseconds) < 0) {
        close();
        return false;
    }
    return true;
}

bool AlsaSink::write(const qint16 *samples, int count)
{
    if (!m_pcm)
        return false;
    while (count > 0) {
        snd_pcm_sframes_t written = snd_pcm_writei(m_pcm, samples, snd_pcm_uframes_t(count));
        if (written == -EAGAIN)
            continue;
        if (written < 0) {
            // An underrun (the voice paused between sentences) or a suspend: start again.
            if (snd_pcm_recover(m_pcm, int(written), 1) < 0)
                return false;
            continue;
        }
        samples += written;
        count -= int(written);
    }
    return true;
}

int AlsaSink::room()
{
    if (!m_pcm)
        return -1;
    const snd_pcm_sframes_t available = snd_pcm_avail_update(m_pcm);
    // An underrun or a suspend: write() recovers from it and takes the samples at once.
    return available < 0 ? -1 : int(available);
}

void AlsaSink::drop()
{
    if (!m_pcm)
        return;
    snd_pcm_drop(m_pcm);
    snd_pcm_prepare(m_pcm);
}

void AlsaSink::close()
{
    if (!m_pcm)
        return;
    snd_pcm_drop(m_pcm);
    snd_pcm_close(m_pcm);
    m_pcm = nullptr;
}

bool AlsaSink::deviceOpens(const QString &device)
{
    AlsaSink sink(device);
    const bool opens = sink.open(22050);
    sink.close();
    return opens;
}
