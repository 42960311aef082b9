// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/packs/MinisignKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

struct ParsedMinisignSignature;

// A detached minisign signature (a .minisig file): the signature of a file, the key id that made
// it, a trusted comment and the global signature that binds that comment to the signature.
class MinisignSignature
{
    Q_DECLARE_TR_FUNCTIONS(MinisignSignature)

public:
    static constexpr qsizetype signatureBytes = 64;
    // minisign allows a 1 KiB untrusted and an 8 KiB trusted comment; anything larger is not one.
    static constexpr qint64 maxFileBytes = 16 * 1024;

    enum class Algorithm
    {
        Prehashed, // "ED": Ed25519 over the BLAKE2b-512 hash of the file (minisign's default)
        Legacy,    // "Ed": Ed25519 over the file itself (minisign -l)
    };

    using Parsed = ParsedMinisignSignature;

    // The bytes of a .minisig file.
    static Parsed parse(const QByteArray &text);

    Algorithm algorithm() const { return m_algorithm; }
    QByteArray keyId() const { return m_keyId; }
    QByteArray trustedComment() const { return m_trustedComment; } // without "trusted comment: "

    // Is this the signature `key` made of exactly `content`? (Checks nothing else.)
    bool verifiesContent(const QByteArray &content, const MinisignKey &key) const;
    // Was the trusted comment signed by `key` together with this signature, unchanged since?
    bool verifiesTrustedComment(const MinisignKey &key) const;

private:
    MinisignSignature() = default;
    Algorithm m_algorithm = Algorithm::Prehashed;
    QByteArray m_keyId;
    QByteArray m_signature;
    QByteArray m_trustedComment;
    QByteArray m_globalSignature;
};

// A signature read from a .minisig file, or why there is none.
struct ParsedMinisignSignature
{
    std::optional<MinisignSignature> signature;
    QString error; // a sentence naming what is wrong, when there is no signature
};
