// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicScreenWalk.h"
#include "core/speech/ScreenSpeech.h"
#include "ui/speech/SpeechSampleWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>

namespace {

struct Wav
{
    int sampleRate = 0;
    QList<qint16> samples;
};

Wav readWav(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (bytes.size() < 44 || !bytes.startsWith("RIFF") || bytes.mid(8, 8) != "WAVEfmt ")
        return {};
    const auto le32 = [&bytes](int at) {
        return quint32(quint8(bytes[at])) | quint32(quint8(bytes[at + 1])) << 8 |
               quint32(quint8(bytes[at + 2])) << 16 | quint32(quint8(bytes[at + 3])) << 24;
    };
    Wav wav;
    wav.sampleRate = int(le32(24));
    const quint32 dataBytes = le32(40);
    if (bytes.mid(36, 4) != "data" || 44 + qsizetype(dataBytes) != bytes.size())
        return {};
    for (qsizetype i = 44; i + 1 < bytes.size(); i += 2)
        wav.samples << qint16(quint16(quint8(bytes[i])) | quint16(quint8(bytes[i + 1])) << 8);
    return wav;
}

} // namespace

// --speech-samples: SCREEN.txt is exactly what is said, SCREEN.wav is that, heard: not silence,
// and about as long as the words take, in all seven languages.
class TestSpeechSampleWriter : public QObject
{
    Q_OBJECT
private slots:
    void everyScreenInEveryLanguage_data();
    void everyScreenInEveryLanguage();
    void aLanguageWithNoVoiceIsRefused();
};

void TestSpeechSampleWriter::everyScreenInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "cy", "pl", "ro", "ur", "pa", "ar"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestSpeechSampleWriter::everyScreenInEveryLanguage()
{
    QFETCH(QString, language);
    const Content content = PublicScreenWalk::builtInContent();
    QTemporaryDir directory;
    SpeechSampleWriter writer(content, language, PublicScreenWalk::weekdayAfternoon());
    const SpeechSampleWriter::Result result = writer.writeAll(directory.path());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const QDir out(directory.path());
    for (const QString &screen :
         {QStringLiteral("welcome"), QStringLiteral("privacy"), QStringLiteral("attract")})
        QVERIFY(out.exists(screen + QStringLiteral(".wav")));
    int outcomes = 0;
    QTranslator translator; // the transcript must be what the screens say in this language
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/signpost_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    for (const QString &txt : out.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        const QString name = txt.chopped(4);
        QFile text(out.filePath(txt));
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(text.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (name.startsWith(QLatin1String("outcome-"))) {
            ++outcomes;
            const PathwayNode *node = content.node(name.mid(8));
            QVERIFY(node);
            Utterances expected = ScreenSpeech::outcome(content, *node, language,
                                                        PublicScreenWalk::weekdayAfternoon());
            QCOMPARE(lines.size(), expected.size());
            QCOMPARE(lines.constFirst(), expected.constFirst().text);
        }
        const Wav wav = readWav(out.filePath(name + QStringLiteral(".wav")));
        QVERIFY2(wav.sampleRate > 8000, qPrintable(name));
        const double seconds = double(wav.samples.size()) / wav.sampleRate;
        int words = 0;
        for (const QString &line : lines)
            words += int(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        // Plausible: between a fifth of a second and a second and a half a word (digits read one
        // by one count as words), and never silence.
        QVERIFY2(
            seconds > 0.2 * words && seconds < 1.5 * words,
            qPrintable(QStringLiteral("%1: %2 s for %3 words").arg(name).arg(seconds).arg(words)));
        double sum = 0;
        for (const qint16 sample : std::as_const(wav.samples))
            sum += double(sample) * sample;
        QVERIFY2(std::sqrt(sum / wav.samples.size()) > 300, qPrintable(name));
    }
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(outcomes > 5);
}

void TestSpeechSampleWriter::aLanguageWithNoVoiceIsRefused()
{
    QTemporaryDir directory;
    SpeechSampleWriter writer(PublicScreenWalk::builtInContent(), QStringLiteral("xx"),
                              PublicScreenWalk::weekdayAfternoon());
    const SpeechSampleWriter::Result result = writer.writeAll(directory.path());
    QVERIFY(result.error.contains(QLatin1String("'xx'")));
    QVERIFY(result.written.isEmpty());
}

QTEST_MAIN(TestSpeechSampleWriter)
#include "TestSpeechSampleWriter.moc"
