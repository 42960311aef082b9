// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/status/MetricsTextfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

MetricsTextfile::MetricsTextfile(QString path, Render render, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_render(std::move(render))
{
    m_timer.setInterval(intervalMilliseconds);
    m_timer.setTimerType(Qt::VeryCoarseTimer); // a minute, give or take: wake the CPU rarely
    connect(&m_timer, &QTimer::timeout, this, [this] { writeIfChanged(); });
}

QString MetricsTextfile::start()
{
    if (m_path.isEmpty())
        return {};
    QString error;
    writeIfChanged(&error);
    m_timer.start();
    return error;
}

bool MetricsTextfile::writeIfChanged(QString *error)
{
    if (m_path.isEmpty())
        return true;
    const QByteArray bytes = m_render();
    if (m_writes > 0 && bytes == m_lastWritten)
        return true;
    const QString temporary = temporaryPath(m_path);
    QFile file(temporary);
    // node_exporter reads it as its own account, and the kiosk service's UMask=0077 would leave
    // a new file to the kiosk account alone: it holds nothing private, so 0644 whatever the umask.
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadGroup | QFileDevice::ReadOther) &&
                         file.write(bytes) == bytes.size() && file.flush();
    file.close();
#ifdef Q_OS_WIN
    // Windows' rename refuses an existing target: there the old file goes first (not atomic;
    // node_exporter's textfile collector is a Linux tool anyway).
    if (written)
        QFile::remove(m_path);
#endif
    // std::rename replaces the old file in one step on POSIX (QFile::rename refuses to).
    if (!written || std::rename(QFile::encodeName(temporary).constData(),
                                QFile::encodeName(m_path).constData()) != 0) {
        if (error)
            *error = QCoreApplication::translate("MetricsTextfile",
                                                 "metrics_textfile: cannot write %1 (%2)")
                         .arg(m_path, file.errorString());
        QFile::remove(temporary);
        return false;
    }
    m_lastWritten = bytes;
    ++m_writes;
    return true;
}
