// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/ConfigurationReader.h"

#include <QRegularExpression>
#include <QSettings>

namespace {

const QLatin1String groupName("signpost");

// INI values with commas come back from QSettings as lists; a key holds one value, so join them.
QString textOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(',')).trimmed();
    return value.toString().trimmed();
}

} // namespace

ConfigurationReader::ConfigurationReader(const QSettings &settings, const QString &fileName,
                                         QStringList &warnings)
    : m_settings(settings)
    , m_fileName(fileName)
    , m_warnings(warnings)
{}

QVariant ConfigurationReader::value(QLatin1String key) const
{
    return m_settings.value(groupName + QLatin1Char('/') + key);
}

QString ConfigurationReader::text(QLatin1String key) const
{
    return textOf(value(key));
}

QStringList ConfigurationReader::list(QLatin1String key) const
{
    QStringList items;
    for (const QString &item : value(key).toStringList()) {
        for (const QString &part : item.split(QLatin1Char(','))) {
            if (!part.trimmed().isEmpty())
                items << part.trimmed();
        }
    }
    return items;
}

int ConfigurationReader::seconds(QLatin1String key, int fallback, int minimum, int maximum) const
{
    const QString value = text(key);
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (ok && number >= minimum && number <= maximum)
        return number;
    warn(tr("%1: %2 '%3' is not a whole number of seconds from %4 to %5; using %6.")
             .arg(m_fileName, key, value)
             .arg(minimum)
             .arg(maximum)
             .arg(fallback));
    return fallback;
}

QStringList ConfigurationReader::languages(QLatin1String key, const QStringList &fallback) const
{
    const QStringList languages = list(key);
    if (languages.isEmpty())
        return fallback;
    QStringList usable;
    for (const QString &language : languages) {
        const QString code = language.toLower();
        if (!isLanguageCode(code))
            warn(tr("%1: %2 entry '%3' is not a language code such as en or cy; it is left out.")
                     .arg(m_fileName, key, language));
        else if (!usable.contains(code))
            usable << code;
    }
    if (!usable.isEmpty())
        return usable;
    warn(tr("%1: %2 names no usable language; using %3.")
             .arg(m_fileName, key, fallback.join(QStringLiteral(", "))));
    return fallback;
}

QString ConfigurationReader::language(QLatin1String key, const QStringList &enabled,
                                      const QString &fallback) const
{
    const QString language = text(key);
    if (language.isEmpty())
        return fallback;
    const QString code = language.toLower();
    if (!isLanguageCode(code))
        warn(tr("%1: %2 '%3' is not a language code such as en or cy; using %4.")
                 .arg(m_fileName, key, language, fallback));
    else if (!enabled.contains(code))
        warn(tr("%1: %2 '%3' is not one of the enabled languages (%4); using %5.")
                 .arg(m_fileName, key, language, enabled.join(QStringLiteral(", ")), fallback));
    else
        return code;
    return fallback;
}

void ConfigurationReader::warnUnknownKeys(const QStringList &known) const
{
    for (const QString &key : m_settings.allKeys()) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        const bool inGroup = slash > 0 && key.left(slash) == groupName;
        if (!inGroup || !known.contains(key.mid(slash + 1)))
            warn(tr("%1: unknown key '%2' is ignored (Signpost reads the keys of the [signpost] "
                    "section).")
                     .arg(m_fileName, key));
    }
}

bool ConfigurationReader::isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[a-z0-9]{2,8})*\\z"));
    return pattern.match(code).hasMatch();
}
