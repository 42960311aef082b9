// SPDX-License-Identifier: GPL-3.0-or-later
// The public screens started exactly as app/main.cpp starts them (same configuration, launch
// plan, session bus policy, message gate, content choice and KioskSession), then played through
// by VisitScript and quit. The no-trace test runs this under strace: it is the real public UI
// with a scripted visitor.
#include "VisitScript.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/CommandLine.h"
#include "core/startup/Configuration.h"
#include "core/startup/ContentFeed.h"
#include "core/startup/LaunchPlan.h"
#include "core/startup/PublicMessageGate.h"
#include "core/status/KioskHealth.h"
#include "ui/kiosk/KioskSession.h"
#include "ui/platform/FirstPaintNotifier.h"
#include "ui/public/KioskWindow.h"
#include "ui/speech/AlsaSink.h"
#include "ui/speech/SpeechCheck.h"
#include "ui/speech/SpeechController.h"

#include <QApplication>
#include <QDate>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

const char firstPaintMarker[] = "signpost_notrace_driver: first paint";

void print(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

// The line run_traced.py looks for: after it, standard error must stay empty.
void markFirstPaint()
{
    print(QStringLiteral("%1\n").arg(QLatin1String(firstPaintMarker)));
}

} // namespace

int main(int argc, char *argv[])
{
    const VisitScript::Plant plant = VisitScript::plantFromEnvironment();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine::Result parsed = CommandLine::parse(arguments);
    if (!parsed.error.isEmpty()) {
        print(QStringLiteral("signpost_notrace_driver: %1\n").arg(parsed.error));
        return 2;
    }
    const LaunchOptions &options = parsed.options;

    // From here on, as main() does for the public modes.
    const Configuration configuration = Configuration::load(options);
    for (const QString &warning : configuration.warnings())
        print(QStringLiteral("signpost: %1\n").arg(warning));
    const LaunchPlan plan = LaunchPlan::resolve(options, configuration);
    if (!plan.showsPublicScreens()) {
        print(QStringLiteral("signpost_notrace_driver: runs the public modes only\n"));
        return 2;
    }
    plan.prepareProcessEnvironment();
    if (plant == VisitScript::Plant::Autolaunch)
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // the session bus policy undone
    if (plant != VisitScript::Plant::LatePrint)
        PublicMessageGate::install();
    QApplication app(argc, argv);
    // The content as main() chooses it (ActiveContent's rule, through the same feed).
    ContentFeed feed({.commandLinePath = options.contentPath}, configuration);
    for (const QString &issue : feed.consoleIssues())
        print(QStringLiteral("signpost: %1\n").arg(issue));
    KioskSession session(plan, configuration.staffPinHash(), [&feed] { return feed.next(); });
    session.window()->setEnabledLanguages(configuration.enabledLanguages());
    session.setStartLanguage(options.language.isEmpty() ? configuration.defaultLanguage()
                                                        : options.language);
    QObject::connect(&session, &KioskSession::finished, &app, &QCoreApplication::quit);
    const SpeechController speech(session.window(), configuration.speech(),
                                  std::make_unique<AlsaSink>(configuration.speech().device));
    FirstPaintNotifier firstPaint(session.window());
    QObject::connect(&firstPaint, &FirstPaintNotifier::firstPainted, [] {
        PublicMessageGate::closeAfterFirstPaint();
        markFirstPaint();
    });
    // As main(): the staff menu's status and the metrics_textfile (when configured).
    KioskHealth health(configuration, {},
                       [&session]() -> const ActiveContent & { return session.activeContent(); });
    health.setMode(plan.mode);
    health.setVoiceCheck(SpeechCheck::voiceCheck());
    health.deferVoiceCheck();
    QObject::connect(&firstPaint, &FirstPaintNotifier::firstPainted, &health,
                     &KioskHealth::checkVoices);
    session.setStatusText([&health] { return health.text(); });
    if (const QString error = health.startMetrics(); !error.isEmpty())
        print(QStringLiteral("signpost: %1\n").arg(error));
    session.start();

    // The scripted visitor, once the event loop runs.
    VisitScript script(session, plant);
    QTimer::singleShot(0, &script, &VisitScript::run);
    const int status = app.exec();
    return status == 0 && script.succeeded() ? 0 : 1;
}
