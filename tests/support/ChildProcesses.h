// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The processes this test process has started that are still running, including any that
// detached (a daemon's double fork): after adoptOrphans(), those become this process's children.
#include <QDir>
#include <QFile>
#include <QList>

#include <sys/prctl.h>
#include <unistd.h>

namespace ChildProcesses {

// Makes this process the subreaper of everything it starts, so a detached daemon is seen too.
inline bool adoptOrphans()
{
    return ::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0;
}

// The process ids whose parent is this process and that have not exited (zombies left out).
inline QList<qint64> running()
{
    QList<qint64> children;
    const QString self = QString::number(::getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (name) state ppid ...": the name may hold spaces, so read after its last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(0) != "Z" && fields.at(1) == self.toLatin1())
            children << pid;
    }
    return children;
}

} // namespace ChildProcesses
