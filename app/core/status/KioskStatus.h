// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loading/ContentLoader.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/Configuration.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class CrashLoopGuard;

// What IT asks about a kiosk (signpost --status, the metrics textfile, the staff menu): the
// kiosk's own state only. Nothing here is derived from a visit: no counts, no times of visits or
// resets, no pathway, no language in use.
struct KioskStatus
{
    enum class ContentSource
    {
        BuiltIn,
        Pack,
        File,
    };

    // A signed pack in a store: the national content's, then the local overlay pack's.
    struct Pack
    {
        QString kind; // "content" (national) or "local"
        QString id;   // the pack's metadata.id, when it is in use
        QString keyId;
        qint64 version = 0;
        QString path;
        std::optional<QDate> expires;
        std::optional<qint64> daysToExpiry; // negative once expired
        bool inUse = false;                 // the content now shown came from it
        bool dropped = false;  // a local pack set aside on its own: the national content runs
        QString droppedReason; // one sentence, when dropped
    };

    // Read aloud as configured, and whether eSpeak NG has a voice for each language switched
    // on (known without opening a sound device; unset where it was not checked).
    struct Speech
    {
        QString mode = QStringLiteral("on-request"); // SpeechSettings::modeName
        std::optional<QStringList> languagesWithoutVoice;
    };
    // The languages of the list given that have no voice (the speech engine lives in the UI
    // library, so callers that have it pass it in).
    using VoiceCheck = std::function<QStringList(const QStringList &languages)>;

    // The crash-loop guard as this process found it when it started.
    struct CrashLoop
    {
        bool guardActive = false; // full screen with a runtime directory: starts are counted
        int recentUncleanStarts = 0;
        bool inCrashLoop = false;

        static CrashLoop of(const CrashLoopGuard &guard);
    };

    QString version;
    QString mode; // "kiosk", "event", "staff" or empty (the configuration names none)
    ContentSource contentSource = ContentSource::BuiltIn;
    QString contentPath; // the file or pack content.json; empty for the built-in content
    QString contentId;
    qint64 contentVersion = 0;
    QDate reviewDue;
    bool reviewOverdue = false;
    QList<Pack> packs;
    CrashLoop crashLoop;
    bool fallbackActive = false;
    QString fallbackReason; // why the built-in content is shown instead of the configured one
    QStringList enabledLanguages;
    QString defaultLanguage;
    Speech speech;
    QDateTime started; // when this process started (UTC); the one time-dependent fact

    static QString contentSourceName(ContentSource source);

    // The facts for a kiosk running `active` under `config`, on `today`; `voices`, when given
    // and speech is not off, tells which switched-on languages have no voice.
    static KioskStatus collect(const Configuration &config, const ActiveContent &active,
                               const CrashLoop &crashLoop, const QDate &today,
                               const QDateTime &started, const VoiceCheck &voices = {});
    // The installed pack in `contentDirectory`, read from its directory name and signature
    // (the kiosk verified it when loading; this only reports it); nullopt when none is installed.
    static std::optional<Pack> installedPack(const QString &contentDirectory, const QDate &today);
    // The installed local pack, in use or dropped and why; nullopt when none is installed.
    static std::optional<Pack> localPack(const Configuration &config, const ActiveContent &active,
                                         const QDate &today);
};
