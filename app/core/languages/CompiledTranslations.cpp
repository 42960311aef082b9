// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/CompiledTranslations.h"

#include <QFile>
#include <QtEndian>

namespace {

// The layout lrelease writes (qtbase's qtranslator.cpp): a 16-byte magic number, then blocks of
// a tag byte and a big-endian 32-bit length; the messages block is a run of records, each a list
// of tagged fields ending with tag 1.
constexpr unsigned char magic[16] = {0x3c, 0xb8, 0x64, 0x18, 0xca, 0xef, 0x9c, 0x95,
                                     0xcd, 0x21, 0x1c, 0xbf, 0x60, 0xa1, 0xbd, 0xdd};
constexpr unsigned char messagesBlock = 0x69;

enum MessageTag : unsigned char
{
    End = 1,
    Translation = 3, // UTF-16 big-endian; length 0xffffffff means none
    Obsolete1 = 5,   // four bytes
    SourceText = 6,  // UTF-8, as are the context and the comment
    Context = 7,
    Comment = 8,
};

quint32 read32(const char *at)
{
    return qFromBigEndian<quint32>(at);
}

QList<CompiledTranslations::Message> readMessages(const char *at, const char *end)
{
    QList<CompiledTranslations::Message> messages;
    CompiledTranslations::Message message;
    bool started = false;
    while (at < end) {
        const auto tag = static_cast<unsigned char>(*at++);
        if (tag == End) {
            if (started)
                messages << message;
            message = {};
            started = false;
            continue;
        }
        if (tag == Obsolete1) {
            at += 4;
            continue;
        }
        if (tag != Translation && tag != SourceText && tag != Context && tag != Comment)
            return messages; // a field this reader does not know: stop rather than guess
        if (end - at < 4)
            return messages;
        const quint32 length = read32(at);
        at += 4;
        started = true;
        if (length == 0xffffffff)
            continue;
        if (length > quint32(end - at))
            return messages;
        if (tag == Translation) {
            QString text(int(length / 2), Qt::Uninitialized);
            for (qsizetype i = 0; i < text.size(); ++i)
                text[i] = QChar(qFromBigEndian<quint16>(at + 2 * i));
            message.translations << text;
        } else {
            const QString text = QString::fromUtf8(at, qsizetype(length));
            (tag == SourceText ? message.source
             : tag == Context  ? message.context
                               : message.comment) = text;
        }
        at += length;
    }
    if (started)
        messages << message;
    return messages;
}

} // namespace

QList<CompiledTranslations::Message> CompiledTranslations::messages(const QByteArray &qm)
{
    if (qm.size() < qsizetype(sizeof magic) || !qm.startsWith(QByteArrayView(magic, sizeof magic)))
        return {};
    const char *at = qm.constData() + sizeof magic;
    const char *end = qm.constData() + qm.size();
    while (end - at >= 5) {
        const auto tag = static_cast<unsigned char>(*at);
        const quint32 length = read32(at + 1);
        at += 5;
        if (length > quint32(end - at))
            return {};
        if (tag == messagesBlock)
            return readMessages(at, at + length);
        at += length;
    }
    return {};
}

QList<CompiledTranslations::Message> CompiledTranslations::messagesOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return messages(file.readAll());
}

QStringList CompiledTranslations::texts(const QByteArray &qm)
{
    QStringList texts;
    for (const Message &message : messages(qm))
        texts << message.translations;
    return texts;
}

QStringList CompiledTranslations::textsOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return texts(file.readAll());
}
