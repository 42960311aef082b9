// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/staff/HandoutCard.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

// Draws take-away cards and the staff's service directory onto any paged device (a PDF writer
// or a printer), so the staff window, the command line and the event staff menu print alike.
class HandoutRenderer
{
    Q_DECLARE_TR_FUNCTIONS(HandoutRenderer)

public:
    enum class Layout
    {
        FourOnA4, // A4 sheets of four A6 cards with cut lines
        OneOnA6,  // one card per A6 page
    };

    // Sets the device's page size and margins, then draws every card; false if painting failed.
    static bool renderCards(QPagedPaintDevice &device, const QList<HandoutCard> &cards,
                            Layout layout);
    // An A4 list of every service: numbers, hours, what they do with what you tell them, source.
    static bool renderDirectory(QPagedPaintDevice &device, const Content &content,
                                const QString &language, const QDate &printedOn);
    // One card filling `card` (device units).
    static void paintCard(QPainter &painter, const QRectF &card, const HandoutCard &handout);

    // PDF files through QPdfWriter, titled neutrally; `error` says why when they return false.
    static bool writeCardsPdf(const QString &path, const QList<HandoutCard> &cards, Layout layout,
                              QString *error = nullptr);
    static bool writeDirectoryPdf(const QString &path, const Content &content,
                                  const QString &language, const QDate &printedOn,
                                  QString *error = nullptr);
};
