// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/packs/ContentPackStore.h"

#include "core/loading/FileAccess.h"
#include "core/packs/MinisignSignature.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

const QString packsDir = QStringLiteral("packs");
const QString serialsDir = QStringLiteral("serials");
const QString currentFile = QStringLiteral("current");
const QString previousFile = QStringLiteral("previous");

// A pack directory's name: "<serial>-<KEYID>". Anything else in packs/ is not a pack.
const QRegularExpression &generationPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,18})-([0-9A-F]{1,16})\\z"));
    return pattern;
}

// Flushes a file's data to the disk so a rename after it can never expose an empty file.
bool syncFile(QFileDevice &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

// Makes a rename or a new entry in `path` durable (POSIX needs the directory itself synced).
void syncDirectory(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

bool writeSynced(const QString &path, const QByteArray &bytes, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !file.setPermissions(FileAccess::publicFile) || file.write(bytes) != bytes.size() ||
        !syncFile(file)) {
        error = ContentPackStore::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

ContentPackStore::ContentPackStore(QString directory)
    : m_directory(std::move(directory))
{}

QString ContentPackStore::readLine(const QString &name) const
{
    QFile file(QDir(m_directory).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.read(256)).trimmed();
}

QString ContentPackStore::packPath(const QString &generation) const
{
    if (!generationPattern().match(generation).hasMatch())
        return {};
    return QDir(m_directory).filePath(packsDir + QLatin1Char('/') + generation);
}

QString ContentPackStore::installedGeneration() const
{
    const QString generation = readLine(currentFile);
    return generationPattern().match(generation).hasMatch() ? generation : QString();
}

QString ContentPackStore::installedPackPath() const
{
    return packPath(installedGeneration());
}

QString ContentPackStore::previousPackPath() const
{
    return packPath(readLine(previousFile));
}

qint64 ContentPackStore::installedSerial(const QString &keyId) const
{
    qint64 serial = readLine(serialsDir + QLatin1Char('/') + keyId).toLongLong();
    // `current` is written before serials/, so after a crash between the two it is the newer.
    const auto match = generationPattern().match(installedGeneration());
    if (match.hasMatch() && match.captured(2) == keyId)
        serial = std::max(serial, match.captured(1).toLongLong());
    return serial;
}

std::optional<QString> ContentPackStore::serialProblem(const VerifiedPack &pack) const
{
    const qint64 installed = installedSerial(pack.keyId);
    if (pack.serial > installed)
        return std::nullopt;
    return tr("content version %1 is not newer than version %2 already installed from key %3, so "
              "it is refused (no rollback); a new pack must raise metadata.version")
        .arg(pack.serial)
        .arg(installed)
        .arg(pack.keyId);
}

bool ContentPackStore::writeAtomically(const QString &path, const QByteArray &bytes,
                                       QString &error) const
{
    QSaveFile file(path);
    // The mode is set on the new file before the rename, so `current` is never unreadable, even
    // for a moment, and an old 0600 one does not pass its mode on (QSaveFile keeps it).
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(FileAccess::publicFile) ||
        file.write(bytes) != bytes.size() || !syncFile(file) || !file.commit()) {
        error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    syncDirectory(QFileInfo(path).absolutePath());
    return true;
}

ContentPackStore::InstallResult ContentPackStore::install(const VerifiedPack &pack)
{
    InstallResult result;
    // First, so that installing again a pack that is already there repairs a store an older
    // Signpost left readable by root alone.
    result.repaired = repairPermissions();
    if (const auto rollback = serialProblem(pack)) {
        result.problem = PackProblem::NotNewer;
        result.error = *rollback;
        return result;
    }
    const QDir store(m_directory);
    // A pack is public, signed data and the kiosk account (not the installer) reads it: every
    // directory made here, the store's parents included, is set 0755 and every file 0644,
    // whatever root's umask (and QTemporaryDir's 0700).
    QStringList created;
    for (QString missing = QDir::cleanPath(QDir(m_directory).absolutePath());
         !missing.isEmpty() && !QFileInfo::exists(missing);
         missing = QFileInfo(missing).absolutePath())
        created << missing;
    for (const QString &sub : {packsDir, serialsDir}) {
        if (!QFileInfo::exists(store.filePath(sub)))
            created << store.filePath(sub);
        if (!store.mkpath(sub)) {
            result.error = tr("cannot create %1; run --install-pack as an administrator (the "
                              "account that owns the content store)")
                               .arg(store.filePath(sub));
            return result;
        }
    }
    for (const QString &directory : std::as_const(created))
        QFile::setPermissions(directory, FileAccess::publicDirectory);
    // One install at a time (a timer and a person at the console may both run one).
    QLockFile lock(store.filePath(QStringLiteral(".install.lock")));
    if (!lock.tryLock(30000)) {
        result.error = tr("another install into %1 is still running; try again when it has "
                          "finished")
                           .arg(m_directory);
        return result;
    }
    // Checked again under the lock: the other install may have just put in this version.
    if (const auto rollback = serialProblem(pack)) {
        result.problem = PackProblem::NotNewer;
        result.error = *rollback;
        return result;
    }
    const QString generation = QStringLiteral("%1-%2").arg(pack.serial).arg(pack.keyId);
    const QString finalPath = packPath(generation);

    // 1. The whole pack in a temporary directory beside its final place, synced to disk.
    QTemporaryDir incoming(store.filePath(packsDir + QStringLiteral("/.incoming-XXXXXX")));
    if (!incoming.isValid()) {
        result.error = tr("cannot create a temporary directory in %1: %2")
                           .arg(store.filePath(packsDir), incoming.errorString());
        return result;
    }
    if (!QFile::setPermissions(incoming.path(), FileAccess::publicDirectory)) {
        result.error = tr("cannot make %1 readable by every account").arg(incoming.path());
        return result;
    }
    if (!writeSynced(incoming.filePath(ContentPackVerifier::contentFileName()), pack.contentBytes,
                     result.error) ||
        !writeSynced(incoming.filePath(ContentPackVerifier::signatureFileName()),
                     pack.signatureBytes, result.error))
        return result;
    syncDirectory(incoming.path());

    // 2. Renamed into place: a leftover of an install that stopped before step 3 is replaced.
    if (QFileInfo::exists(finalPath))
        QDir(finalPath).removeRecursively();
    if (!QDir().rename(incoming.path(), finalPath)) {
        result.error = tr("cannot move the new pack into %1").arg(finalPath);
        return result;
    }
    incoming.setAutoRemove(false);
    syncDirectory(store.filePath(packsDir));

    // 3. The switch: `current` replaced by one atomic rename. Then the rollback floor.
    const QString before = installedGeneration();
    if (!before.isEmpty() &&
        !writeAtomically(store.filePath(previousFile), before.toLatin1() + '\n', result.error))
        return result;
    if (!writeAtomically(store.filePath(currentFile), generation.toLatin1() + '\n', result.error))
        return result;
    result.installed = true;
    result.packPath = finalPath;
    QString serialError; // the pack is in; `current` already guards its serial if this fails
    writeAtomically(store.filePath(serialsDir + QLatin1Char('/') + pack.keyId),
                    QByteArray::number(pack.serial) + '\n', serialError);
    removeOldPacks(generation, before);
    return result;
}

int ContentPackStore::repairPermissions() const
{
    const QDir store(m_directory);
    if (!store.exists())
        return 0;
    int changed = 0;
    const auto fix = [&changed](const QString &path, QFileDevice::Permissions needed) {
        if (FileAccess::addMissingPermissions(path, needed))
            ++changed;
    };
    fix(store.absolutePath(), FileAccess::publicDirectory);
    for (const QString &name : {currentFile, previousFile}) {
        if (QFileInfo::exists(store.filePath(name)))
            fix(store.filePath(name), FileAccess::publicFile);
    }
    const QDir serials(store.filePath(serialsDir));
    if (serials.exists()) {
        fix(serials.absolutePath(), FileAccess::publicDirectory);
        for (const QString &name : serials.entryList(QDir::Files | QDir::Hidden))
            fix(serials.filePath(name), FileAccess::publicFile);
    }
    const QDir packs(store.filePath(packsDir));
    if (packs.exists()) {
        fix(packs.absolutePath(), FileAccess::publicDirectory);
        const auto generations = packs.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &generation : generations) {
            if (!generationPattern().match(generation).hasMatch())
                continue;
            const QDir pack(packs.filePath(generation));
            fix(pack.absolutePath(), FileAccess::publicDirectory);
            for (const QString &name : pack.entryList(QDir::Files | QDir::Hidden))
                fix(pack.filePath(name), FileAccess::publicFile);
        }
    }
    return changed;
}

std::optional<QString> ContentPackStore::readProblem() const
{
    if (const auto denied = FileAccess::readProblem(m_directory))
        return denied;
    const QString current = QDir(m_directory).filePath(currentFile);
    if (const auto denied = FileAccess::readProblem(current))
        return denied;
    const QString path = installedPackPath();
    if (!path.isEmpty())
        return FileAccess::readProblem(path);
    return std::nullopt;
}

QStringList ContentPackStore::unreachableParents() const
{
    return FileAccess::closedParents(m_directory);
}

void ContentPackStore::removeOldPacks(const QString &keep, const QString &alsoKeep) const
{
    QDir packs(QDir(m_directory).filePath(packsDir));
    const auto entries = packs.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &name : entries) {
        if (name != keep && name != alsoKeep)
            QDir(packs.filePath(name)).removeRecursively();
    }
}

bool ContentPackStore::installedPackExpired(const QDate &today) const
{
    const QString path = installedPackPath();
    if (path.isEmpty())
        return false;
    // The signature file is small; its trusted comment was verified when the pack was chosen.
    QFile file(QDir(path).filePath(ContentPackVerifier::signatureFileName()));
    if (!file.open(QIODevice::ReadOnly))
        return true;
    const auto signature = MinisignSignature::parse(file.read(MinisignSignature::maxFileBytes));
    if (!signature.signature)
        return true;
    const auto expires =
        ContentPackVerifier::expiryOf(QString::fromUtf8(signature.signature->trustedComment()));
    return expires && (!expires->isValid() || today > *expires);
}
