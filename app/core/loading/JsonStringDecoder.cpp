// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/JsonStringDecoder.h"

#include <cstring>

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

} // namespace

const char *JsonStringDecoder::skipPlainText(const char *at, const char *end)
{
    constexpr quint64 ones = 0x0101010101010101u;
    constexpr quint64 highs = 0x8080808080808080u;
    while (end - at >= 8) {
        quint64 word;
        std::memcpy(&word, at, 8);
        const quint64 quote = word ^ (ones * '"');
        const quint64 slash = word ^ (ones * '\\');
        // Each term is non-zero when some byte is below 0x20, from 0x80, '"' or '\\'.
        const quint64 special = ((word - ones * 0x20) & ~word) | word | ((quote - ones) & ~quote) |
                                ((slash - ones) & ~slash);
        if (special & highs)
            break;
        at += 8;
    }
    while (at < end && uchar(*at) >= 0x20 && uchar(*at) < 0x80 && *at != '"' && *at != '\\')
        ++at;
    return at;
}

const char *JsonStringDecoder::decode(const char *from, const char *end,
                                      std::vector<char16_t> &text)
{
    text.clear();
    const char *at = from;
    while (at < end) {
        const auto c = uchar(*at);
        if (c == '"')
            return at + 1;
        if (c < 0x20)
            return nullptr;
        if (c < 0x80 && c != '\\') {
            text.push_back(c);
            ++at;
            continue;
        }
        if (c == '\\') {
            if (end - at < 2)
                return nullptr;
            const char escaped = at[1];
            at += 2;
            switch (escaped) {
            case '"':
            case '\\':
            case '/':
                text.push_back(char16_t(escaped));
                continue;
            case 'b':
                text.push_back(u'\b');
                continue;
            case 'f':
                text.push_back(u'\f');
                continue;
            case 'n':
                text.push_back(u'\n');
                continue;
            case 'r':
                text.push_back(u'\r');
                continue;
            case 't':
                text.push_back(u'\t');
                continue;
            case 'u':
                break;
            default:
                return nullptr;
            }
            const auto hex = [&](const char *digits, char32_t &unit) {
                if (end - digits < 4)
                    return false;
                unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(digits[i]);
                    if (digit < 0)
                        return false;
                    unit = unit << 4 | char32_t(digit);
                }
                return true;
            };
            char32_t unit = 0;
            if (!hex(at, unit))
                return nullptr;
            at += 4;
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return nullptr; // a lone low surrogate
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                // Only a high surrogate escaped straight before a low one.
                char32_t low = 0;
                if (end - at < 6 || at[0] != '\\' || at[1] != 'u' || !hex(at + 2, low) ||
                    low < 0xDC00 || low > 0xDFFF)
                    return nullptr;
                at += 6;
                text.push_back(char16_t(unit));
                text.push_back(char16_t(low));
                continue;
            }
            text.push_back(char16_t(unit));
            continue;
        }
        // Strict UTF-8: no overlong form, no surrogate, nothing past U+10FFFF.
        char32_t point = 0;
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            point = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            point = c & 0x0F;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            point = c & 0x07;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return nullptr;
        }
        if (end - at < length)
            return nullptr;
        const auto second = uchar(at[1]);
        if (second < low || second > high)
            return nullptr;
        point = point << 6 | (second & 0x3F);
        for (int i = 2; i < length; ++i) {
            const auto next = uchar(at[i]);
            if (!isContinuation(next))
                return nullptr;
            point = point << 6 | (next & 0x3F);
        }
        // Noncharacters: never in content, and not worth being unsure about.
        if ((point >= 0xFDD0 && point <= 0xFDEF) || (point & 0xFFFE) == 0xFFFE)
            return nullptr;
        at += length;
        if (point >= 0x10000) {
            text.push_back(char16_t(0xD800 + ((point - 0x10000) >> 10)));
            text.push_back(char16_t(0xDC00 + ((point - 0x10000) & 0x3FF)));
        } else {
            text.push_back(char16_t(point));
        }
    }
    return nullptr;
}
