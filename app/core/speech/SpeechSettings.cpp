// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/speech/SpeechSettings.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Configuration", text);
}

int bounded(const QString &key, const QString &value, int minimum, int maximum, int fallback,
            const QString &file, QStringList *warnings)
{
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (ok && number >= minimum && number <= maximum)
        return number;
    *warnings << tr("%1: %2 '%3' is not a whole number from %4 to %5; using %6.")
                     .arg(file, key, value)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(fallback);
    return fallback;
}

} // namespace

QString SpeechSettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Off:
        return QStringLiteral("off");
    case Mode::OnRequest:
        return QStringLiteral("on-request");
    case Mode::Always:
        return QStringLiteral("always");
    }
    return {};
}

SpeechSettings SpeechSettings::read(const QString &mode, const QString &volume, const QString &rate,
                                    const QString &device, const QString &file,
                                    QStringList *warnings)
{
    SpeechSettings settings;
    const QString name = mode.toLower();
    if (name == QLatin1String("off"))
        settings.mode = Mode::Off;
    else if (name == QLatin1String("always"))
        settings.mode = Mode::Always;
    else if (!name.isEmpty() && name != QLatin1String("on-request"))
        *warnings << tr("%1: speech '%2' is not off, on-request or always; using on-request.")
                         .arg(file, mode);
    settings.volume = bounded(QStringLiteral("speech_volume"), volume, minimumVolume, maximumVolume,
                              defaultVolume, file, warnings);
    settings.rate = bounded(QStringLiteral("speech_rate"), rate, minimumRate, maximumRate,
                            defaultRate, file, warnings);
    if (!device.isEmpty())
        settings.device = device;
    return settings;
}
