// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/startup/PublicMessageGate.h"

#include <QLoggingCategory>

#include <atomic>

namespace {
// Qt may log from any thread (the accessibility bridge, the image loaders).
std::atomic<PublicMessageGate::Stage> g_stage{PublicMessageGate::Stage::StartingUp};
QtMessageHandler g_nextHandler = nullptr;
QLoggingCategory::CategoryFilter g_nextFilter = nullptr;
} // namespace

bool PublicMessageGate::lets(QtMsgType type, Stage stage)
{
    if (stage == Stage::OnScreen)
        return false;
    return type != QtDebugMsg && type != QtInfoMsg;
}

void PublicMessageGate::install()
{
    g_stage = Stage::StartingUp;
    g_nextHandler = qInstallMessageHandler(handle);
    g_nextFilter = QLoggingCategory::installFilter(filterCategory);
}

void PublicMessageGate::closeAfterFirstPaint()
{
    g_stage = Stage::OnScreen;
}

PublicMessageGate::Stage PublicMessageGate::stage()
{
    return g_stage;
}

void PublicMessageGate::handle(QtMsgType type, const QMessageLogContext &context,
                               const QString &message)
{
    // A fatal message is dropped too after the first paint: Qt aborts all the same.
    if (!lets(type, g_stage) || !g_nextHandler)
        return;
    g_nextHandler(type, context, message);
}

void PublicMessageGate::filterCategory(QLoggingCategory *category)
{
    // Debug and info stay off in every category, so their text is never even formatted.
    if (g_nextFilter)
        g_nextFilter(category);
    category->setEnabled(QtDebugMsg, false);
    category->setEnabled(QtInfoMsg, false);
}
