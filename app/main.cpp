// SPDX-License-Identifier: GPL-3.0-or-later
// Command line → mode → window. Nothing else.
#include "core/commands/ContentCommands.h"
#include "core/commands/PackCommands.h"
#include "core/content/RegionalContent.h"
#include "core/staff/StaffPin.h"
#include "core/startup/CommandLine.h"
#include "core/startup/Configuration.h"
#include "core/startup/ContentSelection.h"
#include "core/startup/CrashLoopGuard.h"
#include "core/startup/DisplayEnvironment.h"
#include "core/startup/LaunchPlan.h"
#include "core/startup/PublicMessageGate.h"
#include "ui/export/HandoutExport.h"
#include "ui/export/ScreenshotRenderer.h"
#include "ui/kiosk/KioskSession.h"
#include "ui/platform/FirstPaintNotifier.h"
#include "ui/platform/InstalledFonts.h"
#include "ui/platform/SystemdNotifier.h"
#include "ui/platform/TerminationSignalWatcher.h"
#include "ui/public/KioskWindow.h"
#include "ui/speech/AlsaSink.h"
#include "ui/speech/SpeechCheck.h"
#include "ui/speech/SpeechController.h"
#include "ui/speech/SpeechSampleWriter.h"
#include "ui/staff/StaffWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// --hash-staff-pin: the PIN comes in on standard input, the configuration line goes out; the
// digits are wiped from memory straight after hashing and nothing is written to disk.
int hashStaffPinFromStandardInput()
{
    print(stderr, QCoreApplication::translate("main", "Type the staff PIN and press Enter. %1\n")
                      .arg(StaffPin::pinRule()));
    char line[64] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    const auto length = read ? static_cast<qsizetype>(std::strcspn(line, "\r\n")) : 0;
    const QString hash = StaffPin::hash(QByteArrayView(line, length));
    StaffPin::wipe(line, sizeof line);
    if (hash.isEmpty()) {
        print(stderr, QStringLiteral("signpost: %1\n").arg(StaffPin::pinRule()));
        return 1;
    }
    print(stdout, StaffPin::configurationLine(hash) + QLatin1Char('\n'));
    return 0;
}

// The system configuration, read once; bad values are reported here.
Configuration readConfiguration(const LaunchOptions &options)
{
    const Configuration configuration = Configuration::load(options);
    for (const QString &warning : configuration.warnings())
        print(stderr, QStringLiteral("signpost: %1\n").arg(warning));
    return configuration;
}

// --export-handout paints cards into a PDF: QPainter needs a QGuiApplication but no display, so
// the offscreen platform is used unless the caller chose one. The cards show what a kiosk here
// would show.
int exportHandout(int argc, char *argv[], const LaunchOptions &options)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Configuration configuration = readConfiguration(options);
    const std::optional<ActiveContent> active =
        ContentCommands::contentFor(options.contentPath, configuration, QDate::currentDate(), err);
    if (!active)
        return 1;
    return HandoutExport::run(options.handoutPath, options.serviceIds, active->content,
                              options.language, out, err);
}

// --screenshot DIR: every public screen as a PNG, offscreen unless the caller chose a platform.
int renderScreenshots(int argc, char *argv[], const LaunchOptions &options)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // What a kiosk here shows (or --content), so the staff menu's status is this machine's, as
    // a kiosk where the configuration says it stands would show it.
    const Configuration configuration = readConfiguration(options);
    const ActiveContent active =
        ContentSelection::choose(options.contentPath, configuration, QDate::currentDate());
    const Content shown = RegionalContent::forRegion(active.content, configuration.region());
    ScreenshotRenderer renderer(shown, options.screenshotSize, options.language);
    renderer.setDisplay({.largeText = options.largeText, .highContrast = options.highContrast});
    renderer.setContentStatus(active);
    renderer.setReadAloudShown(configuration.speech().mode != SpeechSettings::Mode::Off);
    const ScreenshotRenderer::Result result = renderer.renderAll(options.screenshotDir);
    for (const QString &path : result.written)
        print(stdout, path + QLatin1Char('\n'));
    if (!result.error.isEmpty()) {
        print(stderr, QStringLiteral("signpost: %1\n").arg(result.error));
        return 1;
    }
    return 0;
}

// --speech-samples DIR: what every public screen says, as text and sound; no display, no sound
// device. The content is what a kiosk here shows, at the screenshots' fixed moment.
int writeSpeechSamples(int argc, char *argv[], const LaunchOptions &options)
{
    QCoreApplication app(argc, argv);
    const Configuration configuration = readConfiguration(options);
    const ActiveContent active =
        ContentSelection::choose(options.contentPath, configuration, QDate::currentDate());
    SpeechSampleWriter writer(RegionalContent::forRegion(active.content, configuration.region()),
                              options.language, ScreenshotRenderer::fixedTime());
    writer.setRate(configuration.speech().rate);
    const SpeechSampleWriter::Result result = writer.writeAll(options.speechSamplesDir);
    for (const QString &path : result.written)
        print(stdout, path + QLatin1Char('\n'));
    if (!result.error.isEmpty()) {
        print(stderr, QStringLiteral("signpost: %1\n").arg(result.error));
        return 1;
    }
    return 0;
}

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

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const CommandLine::Result parsed = CommandLine::parse(arguments);
    if (!parsed.error.isEmpty()) {
        print(stderr, QStringLiteral("signpost: %1\n").arg(parsed.error));
        return 2;
    }
    const LaunchOptions &options = parsed.options;
    switch (options.action) {
    case LaunchOptions::Action::ShowHelp:
        print(stdout, CommandLine::helpText());
        return 0;
    case LaunchOptions::Action::ShowVersion:
        print(stdout, CommandLine::versionText());
        return 0;
    case LaunchOptions::Action::HashStaffPin:
        return hashStaffPinFromStandardInput();
    case LaunchOptions::Action::ExportHandout:
        return exportHandout(argc, argv, options);
    case LaunchOptions::Action::Screenshot:
        return renderScreenshots(argc, argv, options);
    case LaunchOptions::Action::SpeechSamples:
        return writeSpeechSamples(argc, argv, options);
    case LaunchOptions::Action::Validate: {
        // The content needs no display; which switched-on languages the installed fonts can
        // draw needs Qt's font database, which the offscreen platform has.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        // --validate checks one file, whatever this machine is configured to show.
        const int status =
            ContentCommands::run(options, Configuration(), QDate::currentDate(), out, err);
        if (status == 0) {
            const Configuration configuration = Configuration::load(options);
            InstalledFonts::report(options.validatePath, configuration, QDate::currentDate(), out);
            // Read aloud: a voice for each switched-on language, and a sound device.
            SpeechCheck::report(configuration.speech(), configuration.enabledLanguages(), out);
        }
        return status;
    }
    case LaunchOptions::Action::ListServices:
    case LaunchOptions::Action::PrintPathways: {
        // Content commands need no display: a QCoreApplication, never a QApplication.
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        // The listings use what a kiosk here would show.
        const Configuration configuration = readConfiguration(options);
        return ContentCommands::run(options, configuration, QDate::currentDate(), out, err);
    }
    case LaunchOptions::Action::VerifyPack:
    case LaunchOptions::Action::InstallPack: {
        // Signed content packs: no display either; the configuration names the trusted keys.
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return PackCommands::run(options, QDate::currentDate(), out, err);
    }
    default:
        break;
    }

    const DisplayEnvironment display;
    if (!display.canShowWindow()) {
        print(stderr, display.noDisplayMessage() + QLatin1Char('\n'));
        return 3;
    }
    // The system configuration is read once, before any window.
    const Configuration configuration = readConfiguration(options);
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
        print(stderr, QStringLiteral("signpost: %1\n").arg(error));
    // Content problems go to the console for staff and IT; the public screens never show them.
    // ContentSelection holds the rule (the read-only commands share it).
    const auto chosenContent = [&configuration, &crashGuard,
                                commandLinePath = options.contentPath] {
        const QDate today = QDate::currentDate();
        if (crashGuard.inCrashLoop()) {
            const QString configured = ContentSelection::source(commandLinePath, configuration);
            if (!configured.isEmpty())
                return crashGuard.builtInContentInstead(configured, today);
        }
        return ContentSelection::choose(commandLinePath, configuration, today);
    };
    // What a kiosk in the configured nation offers (the `region` key).
    const auto loadContent = [&configuration, chosenContent] {
        ActiveContent active = chosenContent();
        active.content =
            RegionalContent::forRegion(std::move(active.content), configuration.region());
        return active;
    };
    std::optional<ActiveContent> firstContent = loadContent();
    // The built-in content's own review notes are for `--validate`, not every start.
    if (!firstContent->builtIn || firstContent->fellBack) {
        for (const ContentIssue &issue : std::as_const(firstContent->issues))
            print(stderr, QStringLiteral("signpost: %1\n").arg(issue.toString()));
    }

    if (plan.mode == Mode::Staff) {
        // The staff desktop: a normal window; it writes only its geometry (StaffWindow).
        StaffWindow staff(*firstContent, Clock::system(), options.language);
        if (!options.quitAfterFirstPaint)
            staff.rememberGeometry();
        quitAfterFirstPaintIfAsked(staff, options);
        staff.show();
        return app.exec();
    }
    // The session asks for content at start and after each visit; the first ask is answered
    // with what was just loaded rather than reading it twice.
    const auto contentSource = [&firstContent, loadContent] {
        if (!firstContent)
            return loadContent();
        ActiveContent first = std::move(*firstContent);
        firstContent.reset();
        return first;
    };
    KioskSession session(plan, configuration.staffPinHash(), contentSource);
    // enabled_languages decides what the language button offers (drafts stay off until a
    // deployment has had them reviewed); --lang, else default_language, starts each visit;
    // neither offers a language the installed fonts cannot draw (IT reads why here).
    session.window()->setStartDisplay(
        {.largeText = options.largeText, .highContrast = options.highContrast});
    for (const QString &warning : session.offerLanguages(
             configuration.enabledLanguages(),
             options.language.isEmpty() ? configuration.defaultLanguage() : options.language))
        print(stderr, QStringLiteral("signpost: %1\n").arg(warning));
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
    session.start();
    const int status = app.exec();
    crashGuard.recordCleanExit();
    return status;
}
