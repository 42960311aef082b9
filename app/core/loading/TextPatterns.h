// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringView>

#include <optional>

// Quick checks for the shapes content text must have (an id, an ISO date, a time, groups of
// digits), each a loop over the characters instead of a regular expression match: they run for
// every id, date and time of every service, and the matches were a tenth of a large file's load.
// Each accepts only text its reader's pattern accepts; what it refuses goes on to that pattern,
// which decides and words the issue, so a reader's verdicts and messages do not change.
class TextPatterns
{
public:
    // ^[a-z0-9]+(-[a-z0-9]+)*$ : lower-case letters and digits in words joined by single hyphens.
    static bool isId(QStringView text);
    // Empty, or only white space (what QString::trimmed() would leave empty).
    static bool isBlank(QStringView text);
    // YYYY-MM-DD (ASCII digits) naming a real date; nullopt for anything else.
    static std::optional<QDate> isoDate(QStringView text);
    // HH:MM from 00:00 to 23:59, as minutes after midnight; nullopt for anything else.
    static std::optional<int> minuteOfDay(QStringView text);
    // ^[0-9]+( [0-9]+)*$ : ASCII digits in groups joined by single spaces.
    static bool isDigitGroups(QStringView text);
    // https://host or https://host/path: the host lower-case letters, digits and hyphens in
    // dot-separated labels (none starting or ending with a hyphen, each at most 63 characters,
    // the host at most 253), the path only letters, digits and -._~/ : an address QUrl's strict
    // mode accepts as https with a host. Anything else (a port, a query, an escape, a capital in
    // the host) is left to QUrl.
    static bool isPlainHttpsAddress(QStringView text);
};
