// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/EspeakEngine.h"

#include <QTest>

#include <dlfcn.h>

#include <cmath>

// eSpeak NG in the process: a voice of its own for each of Signpost's seven languages (never a
// neighbour's), sound that is not silence, and no sound device of eSpeak's own.
class TestEspeakEngine : public QObject
{
    Q_OBJECT
private slots:
    void theLibraryIsLoadedOnlyWhenSpeechIsFirstNeeded();
    void everyLanguageHasItsOwnVoice_data();
    void everyLanguageHasItsOwnVoice();
    void aLanguageWithoutAVoiceIsNotSpoken();
    void stoppingEndsTheUtteranceAtOnce();
    void eSpeakMakesNoAudioDeviceOfItsOwn();
};

namespace {

bool isLoaded(const char *library)
{
    void *handle = dlopen(library, RTLD_NOW | RTLD_NOLOAD);
    if (handle)
        dlclose(handle);
    return handle != nullptr;
}

} // namespace

// Runs first (QtTest runs slots in order): a program that never speaks has neither eSpeak nor,
// through it, PulseAudio's client in its memory.
void TestEspeakEngine::theLibraryIsLoadedOnlyWhenSpeechIsFirstNeeded()
{
    QVERIFY(!isLoaded("libespeak-ng.so.1"));
    QVERIFY(!isLoaded("libpulse.so.0"));
    QVERIFY(EspeakEngine::instance().start());
    QVERIFY(isLoaded("libespeak-ng.so.1"));
}

void TestEspeakEngine::everyLanguageHasItsOwnVoice_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("words");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Call 0 8 0 8, 1 0 0 0, 9 0 0");
    QTest::newRow("cy") << QStringLiteral("cy")
                        << QStringLiteral("Ffoniwch 0 8 0 8, 1 0 0 0, 9 0 0");
    QTest::newRow("pl") << QStringLiteral("pl")
                        << QStringLiteral("Zadzwoń 0 8 0 8, 1 0 0 0, 9 0 0");
    QTest::newRow("ro") << QStringLiteral("ro") << QStringLiteral("Sunați 0 8 0 8, 1 0 0 0, 9 0 0");
    QTest::newRow("ur") << QStringLiteral("ur")
                        << QStringLiteral("کال کریں 0 8 0 8, 1 0 0 0, 9 0 0");
    QTest::newRow("pa") << QStringLiteral("pa") << QStringLiteral("ਕਾਲ ਕਰੋ 0 8 0 8, 1 0 0 0, 9 0 0");
    QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("اتصل 0 8 0 8, 1 0 0 0, 9 0 0");
}

void TestEspeakEngine::everyLanguageHasItsOwnVoice()
{
    QFETCH(QString, language);
    QFETCH(QString, words);
    EspeakEngine &engine = EspeakEngine::instance();
    QVERIFY2(engine.start(), "eSpeak NG's data is missing: install espeak-ng-data");
    QVERIFY(engine.hasVoice(language));
    QList<qint16> sound;
    QVERIFY(engine.synthesize({words, language}, 160, [&sound](const qint16 *samples, int n) {
        sound.append(QList<qint16>(samples, samples + n));
        return true;
    }));
    const double seconds = double(sound.size()) / engine.sampleRate();
    double sum = 0;
    for (const qint16 sample : std::as_const(sound))
        sum += double(sample) * sample;
    const double rms = std::sqrt(sum / std::max<qsizetype>(1, sound.size()));
    // Eleven digits and a word: more than a second and a half, less than ten, and not silence.
    QVERIFY2(seconds > 1.5 && seconds < 10, qPrintable(QString::number(seconds)));
    QVERIFY2(rms > 500, qPrintable(QString::number(rms)));
}

void TestEspeakEngine::aLanguageWithoutAVoiceIsNotSpoken()
{
    EspeakEngine &engine = EspeakEngine::instance();
    QVERIFY(engine.start());
    QVERIFY(!engine.hasVoice(QStringLiteral("xx")));
    QCOMPARE(engine.languagesWithoutVoice(
                 {QStringLiteral("en"), QStringLiteral("xx"), QStringLiteral("cy")}),
             QStringList{QStringLiteral("xx")});
    int samples = 0;
    QVERIFY(!engine.synthesize({QStringLiteral("hello"), QStringLiteral("xx")}, 160,
                               [&samples](const qint16 *, int n) {
                                   samples += n;
                                   return true;
                               }));
    QCOMPARE(samples, 0);
}

void TestEspeakEngine::stoppingEndsTheUtteranceAtOnce()
{
    EspeakEngine &engine = EspeakEngine::instance();
    int pieces = 0;
    engine.synthesize({QStringLiteral("A long sentence that would take several seconds to say "
                                      "if it were allowed to run to its end."),
                       QStringLiteral("en")},
                      160, [&pieces](const qint16 *, int) { return ++pieces < 2; });
    QCOMPARE(pieces, 2);
}

void TestEspeakEngine::eSpeakMakesNoAudioDeviceOfItsOwn()
{
    // libespeak-ng calls create_audio_device_object() (libpcaudio: PulseAudio, a socket,
    // ~/.config/pulse). Signpost's own definition must be the one the dynamic linker gives it.
    void *found = dlsym(RTLD_DEFAULT, "create_audio_device_object");
    QVERIFY(found);
    Dl_info info{};
    QVERIFY(dladdr(found, &info));
    QVERIFY2(!QByteArray(info.dli_fname).contains("pcaudio"), info.dli_fname);
    using Create = void *(*)(const char *, const char *, const char *);
    QCOMPARE(reinterpret_cast<Create>(found)(nullptr, "eSpeak", "Text-to-Speech"), nullptr);
}

QTEST_GUILESS_MAIN(TestEspeakEngine)
#include "TestEspeakEngine.moc"
