// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentLoader.h"

#include "core/loading/ContentFileGuard.h"
#include "core/loading/ContentReader.h"
#include "core/loading/EligibilityChecker.h"
#include "core/loading/JsonObject.h"
#include "core/loading/JsonTree.h"
#include "core/loading/PathwayChecker.h"
#include "core/loading/RegionChecker.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>

namespace {

ContentLoader::Result fileProblem(const QString &fileName, const QString &message)
{
    ContentLoader::Result result;
    result.issues.append({ContentIssue::Severity::Error, fileName, QString(), message});
    return result;
}

} // namespace

ContentLoader::Result ContentLoader::loadFile(const QString &path, const QDate &today)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileProblem(path, tr("there is no such file"));
    if (!info.isFile())
        return fileProblem(path, tr("this is not a file"));
    // Check the size before reading, so a huge file is never loaded into memory.
    if (const auto tooBig = ContentFileGuard::sizeProblem(info.size()))
        return fileProblem(path, *tooBig);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileProblem(path, tr("cannot read the file: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(ContentFileGuard::maxFileBytes + 1);
    return loadBytes(bytes, path, today);
}

ContentLoader::Result ContentLoader::loadBytes(const QByteArray &bytes, const QString &fileName,
                                               const QDate &today)
{
    if (const auto problem = ContentFileGuard::bytesProblem(bytes))
        return fileProblem(fileName, *problem);
    QByteArray json = bytes;
    if (json.startsWith("\xEF\xBB\xBF")) // a byte order mark some editors add
        json.remove(0, 3);
    QJsonParseError parseError;
    const JsonTree tree = JsonTree::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fileProblem(fileName, ContentFileGuard::parseProblem(json, parseError.offset,
                                                                    parseError.errorString()));
    if (!tree.root().isObject())
        return fileProblem(fileName, tr("the file must hold one JSON object { … } with metadata, "
                                        "services, pathways and emergency"));

    JsonFieldReader reader(fileName);
    Content content = ContentReader(reader).read(tree.root().toObject(), today);
    PathwayChecker(content, reader).check();
    EligibilityChecker(content, reader).check();
    RegionChecker(content, reader).check();

    Result result;
    result.issues = reader.issues();
    if (!hasErrors(result.issues))
        result.content = std::move(content);
    return result;
}

QString ContentLoader::builtInPath()
{
    return QStringLiteral(":/content/uk.json");
}
