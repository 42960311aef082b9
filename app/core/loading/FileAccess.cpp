// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/FileAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace FileAccess {

QString accountName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(::geteuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

std::optional<QString> readProblem(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    struct stat info = {};
    bool denied = false;
    if (::stat(name.constData(), &info) != 0)
        denied = errno == EACCES; // a directory on the way may not be entered
    else {
        // Effective ids, as open() uses them; a directory must also be searchable.
        const int wanted = S_ISDIR(info.st_mode) ? (R_OK | X_OK) : R_OK;
        denied =
            ::faccessat(AT_FDCWD, name.constData(), wanted, AT_EACCESS) != 0 && errno == EACCES;
    }
    if (!denied)
        return std::nullopt;
    return QCoreApplication::translate("FileAccess",
                                       "the account '%1' cannot read %2 (permission denied)")
        .arg(accountName(), path);
#else
    Q_UNUSED(path);
    return std::nullopt; // Windows: an access-denied open says so in its own error text
#endif
}

bool addMissingPermissions(const QString &path, QFileDevice::Permissions needed)
{
    // Owner, group and other bits only: the "User" ones describe this process, not the file.
    constexpr QFileDevice::Permissions modeBits =
        publicDirectory | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    const QFileDevice::Permissions now = QFile::permissions(path) & modeBits;
    if ((now & needed) == needed)
        return false;
    return QFile::setPermissions(path, now | needed);
}

QStringList closedParents(const QString &path)
{
    QStringList closed;
#ifdef Q_OS_UNIX
    QString parent = QFileInfo(QDir(path).absolutePath()).absolutePath();
    for (;;) {
        if (QFileInfo::exists(parent) && !(QFile::permissions(parent) & QFileDevice::ExeOther))
            closed << parent;
        const QString up = QFileInfo(parent).absolutePath();
        if (up == parent)
            break;
        parent = up;
    }
#else
    Q_UNUSED(path);
#endif
    return closed;
}

} // namespace FileAccess
