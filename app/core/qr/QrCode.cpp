// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qr/QrCode.h"

#include <qrencode.h>

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    code.m_text = text;
    if (text.isEmpty())
        return code;
    const QByteArray utf8 = text.toUtf8();
    QRcode *encoded = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!encoded)
        return code;
    code.m_size = encoded->width;
    code.m_dark.resize(code.m_size * code.m_size);
    for (int i = 0; i < code.m_size * code.m_size; ++i)
        code.m_dark.setBit(i, encoded->data[i] & 1);
    QRcode_free(encoded);
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_dark.testBit(y * m_size + x);
}
