// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/ReviewCommands.h"

#include "core/loading/ContentLoader.h"
#include "core/review/ReviewApplier.h"
#include "core/review/ReviewSheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewCommands", text);
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

namespace ReviewCommands {

int writeSheet(const Content &content, const QString &language, const QString &path,
               const ReviewSentences::Catalogues &catalogues, QTextStream &out, QTextStream &err)
{
    if (language.isEmpty() || language == QLatin1String("en")) {
        err << tr("signpost: --review-sheet needs --lang CODE, the language to review (one of "
                  "%1).")
                   .arg(content.metadata.locales.mid(1).join(QLatin1String(", ")))
            << Qt::endl;
        return 2;
    }
    const QList<ReviewSentence> sentences =
        ReviewSentences::collect(content, {language}, catalogues);
    QString error;
    if (!writeFile(path, ReviewSheet::write(sentences, language), &error)) {
        err << tr("signpost: cannot write %1: %2").arg(path, error) << Qt::endl;
        return 1;
    }
    qsizetype rows = 0;
    for (const ReviewSentence &sentence : sentences)
        rows += sentence.origin == ReviewSentence::Origin::Literal ? 0 : 1;
    out << tr("Wrote %1 sentences in '%2' to %3").arg(rows).arg(language, path) << Qt::endl;
    return 0;
}

int applyReview(const QString &sheetPath, const QString &contentPath, const QString &outputPath,
                const QDate &today, const ReviewSentences::Catalogues &catalogues, QTextStream &out,
                QTextStream &err)
{
    if (outputPath.isEmpty()) {
        err << tr("signpost: --apply-review needs --output OUT.json, a new file for the "
                  "reviewed content.")
            << Qt::endl;
        return 2;
    }
    if (QFileInfo(outputPath).absoluteFilePath() == QFileInfo(contentPath).absoluteFilePath()) {
        err << tr("signpost: --output must not be the content file itself (%1): write a new "
                  "file, compare, then replace.")
                   .arg(contentPath)
            << Qt::endl;
        return 2;
    }
    QFile sheetFile(sheetPath);
    QFile contentFile(contentPath);
    if (!sheetFile.open(QIODevice::ReadOnly) || !contentFile.open(QIODevice::ReadOnly)) {
        err << tr("signpost: cannot read %1").arg(sheetFile.isOpen() ? contentPath : sheetPath)
            << Qt::endl;
        return 1;
    }
    const ReviewSheet::Parsed sheet = ReviewSheet::parse(sheetFile.readAll());
    if (!sheet.error.isEmpty()) {
        err << tr("signpost: %1: %2").arg(sheetPath, sheet.error) << Qt::endl;
        return 1;
    }
    const QByteArray json = contentFile.readAll();
    const ContentLoader::Result loaded = ContentLoader::loadBytes(json, contentPath, today);
    if (!loaded.content) {
        err << tr("signpost: %1 does not validate; check it with --validate first.")
                   .arg(contentPath)
            << Qt::endl;
        return 1;
    }
    const QList<ReviewSentence> current =
        ReviewSentences::collect(*loaded.content, {sheet.language}, catalogues);
    const ReviewApplier::Result result = ReviewApplier::apply(json, sheet, current);
    if (result.refused()) {
        if (!result.error.isEmpty())
            err << tr("signpost: %1").arg(result.error) << Qt::endl;
        for (const QString &id : result.stale)
            err << tr("signpost: refused row %1: its English has changed since the sheet was "
                      "made; make a new sheet with --review-sheet.")
                       .arg(id)
                << Qt::endl;
        for (const QString &id : result.unknown)
            err << tr("signpost: refused row %1: this content has no such text.").arg(id)
                << Qt::endl;
        err << tr("signpost: nothing written.") << Qt::endl;
        return 1;
    }
    // The result must still be content Signpost accepts; a translation cannot break it, but a
    // reviewed file is only ever written whole and valid.
    if (!ContentLoader::loadBytes(result.json, outputPath, today).content) {
        err << tr("signpost: the reviewed content would not validate; nothing written.")
            << Qt::endl;
        return 1;
    }
    QString error;
    if (!writeFile(outputPath, result.json, &error)) {
        err << tr("signpost: cannot write %1: %2").arg(outputPath, error) << Qt::endl;
        return 1;
    }
    for (const QString &id : result.changed)
        out << tr("changed %1").arg(id) << '\n';
    for (const QString &id : result.appChanges)
        out << tr("not written %1: Signpost's own words are translated in "
                  "translations/signpost_%2.ts")
                   .arg(id, sheet.language)
            << '\n';
    out << tr("%1 rows, %2 approved, %3 changed; written to %4")
               .arg(result.rows)
               .arg(result.approved)
               .arg(result.changed.size())
               .arg(outputPath)
        << '\n';
    if (result.languageCleared)
        out << tr("Every sentence in '%1' is approved: '%1' is no longer in "
                  "localesNeedingReview.")
                   .arg(sheet.language)
            << '\n';
    else if (result.neededReview)
        out << tr("'%1' stays in localesNeedingReview: %2 sentences not approved yet%3.")
                   .arg(sheet.language)
                   .arg(result.notApproved)
                   .arg(result.appChanges.isEmpty()
                            ? QString()
                            : tr(", and %1 changes to Signpost's own words to make in the .ts "
                                 "file")
                                  .arg(result.appChanges.size()))
            << '\n';
    out.flush();
    return 0;
}

} // namespace ReviewCommands
