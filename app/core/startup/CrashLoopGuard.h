// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>

// Notices a crash loop across restarts. A full-screen start writes its start time into a small
// ledger in the runtime directory (a tmpfs, gone at reboot; nothing about visitors) and a clean
// exit removes the ledger, so the starts left in it are ones that crashed, hung or were killed.
// Three of those within ten minutes (bad content is the likely cause) and the start that follows
// runs on the built-in content (ActiveContent's rule).
class CrashLoopGuard
{
public:
    static constexpr int uncleanStartsForFallback = 3;
    static constexpr std::chrono::minutes window{10};

    // An empty ledger path turns the guard off: never a crash loop, and nothing is written.
    CrashLoopGuard(QString ledgerPath, QDateTime now, qint64 processId);

    // "<XDG_RUNTIME_DIR>/signpost-starts" when that directory exists and is writable, else empty
    // (Windows, or no session): the guard is then off.
    static QString ledgerPathFromEnvironment();

    QString ledgerPath() const { return m_ledgerPath; }
    bool isActive() const { return !m_ledgerPath.isEmpty(); }
    // Starts in the ledger within the window before now that never exited cleanly.
    int recentUncleanStarts() const { return static_cast<int>(m_recent.size()); }
    bool inCrashLoop() const { return recentUncleanStarts() >= uncleanStartsForFallback; }
    // The unclean starts when in a crash loop, else 0: what ActiveContent's rule is asked with.
    int crashLoopStarts() const { return inCrashLoop() ? recentUncleanStarts() : 0; }

    // Adds this start to the ledger (dropping entries older than the window). False, with the
    // reason in `error`, when the ledger cannot be written; Signpost then runs without the guard.
    bool recordStart(QString *error = nullptr);
    // Signpost is quitting on purpose: the ledger goes, so a clean restart tries the configured
    // content again.
    void recordCleanExit();

private:
    struct Entry
    {
        qint64 startedMsecs = 0;
        qint64 processId = 0;
    };
    QList<Entry> readRecentEntries() const;

    QString m_ledgerPath;
    QDateTime m_now;
    qint64 m_processId = 0;
    QList<Entry> m_recent; // the unclean starts within the window, read once at construction
};
