// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Refuses hostile or broken content bytes quickly, before a JSON parser sees them: too large,
// not UTF-8, nested too deep, or not JSON at all. Each refusal is a sentence an author can act on.
class ContentFileGuard
{
    Q_DECLARE_TR_FUNCTIONS(ContentFileGuard)

public:
    static constexpr qint64 maxFileBytes = 5 * 1024 * 1024;
    static constexpr int maxNestingDepth = 64;

    // A message when a file of this size must not even be read.
    static std::optional<QString> sizeProblem(qint64 bytes);
    // A message when the bytes are not UTF-8, or nest objects and lists too deeply.
    static std::optional<QString> bytesProblem(const QByteArray &bytes);
    // The parser's complaint in words, with line and column, noticing a truncated file.
    static QString parseProblem(const QByteArray &bytes, int offset, const QString &parserError);
};
