// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

// Decodes the text of one JSON string for JsonTreeParser, strictly: the JSON escapes (a
// surrogate escaped only as a pair), and UTF-8 with no overlong form, surrogate, noncharacter
// or code point past U+10FFFF. Anything else, or a control character, declines.
class JsonStringDecoder
{
public:
    // Past the plain ASCII text at `at`: no quote, backslash, control character or other byte.
    static const char *skipPlainText(const char *at, const char *end);
    // The text of the string whose opening quote is just before `from`, into `text` as UTF-16;
    // returns where the string ends (past its closing quote), or null to decline.
    static const char *decode(const char *from, const char *end, std::vector<char16_t> &text);
};
