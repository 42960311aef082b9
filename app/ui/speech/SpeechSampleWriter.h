// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"

#include <QDateTime>
#include <QStringList>

// --speech-samples DIR: for every public screen (the same screens and names as --screenshot),
// SCREEN.txt with exactly what is said, one utterance a line, in order, and SCREEN.wav with the
// sound, so reviewers hear what a blind visitor hears, in any language, without a kiosk.
class SpeechSampleWriter
{
public:
    struct Result
    {
        QStringList written; // paths, in the order written
        QString error;       // empty when every file was written
    };

    SpeechSampleWriter(const Content &content, const QString &language, const QDateTime &at);
    void setRate(int wordsPerMinute) { m_rate = wordsPerMinute; }
    // Installs the language's translation for the duration (Signpost's own words are
    // translated), then writes every screen.
    Result writeAll(const QString &directory) const;

private:
    Content m_content;
    QString m_language;
    QDateTime m_at;
    int m_rate = 160;
};
