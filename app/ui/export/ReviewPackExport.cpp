// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ReviewPackExport.h"

#include "core/commands/ContentCommands.h"
#include "core/review/ReviewCommands.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/Configuration.h"
#include "ui/export/ReviewPackRenderer.h"

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewPackExport", text);
}

// The languages asked for must be the content's; English is always there.
bool checkLanguages(const QStringList &languages, const Content &content, QTextStream &err)
{
    for (const QString &language : languages) {
        if (!content.metadata.locales.contains(language)) {
            err << tr("signpost: the content has no language '%1' (it has %2).")
                       .arg(language, content.metadata.locales.join(QLatin1String(", ")))
                << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace

namespace ReviewPackExport {

int run(int argc, char *argv[], const LaunchOptions &options)
{
    // The pack is painted (QPainter needs a QGuiApplication, not a display); the sheet and the
    // review need only Qt Core.
    std::unique_ptr<QCoreApplication> app;
    if (options.action == LaunchOptions::Action::ReviewPack) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Configuration configuration = Configuration::load(options);
    for (const QString &warning : configuration.warnings())
        err << QStringLiteral("signpost: %1").arg(warning) << Qt::endl;
    const QDate today = QDate::currentDate();
    const std::optional<ActiveContent> active =
        ContentCommands::contentFor(options, configuration, today, err);
    if (!active)
        return 1;
    const ReviewSentences::Catalogues catalogues = ReviewSentences::builtInCatalogues();

    switch (options.action) {
    case LaunchOptions::Action::ReviewPack: {
        if (!checkLanguages(options.languages, active->content, err))
            return 2;
        QString error;
        const ReviewPackRenderer::Request request{options.languages, today, catalogues};
        if (!ReviewPackRenderer::writePdf(options.reviewPackPath, *active, request, &error)) {
            err << tr("signpost: %1").arg(error) << Qt::endl;
            return 1;
        }
        out << tr("Wrote the review pack of content '%1' version %2 to %3")
                   .arg(active->content.metadata.id)
                   .arg(active->content.metadata.version)
                   .arg(options.reviewPackPath)
            << Qt::endl;
        return 0;
    }
    case LaunchOptions::Action::ReviewSheet:
        if (!checkLanguages(options.languages, active->content, err))
            return 2;
        return ReviewCommands::writeSheet(active->content, options.language,
                                          options.reviewSheetPath, catalogues, out, err);
    case LaunchOptions::Action::ApplyReview:
        // The file the content came from (the built-in content's is inside the binary, read
        // only): the result always goes to a new file.
        return ReviewCommands::applyReview(options.applyReviewPath, active->source,
                                           options.outputPath, today, catalogues, out, err);
    default:
        break;
    }
    return 2;
}

} // namespace ReviewPackExport
