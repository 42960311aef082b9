// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/SpeechCheck.h"

#include "ui/speech/AlsaSink.h"
#include "ui/speech/EspeakEngine.h"

#include <QLocale>

namespace {

QString englishName(const QString &code)
{
    const QLocale::Language language = QLocale::codeToLanguage(code);
    return language == QLocale::AnyLanguage ? code : QLocale::languageToString(language);
}

} // namespace

QStringList SpeechCheck::problems(const SpeechSettings &settings, const QStringList &languages,
                                  bool deviceTried, bool deviceFailed)
{
    if (settings.mode == SpeechSettings::Mode::Off)
        return {};
    QStringList problems;
    EspeakEngine &engine = EspeakEngine::instance();
    if (!engine.start()) {
        problems << QStringLiteral("Read aloud cannot speak: eSpeak NG's voices are not "
                                   "installed (install espeak-ng-data).");
        return problems;
    }
    for (const QString &language : engine.languagesWithoutVoice(languages))
        problems << QStringLiteral("%1 is switched on, but eSpeak NG has no voice for it, so it "
                                   "is never read aloud (another language's voice is not used).")
                        .arg(englishName(language));
    const bool opens = deviceTried ? !deviceFailed : AlsaSink::deviceOpens(settings.device);
    if (!opens)
        problems << QStringLiteral("Read aloud cannot be heard: the sound device '%1' does not "
                                   "open (speech_device; 'aplay -L' lists the devices).")
                        .arg(settings.device);
    return problems;
}

KioskStatus::VoiceCheck SpeechCheck::voiceCheck()
{
    return [](const QStringList &languages) {
        EspeakEngine &engine = EspeakEngine::instance();
        return engine.start() ? engine.languagesWithoutVoice(languages) : languages;
    };
}

void SpeechCheck::report(const SpeechSettings &settings, const QStringList &languages,
                         QTextStream &out)
{
    if (settings.mode == SpeechSettings::Mode::Off) {
        out << "speech: Read aloud is off (speech=off)." << '\n';
        return;
    }
    const QStringList found = problems(settings, languages, false, false);
    for (const QString &problem : found)
        out << QStringLiteral("speech: warning: %1").arg(problem) << '\n';
    if (found.isEmpty())
        out << QStringLiteral("speech: Read aloud has a voice for %1 and a sound device ('%2').")
                   .arg(languages.join(QStringLiteral(", ")), settings.device)
            << '\n';
    else
        out << QStringLiteral("speech: %1 problem(s) with Read aloud.").arg(found.size()) << '\n';
}
