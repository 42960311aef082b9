// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/packs/MinisignSignature.h"

#include <QCoreApplication>
#include <QList>

#include <sodium.h>

namespace {

const QByteArray untrustedPrefix("untrusted comment: ");
const QByteArray trustedPrefix("trusted comment: ");
constexpr qsizetype encodedSignatureBytes =
    2 + MinisignKey::keyIdBytes + MinisignSignature::signatureBytes;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Like minisign, a line ends at its first carriage return; trailing spaces stay, so a trusted
// comment is exactly the bytes minisign signed.
QByteArray withoutLineEnding(const QByteArray &line)
{
    const qsizetype carriageReturn = line.indexOf('\r');
    return carriageReturn < 0 ? line : line.left(carriageReturn);
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

bool ed25519Verifies(const QByteArray &signature, const QByteArray &message, const QByteArray &key)
{
    if (!sodiumReady() || signature.size() != crypto_sign_BYTES ||
        key.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(key)) == 0;
}

} // namespace

MinisignSignature::Parsed MinisignSignature::parse(const QByteArray &text)
{
    if (text.isEmpty())
        return {std::nullopt, tr("the signature file is empty")};
    QList<QByteArray> lines = text.split('\n');
    while (!lines.isEmpty() && withoutLineEnding(lines.constLast()).isEmpty())
        lines.removeLast();
    if (lines.size() < 4)
        return {std::nullopt, tr("the signature file has %1 of the 4 lines minisign writes; is it "
                                 "truncated?")
                                  .arg(lines.size())};
    if (lines.size() > 4)
        return {std::nullopt, tr("the signature file has more than the 4 lines minisign writes")};
    if (!lines.at(0).startsWith(untrustedPrefix))
        return {std::nullopt, tr("the first line does not start with \"untrusted comment: \"; "
                                 "it is not a minisign signature")};
    if (!lines.at(2).startsWith(trustedPrefix))
        return {std::nullopt, tr("the third line does not start with \"trusted comment: \"")};

    const auto signatureLine =
        MinisignKey::decodeBase64Line(withoutLineEnding(lines.at(1)).trimmed());
    if (!signatureLine || signatureLine->size() != encodedSignatureBytes)
        return {std::nullopt, tr("the second line is not a base64 minisign signature of %1 bytes")
                                  .arg(encodedSignatureBytes)};
    const auto globalSignature =
        MinisignKey::decodeBase64Line(withoutLineEnding(lines.at(3)).trimmed());
    if (!globalSignature || globalSignature->size() != signatureBytes)
        return {std::nullopt,
                tr("the fourth line is not a base64 signature of %1 bytes").arg(signatureBytes)};

    MinisignSignature signature;
    const QByteArray algorithm = signatureLine->left(2);
    if (algorithm == "ED")
        signature.m_algorithm = Algorithm::Prehashed;
    else if (algorithm == "Ed")
        signature.m_algorithm = Algorithm::Legacy;
    else
        return {std::nullopt, tr("the signature algorithm is not one minisign makes (ED or Ed)")};
    signature.m_keyId = signatureLine->mid(2, MinisignKey::keyIdBytes);
    signature.m_signature = signatureLine->mid(2 + MinisignKey::keyIdBytes);
    signature.m_trustedComment = withoutLineEnding(lines.at(2).mid(trustedPrefix.size()));
    signature.m_globalSignature = *globalSignature;
    return {signature, QString()};
}

bool MinisignSignature::verifiesContent(const QByteArray &content, const MinisignKey &key) const
{
    if (key.keyId() != m_keyId || !sodiumReady())
        return false;
    if (m_algorithm == Algorithm::Legacy)
        return ed25519Verifies(m_signature, content, key.publicKey());
    QByteArray hash(crypto_generichash_BYTES_MAX, '\0');
    if (crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()),
                           static_cast<size_t>(hash.size()), bytes(content),
                           static_cast<unsigned long long>(content.size()), nullptr, 0) != 0)
        return false;
    return ed25519Verifies(m_signature, hash, key.publicKey());
}

bool MinisignSignature::verifiesTrustedComment(const MinisignKey &key) const
{
    if (key.keyId() != m_keyId)
        return false;
    return ed25519Verifies(m_globalSignature, m_signature + m_trustedComment, key.publicKey());
}
