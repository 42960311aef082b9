// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The translated texts inside a compiled Qt Linguist catalogue (.qm, as lrelease writes it):
// every string a visitor can see in that language through tr(), for the glyph guard and the
// review pack. QTranslator looks messages up one by one and cannot list them.
class CompiledTranslations
{
public:
    // One message: where it is said (the context: the class), the English and its translation.
    struct Message
    {
        QString context;
        QString source;
        QString comment;          // the disambiguation, when there is one
        QStringList translations; // one, or one per plural form
    };

    // Every translation (numerus forms included) in the catalogue; empty when the data is not
    // a .qm catalogue.
    static QStringList texts(const QByteArray &qm);
    // The same for a file or resource path; empty when it cannot be read.
    static QStringList textsOfFile(const QString &path);
    // Every message with its context and English (lrelease keeps both), in catalogue order.
    static QList<Message> messages(const QByteArray &qm);
    static QList<Message> messagesOfFile(const QString &path);
};
