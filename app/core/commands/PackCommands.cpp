// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/PackCommands.h"

#include "core/loading/ContentFileGuard.h"
#include "core/packs/ContentPackStore.h"
#include "core/packs/ContentPackVerifier.h"
#include "core/packs/LocalPack.h"
#include "core/packs/MinisignSignature.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/LocalPackLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {

// "content 'uk-south' version 7, signed with key AF0B60FF1AA03F1C, expires 2027-03-31"
QString describe(const VerifiedPack &pack, PackKind kind)
{
    if (kind == PackKind::Local) {
        const QString local =
            PackCommands::tr("local pack '%1' version %2, signed with local key %3")
                .arg(pack.contentId)
                .arg(pack.serial)
                .arg(pack.keyId);
        if (pack.expires)
            return PackCommands::tr("%1, expires after %2")
                .arg(local, pack.expires->toString(Qt::ISODate));
        return PackCommands::tr("%1, no expiry date").arg(local);
    }
    if (pack.expires)
        return PackCommands::tr("content '%1' version %2, signed with key %3, expires after %4")
            .arg(pack.contentId)
            .arg(pack.serial)
            .arg(pack.keyId, pack.expires->toString(Qt::ISODate));
    return PackCommands::tr("content '%1' version %2, signed with key %3, no expiry date")
        .arg(pack.contentId)
        .arg(pack.serial)
        .arg(pack.keyId);
}

QByteArray readAtMost(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(maxBytes) : QByteArray();
}

bool signedByOneOf(const std::optional<MinisignSignature> &signature,
                   const QList<MinisignKey> &keys)
{
    return signature && std::any_of(keys.cbegin(), keys.cend(), [&](const MinisignKey &key) {
               return key.keyId() == signature->keyId();
           });
}

// Which kind of pack DIR holds, to choose the keys that may vouch for it: a signer trusted for
// one kind decides (so a local pack signed with a national key is refused as exactly that);
// otherwise what the document says it is. The verifier then checks everything again.
PackKind kindOf(const QString &directory, const QList<MinisignKey> &national,
                const QList<MinisignKey> &local)
{
    const QDir dir(directory);
    const auto signature =
        MinisignSignature::parse(readAtMost(dir.filePath(ContentPackVerifier::signatureFileName()),
                                            MinisignSignature::maxFileBytes))
            .signature;
    if (signedByOneOf(signature, local))
        return PackKind::Local;
    if (signedByOneOf(signature, national))
        return PackKind::National;
    return LocalPack::isLocalDocument(
               readAtMost(dir.filePath(ContentPackVerifier::contentFileName()),
                          ContentFileGuard::maxFileBytes))
               ? PackKind::Local
               : PackKind::National;
}

// The national content a local pack will sit on: what this machine runs without one.
Content nationalContent(const Configuration &config, const QDate &today)
{
    return ActiveContent::configured(config, today).content;
}

// A refused pack's content problems in full; a valid pack's warnings (reviews due, facts to
// confirm) are the content owner's business, so they are counted and pointed to.
void printIssues(const ContentPackVerifier::Result &result, const QString &directory, PackKind kind,
                 QTextStream &out)
{
    if (!result.pack) {
        for (const ContentIssue &issue : result.issues)
            out << issue.toString() << '\n';
        return;
    }
    if (result.pack->warnings.isEmpty())
        return;
    const QString contentFile = QDir(directory).filePath(ContentPackVerifier::contentFileName());
    if (kind == PackKind::Local)
        out << PackCommands::tr(
                   "%1: the local pack has %2 warnings; signpost --validate CONTENT --with-local "
                   "%3 lists them")
                   .arg(directory)
                   .arg(result.pack->warnings.size())
                   .arg(contentFile)
            << '\n';
    else
        out << PackCommands::tr(
                   "%1: the content has %2 warnings; signpost --validate %3 lists them")
                   .arg(directory)
                   .arg(result.pack->warnings.size())
                   .arg(contentFile)
            << '\n';
}

int refuse(const QString &directory, const QString &reason, QTextStream &out)
{
    out << PackCommands::tr("%1: NOT VALID: %2").arg(directory, reason) << '\n';
    out.flush();
    return PackCommands::Refused;
}

} // namespace

int PackCommands::run(const LaunchOptions &options, const QDate &today, QTextStream &out,
                      QTextStream &err)
{
    const Configuration config = Configuration::load(options);
    for (const QString &warning : config.warnings())
        err << QStringLiteral("signpost: %1").arg(warning) << '\n';
    err.flush();
    return run(options, config, today, out, err);
}

int PackCommands::run(const LaunchOptions &options, const Configuration &config, const QDate &today,
                      QTextStream &out, QTextStream &err)
{
    if (options.action == LaunchOptions::Action::InstallPack)
        return install(options.packPath, config, today, out, err);
    return verify(options.packPath, options.trustedKeyPath, config, today, out, err);
}

int PackCommands::verify(const QString &directory, const QString &trustedKeyPath,
                         const Configuration &config, const QDate &today, QTextStream &out,
                         QTextStream &err)
{
    QList<MinisignKey> nationalKeys = config.trustedContentKeys();
    QList<MinisignKey> localKeys = config.trustedLocalKeys();
    if (!trustedKeyPath.isEmpty()) {
        const MinisignKey::Parsed key = MinisignKey::fromFile(trustedKeyPath);
        if (!key.key) {
            err << tr("signpost: %1; --trusted-key needs the public key file minisign -G wrote "
                      "(minisign.pub)")
                       .arg(key.error)
                << '\n';
            err.flush();
            return NoTrustedKey;
        }
        nationalKeys = {*key.key};
        localKeys = {*key.key};
    }
    const PackKind kind = trustedKeyPath.isEmpty() ? kindOf(directory, nationalKeys, localKeys)
                                                   : kindOf(directory, {}, {});
    ContentPackVerifier verifier(kind == PackKind::Local ? localKeys : nationalKeys,
                                 config.allowLegacySignatures(), kind);
    const Content national = kind == PackKind::Local ? nationalContent(config, today) : Content();
    verifier.setNationalContent(kind == PackKind::Local ? &national : nullptr);
    const ContentPackVerifier::Result result = verifier.verify(directory, today);
    printIssues(result, directory, kind, out);
    if (result.problem == PackProblem::NoTrustedKeys) {
        err << tr("signpost: %1").arg(result.reason) << '\n';
        err.flush();
        return NoTrustedKey;
    }
    if (!result.pack)
        return refuse(directory, result.reason, out);
    if (trustedKeyPath.isEmpty()) {
        const ContentPackStore store(kind == PackKind::Local
                                         ? LocalPackLoader::storeDirectory(config)
                                         : config.contentDirectory());
        if (const auto rollback = store.serialProblem(*result.pack))
            return refuse(directory, *rollback, out);
    }
    out << tr("%1: valid: %2").arg(directory, describe(*result.pack, kind)) << '\n';
    if (kind == PackKind::Local)
        out << tr("%1: it fits content '%2' version %3, the national content this machine runs")
                   .arg(directory, national.metadata.id)
                   .arg(national.metadata.version)
            << '\n';
    out.flush();
    return Success;
}

int PackCommands::install(const QString &directory, const Configuration &config, const QDate &today,
                          QTextStream &out, QTextStream &err)
{
    const PackKind kind = kindOf(directory, config.trustedContentKeys(), config.trustedLocalKeys());
    ContentPackVerifier verifier(kind == PackKind::Local ? config.trustedLocalKeys()
                                                         : config.trustedContentKeys(),
                                 config.allowLegacySignatures(), kind);
    const Content national = kind == PackKind::Local ? nationalContent(config, today) : Content();
    verifier.setNationalContent(kind == PackKind::Local ? &national : nullptr);
    const ContentPackVerifier::Result result = verifier.verify(directory, today);
    printIssues(result, directory, kind, out);
    if (result.problem == PackProblem::NoTrustedKeys) {
        err << tr("signpost: %1").arg(result.reason) << '\n';
        err.flush();
        return NoTrustedKey;
    }
    if (!result.pack)
        return refuse(directory, result.reason, out);

    ContentPackStore store(kind == PackKind::Local ? LocalPackLoader::storeDirectory(config)
                                                   : config.contentDirectory());
    const QString before = store.installedPackPath();
    const ContentPackStore::InstallResult installed = store.install(*result.pack);
    if (installed.repaired > 0)
        out << tr("%1: the content store is readable by every account again (it was not: the "
                  "kiosk account could not read %2 of its files and directories)")
                   .arg(store.directory())
                   .arg(installed.repaired)
            << '\n';
    for (const QString &parent : store.unreachableParents())
        err << tr("signpost: warning: other accounts may not enter %1, so the kiosk account "
                  "cannot reach the content store %2; make it enterable (chmod o+x %1)")
                   .arg(parent, store.directory())
            << '\n';
    err.flush();
    if (installed.problem == PackProblem::NotNewer)
        return refuse(directory, installed.error, out);
    if (!installed.installed) {
        err << tr("signpost: %1: the pack is valid but was not installed: %2; the pack in use "
                  "is unchanged")
                   .arg(directory, installed.error)
            << '\n';
        err.flush();
        return StoreNotWritten;
    }
    out << tr("%1: installed into %2: %3")
               .arg(directory, installed.packPath, describe(*result.pack, kind))
        << '\n';
    if (!before.isEmpty())
        out << tr("The previous pack is kept in %1.").arg(before) << '\n';
    out << tr("A running kiosk switches to it at its next reset, never during a visit.") << '\n';
    out.flush();
    return Success;
}
