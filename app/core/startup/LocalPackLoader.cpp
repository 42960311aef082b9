// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/LocalPackLoader.h"

#include "core/packs/ContentPackStore.h"
#include "core/packs/ContentPackVerifier.h"
#include "core/packs/LocalPackValidation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LocalPackLoader", text);
}

} // namespace

QString LocalPackLoader::storeDirectory(const Configuration &config)
{
    return QDir(config.contentDirectory()).filePath(QStringLiteral("local"));
}

bool LocalPackLoader::needsReload(const ActiveContent &shown, const Configuration &config,
                                  const QDate &today)
{
    const ContentPackStore store(storeDirectory(config));
    const QString path = store.installedPackPath();
    if (path.isEmpty())
        return shown.local.status != LocalPackState::Status::None;
    if (shown.local.source != QDir(path).filePath(ContentPackVerifier::contentFileName()))
        return true;
    return shown.local.applied() && store.installedPackExpired(today);
}

void LocalPackLoader::applyInstalled(ActiveContent &active, const Configuration &config,
                                     const QDate &today)
{
    const ContentPackStore store(storeDirectory(config));
    LocalPackState &state = active.local;
    state = LocalPackState{};
    if (const auto denied = store.readProblem()) {
        state.status = LocalPackState::Status::Dropped;
        state.source = store.directory();
        state.reason = tr("%1; run signpost --install-pack again as root with the local pack, "
                          "which repairs the store's permissions")
                           .arg(*denied);
        return;
    }
    const QString path = store.installedPackPath();
    if (path.isEmpty())
        return;
    state.source = QDir(path).filePath(ContentPackVerifier::contentFileName());
    ContentPackVerifier verifier(config.trustedLocalKeys(), config.allowLegacySignatures(),
                                 PackKind::Local);
    verifier.setNationalContent(&active.content);
    ContentPackVerifier::Result verified = verifier.verify(path, today);
    state.issues = verified.issues;
    if (verified.pack && verified.pack->serial < store.installedSerial(verified.pack->keyId)) {
        state.status = LocalPackState::Status::Dropped;
        state.reason = tr("%1: the local store points at version %2, older than a version "
                          "installed before; install the newest local pack again")
                           .arg(path)
                           .arg(verified.pack->serial);
        return;
    }
    if (!verified.pack) {
        state.status = LocalPackState::Status::Dropped;
        state.reason = verified.reason;
        return;
    }
    state.status = LocalPackState::Status::Applied;
    state.id = verified.pack->contentId;
    state.version = verified.pack->serial;
    state.keyId = verified.pack->keyId;
    state.expires = verified.pack->expires;
    active.content = std::move(verified.pack->content);
}

QString LocalPackLoader::contentFileIn(const QString &path)
{
    return QFileInfo(path).isDir() ? QDir(path).filePath(ContentPackVerifier::contentFileName())
                                   : path;
}

void LocalPackLoader::applyFile(ActiveContent &active, const QString &path, const QDate &today)
{
    LocalPackState &state = active.local;
    state = LocalPackState{};
    state.source = contentFileIn(path);
    LocalPackValidation::Result checked =
        LocalPackValidation::checkFile(state.source, active.content, today);
    state.issues = checked.issues;
    if (!checked.pack || !checked.merged) {
        state.status = LocalPackState::Status::Dropped;
        state.reason = tr("it is not valid on this content; run signpost --validate with "
                          "--with-local for each problem");
        for (const ContentIssue &issue : std::as_const(checked.issues)) {
            if (issue.severity == ContentIssue::Severity::Error) {
                state.reason = issue.toString();
                break;
            }
        }
        return;
    }
    state.status = LocalPackState::Status::Applied;
    state.id = checked.pack->metadata.id;
    state.version = checked.pack->metadata.version;
    active.content = std::move(*checked.merged);
}
