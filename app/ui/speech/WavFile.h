// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

// 16-bit mono PCM as a RIFF WAVE file's bytes, for --speech-samples (the only place speech is
// ever written, and only because a reviewer asked for the files).
class WavFile
{
public:
    static QByteArray of(const QList<qint16> &samples, int sampleRate);
};
