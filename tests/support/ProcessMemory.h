// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// What this process holds in memory now, for the soak test and the soak benchmark: resident
// memory split into anonymous (heap, allocator arenas, pixel buffers) and file-backed (libraries,
// fonts) from /proc/self/status, and the heap glibc's allocator has handed out and not had back.
// A leak shows in the heap in use; memory freed but kept by the allocator shows only in RssAnon.
namespace ProcessMemory {

struct Sample
{
    qint64 rssKiB = -1;
    qint64 rssAnonKiB = -1;
    qint64 rssFileKiB = -1;
    qint64 heapInUseKiB = -1; // -1 where the allocator cannot say (not glibc, or AddressSanitizer)
};

inline Sample sample()
{
    Sample s;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const auto value = [&line](int skip) {
                return line.mid(skip).trimmed().split(' ').constFirst().toLongLong();
            };
            if (line.startsWith("VmRSS:"))
                s.rssKiB = value(6);
            else if (line.startsWith("RssAnon:"))
                s.rssAnonKiB = value(8);
            else if (line.startsWith("RssFile:"))
                s.rssFileKiB = value(8);
        }
    }
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    // Small blocks in the arenas plus large ones glibc mapped on their own.
    const struct mallinfo2 info = mallinfo2();
    s.heapInUseKiB = qint64((info.uordblks + info.hblkhd) / 1024);
#endif
    return s;
}

} // namespace ProcessMemory
