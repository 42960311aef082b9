// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/Configuration.h"

#include "core/content/ContentVocabulary.h"
#include "core/loading/FileAccess.h"
#include "core/startup/ConfigurationReader.h"
#include "core/startup/RepeatedIniKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace {

const QLatin1String modeKey("mode");
const QLatin1String idleKey("idle_timeout_seconds");
const QLatin1String eventIdleKey("event_idle_timeout_seconds");
const QLatin1String defaultLanguageKey("default_language");
const QLatin1String enabledLanguagesKey("enabled_languages");
const QLatin1String staffPinHashKey("staff_pin_hash");
const QLatin1String contentPathKey("content_path");
// Signed content packs.
const QLatin1String trustedKeysKey("trusted_content_keys");
const QLatin1String trustedLocalKeysKey("trusted_local_keys");
const QLatin1String contentDirectoryKey("content_directory");
const QLatin1String allowLegacyKey("allow_legacy_signatures");
const QLatin1String regionKey("region");
const QLatin1String metricsTextfileKey("metrics_textfile");
// Reading aloud.
const QLatin1String speechKey("speech");
const QLatin1String speechVolumeKey("speech_volume");
const QLatin1String speechRateKey("speech_rate");
const QLatin1String speechDeviceKey("speech_device");
const QLatin1String layoutKey("layout");

QStringList defaultEnabledLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("cy")};
}

} // namespace

Configuration::Configuration()
    : m_defaultLanguage(QStringLiteral("en"))
    , m_enabledLanguages(defaultEnabledLanguages())
    , m_contentDirectory(defaultContentDirectory())
{}

QString Configuration::defaultPath()
{
#ifdef Q_OS_WIN
    QString programData = qEnvironmentVariable("ProgramData");
    if (programData.isEmpty())
        programData = QStringLiteral("C:/ProgramData");
    return QDir::toNativeSeparators(
        QDir(programData).filePath(QStringLiteral("Signpost/signpost.ini")));
#else
    return QStringLiteral("/etc/signpost/signpost.conf");
#endif
}

QString Configuration::defaultContentDirectory()
{
#ifdef Q_OS_WIN
    QString programData = qEnvironmentVariable("ProgramData");
    if (programData.isEmpty())
        programData = QStringLiteral("C:/ProgramData");
    return QDir::toNativeSeparators(QDir(programData).filePath(QStringLiteral("Signpost/content")));
#else
    return QStringLiteral("/var/lib/signpost/content");
#endif
}

Configuration Configuration::load(const LaunchOptions &options)
{
    if (options.configPath.isEmpty())
        return load(defaultPath(), false);
    return load(options.configPath, true);
}

Configuration Configuration::load(const QString &path, bool namedExplicitly)
{
    Configuration config = readFile(path, namedExplicitly);
    config.addDirectoryKeys();
    return config;
}

QString Configuration::trustedKeysDirectory() const
{
    if (m_path.isEmpty())
        return {};
    return QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("keys"));
}

// Public keys are not secrets: every account may read them, so the staff desktop and event mode
// verify the installed packs even when signpost.conf (which holds the PIN hash) is closed to them.
// keys/ holds national content keys, keys/local/ local pack keys.
void Configuration::addDirectoryKeys()
{
    const QString directory = trustedKeysDirectory();
    if (!directory.isEmpty()) {
        addKeysFrom(directory, m_trustedContentKeys);
        const QString local = QDir(directory).filePath(QStringLiteral("local"));
        if (QFileInfo(local).isDir())
            addKeysFrom(local, m_trustedLocalKeys);
    }
    dropKeysOfBothKinds();
}

void Configuration::addKeysFrom(const QString &directory, QList<MinisignKey> &keys)
{
    if (const auto denied = FileAccess::readProblem(directory)) {
        m_warnings << tr("%1; the public keys in it are not trusted.").arg(*denied);
        return;
    }
    const QDir dir(directory);
    const auto names = dir.entryList({QStringLiteral("*.pub")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        if (QFile::permissions(path) & QFileDevice::WriteOther) {
            m_warnings << tr("%1: every account may change this key file, so it is not trusted; "
                             "make it writable by root only (chmod 644).")
                              .arg(path);
            continue;
        }
        const std::optional<QString> denied = FileAccess::readProblem(path);
        const MinisignKey::Parsed key =
            denied ? MinisignKey::Parsed{std::nullopt, *denied} : MinisignKey::fromFile(path);
        if (!key.key) {
            m_warnings << tr("%1: not a usable minisign public key (%2); it is left out, so "
                             "packs signed with it are refused.")
                              .arg(path, key.error);
            continue;
        }
        addKey(keys, *key.key);
    }
}

void Configuration::addKey(QList<MinisignKey> &keys, const MinisignKey &key)
{
    const bool known = std::any_of(keys.cbegin(), keys.cend(), [&key](const MinisignKey &other) {
        return other.keyId() == key.keyId();
    });
    if (!known)
        keys << key;
}

// A key trusted for both kinds would let a local publisher sign national content (or the
// reverse): it stays a national key and is not trusted for local packs.
void Configuration::dropKeysOfBothKinds()
{
    m_trustedLocalKeys.removeIf([this](const MinisignKey &local) {
        const bool national =
            std::any_of(m_trustedContentKeys.cbegin(), m_trustedContentKeys.cend(),
                        [&local](const MinisignKey &key) { return key.keyId() == local.keyId(); });
        if (national)
            m_warnings << tr("key %1 is both a national content key and a local key; a key "
                             "signs one kind of pack only, so it is not trusted for local packs.")
                              .arg(local.keyIdText());
        return national;
    });
}

Configuration Configuration::readFile(const QString &path, bool namedExplicitly)
{
    Configuration config;
    config.m_path = path;
    const QFileInfo file(path);
    if (!file.exists()) {
        if (namedExplicitly)
            config.m_warnings
                << tr("%1: there is no such configuration file; using the defaults.").arg(path);
        return config;
    }
    if (const auto denied = FileAccess::readProblem(path)) {
        // Normal for a staff account: the file holds the PIN hash (root:signpost 0640).
        config.m_warnings << tr("%1; using the defaults, with the public keys in %2 trusted.")
                                 .arg(*denied, config.trustedKeysDirectory());
        return config;
    }
    if (!file.isFile() || !file.isReadable()) {
        config.m_warnings
            << tr("%1: the configuration file cannot be read; using the defaults.").arg(path);
        return config;
    }
    config.m_fileFound = true;

    // Constructed, read and destroyed here: nothing calls setValue() or sync(), so QSettings has
    // nothing to write back and the file stays exactly as the IT officer left it.
    const QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        config.m_warnings
            << tr("%1: the file is not a readable INI file; using the defaults.").arg(path);
        return config;
    }
    const ConfigurationReader reader(settings, path, config.m_warnings);
    config.m_warnings << RepeatedIniKeys::warnings(path);

    const QStringList known{modeKey,
                            idleKey,
                            eventIdleKey,
                            defaultLanguageKey,
                            enabledLanguagesKey,
                            staffPinHashKey,
                            contentPathKey,
                            trustedKeysKey,
                            trustedLocalKeysKey,
                            contentDirectoryKey,
                            allowLegacyKey,
                            regionKey,
                            metricsTextfileKey,
                            speechKey,
                            speechVolumeKey,
                            speechRateKey,
                            speechDeviceKey,
                            layoutKey};
    reader.warnUnknownKeys(known);

    const QString mode = reader.text(modeKey);
    if (!mode.isEmpty()) {
        config.m_mode = modeFromString(mode);
        if (!config.m_mode)
            reader.warn(tr("%1: %2 '%3' is not kiosk, staff or event; using no mode (the public "
                           "screens in a normal window).")
                            .arg(path, modeKey, mode));
    }

    config.m_idleTimeoutSeconds = reader.seconds(
        idleKey, defaultIdleTimeoutSeconds, minimumIdleTimeoutSeconds, maximumIdleTimeoutSeconds);
    config.m_eventIdleTimeoutSeconds =
        reader.seconds(eventIdleKey, defaultEventIdleTimeoutSeconds, minimumIdleTimeoutSeconds,
                       maximumIdleTimeoutSeconds);

    config.m_enabledLanguages = reader.languages(enabledLanguagesKey, defaultEnabledLanguages());
    const QString fallbackLanguage = config.m_enabledLanguages.contains(QLatin1String("en"))
                                         ? QStringLiteral("en")
                                         : config.m_enabledLanguages.constFirst();
    config.m_defaultLanguage =
        reader.language(defaultLanguageKey, config.m_enabledLanguages, fallbackLanguage);

    // The hash itself is never echoed: a warning names the key, not the secret-derived value.
    const QString hash = reader.text(staffPinHashKey);
    if (!hash.isEmpty()) {
        if (hash.startsWith(QLatin1String("$argon2id$")) ||
            hash.startsWith(QLatin1String("$argon2i$")))
            config.m_staffPinHash = hash;
        else
            reader.warn(tr("%1: %2 is not a hash made by 'signpost --hash-staff-pin' (it starts "
                           "with $argon2id$); staff unlock stays off until it is set.")
                            .arg(path, staffPinHashKey));
    }

    const QString content = reader.text(contentPathKey);
    if (!content.isEmpty()) {
        config.m_contentPath = file.dir().absoluteFilePath(content);
        const QFileInfo contentFile(config.m_contentPath);
        if (!contentFile.isFile() || !contentFile.isReadable())
            reader.warn(tr("%1: %2 '%3' is not a readable file; Signpost will use the built-in "
                           "content.")
                            .arg(path, contentPathKey, content));
    }

    // Each entry is a minisign public key: the base64 line itself, or a .pub file (relative to
    // this file). A bad entry is left out, so packs signed with it are refused, never accepted.
    for (const QLatin1String &listKey : {trustedKeysKey, trustedLocalKeysKey}) {
        QList<MinisignKey> &keys =
            listKey == trustedKeysKey ? config.m_trustedContentKeys : config.m_trustedLocalKeys;
        for (const QString &entry : reader.list(listKey)) {
            const MinisignKey::Parsed key =
                MinisignKey::looksLikeKeyLine(entry)
                    ? MinisignKey::parse(entry.toLatin1())
                    : MinisignKey::fromFile(file.dir().absoluteFilePath(entry));
            if (key.key)
                addKey(keys, *key.key);
            else
                reader.warn(tr("%1: %2 entry '%3' is not a usable minisign public key (%4); it "
                               "is left out, so packs signed with it are refused.")
                                .arg(path, listKey, entry, key.error));
        }
    }

    const QString directory = reader.text(contentDirectoryKey);
    if (!directory.isEmpty()) {
        const QString absolute = QDir::cleanPath(file.dir().absoluteFilePath(directory));
        const QFileInfo info(absolute);
        if (info.exists() && !info.isDir())
            reader.warn(tr("%1: %2 '%3' is a file, not a directory; using %4.")
                            .arg(path, contentDirectoryKey, directory, config.m_contentDirectory));
        else
            config.m_contentDirectory = absolute;
    }

    const QString legacy = reader.text(allowLegacyKey).toLower();
    if (!legacy.isEmpty()) {
        if (legacy == QLatin1String("true") || legacy == QLatin1String("yes") ||
            legacy == QLatin1String("1"))
            config.m_allowLegacySignatures = true;
        else if (legacy != QLatin1String("false") && legacy != QLatin1String("no") &&
                 legacy != QLatin1String("0"))
            reader.warn(tr("%1: %2 '%3' is not true or false; using false (legacy minisign "
                           "signatures are refused).")
                            .arg(path, allowLegacyKey, reader.text(allowLegacyKey)));
    }

    const QString region = reader.text(regionKey).toLower();
    if (!region.isEmpty()) {
        config.m_region = ContentVocabulary::regionFromName(region);
        if (!config.m_region)
            reader.warn(tr("%1: %2 '%3' is not %4; using none (a UK-wide kiosk, which offers "
                           "only services for the whole UK).")
                            .arg(path, regionKey, reader.text(regionKey),
                                 ContentVocabulary::regionNames().join(QLatin1String(", "))));
    }

    // node_exporter reads only *.prom files, so the temporary PATH.tmp is never scraped half-done.
    const QString metrics = reader.text(metricsTextfileKey);
    if (!metrics.isEmpty()) {
        config.m_metricsTextfile = QDir::cleanPath(file.dir().absoluteFilePath(metrics));
        if (!QFileInfo(QFileInfo(config.m_metricsTextfile).absolutePath()).isDir())
            reader.warn(tr("%1: %2 '%3' is not in an existing directory; the kiosk will try to "
                           "write it anyway, and say so if it cannot.")
                            .arg(path, metricsTextfileKey, metrics));
        else if (!config.m_metricsTextfile.endsWith(QLatin1String(".prom")))
            reader.warn(tr("%1: %2 '%3' does not end in .prom, so node_exporter's textfile "
                           "collector will not read it.")
                            .arg(path, metricsTextfileKey, metrics));
    }
    config.m_speech = SpeechSettings::read(reader.text(speechKey), reader.text(speechVolumeKey),
                                           reader.text(speechRateKey), reader.text(speechDeviceKey),
                                           path, &config.m_warnings);

    const QString layout = reader.text(layoutKey);
    if (!layout.isEmpty()) {
        if (const std::optional<ReachZone::Layout> chosen = ReachZone::fromName(layout))
            config.m_layout = *chosen;
        else
            reader.warn(
                tr("%1: %2 '%3' is not %4; using standard.")
                    .arg(path, layoutKey, layout, ReachZone::names().join(QLatin1String(" or "))));
    }
    return config;
}
