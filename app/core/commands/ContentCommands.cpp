// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/ContentCommands.h"

#include "core/commands/ContentServiceListing.h"
#include "core/commands/OrukCommands.h"
#include "core/commands/PathwayPrinter.h"
#include "core/commands/StatusCommand.h"
#include "core/loading/ContentLoader.h"
#include "core/packs/LocalPackValidation.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/LocalPackLoader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace {

QString languageOrEnglish(const QString &language)
{
    return language.isEmpty() ? QStringLiteral("en") : language;
}

} // namespace

int ContentCommands::run(const LaunchOptions &options, const Configuration &config,
                         const QDate &today, QTextStream &out, QTextStream &err)
{
    if (options.action == LaunchOptions::Action::Validate && !options.localPackPath.isEmpty())
        return validateWithLocal(options.validatePath, options.localPackPath, today, out);
    if (options.action == LaunchOptions::Action::Validate)
        return validate(options.validatePath, today, out);
    if (options.action == LaunchOptions::Action::ImportOruk)
        return OrukCommands::importDraft(options.orukPath, options.draftPath, today, out, err);
    if (options.action == LaunchOptions::Action::Status)
        return StatusCommand::run(options, config, QDateTime::currentDateTime(), out);
    const std::optional<ActiveContent> active = contentFor(options, config, today, err);
    if (!active)
        return 1;
    if (options.action == LaunchOptions::Action::ListServices)
        return listServices(active->content, options.json, languageOrEnglish(options.language),
                            out);
    if (options.action == LaunchOptions::Action::ExportOruk)
        return OrukCommands::exportServices(active->content, options.orukPath, out, err);
    if (options.action == LaunchOptions::Action::PrintPathways)
        return printPathways(active->content, languageOrEnglish(options.language), out);
    err << tr("not a content command") << '\n';
    return 2;
}

int ContentCommands::validate(const QString &path, const QDate &today, QTextStream &out)
{
    const ContentLoader::Result result = ContentLoader::loadFile(path, today);
    int errors = 0;
    int warnings = 0;
    for (const ContentIssue &issue : result.issues) {
        out << issue.toString() << '\n';
        (issue.severity == ContentIssue::Severity::Error ? errors : warnings)++;
    }
    if (result.content) {
        out << tr("%1: valid (%2 errors, %3 warnings), content '%4' version %5")
                   .arg(path)
                   .arg(errors)
                   .arg(warnings)
                   .arg(result.content->metadata.id)
                   .arg(result.content->metadata.version)
            << '\n';
        out.flush();
        return 0;
    }
    out << tr("%1: NOT VALID (%2 errors, %3 warnings); fix the errors above, kiosks will not use "
              "this file")
               .arg(path)
               .arg(errors)
               .arg(warnings)
        << '\n';
    out.flush();
    return 1;
}

int ContentCommands::validateWithLocal(const QString &path, const QString &localPath,
                                       const QDate &today, QTextStream &out)
{
    const int national = validate(path, today, out);
    if (national != 0)
        return national;
    const ContentLoader::Result content = ContentLoader::loadFile(path, today);
    const QString file = LocalPackLoader::contentFileIn(localPath);
    const LocalPackValidation::Result local =
        LocalPackValidation::checkFile(file, *content.content, today);
    int errors = 0;
    int warnings = 0;
    for (const ContentIssue &issue : local.issues) {
        out << issue.toString() << '\n';
        (issue.severity == ContentIssue::Severity::Error ? errors : warnings)++;
    }
    if (local.pack) {
        out << tr("%1: valid local pack (%2 errors, %3 warnings), local pack '%4' version %5 on "
                  "content '%6' version %7, adding %8 local services")
                   .arg(file)
                   .arg(errors)
                   .arg(warnings)
                   .arg(local.pack->metadata.id)
                   .arg(local.pack->metadata.version)
                   .arg(content.content->metadata.id)
                   .arg(content.content->metadata.version)
                   .arg(local.pack->services.size())
            << '\n';
        out.flush();
        return 0;
    }
    out << tr("%1: NOT VALID as a local pack on %2 (%3 errors, %4 warnings); fix the errors "
              "above, kiosks will drop this pack")
               .arg(file, path)
               .arg(errors)
               .arg(warnings)
        << '\n';
    out.flush();
    return 1;
}

int ContentCommands::listServices(const Content &content, bool json, const QString &language,
                                  QTextStream &out)
{
    if (json)
        out << QString::fromUtf8(QJsonDocument(ContentServiceListing::toJson(content, language))
                                     .toJson(QJsonDocument::Indented));
    else
        ContentServiceListing::writeText(content, language, out);
    out.flush();
    return 0;
}

int ContentCommands::printPathways(const Content &content, const QString &language,
                                   QTextStream &out)
{
    PathwayPrinter(content, language, out).print();
    out.flush();
    return 0;
}

std::optional<ActiveContent> ContentCommands::contentFor(const LaunchOptions &options,
                                                         const Configuration &config,
                                                         const QDate &today, QTextStream &err)
{
    const QString &commandLinePath = options.contentPath;
    ActiveContent active = ActiveContent::choose(
        {.commandLinePath = commandLinePath, .localPackPath = options.localPackPath}, config,
        today);
    // Why configured content was set aside; a valid file's own warnings are --validate's.
    if (active.fellBack) {
        for (const ContentIssue &issue : std::as_const(active.issues))
            err << QStringLiteral("signpost: %1").arg(issue.toString()) << '\n';
    }
    if (active.fellBack && !commandLinePath.isEmpty()) {
        err << tr("%1: not valid, so nothing is listed; run signpost --validate %1")
                   .arg(commandLinePath)
            << '\n';
        err.flush();
        return std::nullopt;
    }
    if (!options.localPackPath.isEmpty() && !active.local.applied()) {
        for (const ContentIssue &issue : std::as_const(active.local.issues))
            err << QStringLiteral("signpost: %1").arg(issue.toString()) << '\n';
        err << tr("%1: not valid as a local pack on this content, so nothing is written; run "
                  "signpost --validate CONTENT --with-local %2")
                   .arg(active.local.source, options.localPackPath)
            << '\n';
        err.flush();
        return std::nullopt;
    }
    // On the error stream, so --json output stays one JSON document.
    err << QStringLiteral("signpost: %1").arg(active.describe()) << '\n';
    err.flush();
    return active;
}
