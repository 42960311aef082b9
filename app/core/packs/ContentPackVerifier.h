// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/loading/ContentIssue.h"
#include "core/packs/MinisignKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Why a content pack was refused; each has a sentence in ContentPackVerifier::Result::reason.
enum class PackProblem
{
    None,
    NoTrustedKeys,    // nothing to check against: the configuration names no usable key
    MissingFile,      // content.json or content.json.minisig is absent or cannot be opened
    Unreadable,       // it is there, but this account may not read it (permission denied)
    TooLarge,         // a file is larger than any real content or signature; not read
    EmptyContent,     // content.json is empty
    BadSignatureFile, // content.json.minisig is not a minisign signature (empty, cut short…)
    LegacySignature,  // "Ed" (minisign -l) while allow_legacy_signatures is off
    UnknownKey,       // signed by a key that is not trusted
    ContentMismatch,  // content.json is not what was signed (changed, wrong key, other file)
    CommentMismatch,  // the trusted comment is not what was signed
    BadExpiry,        // the trusted comment's expires= is not a date
    Expired,          // the expiry date has passed
    InvalidContent,   // signed, but the content does not validate
    NotNewer,         // content version not above the one installed from the same key
    WrongKind,        // a local pack signed by a national key, or national content by a local one
};

// The two kinds of signed pack: national content (trusted_content_keys) and a local overlay
// (trusted_local_keys). A key of one kind never vouches for a pack of the other.
enum class PackKind
{
    National,
    Local,
};

// A content pack whose signature, trusted comment, expiry and content all checked out. Holds the
// exact bytes that were verified and parsed, so an install writes those and nothing re-read.
struct VerifiedPack
{
    QByteArray contentBytes;
    QByteArray signatureBytes;
    QString keyId;     // as minisign prints it
    qint64 serial = 0; // the content's metadata.version
    QString contentId;
    std::optional<QDate> expires;
    QString trustedComment;
    Content content;
    QList<ContentIssue> warnings; // the content's validation warnings
};

// Checks a signed content pack: DIR/content.json with its detached minisign signature
// DIR/content.json.minisig, against the trusted keys. Reads each file once, with a size cap.
class ContentPackVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ContentPackVerifier)

public:
    static QString contentFileName() { return QStringLiteral("content.json"); }
    static QString signatureFileName() { return QStringLiteral("content.json.minisig"); }

    struct Result
    {
        std::optional<VerifiedPack> pack; // set only when the pack is valid
        PackProblem problem = PackProblem::None;
        QString reason;             // one sentence naming the file, what is wrong, what to do
        QList<ContentIssue> issues; // the content's own problems, when it was parsed
    };

    ContentPackVerifier(QList<MinisignKey> trustedKeys, bool allowLegacySignatures,
                        PackKind kind = PackKind::National);
    // A local pack is checked against the national content it will sit on (which must outlive
    // the verifier); a verified local pack's `content` is that content with the pack laid over.
    void setNationalContent(const Content *national) { m_national = national; }
    PackKind kind() const { return m_kind; }

    Result verify(const QString &directory, const QDate &today) const;
    // The same checks on bytes already read; `directory` only names files in messages.
    Result verifyBytes(const QByteArray &content, const QByteArray &signature,
                       const QString &directory, const QDate &today) const;

    // The date in an "expires=YYYY-MM-DD" word of a trusted comment: nullopt when there is none,
    // an invalid QDate when the word is there but is not one date.
    static std::optional<QDate> expiryOf(const QString &trustedComment);

private:
    Result checkContent(const QByteArray &contentBytes, const QString &contentPath,
                        const QString &keyId, const QDate &today) const;
    Result checkLocalContent(const QByteArray &contentBytes, const QString &contentPath,
                             const QString &keyId, const QDate &today) const;

    QList<MinisignKey> m_trustedKeys;
    bool m_allowLegacySignatures = false;
    PackKind m_kind = PackKind::National;
    const Content *m_national = nullptr;
};
