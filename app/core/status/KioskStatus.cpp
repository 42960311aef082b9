// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/status/KioskStatus.h"
#include "core/startup/ActiveContent.h"

#include "core/packs/ContentPackStore.h"
#include "core/packs/ContentPackVerifier.h"
#include "core/packs/MinisignSignature.h"
#include "core/startup/CrashLoopGuard.h"

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

KioskStatus KioskStatus::collect(const Configuration &config, const ActiveContent &active,
                                 const CrashLoop &crashLoop, const QDate &today,
                                 const QDateTime &started)
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
        status.packs << *pack;
    }
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
    status.started = started.toUTC();
    return status;
}
