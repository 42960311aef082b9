// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentFileGuard.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

namespace {

// Nesting depth outside strings, stopping as soon as it is too deep (a 10,000-deep file is
// refused after 65 bytes of brackets, never handed to a recursive parser). A string is skipped
// with memchr to its closing quote, not byte by byte: a content file is mostly text.
bool nestsTooDeep(const QByteArray &bytes, int limit)
{
    int depth = 0;
    const char *at = bytes.constData();
    const char *const end = at + bytes.size();
    while (at < end) {
        const char c = *at++;
        if (c == '"') {
            // To the quote that ends the string: one not escaped by an odd run of backslashes.
            for (;;) {
                const auto *quote = static_cast<const char *>(std::memchr(at, '"', end - at));
                if (!quote)
                    return false; // an unclosed string: the parser says so
                const char *slash = quote;
                while (slash > at && slash[-1] == '\\')
                    --slash;
                at = quote + 1;
                if ((quote - slash) % 2 == 0)
                    break;
            }
        } else if (c == '{' || c == '[') {
            if (++depth > limit)
                return true;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

} // namespace

std::optional<QString> ContentFileGuard::sizeProblem(qint64 bytes)
{
    if (bytes <= maxFileBytes)
        return std::nullopt;
    return tr("the file is %1 MB; content files must be at most %2 MB, so it was not read")
        .arg(QString::number(static_cast<double>(bytes) / (1024 * 1024), 'f', 1))
        .arg(maxFileBytes / (1024 * 1024));
}

std::optional<QString> ContentFileGuard::bytesProblem(const QByteArray &bytes)
{
    if (const auto tooBig = sizeProblem(bytes.size()))
        return tooBig;
    // The quick check first; the file is decoded only to say where a bad byte is.
    if (!bytes.isValidUtf8()) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(bytes);
        // Point at the first bad byte so the author can find it in a hex editor.
        const qsizetype bad = decoded.indexOf(QChar::ReplacementCharacter);
        return tr("the file is not valid UTF-8 text (first bad character near character %1); "
                  "save it as UTF-8")
            .arg(bad < 0 ? 0 : bad + 1);
    }
    if (nestsTooDeep(bytes, maxNestingDepth))
        return tr("objects and lists are nested more than %1 deep; content never needs that")
            .arg(maxNestingDepth);
    return std::nullopt;
}

QString ContentFileGuard::parseProblem(const QByteArray &bytes, int offset,
                                       const QString &parserError)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    // Qt reports a cut-off file as an error at (or just before) the very end.
    if (offset >= bytes.trimmed().size() - 1 || bytes.trimmed().isEmpty())
        return tr("the file ends too early at line %1, column %2 (%3): is it truncated? "
                  "Check that every { [ and \" is closed")
            .arg(line)
            .arg(column)
            .arg(parserError);
    return tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(parserError);
}
