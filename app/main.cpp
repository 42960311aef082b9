// Command line → mode → window. Nothing else.
#include "CommandLine.h"
#include "ContentCommands.h"
#include "DisplayEnvironment.h"
#include "KioskWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

#include <cstdio>

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
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
    case LaunchOptions::Action::Validate:
    case LaunchOptions::Action::ListServices:
    case LaunchOptions::Action::PrintPathways: {
        // Content commands need no display: a QCoreApplication, never a QApplication.
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return ContentCommands::run(options, QDate::currentDate(), out, err);
    }
    default:
        break;
    }

    const DisplayEnvironment display;
    if (!display.canShowWindow()) {
        print(stderr, display.noDisplayMessage() + QLatin1Char('\n'));
        return 3;
    }
    QApplication app(argc, argv);
    KioskWindow window;
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
