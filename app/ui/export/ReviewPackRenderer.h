// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loading/ContentLoader.h"
#include "core/review/ReviewSentences.h"
#include "core/startup/ActiveContent.h"

#include <QDate>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

// The review pack content owners sign off: a cover page, the pathway map, every sentence a
// visitor can see (English beside each language asked for), every service, the open questions
// for the services and every validator warning, as one A4 landscape PDF.
class ReviewPackRenderer
{
public:
    struct Request
    {
        QStringList languages; // beside the English; English alone when empty
        QDate printedOn;
        ReviewSentences::Catalogues catalogues; // Signpost's own words per language
    };

    static bool render(QPagedPaintDevice &device, const ActiveContent &active,
                       const Request &request, QString *error = nullptr);
    static bool writePdf(const QString &path, const ActiveContent &active, const Request &request,
                         QString *error = nullptr);
    // The minisign key id that signed an installed pack ("AF0B60FF1AA03F1C"); empty otherwise.
    static QString signingKeyOf(const ActiveContent &active);
};
