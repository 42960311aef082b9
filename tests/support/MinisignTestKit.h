// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test support for signed content packs: keys made and files signed by the real minisign tool
// (Debian's package), in a temporary directory, so no secret key is ever committed.

#include "core/packs/ContentPackVerifier.h"
#include "core/packs/MinisignKey.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace MinisignTestKit {

struct TestKey
{
    QString publicKeyPath;
    QString secretKeyPath;
    std::optional<MinisignKey> key; // set when minisign made the pair
};

inline QString minisign()
{
    return QStringLiteral(SIGNPOST_MINISIGN);
}

// Runs minisign; returns its exit status, and its output in `output` for failure messages.
inline int run(const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(minisign(), arguments);
    if (!process.waitForStarted() || !process.waitForFinished(60000))
        return -1;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// minisign -G -W: a key pair with no password, as a content owner's test key.
inline TestKey generate(const QString &directory, const QString &name)
{
    TestKey key;
    key.publicKeyPath = QDir(directory).filePath(name + QStringLiteral(".pub"));
    key.secretKeyPath = QDir(directory).filePath(name + QStringLiteral(".key"));
    if (run({QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-f"), QStringLiteral("-p"),
             key.publicKeyPath, QStringLiteral("-s"), key.secretKeyPath}) == 0) {
        key.key = MinisignKey::fromFile(key.publicKeyPath).key;
    }
    return key;
}

// minisign -S: signs `file` into `signaturePath`; an empty trusted comment keeps minisign's
// default ("timestamp:…	file:…	hashed"); `legacy` adds -l.
inline bool sign(const TestKey &key, const QString &file, const QString &signaturePath,
                 const QString &trustedComment = QString(), bool legacy = false)
{
    QStringList arguments{
        QStringLiteral("-S"), QStringLiteral("-s"), key.secretKeyPath, QStringLiteral("-m"), file,
        QStringLiteral("-x"), signaturePath};
    if (!trustedComment.isEmpty())
        arguments << QStringLiteral("-t") << trustedComment;
    if (legacy)
        arguments << QStringLiteral("-l");
    return run(arguments) == 0;
}

// minisign -V: does the reference tool itself accept the signature?
inline bool minisignVerifies(const QString &publicKeyPath, const QString &file,
                             const QString &signaturePath)
{
    return run({QStringLiteral("-V"), QStringLiteral("-q"), QStringLiteral("-p"), publicKeyPath,
                QStringLiteral("-m"), file, QStringLiteral("-x"), signaturePath}) == 0;
}

// The built-in UK content as version `serial`: valid content a pack can carry.
inline QByteArray contentVersion(qint64 serial)
{
    QFile file(QStringLiteral(SIGNPOST_SOURCE_DIR "/resources/content/uk.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression version(QStringLiteral("\"version\":\\s*\\d+"));
    const auto match = version.match(text);
    text.replace(match.capturedStart(), match.capturedLength(),
                 QStringLiteral("\"version\": %1").arg(serial));
    return text.toUtf8();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A pack directory: content.json with `content`, signed by `key` into content.json.minisig.
inline bool makePack(const QString &directory, const QByteArray &content, const TestKey &key,
                     const QString &trustedComment = QString(), bool legacy = false)
{
    QDir().mkpath(directory);
    const QDir dir(directory);
    const QString contentPath = dir.filePath(ContentPackVerifier::contentFileName());
    return writeFile(contentPath, content) &&
           sign(key, contentPath, dir.filePath(ContentPackVerifier::signatureFileName()),
                trustedComment, legacy);
}

} // namespace MinisignTestKit
