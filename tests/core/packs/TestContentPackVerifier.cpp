// SPDX-License-Identifier: GPL-3.0-or-later
// The rejection table of signed content packs: every way a pack can be wrong is refused with a
// reason, and Signpost agrees with the minisign tool that made the signatures.
#include "MinisignTestKit.h"
#include "core/packs/ContentPackVerifier.h"

#include <QTemporaryDir>
#include <QTest>

using namespace MinisignTestKit;

class TestContentPackVerifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rejectionTable_data();
    void rejectionTable();
    void agreesWithMinisign_data();
    void agreesWithMinisign();
    void verifiedPackHoldsTheVerifiedBytes();
    void expiryOf_data();
    void expiryOf();

private:
    enum class Change
    {
        None,
        FlipContentByte,
        FlipSignatureByte,
        FlipGlobalSignatureByte,
        EditTrustedComment,
        TruncateContent,
        TruncateSignature,
        CutSignatureLine,
        EmptyContent,
        EmptySignature,
        HugeContent,
        HugeSignature,
        SignatureForOtherFile,
        RemoveSignature,
        RemoveContent,
        WindowsLineEndings,
    };
    enum class Signer
    {
        Owner,
        Stranger,
    };
    enum class Trust
    {
        Owner,
        OwnerIdWithStrangerKey, // a "wrong key": right id, other key bytes
        Nobody,
    };

    QString packFor(const QString &name, Signer signer, const QString &comment, bool legacy,
                    Change change, const QByteArray &content);

    QTemporaryDir m_dir;
    TestKey m_owner;
    TestKey m_stranger;
    const QDate m_today{2027, 1, 15};
};

Q_DECLARE_METATYPE(PackProblem)

void TestContentPackVerifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString version;
    QVERIFY2(run({QStringLiteral("-v")}, &version) == 0,
             "the minisign tool is needed: apt-get install minisign");
    m_owner = generate(m_dir.path(), QStringLiteral("owner"));
    m_stranger = generate(m_dir.path(), QStringLiteral("stranger"));
    QVERIFY(m_owner.key && m_stranger.key);
    QVERIFY(m_owner.key->keyId() != m_stranger.key->keyId());
}

static QByteArray flipInBase64Line(const QByteArray &signature, int lineIndex, qsizetype byteIndex)
{
    QList<QByteArray> lines = signature.split('\n');
    QByteArray decoded = QByteArray::fromBase64(lines[lineIndex]);
    decoded[byteIndex] = static_cast<char>(decoded.at(byteIndex) ^ 0x01);
    lines[lineIndex] = decoded.toBase64();
    return lines.join('\n');
}

QString TestContentPackVerifier::packFor(const QString &name, Signer signer, const QString &comment,
                                         bool legacy, Change change, const QByteArray &content)
{
    const QString directory = m_dir.filePath(name);
    const TestKey &key = signer == Signer::Owner ? m_owner : m_stranger;
    if (!makePack(directory, content, key, comment, legacy))
        return {};
    const QDir dir(directory);
    const QString contentPath = dir.filePath(ContentPackVerifier::contentFileName());
    const QString signaturePath = dir.filePath(ContentPackVerifier::signatureFileName());
    const QByteArray signature = readFile(signaturePath);
    switch (change) {
    case Change::None:
        break;
    case Change::FlipContentByte: {
        QByteArray changed = content;
        changed[changed.size() / 2] = static_cast<char>(changed.at(changed.size() / 2) ^ 0x01);
        writeFile(contentPath, changed);
        break;
    }
    case Change::FlipSignatureByte: // inside the 64 signature bytes, after "ED" and the key id
        writeFile(signaturePath, flipInBase64Line(signature, 1, 2 + 8 + 20));
        break;
    case Change::FlipGlobalSignatureByte:
        writeFile(signaturePath, flipInBase64Line(signature, 3, 30));
        break;
    case Change::EditTrustedComment: // someone pushes the expiry date back
        writeFile(signaturePath,
                  QByteArray(signature).replace("expires=2027-02-01", "expires=2099-02-01"));
        break;
    case Change::TruncateContent:
        writeFile(contentPath, content.left(content.size() / 2));
        break;
    case Change::TruncateSignature: // the last two lines lost
        writeFile(signaturePath, signature.left(signature.indexOf("trusted comment:", 20)));
        break;
    case Change::CutSignatureLine: // cut in the middle of the signature line
        writeFile(signaturePath, signature.left(signature.indexOf('\n') + 30));
        break;
    case Change::EmptyContent:
        writeFile(contentPath, QByteArray());
        break;
    case Change::EmptySignature:
        writeFile(signaturePath, QByteArray());
        break;
    case Change::HugeContent: { // 100 MB, sparse: nothing that size is written or committed
        QFile file(contentPath);
        if (!file.open(QIODevice::ReadWrite) || !file.resize(100LL * 1024 * 1024))
            return {};
        break;
    }
    case Change::HugeSignature: {
        QFile file(signaturePath);
        if (!file.open(QIODevice::ReadWrite) || !file.resize(1024 * 1024))
            return {};
        break;
    }
    case Change::SignatureForOtherFile: {
        // The owner signed other.json (version 9); its signature is shipped with content.json.
        const QString other = dir.filePath(QStringLiteral("other.json"));
        writeFile(other, contentVersion(9));
        if (!sign(key, other, signaturePath))
            return {};
        break;
    }
    case Change::RemoveSignature:
        QFile::remove(signaturePath);
        break;
    case Change::RemoveContent:
        QFile::remove(contentPath);
        break;
    case Change::WindowsLineEndings:
        writeFile(signaturePath, QByteArray(signature).replace("\n", "\r\n"));
        break;
    }
    return directory;
}

void TestContentPackVerifier::rejectionTable_data()
{
    QTest::addColumn<Signer>("signer");
    QTest::addColumn<Trust>("trust");
    QTest::addColumn<QString>("comment"); // empty: minisign's default trusted comment
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<bool>("allowLegacy");
    QTest::addColumn<Change>("change");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<PackProblem>("problem");
    QTest::addColumn<QString>("reasonMentions");

    const QByteArray good = contentVersion(5);
    const QString noComment;
    const QString expiring = QStringLiteral("expires=2027-02-01 file:content.json");
    auto row = [&](const char *name, Signer signer, Trust trust, const QString &comment,
                   bool legacy, bool allowLegacy, Change change, const QByteArray &content,
                   PackProblem problem, const char *mentions) {
        QTest::newRow(name) << signer << trust << comment << legacy << allowLegacy << change
                            << content << problem << QString::fromUtf8(mentions);
    };
    using P = PackProblem;
    row("valid, minisign's default comment", Signer::Owner, Trust::Owner, noComment, false, false,
        Change::None, good, P::None, "");
    row("valid, with an expiry date", Signer::Owner, Trust::Owner, expiring, false, false,
        Change::None, good, P::None, "");
    row("valid on its expiry day", Signer::Owner, Trust::Owner,
        QStringLiteral("expires=2027-01-15"), false, false, Change::None, good, P::None, "");
    row("Windows line endings in the signature", Signer::Owner, Trust::Owner, expiring, false,
        false, Change::WindowsLineEndings, good, P::None, "");
    row("legacy signature, allowed", Signer::Owner, Trust::Owner, noComment, true, true,
        Change::None, good, P::None, "");
    row("one flipped byte in content", Signer::Owner, Trust::Owner, noComment, false, false,
        Change::FlipContentByte, good, P::ContentMismatch, "does not match its signature");
    row("one flipped byte in signature", Signer::Owner, Trust::Owner, noComment, false, false,
        Change::FlipSignatureByte, good, P::ContentMismatch, "does not match its signature");
    row("one flipped byte in the global signature", Signer::Owner, Trust::Owner, noComment, false,
        false, Change::FlipGlobalSignatureByte, good, P::CommentMismatch, "trusted comment");
    row("wrong key", Signer::Owner, Trust::OwnerIdWithStrangerKey, noComment, false, false,
        Change::None, good, P::ContentMismatch, "does not match its signature");
    row("unknown key id", Signer::Stranger, Trust::Owner, noComment, false, false, Change::None,
        good, P::UnknownKey, "not a trusted key");
    row("edited trusted comment", Signer::Owner, Trust::Owner, expiring, false, false,
        Change::EditTrustedComment, good, P::CommentMismatch, "changed after signing");
    row("legacy signature", Signer::Owner, Trust::Owner, noComment, true, false, Change::None, good,
        P::LegacySignature, "legacy");
    row("truncated content", Signer::Owner, Trust::Owner, noComment, false, false,
        Change::TruncateContent, good, P::ContentMismatch, "does not match its signature");
    row("truncated signature", Signer::Owner, Trust::Owner, noComment, false, false,
        Change::TruncateSignature, good, P::BadSignatureFile, "truncated");
    row("signature cut mid-line", Signer::Owner, Trust::Owner, noComment, false, false,
        Change::CutSignatureLine, good, P::BadSignatureFile, "minisig");
    row("empty content", Signer::Owner, Trust::Owner, noComment, false, false, Change::EmptyContent,
        good, P::EmptyContent, "empty");
    row("empty signature", Signer::Owner, Trust::Owner, noComment, false, false,
        Change::EmptySignature, good, P::BadSignatureFile, "empty");
    row("100 MB content", Signer::Owner, Trust::Owner, noComment, false, false, Change::HugeContent,
        good, P::TooLarge, "not read");
    row("1 MB signature", Signer::Owner, Trust::Owner, noComment, false, false,
        Change::HugeSignature, good, P::TooLarge, "not read");
    row("expired", Signer::Owner, Trust::Owner, QStringLiteral("expires=2027-01-14"), false, false,
        Change::None, good, P::Expired, "expired on 2027-01-14");
    row("expiry not a date", Signer::Owner, Trust::Owner, QStringLiteral("expires=2027-02-30"),
        false, false, Change::None, good, P::BadExpiry, "YYYY-MM-DD");
    row("two expiry dates", Signer::Owner, Trust::Owner,
        QStringLiteral("expires=2027-02-01 expires=2099-01-01"), false, false, Change::None, good,
        P::BadExpiry, "YYYY-MM-DD");
    row("signature for a different file", Signer::Owner, Trust::Owner, noComment, false, false,
        Change::SignatureForOtherFile, good, P::ContentMismatch, "other.json");
    row("no signature file", Signer::Owner, Trust::Owner, noComment, false, false,
        Change::RemoveSignature, good, P::MissingFile, "content.json.minisig");
    row("no content file", Signer::Owner, Trust::Owner, noComment, false, false,
        Change::RemoveContent, good, P::MissingFile, "no such file");
    row("signed, but not valid content", Signer::Owner, Trust::Owner, noComment, false, false,
        Change::None, QByteArray("{\"metadata\": {}}"), P::InvalidContent, "--validate");
    row("no trusted keys", Signer::Owner, Trust::Nobody, noComment, false, false, Change::None,
        good, P::NoTrustedKeys, "trusted_content_keys");
}

void TestContentPackVerifier::rejectionTable()
{
    QFETCH(Signer, signer);
    QFETCH(Trust, trust);
    QFETCH(QString, comment);
    QFETCH(bool, legacy);
    QFETCH(bool, allowLegacy);
    QFETCH(Change, change);
    QFETCH(QByteArray, content);
    QFETCH(PackProblem, problem);
    QFETCH(QString, reasonMentions);

    const QString directory = packFor(QString::fromUtf8(QTest::currentDataTag()), signer, comment,
                                      legacy, change, content);
    QVERIFY(!directory.isEmpty());
    QList<MinisignKey> trusted;
    if (trust == Trust::Owner)
        trusted << *m_owner.key;
    else if (trust == Trust::OwnerIdWithStrangerKey)
        trusted << m_owner.key->withPublicKey(m_stranger.key->publicKey());
    const ContentPackVerifier verifier(trusted, allowLegacy);
    const ContentPackVerifier::Result result = verifier.verify(directory, m_today);

    QCOMPARE(result.problem, problem);
    QCOMPARE(result.pack.has_value(), problem == PackProblem::None);
    if (problem == PackProblem::None) {
        QVERIFY(result.reason.isEmpty());
        return;
    }
    QVERIFY2(result.reason.contains(reasonMentions), qPrintable(result.reason));
    // Every reason names the pack it is about, so a person knows which file to fix.
    QVERIFY2(result.reason.contains(directory) || problem == PackProblem::NoTrustedKeys,
             qPrintable(result.reason));
}

void TestContentPackVerifier::agreesWithMinisign_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("valid");
    QTest::newRow("as signed") << Change::None << true;
    QTest::newRow("flipped content byte") << Change::FlipContentByte << false;
    QTest::newRow("flipped signature byte") << Change::FlipSignatureByte << false;
    QTest::newRow("flipped global signature byte") << Change::FlipGlobalSignatureByte << false;
    QTest::newRow("edited trusted comment") << Change::EditTrustedComment << false;
    QTest::newRow("truncated content") << Change::TruncateContent << false;
}

void TestContentPackVerifier::agreesWithMinisign()
{
    // The compatibility test: Debian's minisign signs, Signpost verifies, and on every tampered
    // pack both say no.
    QFETCH(Change, change);
    QFETCH(bool, valid);
    const QString directory = packFor(
        QStringLiteral("agree-") + QString::fromUtf8(QTest::currentDataTag()), Signer::Owner,
        QStringLiteral("expires=2027-02-01 file:content.json"), false, change, contentVersion(3));
    QVERIFY(!directory.isEmpty());
    const QDir dir(directory);
    QCOMPARE(minisignVerifies(m_owner.publicKeyPath,
                              dir.filePath(ContentPackVerifier::contentFileName()),
                              dir.filePath(ContentPackVerifier::signatureFileName())),
             valid);
    const ContentPackVerifier verifier({*m_owner.key}, false);
    QCOMPARE(verifier.verify(directory, m_today).pack.has_value(), valid);
}

void TestContentPackVerifier::verifiedPackHoldsTheVerifiedBytes()
{
    const QByteArray content = contentVersion(12);
    const QString directory = packFor(QStringLiteral("bytes"), Signer::Owner,
                                      QStringLiteral("expires=2027-03-31 file:content.json"), false,
                                      Change::None, content);
    const ContentPackVerifier verifier({*m_owner.key}, false);
    const ContentPackVerifier::Result result = verifier.verify(directory, m_today);
    QVERIFY2(result.pack, qPrintable(result.reason));
    QCOMPARE(result.pack->contentBytes, content);
    QCOMPARE(result.pack->signatureBytes,
             readFile(QDir(directory).filePath(ContentPackVerifier::signatureFileName())));
    QCOMPARE(result.pack->serial, 12);
    QCOMPARE(result.pack->content.metadata.version, 12);
    QCOMPARE(result.pack->keyId, m_owner.key->keyIdText());
    QCOMPARE(result.pack->expires, std::optional<QDate>(QDate(2027, 3, 31)));
    QCOMPARE(result.pack->trustedComment, QStringLiteral("expires=2027-03-31 file:content.json"));
}

void TestContentPackVerifier::expiryOf_data()
{
    QTest::addColumn<QString>("comment");
    QTest::addColumn<bool>("hasExpiry");
    QTest::addColumn<QDate>("date"); // invalid: the comment's expiry is refused
    QTest::newRow("minisign default")
        << QStringLiteral("timestamp:1795922556\tfile:c.json\thashed") << false << QDate();
    QTest::newRow("alone") << QStringLiteral("expires=2027-03-31") << true << QDate(2027, 3, 31);
    QTest::newRow("among words") << QStringLiteral("uk-south release 7\texpires=2027-03-31 x")
                                 << true << QDate(2027, 3, 31);
    QTest::newRow("not a word start") << QStringLiteral("noexpires=2027-03-31") << false << QDate();
    QTest::newRow("no date") << QStringLiteral("expires=") << true << QDate();
    QTest::newRow("British order") << QStringLiteral("expires=31/03/2027") << true << QDate();
    QTest::newRow("no such day") << QStringLiteral("expires=2027-02-29") << true << QDate();
    QTest::newRow("two") << QStringLiteral("expires=2027-03-31 expires=2027-03-31") << true
                         << QDate();
}

void TestContentPackVerifier::expiryOf()
{
    QFETCH(QString, comment);
    QFETCH(bool, hasExpiry);
    QFETCH(QDate, date);
    const std::optional<QDate> expiry = ContentPackVerifier::expiryOf(comment);
    QCOMPARE(expiry.has_value(), hasExpiry);
    if (hasExpiry)
        QCOMPARE(*expiry, date);
}

QTEST_GUILESS_MAIN(TestContentPackVerifier)
#include "TestContentPackVerifier.moc"
