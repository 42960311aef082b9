// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The translated texts inside a compiled Qt Linguist catalogue (.qm, as lrelease writes it):
// every string a visitor can see in that language through tr(), for the glyph guard. QTranslator
// looks messages up one by one and cannot list them.
class CompiledTranslations
{
public:
    // Every translation (numerus forms included) in the catalogue; empty when the data is not
    // a .qm catalogue.
    static QStringList texts(const QByteArray &qm);
    // The same for a file or resource path; empty when it cannot be read.
    static QStringList textsOfFile(const QString &path);
};
