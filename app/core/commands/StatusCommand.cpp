// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/StatusCommand.h"
#include "core/startup/ActiveContent.h"

#include "core/startup/CrashLoopGuard.h"
#include "core/status/KioskStatus.h"
#include "core/status/KioskStatusFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace StatusCommand {

int run(const LaunchOptions &options, const Configuration &config, const QDateTime &now,
        QTextStream &out, const KioskStatus::VoiceCheck &voices)
{
    const QDate today = now.toLocalTime().date();
    // Only read: a status query is not a start, so the ledger is not written.
    const CrashLoopGuard guard(CrashLoopGuard::ledgerPathFromEnvironment(), now.toUTC(),
                               QCoreApplication::applicationPid());
    const ActiveContent active = ActiveContent::choose(
        {.commandLinePath = options.contentPath, .crashLoopStarts = guard.crashLoopStarts()},
        config, today);
    const KioskStatus status =
        KioskStatus::collect(config, active, KioskStatus::CrashLoop::of(guard), today, now, voices);
    if (options.json)
        out << QString::fromUtf8(
            QJsonDocument(KioskStatusFormat::json(status)).toJson(QJsonDocument::Indented));
    else
        out << KioskStatusFormat::text(status);
    out.flush();
    return 0;
}

} // namespace StatusCommand
