// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/packs/MinisignKey.h"
#include "core/speech/SpeechSettings.h"
#include "core/startup/CommandLine.h"
#include "core/visit/ReachZone.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The system configuration an IT officer writes at install time (one INI file); Signpost only reads
// it. Every bad value falls back to its default with a warning a person can act on.
class Configuration
{
    Q_DECLARE_TR_FUNCTIONS(Configuration)

public:
    static constexpr int defaultIdleTimeoutSeconds = 90;
    static constexpr int defaultEventIdleTimeoutSeconds = 60;
    static constexpr int minimumIdleTimeoutSeconds = 30;
    static constexpr int maximumIdleTimeoutSeconds = 600;

    Configuration(); // every default, no file

    // Linux and other Unix: /etc/signpost/signpost.conf;
    // Windows: %ProgramData%\Signpost\signpost.ini (C:\ProgramData when the variable is unset).
    static QString defaultPath();
    // Where installed content packs live. Linux and other Unix: /var/lib/signpost/content;
    // Windows: %ProgramData%\Signpost\content.
    static QString defaultContentDirectory();

    // Reads `path` once and never writes it. A missing file gives the defaults, with a warning
    // only when `namedExplicitly` (the person asked for that file with --config).
    static Configuration load(const QString &path, bool namedExplicitly);
    // --config FILE when given, else defaultPath().
    static Configuration load(const LaunchOptions &options);

    QString path() const { return m_path; }
    bool fileFound() const { return m_fileFound; }

    std::optional<Mode> mode() const { return m_mode; }
    int idleTimeoutSeconds() const { return m_idleTimeoutSeconds; }
    int eventIdleTimeoutSeconds() const { return m_eventIdleTimeoutSeconds; }
    QString defaultLanguage() const { return m_defaultLanguage; }
    QStringList enabledLanguages() const { return m_enabledLanguages; }
    QString staffPinHash() const { return m_staffPinHash; } // empty: staff unlock is impossible
    QString contentPath() const { return m_contentPath; }   // empty: the built-in content
    // Signed content packs: the keys a pack may be signed with (none: every pack is refused),
    // the content store, and whether minisign's legacy "Ed" signatures are accepted.
    // trusted_content_keys, then every *.pub file in trustedKeysDirectory().
    QList<MinisignKey> trustedContentKeys() const { return m_trustedContentKeys; }
    // trusted_local_keys, then every *.pub file in keys/local/: the keys a local overlay pack
    // may be signed with. Never a national key (one in both lists is left out here).
    QList<MinisignKey> trustedLocalKeys() const { return m_trustedLocalKeys; }
    // "keys" beside the configuration file (/etc/signpost/keys): public keys any account may
    // read, trusted even when the configuration file itself cannot be read.
    QString trustedKeysDirectory() const;
    QString contentDirectory() const { return m_contentDirectory; }
    bool allowLegacySignatures() const { return m_allowLegacySignatures; }
    // The nation the kiosk stands in; unset: UK-wide (RegionalContent says what each offers).
    std::optional<Region> region() const { return m_region; }
    // metrics_textfile: where a running kiosk keeps its state for node_exporter's textfile
    // collector (absolute; relative paths are relative to this file); empty: not written.
    QString metricsTextfile() const { return m_metricsTextfile; }
    // Reading aloud: speech, speech_volume, speech_rate and speech_device.
    SpeechSettings speech() const { return m_speech; }
    // layout: standard, or low-reach (every visitor control in the lower part: ReachZone).
    ReachZone::Layout layout() const { return m_layout; }

    // Sentences naming the key, the bad value and the default used, for stderr.
    QStringList warnings() const { return m_warnings; }

private:
    static Configuration readFile(const QString &path, bool namedExplicitly);
    void addDirectoryKeys();
    void addKeysFrom(const QString &directory, QList<MinisignKey> &keys);
    static void addKey(QList<MinisignKey> &keys, const MinisignKey &key);
    void dropKeysOfBothKinds();

    QString m_path;
    bool m_fileFound = false;
    std::optional<Mode> m_mode;
    int m_idleTimeoutSeconds = defaultIdleTimeoutSeconds;
    int m_eventIdleTimeoutSeconds = defaultEventIdleTimeoutSeconds;
    QString m_defaultLanguage;
    QStringList m_enabledLanguages;
    QString m_staffPinHash;
    QString m_contentPath;
    QList<MinisignKey> m_trustedContentKeys;
    QList<MinisignKey> m_trustedLocalKeys;
    QString m_contentDirectory;
    bool m_allowLegacySignatures = false;
    std::optional<Region> m_region;
    QString m_metricsTextfile;
    SpeechSettings m_speech;
    ReachZone::Layout m_layout = ReachZone::Layout::Standard;
    QStringList m_warnings;
};
