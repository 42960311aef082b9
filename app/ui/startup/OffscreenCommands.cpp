// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startup/OffscreenCommands.h"

#include "core/commands/ConsoleCommands.h"
#include "core/commands/ContentCommands.h"
#include "core/content/RegionalContent.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/Configuration.h"
#include "ui/export/HandoutExport.h"
#include "ui/export/ScreenshotRenderer.h"
#include "ui/platform/InstalledFonts.h"

#include <QApplication>
#include <QDate>
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
    if (status == 0)
        InstalledFonts::report(options.validatePath, Configuration::load(options),
                               QDate::currentDate(), out);
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
        ContentCommands::contentFor(options.contentPath, configuration, QDate::currentDate(), err);
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
    const ScreenshotRenderer::Result result = renderer.renderAll(options.screenshotDir);
    for (const QString &path : result.written)
        ConsoleCommands::print(stdout, path + QLatin1Char('\n'));
    if (!result.error.isEmpty()) {
        ConsoleCommands::printWarnings({result.error});
        return 1;
    }
    return 0;
}

} // namespace OffscreenCommands
