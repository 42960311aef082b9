// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startup/WindowLaunch.h"

#include "core/commands/ConsoleCommands.h"
#include "core/startup/Configuration.h"
#include "core/startup/ContentFeed.h"
#include "core/startup/CrashLoopGuard.h"
#include "core/startup/DisplayEnvironment.h"
#include "core/startup/LaunchPlan.h"
#include "core/startup/PublicMessageGate.h"
#include "core/status/KioskHealth.h"
#include "ui/kiosk/KioskSession.h"
#include "ui/platform/FirstPaintNotifier.h"
#include "ui/platform/SystemdNotifier.h"
#include "ui/platform/TerminationSignalWatcher.h"
#include "ui/public/KioskWindow.h"
#include "ui/speech/AlsaSink.h"
#include "ui/speech/SpeechCheck.h"
#include "ui/speech/SpeechController.h"
#include "ui/staff/StaffWindow.h"

#include <QApplication>
#include <QDateTime>

#include <memory>

namespace WindowLaunch {

namespace {

// --quit-after-first-paint: exit 0 as soon as the window is on screen (benchmarks, smoke tests).
// exit() rather than quit(): it does not ask the window, which a locked-down kiosk would refuse.
void quitAfterFirstPaintIfAsked(QWidget &window, const LaunchOptions &options)
{
    if (!options.quitAfterFirstPaint)
        return;
    auto *notifier = new FirstPaintNotifier(&window, &window);
    QObject::connect(notifier, &FirstPaintNotifier::firstPainted,
                     [] { QCoreApplication::exit(0); });
}

// The staff desktop: a normal window; it writes only its geometry (StaffWindow).
int runStaffDesktop(QApplication &app, const ActiveContent &content, const LaunchOptions &options)
{
    StaffWindow staff(content, Clock::system(), options.language);
    if (!options.quitAfterFirstPaint)
        staff.rememberGeometry();
    quitAfterFirstPaintIfAsked(staff, options);
    staff.show();
    return app.exec();
}

// The public screens: the session asks the feed for content at start and after each visit.
int runPublicScreens(QApplication &app, const LaunchPlan &plan, const Configuration &configuration,
                     ContentFeed &feed, const CrashLoopGuard &crashGuard,
                     const LaunchOptions &options)
{
    KioskSession session(plan, configuration.staffPinHash(), [&feed] { return feed.next(); });
    // enabled_languages decides what the language button offers (drafts stay off until a
    // deployment has had them reviewed); --lang, else default_language, starts each visit;
    // neither offers a language the installed fonts cannot draw (IT reads why here).
    session.window()->setStartDisplay(
        {.largeText = options.largeText, .highContrast = options.highContrast});
    session.window()->setReachLayout(configuration.layout());
    ConsoleCommands::printWarnings(session.offerLanguages(
        configuration.enabledLanguages(),
        options.language.isEmpty() ? configuration.defaultLanguage() : options.language));
    QObject::connect(&session, &KioskSession::finished, &app, &QCoreApplication::quit);
    // Reading aloud: the Read aloud button and keys; eSpeak starts only when it is first used.
    const SpeechController speech(session.window(), configuration.speech(),
                                  std::make_unique<AlsaSink>(configuration.speech().device));
    session.setStaffNotes(
        [&speech, &session] { return speech.staffWarnings(session.window()->offeredLanguages()); });
    // Under the kiosk service (Type=notify): READY once the first frame is on screen, then
    // watchdog pings from this event loop, so a hung loop gets Signpost restarted.
    SystemdNotifier systemd;
    FirstPaintNotifier firstPaint(session.window());
    QObject::connect(&firstPaint, &FirstPaintNotifier::firstPainted, &systemd,
                     &SystemdNotifier::notifyReady);
    QObject::connect(&firstPaint, &FirstPaintNotifier::firstPainted,
                     &PublicMessageGate::closeAfterFirstPaint);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &systemd,
                     &SystemdNotifier::notifyStopping);
    quitAfterFirstPaintIfAsked(*session.window(), options);
    // IT's view of this kiosk: the staff menu's status and metrics_textfile, nothing of a visit.
    KioskHealth health(configuration, KioskStatus::CrashLoop::of(crashGuard),
                       [&session]() -> const ActiveContent & { return session.activeContent(); });
    health.setMode(plan.mode);
    health.setVoiceCheck(SpeechCheck::voiceCheck());
    // eSpeak loads every voice to answer: once the first frame is on screen, not before it.
    health.deferVoiceCheck();
    QObject::connect(&firstPaint, &FirstPaintNotifier::firstPainted, &health,
                     &KioskHealth::checkVoices);
    session.setStatusText([&health] { return health.text(); });
    if (const QString error = health.startMetrics(); !error.isEmpty())
        ConsoleCommands::printWarnings({error});
    session.start();
    return app.exec();
}

} // namespace

int run(int argc, char *argv[], const LaunchOptions &options)
{
    const DisplayEnvironment display;
    if (!display.canShowWindow()) {
        ConsoleCommands::print(stderr, display.noDisplayMessage() + QLatin1Char('\n'));
        return 3;
    }
    // The system configuration is read once, before any window.
    const Configuration configuration = ConsoleCommands::readConfiguration(options);
    const LaunchPlan plan = LaunchPlan::resolve(options, configuration);
    plan.prepareProcessEnvironment(); // before QApplication, which reads it
    // Public modes: start-up warnings reach IT, then nothing is printed (PublicMessageGate).
    if (plan.showsPublicScreens())
        PublicMessageGate::install();
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.example.Signpost"));
    // systemctl stop (SIGTERM) is a quit on purpose, not a crash: set up before the crash ledger
    // records this start, so a start on record can always be stopped cleanly.
    TerminationSignalWatcher termination;
    QObject::connect(&termination, &TerminationSignalWatcher::terminationRequested,
                     [] { QCoreApplication::exit(0); });
    // A full-screen kiosk or event that keeps crashing falls back to the built-in content.
    CrashLoopGuard crashGuard(plan.window == LaunchPlan::Window::FullScreen
                                  ? CrashLoopGuard::ledgerPathFromEnvironment()
                                  : QString(),
                              QDateTime::currentDateTimeUtc(), QCoreApplication::applicationPid());
    if (QString error; !crashGuard.recordStart(&error))
        ConsoleCommands::printWarnings({error});
    // Content problems go to the console for staff and IT; the public screens never show them.
    ContentFeed feed(
        {.commandLinePath = options.contentPath, .crashLoopStarts = crashGuard.crashLoopStarts()},
        configuration);
    ConsoleCommands::printWarnings(feed.consoleIssues());

    if (plan.mode == Mode::Staff)
        return runStaffDesktop(app, feed.first(), options);
    const int status = runPublicScreens(app, plan, configuration, feed, crashGuard, options);
    crashGuard.recordCleanExit();
    return status;
}

} // namespace WindowLaunch
