// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/OrukCommands.h"

#include "core/oruk/OrukExporter.h"
#include "core/oruk/OrukImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("OrukCommands", text, nullptr, n);
}

// The largest HSDS file read: far more than a council's directory.
constexpr qint64 maximumInputBytes = 64 * 1024 * 1024;

bool writeJson(const QString &path, const QJsonObject &object, QTextStream &err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        err << tr("signpost: cannot write %1 (%2)").arg(path, file.errorString()) << '\n';
        err.flush();
        return false;
    }
    return true;
}

} // namespace

int OrukCommands::exportServices(const Content &content, const QString &outPath, QTextStream &out,
                                 QTextStream &err)
{
    if (!writeJson(outPath, OrukExporter::page(content), err))
        return 1;
    const auto local = std::count_if(content.services.cbegin(), content.services.cend(),
                                     [](const Service &service) { return service.local; });
    const int all = static_cast<int>(content.services.size());
    if (local > 0)
        out << tr("%1: %n services written as Open Referral UK (HSDS 3.0), %2 of them from the "
                  "local pack (attribute signpost_scope \"local\")",
                  all)
                   .arg(outPath)
                   .arg(local);
    else
        out << tr("%1: %n services written as Open Referral UK (HSDS 3.0)", all).arg(outPath);
    out << '\n';
    out.flush();
    return 0;
}

int OrukCommands::importDraft(const QString &inPath, const QString &draftPath, const QDate &today,
                              QTextStream &out, QTextStream &err)
{
    QFile file(inPath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("signpost: cannot read %1 (%2)").arg(inPath, file.errorString()) << '\n';
        err.flush();
        return 1;
    }
    if (file.size() > maximumInputBytes) {
        err << tr("signpost: %1 is larger than 64 MB; not read").arg(inPath) << '\n';
        err.flush();
        return 1;
    }
    const OrukImporter::Result result = OrukImporter::draftFromBytes(file.readAll(), inPath, today);
    if (!result.error.isEmpty()) {
        err << QStringLiteral("signpost: %1").arg(result.error) << '\n';
        err.flush();
        return 1;
    }
    if (!writeJson(draftPath, result.draft, err))
        return 1;
    for (const QString &note : result.notes)
        out << tr("not carried over: %1").arg(note) << '\n';
    out << tr("%1: a local pack draft of %n services, every one flagged needsConfirming until a "
              "person reviews it",
              static_cast<int>(result.draft.value(QStringLiteral("services")).toArray().size()))
               .arg(draftPath)
        << '\n';
    out.flush();
    return 0;
}
