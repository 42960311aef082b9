// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startup/OffscreenCommands.h"

#include "core/commands/ConsoleCommands.h"
#include "core/commands/ContentCommands.h"
#include "core/commands/StatusCommand.h"
#include "core/content/RegionalContent.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/Configuration.h"
#include "core/status/KioskStatus.h"
#include "core/status/KioskStatusFormat.h"
#include "ui/export/HandoutExport.h"
#include "ui/export/ScreenshotRenderer.h"
#include "ui/platform/InstalledFonts.h"
#include "ui/speech/SpeechCheck.h"
#include "ui/speech/SpeechSampleWriter.h"

#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QGuiApplication>
#include <QTextStream>

#include <optional>

namespace OffscreenCommands {

namespace {

void useOffscreenUnlessChosen()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

int validate(int argc, char *argv[], const LaunchOptions &options)
{
    // The content needs no display; which switched-on languages the installed fonts can draw
    // needs Qt's font database, which the offscreen platform has.
    useOffscreenUnlessChosen();
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

// QPainter needs a QGuiApplication but no display. The cards show what a kiosk here would show.
int exportHandout(int argc, char *argv[], const LaunchOptions &options)
{
    useOffscreenUnlessChosen();
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Configuration configuration = ConsoleCommands::readConfiguration(options);
    const std::optional<ActiveContent> active =
        ContentCommands::contentFor(options, configuration, QDate::currentDate(), err);
    if (!active)
        return 1;
    return HandoutExport::run(options.handoutPath, options.serviceIds, active->content,
                              options.language, out, err);
}

int renderScreenshots(int argc, char *argv[], const LaunchOptions &options)
{
    useOffscreenUnlessChosen();
    QApplication app(argc, argv);
    // What a kiosk here shows (or --content), so the staff menu's status is this machine's, as
    // a kiosk where the configuration says it stands would show it.
    const Configuration configuration = ConsoleCommands::readConfiguration(options);
    const ActiveContent active = ActiveContent::choose({.commandLinePath = options.contentPath},
                                                       configuration, QDate::currentDate());
    const Content shown = RegionalContent::forRegion(active.content, configuration.region());
    ScreenshotRenderer renderer(shown, options.screenshotSize, options.language);
    renderer.setDisplay({.largeText = options.largeText, .highContrast = options.highContrast});
    renderer.setContentStatus(active);
    renderer.setReadAloudShown(configuration.speech().mode != SpeechSettings::Mode::Off);
    renderer.setReachLayout(configuration.layout());
    renderer.setKioskStatus(KioskStatusFormat::text(
        KioskStatus::collect(configuration, active, {}, QDate::currentDate(),
                             QDateTime::currentDateTimeUtc(), SpeechCheck::voiceCheck())));
    const ScreenshotRenderer::Result result = renderer.renderAll(options.screenshotDir);
    for (const QString &path : result.written)
        ConsoleCommands::print(stdout, path + QLatin1Char('\n'));
    if (!result.error.isEmpty()) {
        ConsoleCommands::printWarnings({result.error});
        return 1;
    }
    return 0;
}

// --speech-samples DIR: what every public screen says, as text and sound; no display, no sound
// device. The content is what a kiosk here shows, at the screenshots' fixed moment.
int speechSamples(int argc, char *argv[], const LaunchOptions &options)
{
    QCoreApplication app(argc, argv);
    const Configuration configuration = ConsoleCommands::readConfiguration(options);
    const ActiveContent active = ActiveContent::choose({.commandLinePath = options.contentPath},
                                                       configuration, QDate::currentDate());
    SpeechSampleWriter writer(RegionalContent::forRegion(active.content, configuration.region()),
                              options.language, ScreenshotRenderer::fixedTime());
    writer.setRate(configuration.speech().rate);
    const SpeechSampleWriter::Result result = writer.writeAll(options.speechSamplesDir);
    for (const QString &path : result.written)
        ConsoleCommands::print(stdout, path + QLatin1Char('\n'));
    if (!result.error.isEmpty()) {
        ConsoleCommands::print(stderr, QStringLiteral("signpost: %1\n").arg(result.error));
        return 1;
    }
    return 0;
}

int status(int argc, char *argv[], const LaunchOptions &options)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const Configuration configuration = ConsoleCommands::readConfiguration(options);
    return StatusCommand::run(options, configuration, QDateTime::currentDateTime(), out,
                              SpeechCheck::voiceCheck());
}

} // namespace OffscreenCommands
