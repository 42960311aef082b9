// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBitArray>
#include <QString>

// A QR code's module matrix for one text (a web address), encoded once and drawn by whoever
// needs it: the kiosk's outcome screen, take-away cards, the directory PDF.
class QrCode
{
public:
    QrCode() = default;
    // Error correction level M, 8-bit mode; an invalid code when the text cannot be encoded.
    static QrCode encode(const QString &text);

    QString text() const { return m_text; }
    bool isValid() const { return m_size > 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const;    // false outside the matrix

private:
    QString m_text;
    QBitArray m_dark; // row-major, m_size × m_size
    int m_size = 0;
};
