// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/ActiveContent.h"

#include "core/loading/ContentLoader.h"
#include "core/packs/ContentPackStore.h"
#include "core/packs/ContentPackVerifier.h"
#include "core/startup/Configuration.h"
#include "core/startup/CrashLoopGuard.h"
#include "core/startup/LocalPackLoader.h"

#include <QDir>

#include <chrono>

namespace {

QString unreadableStore(const QString &denied)
{
    return ActiveContent::tr("%1; installed packs must be readable by every account: run "
                             "signpost --install-pack again as root (with any pack, even the one "
                             "installed), which repairs the content store's permissions")
        .arg(denied);
}

} // namespace

bool ActiveContent::namesBuiltIn(const QString &commandLinePath)
{
    return commandLinePath == QLatin1String("builtin");
}

ActiveContent ActiveContent::choose(const Request &request, const Configuration &config,
                                    const QDate &today)
{
    if (request.crashLoopStarts > 0) {
        const QString skipped = intendedSource(request.commandLinePath, config);
        if (!skipped.isEmpty())
            return afterCrashLoop(skipped, request.crashLoopStarts, today);
    }
    ActiveContent active = namesBuiltIn(request.commandLinePath) ? builtInContent(today)
                           : !request.commandLinePath.isEmpty()
                               ? fromFile(request.commandLinePath, today)
                               : configured(config, today);
    if (!request.localPackPath.isEmpty())
        LocalPackLoader::applyFile(active, request.localPackPath, today);
    else if (request.commandLinePath.isEmpty())
        LocalPackLoader::applyInstalled(active, config, today);
    return active;
}

QString ActiveContent::intendedSource(const QString &commandLinePath, const Configuration &config)
{
    if (namesBuiltIn(commandLinePath))
        return {};
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString pack = ContentPackStore(config.contentDirectory()).installedPackPath();
    return pack.isEmpty() ? config.contentPath()
                          : QDir(pack).filePath(ContentPackVerifier::contentFileName());
}

ActiveContent ActiveContent::configured(const Configuration &config, const QDate &today)
{
    const ContentPackStore store(config.contentDirectory());
    // A store this account may not read is not "no pack installed": that would silently show
    // older content. The built-in content, and staff are told the real cause.
    if (const auto denied = store.readProblem()) {
        const QString pack = store.installedPackPath(); // empty when `current` is unreadable
        return builtInInstead(pack.isEmpty() ? store.directory() : pack, unreadableStore(*denied),
                              today);
    }
    const QString path = store.installedPackPath();
    if (path.isEmpty())
        return fromFile(config.contentPath(), today);

    const ContentPackVerifier verifier(config.trustedContentKeys(), config.allowLegacySignatures());
    ContentPackVerifier::Result verified = verifier.verify(path, today);
    QString reason = verified.reason;
    if (verified.problem == PackProblem::Unreadable)
        reason = unreadableStore(reason);
    if (verified.pack && verified.pack->serial < store.installedSerial(verified.pack->keyId))
        reason = tr("%1: the content store points at version %2, older than a version installed "
                    "before; install the newest pack again with signpost --install-pack")
                     .arg(path)
                     .arg(verified.pack->serial);
    else if (verified.pack) {
        ActiveContent active;
        active.content = std::move(verified.pack->content);
        active.source = QDir(path).filePath(ContentPackVerifier::contentFileName());
        active.builtIn = false;
        active.fromPack = true;
        active.issues = verified.issues;
        return active;
    }
    // Never unverified content: the built-in set, and staff see why the pack was set aside.
    ActiveContent fallback = builtInInstead(path, reason, today);
    fallback.issues = verified.issues + fallback.issues;
    return fallback;
}

ActiveContent ActiveContent::fromFile(const QString &path, const QDate &today)
{
    ActiveContent active;
    if (!path.isEmpty()) {
        ContentLoader::Result configured = ContentLoader::loadFile(path, today);
        if (configured.content) {
            active.content = std::move(*configured.content);
            active.source = path;
            active.builtIn = false;
            active.issues = configured.issues;
            return active;
        }
        // Never a partial set: the whole configured file is set aside, and staff see why.
        active.fellBack = true;
        active.issues = configured.issues;
    }
    ContentLoader::Result builtIn = ContentLoader::loadFile(ContentLoader::builtInPath(), today);
    active.source = ContentLoader::builtInPath();
    active.builtIn = true;
    if (!active.fellBack)
        active.issues = builtIn.issues;
    if (builtIn.content)
        active.content = std::move(*builtIn.content);
    return active;
}

ActiveContent ActiveContent::builtInContent(const QDate &today)
{
    return fromFile(QString(), today);
}

ActiveContent ActiveContent::builtInInstead(const QString &skipped, const QString &reason,
                                            const QDate &today)
{
    ActiveContent fallback = builtInContent(today);
    fallback.fellBack = true;
    fallback.issues = {{ContentIssue::Severity::Error, skipped, QString(), reason}};
    return fallback;
}

ActiveContent ActiveContent::afterCrashLoop(const QString &skipped, int uncleanStarts,
                                            const QDate &today)
{
    const QString reason =
        tr("Signpost stopped unexpectedly %n times in the last %1 minutes, so it is showing its "
           "built-in content. A clean restart (Quit in the staff menu, or systemctl restart) "
           "tries this content again.",
           nullptr, uncleanStarts)
            .arg(std::chrono::minutes(CrashLoopGuard::window).count());
    return builtInInstead(skipped, reason, today);
}

bool ActiveContent::needsReload(const Configuration &config, const QDate &today) const
{
    // The local pack first: it changes on its own, whatever the national content does.
    if (LocalPackLoader::needsReload(*this, config, today))
        return true;
    const ContentPackStore store(config.contentDirectory());
    const QString path = store.installedPackPath();
    if (path.isEmpty())
        return fromPack; // the pack was taken away: fall back as a fresh start would
    if (source != QDir(path).filePath(ContentPackVerifier::contentFileName()))
        return true;
    // The same pack: only its expiry can have changed.
    return store.installedPackExpired(today);
}

QString ActiveContent::describe() const
{
    const QString national = describeNational();
    if (local.applied())
        return tr("%1 With the local pack %2 (local pack '%3' version %4).")
            .arg(national, local.source, local.id)
            .arg(local.version);
    if (local.dropped())
        return tr("%1 The local pack %2 was dropped, so only the national content runs: %3")
            .arg(national, local.source, local.reason);
    return national;
}

QString ActiveContent::describeNational() const
{
    const ContentMetadata &metadata = content.metadata;
    if (fellBack)
        return tr("Using the built-in content (content '%1' version %2) because the configured "
                  "content could not be used; the reason is above.")
            .arg(metadata.id)
            .arg(metadata.version);
    if (builtIn)
        return tr("Using the built-in content (content '%1' version %2).")
            .arg(metadata.id)
            .arg(metadata.version);
    if (fromPack)
        return tr("Using the installed content pack %1 (content '%2' version %3).")
            .arg(source, metadata.id)
            .arg(metadata.version);
    return tr("Using the content file %1 (content '%2' version %3).")
        .arg(source, metadata.id)
        .arg(metadata.version);
}
