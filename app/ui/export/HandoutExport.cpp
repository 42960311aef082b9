// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/HandoutExport.h"

#include "core/staff/HandoutCard.h"
#include "ui/export/HandoutRenderer.h"

#include <QCoreApplication>
#include <QTextStream>

namespace HandoutExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HandoutExport", text);
}

} // namespace

int run(const QString &outputPath, const QStringList &serviceIds, const Content &content,
        const QString &language, QTextStream &out, QTextStream &err)
{
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
    QList<HandoutCard> cards;
    if (serviceIds.isEmpty()) {
        for (const Service &service : content.services)
            cards << HandoutCard::forService(service, lang);
    }
    for (const QString &id : serviceIds) {
        const Service *service = content.service(id);
        if (!service) {
            QStringList known;
            for (const Service &each : content.services)
                known << each.id;
            err << tr("signpost: unknown service '%1'. Services in this content: %2.")
                       .arg(id, known.join(QLatin1String(", ")))
                << Qt::endl;
            return 2;
        }
        cards << HandoutCard::forService(*service, lang);
    }
    QString error;
    if (!HandoutRenderer::writeCardsPdf(outputPath, cards, HandoutRenderer::Layout::FourOnA4,
                                        &error)) {
        err << tr("signpost: %1").arg(error) << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("HandoutExport", "Wrote %n card(s) to %1", nullptr,
                                       int(cards.size()))
               .arg(outputPath)
        << Qt::endl;
    return 0;
}

} // namespace HandoutExport
