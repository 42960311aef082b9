// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/packs/MinisignKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QList>

namespace {

const QByteArray untrustedPrefix("untrusted comment:");
constexpr qsizetype encodedKeyBytes = 2 + MinisignKey::keyIdBytes + MinisignKey::publicKeyBytes;

} // namespace

MinisignKey::MinisignKey(QByteArray keyId, QByteArray publicKey)
    : m_keyId(std::move(keyId))
    , m_publicKey(std::move(publicKey))
{}

MinisignKey::Parsed MinisignKey::parse(const QByteArray &text)
{
    QByteArray body = text;
    if (body.startsWith("\xEF\xBB\xBF")) // a byte order mark a Windows editor may add
        body.remove(0, 3);
    QList<QByteArray> lines;
    for (const QByteArray &line : body.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed(); // a Windows editor's \r goes too
    }
    if (!lines.isEmpty() && lines.constFirst().startsWith(untrustedPrefix))
        lines.removeFirst();
    if (lines.size() != 1)
        return {std::nullopt, tr("it is not a minisign public key: expected an \"untrusted "
                                 "comment:\" line and one base64 key line (as minisign -G "
                                 "writes)")};
    const auto decoded = MinisignKey::decodeBase64Line(lines.constFirst());
    if (!decoded)
        return {std::nullopt, tr("the key line is not valid base64")};
    if (decoded->size() != encodedKeyBytes)
        return {std::nullopt, tr("the key line holds %1 bytes, not the %2 of a minisign public "
                                 "key; is it a signature or a secret key?")
                                  .arg(decoded->size())
                                  .arg(encodedKeyBytes)};
    if (!decoded->startsWith("Ed"))
        return {std::nullopt, tr("the key is not an Ed25519 minisign key (it does not start with "
                                 "the algorithm \"Ed\")")};
    return {MinisignKey(decoded->mid(2, keyIdBytes), decoded->mid(2 + keyIdBytes)), QString()};
}

MinisignKey::Parsed MinisignKey::fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {std::nullopt, tr("%1: there is no such key file").arg(path)};
    if (info.size() > maxFileBytes)
        return {std::nullopt,
                tr("%1: the file is too large to be a minisign public key").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, tr("%1: cannot read the key file: %2").arg(path, file.errorString())};
    Parsed parsed = parse(file.read(maxFileBytes + 1));
    if (!parsed.key)
        parsed.error = tr("%1: %2").arg(path, parsed.error);
    return parsed;
}

bool MinisignKey::looksLikeKeyLine(const QString &text)
{
    // "RW" is how base64 spells the algorithm bytes "Ed" every minisign public key starts with.
    const QString line = text.trimmed();
    return line.startsWith(QLatin1String("RW")) && parse(line.toLatin1()).key.has_value();
}

QString MinisignKey::keyIdText(const QByteArray &keyId)
{
    // minisign reads the 8 bytes as a little-endian number and prints it in hex with no leading
    // zeros ("%" PRIX64), so a person can compare the two by eye.
    quint64 number = 0;
    for (qsizetype i = keyId.size() - 1; i >= 0; --i)
        number = (number << 8) | static_cast<quint8>(keyId.at(i));
    return QString::number(number, 16).toUpper();
}

MinisignKey MinisignKey::withPublicKey(const QByteArray &publicKey) const
{
    if (publicKey.size() != publicKeyBytes)
        return *this;
    return MinisignKey(m_keyId, publicKey);
}

std::optional<QByteArray> MinisignKey::decodeBase64Line(const QByteArray &line)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        line, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}
