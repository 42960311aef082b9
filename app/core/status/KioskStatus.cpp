// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/status/KioskStatus.h"
#include "core/startup/ActiveContent.h"

#include "core/packs/ContentPackStore.h"
#include "core/packs/ContentPackVerifier.h"
#include "core/packs/MinisignSignature.h"
#include "core/startup/CrashLoopGuard.h"
#include "core/startup/LocalPackLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

KioskStatus::CrashLoop KioskStatus::CrashLoop::of(const CrashLoopGuard &guard)
{
    return {guard.isActive(), guard.recentUncleanStarts(), guard.inCrashLoop()};
}

QString KioskStatus::contentSourceName(ContentSource source)
{
    switch (source) {
    case ContentSource::BuiltIn:
        return QStringLiteral("builtin");
    case ContentSource::Pack:
        return QStringLiteral("pack");
    case ContentSource::File:
        return QStringLiteral("file");
    }
    return {};
}

std::optional<KioskStatus::Pack> KioskStatus::installedPack(const QString &contentDirectory,
                                                            const QDate &today)
{
    const QString path = ContentPackStore(contentDirectory).installedPackPath();
    if (path.isEmpty())
        return std::nullopt;
    Pack pack;
    pack.kind = QStringLiteral("content");
    pack.path = QDir(path).filePath(ContentPackVerifier::contentFileName());
    // The directory is "<version>-<KEYID>" (ContentPackStore).
    const QString name = QFileInfo(path).fileName();
    pack.version = name.section(QLatin1Char('-'), 0, 0).toLongLong();
    pack.keyId = name.section(QLatin1Char('-'), 1);
    QFile signatureFile(QDir(path).filePath(ContentPackVerifier::signatureFileName()));
    if (signatureFile.open(QIODevice::ReadOnly)) {
        const auto parsed =
            MinisignSignature::parse(signatureFile.read(MinisignSignature::maxFileBytes));
        if (parsed.signature) {
            const std::optional<QDate> expires = ContentPackVerifier::expiryOf(
                QString::fromUtf8(parsed.signature->trustedComment()));
            if (expires && expires->isValid()) {
                pack.expires = *expires;
                pack.daysToExpiry = today.daysTo(*expires);
            }
        }
    }
    return pack;
}

std::optional<KioskStatus::Pack>
KioskStatus::localPack(const Configuration &config, const ActiveContent &active, const QDate &today)
{
    std::optional<Pack> pack = installedPack(LocalPackLoader::storeDirectory(config), today);
    if (!pack && !active.local.dropped())
        return std::nullopt;
    if (!pack) {
        // The store itself could not be read: no directory name to read the version from.
        pack = Pack{};
        pack->path = active.local.source;
    }
    pack->kind = QStringLiteral("local");
    const LocalPackState &state = active.local;
    pack->inUse = state.applied() && QFileInfo(state.source).absoluteFilePath() ==
                                         QFileInfo(pack->path).absoluteFilePath();
    if (pack->inUse)
        pack->id = state.id;
    if (state.dropped()) {
        pack->dropped = true;
        pack->droppedReason = state.reason;
    }
    return pack;
}

KioskStatus KioskStatus::collect(const Configuration &config, const ActiveContent &active,
                                 const CrashLoop &crashLoop, const QDate &today,
                                 const QDateTime &started, const VoiceCheck &voices)
{
    KioskStatus status;
    status.version = QStringLiteral(SIGNPOST_VERSION);
    if (config.mode())
        status.mode = modeName(*config.mode());
    status.contentSource = active.builtIn    ? ContentSource::BuiltIn
                           : active.fromPack ? ContentSource::Pack
                                             : ContentSource::File;
    if (!active.builtIn)
        status.contentPath = active.source;
    const ContentMetadata &metadata = active.content.metadata;
    status.contentId = metadata.id;
    status.contentVersion = metadata.version;
    status.reviewDue = metadata.reviewDue;
    status.reviewOverdue = metadata.reviewDue.isValid() && metadata.reviewDue < today;
    if (std::optional<Pack> pack = installedPack(config.contentDirectory(), today)) {
        pack->inUse = active.fromPack && QFileInfo(active.source).absoluteFilePath() ==
                                             QFileInfo(pack->path).absoluteFilePath();
        if (pack->inUse)
            pack->id = metadata.id;
        status.packs << *pack;
    }
    if (std::optional<Pack> local = localPack(config, active, today))
        status.packs << *local;
    status.crashLoop = crashLoop;
    status.fallbackActive = active.fellBack;
    if (active.fellBack) {
        QStringList reasons;
        for (const ContentIssue &issue : active.issues)
            reasons << issue.toString();
        status.fallbackReason = reasons.isEmpty() ? QStringLiteral("the configured content could "
                                                                   "not be used")
                                                  : reasons.constFirst();
    }
    status.enabledLanguages = config.enabledLanguages();
    status.defaultLanguage = config.defaultLanguage();
    const SpeechSettings::Mode speechMode = config.speech().mode;
    status.speech.mode = SpeechSettings::modeName(speechMode);
    if (speechMode != SpeechSettings::Mode::Off && voices)
        status.speech.languagesWithoutVoice = voices(status.enabledLanguages);
    status.started = started.toUTC();
    return status;
}
