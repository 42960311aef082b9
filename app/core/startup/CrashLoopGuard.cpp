// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/CrashLoopGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {
// Enough for any real loop; a ledger that somehow grew past it is read no further.
constexpr qsizetype maximumLedgerBytes = 64 * 1024;
} // namespace

CrashLoopGuard::CrashLoopGuard(QString ledgerPath, QDateTime now, qint64 processId)
    : m_ledgerPath(std::move(ledgerPath))
    , m_now(std::move(now))
    , m_processId(processId)
{
    if (isActive())
        m_recent = readRecentEntries();
}

QString CrashLoopGuard::ledgerPathFromEnvironment()
{
    const QString runtimeDirectory = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtimeDirectory.isEmpty())
        return {};
    const QFileInfo info(runtimeDirectory);
    if (!info.isAbsolute() || !info.isDir() || !info.isWritable())
        return {};
    return QDir(runtimeDirectory).filePath(QStringLiteral("signpost-starts"));
}

QList<CrashLoopGuard::Entry> CrashLoopGuard::readRecentEntries() const
{
    QFile file(m_ledgerPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(maximumLedgerBytes);
    const qint64 now = m_now.toMSecsSinceEpoch();
    const qint64 windowMsecs = std::chrono::milliseconds(window).count();
    QList<Entry> entries;
    for (const QByteArray &line : bytes.split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() != 2)
            continue;
        bool timeOk = false;
        bool pidOk = false;
        const Entry entry{fields.at(0).toLongLong(&timeOk), fields.at(1).toLongLong(&pidOk)};
        // A start "in the future" means the clock was set back; it still counts while it is
        // within the window either side of now, so a clock change cannot hide a loop for long.
        if (timeOk && pidOk && qAbs(now - entry.startedMsecs) <= windowMsecs)
            entries.append(entry);
    }
    return entries;
}

bool CrashLoopGuard::recordStart(QString *error)
{
    if (!isActive())
        return true;
    QByteArray bytes;
    QList<Entry> entries = m_recent;
    entries.append({m_now.toMSecsSinceEpoch(), m_processId});
    for (const Entry &entry : std::as_const(entries))
        bytes += QByteArray::number(entry.startedMsecs) + ' ' +
                 QByteArray::number(entry.processId) + '\n';
    // Written whole and renamed into place: a crash mid-write leaves the old ledger.
    QSaveFile file(m_ledgerPath);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("CrashLoopGuard", "cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_ledgerPath), file.errorString());
    return false;
}

void CrashLoopGuard::recordCleanExit()
{
    if (isActive())
        QFile::remove(m_ledgerPath);
}
