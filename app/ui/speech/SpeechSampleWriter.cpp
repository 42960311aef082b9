// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/SpeechSampleWriter.h"

#include "core/speech/ScreenSpeech.h"
#include "core/visit/PathwayRoutes.h"
#include "ui/speech/EspeakEngine.h"
#include "ui/speech/WavFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTranslator>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SpeechSampleWriter", text);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size() && file.flush();
}

} // namespace

SpeechSampleWriter::SpeechSampleWriter(const Content &content, const QString &language,
                                       const QDateTime &at)
    : m_content(content)
    , m_language(language.isEmpty() ? QStringLiteral("en") : language)
    , m_at(at)
{}

SpeechSampleWriter::Result SpeechSampleWriter::writeAll(const QString &directory) const
{
    Result result;
    EspeakEngine &engine = EspeakEngine::instance();
    if (!engine.start()) {
        result.error = tr("eSpeak NG's voices are not installed (espeak-ng-data).");
        return result;
    }
    if (!engine.hasVoice(m_language)) {
        result.error = tr("There is no eSpeak NG voice for '%1'.").arg(m_language);
        return result;
    }
    if (!QDir().mkpath(directory)) {
        result.error = tr("Cannot create the folder %1.").arg(directory);
        return result;
    }
    QTranslator translator;
    if (m_language != QLatin1String("en") &&
        translator.load(QStringLiteral(":/i18n/signpost_%1.qm").arg(m_language)))
        QCoreApplication::installTranslator(&translator);

    const auto save = [&](const QString &name, const Utterances &utterances) {
        if (!result.error.isEmpty())
            return;
        QStringList lines;
        QList<qint16> sound;
        for (const Utterance &utterance : utterances) {
            lines << utterance.text;
            const bool said =
                engine.synthesize(utterance, m_rate, [&sound](const qint16 *samples, int count) {
                    sound.append(QList<qint16>(samples, samples + count));
                    return true;
                });
            if (!said) {
                result.error = tr("No voice could say '%1' (language %2).")
                                   .arg(utterance.text, utterance.language);
                return;
            }
        }
        const QDir out(directory);
        const QString text = out.filePath(name + QStringLiteral(".txt"));
        const QString wav = out.filePath(name + QStringLiteral(".wav"));
        if (!writeFile(text, (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) ||
            !writeFile(wav, WavFile::of(sound, engine.sampleRate()))) {
            result.error = tr("Cannot write %1.").arg(wav);
            return;
        }
        result.written << text << wav;
    };

    const PathwayNode *start = m_content.node(m_content.startNode);
    if (start)
        save(QStringLiteral("welcome"), ScreenSpeech::welcome(m_content, *start, m_language));
    for (const PathwayNode &node : m_content.nodes) {
        if (node.id == m_content.startNode || !PathwayRoutes::firstTo(m_content, node.id))
            continue; // the welcome screen, or a node no visitor can reach
        if (node.isOutcome())
            save(QStringLiteral("outcome-") + node.id,
                 ScreenSpeech::outcome(m_content, node, m_language, m_at));
        else
            save(QStringLiteral("question-") + node.id, ScreenSpeech::question(node, m_language));
    }
    save(QStringLiteral("privacy"), ScreenSpeech::privacy(m_language));
    save(QStringLiteral("attract"), ScreenSpeech::attract(m_content, m_language));
    QCoreApplication::removeTranslator(&translator);
    return result;
}
