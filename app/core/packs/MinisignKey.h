// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

struct ParsedMinisignKey;

// A minisign public key: the "Ed" algorithm, an 8-byte key id and a 32-byte Ed25519 key, read
// from a minisign .pub file or from the base64 line alone (what `minisign -P` takes).
class MinisignKey
{
    Q_DECLARE_TR_FUNCTIONS(MinisignKey)

public:
    static constexpr qsizetype keyIdBytes = 8;
    static constexpr qsizetype publicKeyBytes = 32;
    static constexpr qint64 maxFileBytes = 4096; // a .pub file is two short lines

    using Parsed = ParsedMinisignKey;

    // The text of a .pub file ("untrusted comment: …" then the key line) or the key line alone.
    static Parsed parse(const QByteArray &text);
    // Reads and parses a .pub file; errors name the file.
    static Parsed fromFile(const QString &path);
    // True when `text` is a bare base64 key line rather than, say, a file name.
    static bool looksLikeKeyLine(const QString &text);
    // A key or signature line's bytes: strict base64 as minisign writes it (no stray characters,
    // no missing padding); nullopt when it is not.
    static std::optional<QByteArray> decodeBase64Line(const QByteArray &line);

    QByteArray keyId() const { return m_keyId; }         // 8 bytes, as in signatures
    QByteArray publicKey() const { return m_publicKey; } // 32 bytes
    // The key id as minisign prints it ("AF0B60FF1AA03F1C": the 8 bytes as a little-endian
    // number, in hex, with no leading zeros).
    QString keyIdText() const { return keyIdText(m_keyId); }
    static QString keyIdText(const QByteArray &keyId);

    // Another key with the same id but other key bytes (tests build a "wrong key" with this).
    MinisignKey withPublicKey(const QByteArray &publicKey) const;

private:
    MinisignKey(QByteArray keyId, QByteArray publicKey);
    QByteArray m_keyId;
    QByteArray m_publicKey;
};

// A key read from text, or why there is none.
struct ParsedMinisignKey
{
    std::optional<MinisignKey> key;
    QString error; // a sentence naming what is wrong, when there is no key
};
