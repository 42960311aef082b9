// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/BidiText.h"

namespace {

constexpr char16_t rightToLeftMark = 0x200F;
constexpr char16_t leftToRightIsolate = 0x2066;
constexpr char16_t firstStrongIsolate = 0x2068;
constexpr char16_t popDirectionalIsolate = 0x2069;

} // namespace

namespace BidiText {

QString leftToRight(const QString &text)
{
    return QChar(leftToRightIsolate) + text + QChar(popDirectionalIsolate);
}

QString isolated(const QString &text)
{
    return QChar(firstStrongIsolate) + text + QChar(popDirectionalIsolate);
}

QString paragraph(const QString &text, Qt::LayoutDirection direction)
{
    if (direction != Qt::RightToLeft || text.isEmpty() || text.isRightToLeft())
        return text;
    return QChar(rightToLeftMark) + text;
}

QString withoutMarks(const QString &text)
{
    QString plain = text;
    plain.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u == rightToLeftMark || u == 0x200E || (u >= 0x202A && u <= 0x202E) ||
               (u >= 0x2066 && u <= 0x2069);
    });
    return plain;
}

} // namespace BidiText
