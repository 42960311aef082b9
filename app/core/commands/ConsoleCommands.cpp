// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/ConsoleCommands.h"

#include "core/commands/ContentCommands.h"
#include "core/commands/PackCommands.h"
#include "core/staff/StaffPin.h"

#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

#include <cstring>

namespace ConsoleCommands {

void print(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

void printWarnings(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        print(stderr, QStringLiteral("signpost: %1\n").arg(warning));
}

Configuration readConfiguration(const LaunchOptions &options)
{
    const Configuration configuration = Configuration::load(options);
    printWarnings(configuration.warnings());
    return configuration;
}

int usageError(const QString &error)
{
    printWarnings({error});
    return 2;
}

int showHelp()
{
    print(stdout, CommandLine::helpText());
    return 0;
}

int showVersion()
{
    print(stdout, CommandLine::versionText());
    return 0;
}

// The PIN comes in on standard input, the configuration line goes out; the digits are wiped
// from memory straight after hashing and nothing is written to disk.
int hashStaffPin()
{
    print(stderr, QCoreApplication::translate("main", "Type the staff PIN and press Enter. %1\n")
                      .arg(StaffPin::pinRule()));
    char line[64] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    const auto length = read ? static_cast<qsizetype>(std::strcspn(line, "\r\n")) : 0;
    const QString hash = StaffPin::hash(QByteArrayView(line, length));
    StaffPin::wipe(line, sizeof line);
    if (hash.isEmpty()) {
        printWarnings({StaffPin::pinRule()});
        return 1;
    }
    print(stdout, StaffPin::configurationLine(hash) + QLatin1Char('\n'));
    return 0;
}

int contentListing(int argc, char *argv[], const LaunchOptions &options)
{
    // Content commands need no display: a QCoreApplication, never a QApplication.
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The listings use what a kiosk here would show.
    const Configuration configuration = readConfiguration(options);
    return ContentCommands::run(options, configuration, QDate::currentDate(), out, err);
}

int packCommand(int argc, char *argv[], const LaunchOptions &options)
{
    // Signed content packs: no display either; the configuration names the trusted keys.
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return PackCommands::run(options, QDate::currentDate(), out, err);
}

} // namespace ConsoleCommands
