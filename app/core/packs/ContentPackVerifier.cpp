// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/packs/ContentPackVerifier.h"

#include "core/loading/ContentFileGuard.h"
#include "core/loading/ContentLoader.h"
#include "core/loading/FileAccess.h"
#include "core/packs/LocalPack.h"
#include "core/packs/LocalPackValidation.h"
#include "core/packs/MinisignSignature.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace {

ContentPackVerifier::Result refused(PackProblem problem, const QString &reason)
{
    ContentPackVerifier::Result result;
    result.problem = problem;
    result.reason = reason;
    return result;
}

ContentPackVerifier::Result noTrustedKeys(PackKind kind)
{
    if (kind == PackKind::Local)
        return refused(PackProblem::NoTrustedKeys,
                       ContentPackVerifier::tr(
                           "no trusted local keys are configured, so no local pack can be "
                           "checked; name the local publisher's public key (.pub) in "
                           "trusted_local_keys or put it in the keys/local directory beside the "
                           "configuration (or, to check a pack, name one with --trusted-key)"));
    return refused(PackProblem::NoTrustedKeys,
                   ContentPackVerifier::tr(
                       "no trusted content keys are configured, so no pack can be checked; put "
                       "the content owner's public key (.pub) in the keys directory beside the "
                       "configuration (/etc/signpost/keys) or name it in trusted_content_keys "
                       "(or, to check a pack, name one with --trusted-key)"));
}

struct FileRead
{
    QByteArray bytes;
    std::optional<ContentPackVerifier::Result> problem;
};

enum class PackFile
{
    Content,
    Signature,
};

QString tooLarge(PackFile kind, const QString &path, qint64 size, qint64 maxBytes)
{
    const QLocale locale;
    if (kind == PackFile::Content)
        return ContentPackVerifier::tr(
                   "%1: the file is %2; content may be at most %3, so it was not read")
            .arg(path, locale.formattedDataSize(size), locale.formattedDataSize(maxBytes));
    return ContentPackVerifier::tr(
               "%1: the file is %2, too large to be a minisign signature (at most %3), so it was "
               "not read")
        .arg(path, locale.formattedDataSize(size), locale.formattedDataSize(maxBytes));
}

// One read, capped: the size is checked before reading so a huge file never reaches memory.
FileRead readCapped(PackFile kind, const QString &path, qint64 maxBytes)
{
    if (const auto denied = FileAccess::readProblem(path))
        return {{}, refused(PackProblem::Unreadable, *denied)};
    const QFileInfo info(path);
    if (!info.isFile())
        return {{},
                refused(PackProblem::MissingFile,
                        ContentPackVerifier::tr(
                            "%1: there is no such file; a content pack is a directory holding "
                            "content.json and its minisign signature content.json.minisig")
                            .arg(path))};
    if (info.size() > maxBytes)
        return {{}, refused(PackProblem::TooLarge, tooLarge(kind, path, info.size(), maxBytes))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{},
                refused(PackProblem::MissingFile,
                        ContentPackVerifier::tr("%1: cannot read the file: %2")
                            .arg(path, file.errorString()))};
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) // it grew after the size was checked
        return {{}, refused(PackProblem::TooLarge, tooLarge(kind, path, bytes.size(), maxBytes))};
    return {bytes, std::nullopt};
}

// minisign's default trusted comment names the file signed ("file:uk.json"); used only to say
// why a signature does not match, never to decide.
QString signedFileName(const QString &trustedComment)
{
    static const QRegularExpression fileWord(QStringLiteral("(?:^|\\s)file:(\\S+)"));
    return fileWord.match(trustedComment).captured(1);
}

} // namespace

ContentPackVerifier::ContentPackVerifier(QList<MinisignKey> trustedKeys, bool allowLegacySignatures,
                                         PackKind kind)
    : m_trustedKeys(std::move(trustedKeys))
    , m_allowLegacySignatures(allowLegacySignatures)
    , m_kind(kind)
{}

ContentPackVerifier::Result ContentPackVerifier::verify(const QString &directory,
                                                        const QDate &today) const
{
    if (m_trustedKeys.isEmpty())
        return noTrustedKeys(m_kind);
    const QDir dir(directory);
    const QString signaturePath = dir.filePath(signatureFileName());
    const QString contentPath = dir.filePath(contentFileName());
    const FileRead signature =
        readCapped(PackFile::Signature, signaturePath, MinisignSignature::maxFileBytes);
    if (signature.problem)
        return *signature.problem;
    const FileRead content =
        readCapped(PackFile::Content, contentPath, ContentFileGuard::maxFileBytes);
    if (content.problem)
        return *content.problem;
    return verifyBytes(content.bytes, signature.bytes, directory, today);
}

ContentPackVerifier::Result ContentPackVerifier::verifyBytes(const QByteArray &contentBytes,
                                                             const QByteArray &signatureBytes,
                                                             const QString &directory,
                                                             const QDate &today) const
{
    const QDir dir(directory);
    const QString signaturePath = dir.filePath(signatureFileName());
    const QString contentPath = dir.filePath(contentFileName());
    if (m_trustedKeys.isEmpty())
        return noTrustedKeys(m_kind);

    const MinisignSignature::Parsed parsed = MinisignSignature::parse(signatureBytes);
    if (!parsed.signature)
        return refused(PackProblem::BadSignatureFile,
                       ContentPackVerifier::tr(
                           "%1: %2; sign content.json again with minisign -Sm content.json")
                           .arg(signaturePath, parsed.error));
    const MinisignSignature &signature = *parsed.signature;
    if (signature.algorithm() == MinisignSignature::Algorithm::Legacy && !m_allowLegacySignatures)
        return refused(PackProblem::LegacySignature,
                       ContentPackVerifier::tr(
                           "%1: the signature is in minisign's legacy format (minisign -l); sign "
                           "again without -l, or set allow_legacy_signatures=true in the "
                           "configuration")
                           .arg(signaturePath));

    const MinisignKey *key = nullptr;
    QStringList trustedIds;
    for (const MinisignKey &candidate : m_trustedKeys) {
        trustedIds << candidate.keyIdText();
        if (candidate.keyId() == signature.keyId())
            key = &candidate;
    }
    const QString keyId = MinisignKey::keyIdText(signature.keyId());
    if (!key && m_kind == PackKind::Local)
        return refused(PackProblem::UnknownKey,
                       ContentPackVerifier::tr(
                           "%1: signed with key %2, which is not a trusted local key (trusted: "
                           "%3); sign with a local key, or add this key's public key to "
                           "trusted_local_keys")
                           .arg(signaturePath, keyId, trustedIds.join(QStringLiteral(", "))));
    if (!key)
        return refused(PackProblem::UnknownKey,
                       ContentPackVerifier::tr(
                           "%1: signed with key %2, which is not a trusted key (trusted: %3); "
                           "sign with a trusted key, or add this key's public key to "
                           "trusted_content_keys")
                           .arg(signaturePath, keyId, trustedIds.join(QStringLiteral(", "))));

    if (contentBytes.isEmpty())
        return refused(
            PackProblem::EmptyContent,
            ContentPackVerifier::tr("%1: the file is empty; it is not content").arg(contentPath));
    if (!signature.verifiesContent(contentBytes, *key)) {
        const QString comment = QString::fromUtf8(signature.trustedComment());
        const QString signedName = signedFileName(comment);
        if (!signedName.isEmpty() && signedName != contentFileName())
            return refused(PackProblem::ContentMismatch,
                           ContentPackVerifier::tr(
                               "%1 does not match its signature, which says it was made for the "
                               "file '%2': sign content.json itself with key %3")
                               .arg(contentPath, signedName, keyId));
        return refused(PackProblem::ContentMismatch,
                       ContentPackVerifier::tr(
                           "%1 does not match its signature: the file was changed after signing, "
                           "or the signature is damaged or not key %2's; sign it again")
                           .arg(contentPath, keyId));
    }
    if (!signature.verifiesTrustedComment(*key))
        return refused(PackProblem::CommentMismatch,
                       ContentPackVerifier::tr(
                           "%1: the trusted comment was changed after signing (or the signature is "
                           "damaged); sign content.json again")
                           .arg(signaturePath));

    const QString comment = QString::fromUtf8(signature.trustedComment());
    const std::optional<QDate> expires = expiryOf(comment);
    if (expires && !expires->isValid())
        return refused(
            PackProblem::BadExpiry,
            ContentPackVerifier::tr("%1: the trusted comment's expiry is not one date of the form "
                                    "expires=YYYY-MM-DD, so the pack is refused; sign again with "
                                    "-t \"expires=2027-03-31\"")
                .arg(signaturePath));
    if (expires && today > *expires)
        return refused(PackProblem::Expired,
                       ContentPackVerifier::tr(
                           "%1: the pack expired on %2; ask the content owner for a newer pack")
                           .arg(signaturePath, expires->toString(Qt::ISODate)));

    // The very bytes just verified are the ones parsed: nothing is read a second time.
    Result result = m_kind == PackKind::Local
                        ? checkLocalContent(contentBytes, contentPath, keyId, today)
                        : checkContent(contentBytes, contentPath, keyId, today);
    if (result.pack) {
        result.pack->contentBytes = contentBytes;
        result.pack->signatureBytes = signatureBytes;
        result.pack->keyId = keyId;
        result.pack->expires = expires;
        result.pack->trustedComment = comment;
    }
    return result;
}

ContentPackVerifier::Result ContentPackVerifier::checkContent(const QByteArray &contentBytes,
                                                              const QString &contentPath,
                                                              const QString &keyId,
                                                              const QDate &today) const
{
    if (LocalPack::isLocalDocument(contentBytes))
        return refused(PackProblem::WrongKind,
                       ContentPackVerifier::tr(
                           "%1 is a local pack (\"kind\": \"local\"), but key %2 is a national "
                           "content key; local packs are signed only with a key in "
                           "trusted_local_keys")
                           .arg(contentPath, keyId));
    ContentLoader::Result loaded = ContentLoader::loadBytes(contentBytes, contentPath, today);
    if (!loaded.content) {
        Result result =
            refused(PackProblem::InvalidContent,
                    ContentPackVerifier::tr("%1 is correctly signed but is not valid content; run "
                                            "signpost --validate on it and fix the errors")
                        .arg(contentPath));
        result.issues = loaded.issues;
        return result;
    }
    Result result;
    result.issues = loaded.issues;
    result.pack = VerifiedPack{};
    result.pack->serial = loaded.content->metadata.version;
    result.pack->contentId = loaded.content->metadata.id;
    result.pack->content = std::move(*loaded.content);
    result.pack->warnings = loaded.issues;
    return result;
}

ContentPackVerifier::Result ContentPackVerifier::checkLocalContent(const QByteArray &contentBytes,
                                                                   const QString &contentPath,
                                                                   const QString &keyId,
                                                                   const QDate &today) const
{
    if (!LocalPack::isLocalDocument(contentBytes))
        return refused(PackProblem::WrongKind,
                       ContentPackVerifier::tr(
                           "%1 is national content, but key %2 is a local key; a local key signs "
                           "only local packs (\"kind\": \"local\"), national content needs a key "
                           "in trusted_content_keys")
                           .arg(contentPath, keyId));
    Content builtIn;
    const Content *national = m_national;
    if (!national) { // no content to sit on was given: the built-in content
        builtIn = ContentLoader::loadFile(ContentLoader::builtInPath(), today)
                      .content.value_or(Content());
        national = &builtIn;
    }
    LocalPackValidation::Result checked =
        LocalPackValidation::checkBytes(contentBytes, contentPath, *national, today);
    if (!checked.merged) {
        Result result = refused(
            PackProblem::InvalidContent,
            ContentPackVerifier::tr("%1 is correctly signed but is not a valid local pack for "
                                    "content '%2' version %3; run signpost --validate CONTENT "
                                    "--with-local DIR and fix the errors")
                .arg(contentPath, national->metadata.id)
                .arg(national->metadata.version));
        result.issues = checked.issues;
        return result;
    }
    Result result;
    result.issues = checked.issues;
    result.pack = VerifiedPack{};
    result.pack->serial = checked.pack->metadata.version;
    result.pack->contentId = checked.pack->metadata.id;
    result.pack->content = std::move(*checked.merged);
    result.pack->warnings = checked.issues;
    return result;
}

std::optional<QDate> ContentPackVerifier::expiryOf(const QString &trustedComment)
{
    static const QRegularExpression word(QStringLiteral("(?:^|\\s)expires=(\\S*)"));
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\z"));
    std::optional<QDate> found;
    auto matches = word.globalMatch(trustedComment);
    while (matches.hasNext()) {
        const QString value = matches.next().captured(1);
        if (found) // two expiry dates: which one did the owner mean? Refuse rather than guess.
            return QDate();
        found = isoDate.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
    }
    return found;
}
