// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/packs/ContentPackVerifier.h"

#include <QDate>
#include <QString>

#include <optional>

// The content store where verified content packs are installed (content_directory):
//   packs/<serial>-<KEYID>/content.json(.minisig)  the installed pack and the one before it
//   current, previous                              one line each: the pack directory's name
//   serials/<KEYID>                                the highest version installed from each key
// An install writes a whole new pack directory, then swaps `current` by atomic rename, so a
// reader sees the old pack or the new one, never half of one.
class ContentPackStore
{
public:
    explicit ContentPackStore(QString directory);

    QString directory() const { return m_directory; }

    // The installed pack's directory name ("7-AF0B60FF1AA03F1C"), or empty when none is.
    // Cheap: reads one small file, so a kiosk can ask at every reset.
    QString installedGeneration() const;
    QString installedPackPath() const; // the pack's directory, or empty
    QString previousPackPath() const;  // the pack it replaced, or empty
    // The highest content version installed from the key (minisign key id), 0 when none.
    qint64 installedSerial(const QString &keyId) const;
    // Why `pack` must not be installed over what is here (rollback), or nullopt when it may.
    std::optional<QString> serialProblem(const VerifiedPack &pack) const;

    struct InstallResult
    {
        bool installed = false;
        PackProblem problem = PackProblem::None; // NotNewer, or None with an error below
        QString error;                           // a sentence when not installed
        QString packPath;                        // where it went
        int repaired = 0; // files and directories made readable by every account again
    };
    // Writes exactly the verified bytes (temporary directory, fsync, rename, then `current` by
    // atomic rename), keeps the previous pack and removes older ones.
    InstallResult install(const VerifiedPack &pack);
    // Makes the store, its packs, `current`, `previous` and the serial floors readable by every
    // account again (adding the missing read and enter bits); returns how many it changed.
    // Best effort: an account that does not own the store changes nothing.
    int repairPermissions() const;
    // "the account 'signpost' cannot read …" when this account may not read the store, `current`
    // or the installed pack's directory; nullopt when it may (or there is no store).
    std::optional<QString> readProblem() const;
    // The store's parent directories other accounts may not enter (a kiosk account could never
    // reach the store through them).
    QStringList unreachableParents() const;

    // Whether the installed pack's expiry date (its trusted comment's expires=) has passed, or
    // its signature can no longer be read; false with no pack installed.
    bool installedPackExpired(const QDate &today) const;

private:
    QString packPath(const QString &generation) const;
    QString readLine(const QString &name) const;
    bool writeAtomically(const QString &path, const QByteArray &bytes, QString &error) const;
    void removeOldPacks(const QString &keep, const QString &alsoKeep) const;

    QString m_directory;
};
