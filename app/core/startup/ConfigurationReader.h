// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QStringList>

class QSettings;

// Reads the values of the configuration file's [signpost] section for Configuration: each key's
// text or list, the value rules several keys share (seconds in range, language codes), and the
// sentences that say what was wrong with a value and which default is used instead.
class ConfigurationReader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigurationReader)

public:
    ConfigurationReader(const QSettings &settings, const QString &fileName, QStringList &warnings);

    // The key's text; empty when the key is absent or blank (both mean "use the default").
    QString text(QLatin1String key) const;
    // The key's comma-separated items, trimmed, blanks left out.
    QStringList list(QLatin1String key) const;
    // Whole seconds from `minimum` to `maximum`; anything else (with a warning) is `fallback`.
    int seconds(QLatin1String key, int fallback, int minimum, int maximum) const;
    // The usable language codes the key lists, lower case, each once; `fallback` when it names
    // none (with a warning) or is absent.
    QStringList languages(QLatin1String key, const QStringList &fallback) const;
    // One of `enabled`; `fallback` when the key is absent or names another (with a warning).
    QString language(QLatin1String key, const QStringList &enabled, const QString &fallback) const;
    // A warning for every key that is not one of `known` in the [signpost] section.
    void warnUnknownKeys(const QStringList &known) const;
    void warn(const QString &sentence) const { m_warnings << sentence; }

    static bool isLanguageCode(const QString &code);

private:
    QVariant value(QLatin1String key) const;

    const QSettings &m_settings;
    QString m_fileName;
    QStringList &m_warnings;
};
