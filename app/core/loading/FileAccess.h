// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDevice>
#include <QString>
#include <QStringList>

#include <optional>

// Whether the account Signpost runs as can read a file or directory, the real reason when it
// cannot, and the modes of what every account must read (the content store, public keys). Qt
// reports a file inside a directory this account may not enter as missing; the kiosk account
// meeting a root-only directory must be told "permission denied", not "no such file".
namespace FileAccess {

// The account this process runs as ("signpost", "nobody"); empty when it has no name.
QString accountName();

// A sentence when `path` (or a directory on the way to it) exists but this account may not read
// it, or, for a directory, enter it: "the account 'nobody' cannot read /x (permission denied)".
// nullopt when it is readable or simply is not there.
std::optional<QString> readProblem(const QString &path);

// 0755 and 0644: readable by every account, written by the owner alone.
constexpr QFileDevice::Permissions publicDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
    QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions publicFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther;

// Adds the bits of `needed` that `path` lacks, keeping any others; true when it changed it.
bool addMissingPermissions(const QString &path, QFileDevice::Permissions needed);

// The directories above `path` that other accounts may not enter (so they cannot reach it).
QStringList closedParents(const QString &path);

} // namespace FileAccess
