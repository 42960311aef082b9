// SPDX-License-Identifier: GPL-3.0-or-later
// Reading minisign public keys and .minisig files, as the minisign tool writes them.
#include "MinisignTestKit.h"
#include "core/packs/MinisignKey.h"
#include "core/packs/MinisignSignature.h"

#include <QTemporaryDir>
#include <QTest>

class TestMinisign : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyFromMinisignFile();
    void keyText_data();
    void keyText();
    void keyIdIsPrintedLikeMinisign();
    void keyFile_data();
    void keyFile();
    void signatureText_data();
    void signatureText();

private:
    QTemporaryDir m_dir;
    MinisignTestKit::TestKey m_key;
    QByteArray m_signature; // a real .minisig of a small file
};

// A public key minisign -G printed once (its secret half was thrown away): "Ed", id, key.
static const QByteArray sampleKey("RWQcP6Aa/2ALrxaA6s0vNR949grcrtrtCucNymKAM6IWXwuu/mhPE53L");

void TestMinisign::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_key = MinisignTestKit::generate(m_dir.path(), QStringLiteral("k"));
    QVERIFY(m_key.key);
    const QString file = m_dir.filePath(QStringLiteral("f.txt"));
    QVERIFY(MinisignTestKit::writeFile(file, "hello\n"));
    QVERIFY(MinisignTestKit::sign(m_key, file, file + QStringLiteral(".minisig")));
    m_signature = MinisignTestKit::readFile(file + QStringLiteral(".minisig"));
}

void TestMinisign::keyFromMinisignFile()
{
    const QByteArray text = MinisignTestKit::readFile(m_key.publicKeyPath);
    QVERIFY(text.startsWith("untrusted comment: minisign public key "));
    const MinisignKey::Parsed parsed = MinisignKey::parse(text);
    QVERIFY2(parsed.key, qPrintable(parsed.error));
    QCOMPARE(parsed.key->keyId().size(), 8);
    QCOMPARE(parsed.key->publicKey().size(), 32);
    // minisign names its key in the comment exactly as keyIdText() prints it.
    QVERIFY(text.split('\n').constFirst().endsWith(" " + parsed.key->keyIdText().toLatin1()));
}

void TestMinisign::keyText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("errorMentions");
    QTest::newRow("bare line") << sampleKey << true << QString();
    QTest::newRow("with comment")
        << QByteArray("untrusted comment: minisign public key AF0B60FF1AA03F1C\n" + sampleKey +
                      "\n")
        << true << QString();
    QTest::newRow("Windows line endings")
        << QByteArray("untrusted comment: x\r\n" + sampleKey + "\r\n") << true << QString();
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("not a minisign public key");
    QTest::newRow("not base64") << QByteArray("RWQ*notbase64*") << false
                                << QStringLiteral("base64");
    QTest::newRow("too short") << sampleKey.left(40) << false << QStringLiteral("bytes");
    QTest::newRow("two key lines") << QByteArray(sampleKey + "\n" + sampleKey) << false
                                   << QStringLiteral("one base64 key line");
    QTest::newRow("other algorithm")
        << QByteArray("XX" + QByteArray(40, 'a')).toBase64() << false << QStringLiteral("Ed");
}

void TestMinisign::keyText()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QString, errorMentions);
    const MinisignKey::Parsed parsed = MinisignKey::parse(text);
    QCOMPARE(parsed.key.has_value(), valid);
    if (!valid)
        QVERIFY2(parsed.error.contains(errorMentions), qPrintable(parsed.error));
}

void TestMinisign::keyIdIsPrintedLikeMinisign()
{
    // `minisign -G` printed "public key AF0B60FF1AA03F1C" for sampleKey: the id's 8 bytes,
    // little-endian.
    const auto key = MinisignKey::parse(sampleKey).key;
    QVERIFY(key);
    QCOMPARE(key->keyIdText(), QStringLiteral("AF0B60FF1AA03F1C"));
    QVERIFY(MinisignKey::looksLikeKeyLine(QString::fromLatin1(sampleKey)));
    QVERIFY(!MinisignKey::looksLikeKeyLine(QStringLiteral("/etc/signpost/keys/owner.pub")));
    // Like minisign, no leading zeros: 8 bytes 85 3C 27 BA C7 55 14 08 read little-endian.
    QCOMPARE(MinisignKey::keyIdText(QByteArray::fromHex("853C27BAC7551408")),
             QStringLiteral("81455C7BA273C85"));
}

void TestMinisign::keyFile_data()
{
    QTest::addColumn<QByteArray>("text"); // empty: no file at all
    QTest::addColumn<bool>("valid");
    QTest::newRow("no file") << QByteArray() << false;
    QTest::newRow("good") << QByteArray("untrusted comment: k\n" + sampleKey + "\n") << true;
    QTest::newRow("too large") << QByteArray(8192, 'R') << false;
}

void TestMinisign::keyFile()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const QString path =
        m_dir.filePath(QString::fromUtf8(QTest::currentDataTag()) + QStringLiteral(".pub"));
    if (!text.isEmpty())
        QVERIFY(MinisignTestKit::writeFile(path, text));
    const MinisignKey::Parsed parsed = MinisignKey::fromFile(path);
    QCOMPARE(parsed.key.has_value(), valid);
    if (!valid)
        QVERIFY2(parsed.error.startsWith(path), qPrintable(parsed.error));
}

void TestMinisign::signatureText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("errorMentions");
    const QList<QByteArray> lines = m_signature.split('\n');
    QTest::newRow("as minisign wrote it") << m_signature << true << QString();
    QTest::newRow("no final newline") << m_signature.trimmed() << true << QString();
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("empty");
    QTest::newRow("two lines") << QByteArray(lines[0] + '\n' + lines[1] + '\n') << false
                               << QStringLiteral("truncated");
    QTest::newRow("extra line") << QByteArray(m_signature + "more\n") << false
                                << QStringLiteral("more than");
    QTest::newRow("no untrusted comment")
        << QByteArray(m_signature).replace("untrusted comment: ", "comment: ") << false
        << QStringLiteral("untrusted comment");
    QTest::newRow("no trusted comment prefix")
        << QByteArray(m_signature).replace("\ntrusted comment: ", "\ntrusted: ") << false
        << QStringLiteral("trusted comment");
    QTest::newRow("signature line cut")
        << QByteArray(lines[0] + '\n' + lines[1].left(60) + '\n' + lines[2] + '\n' + lines[3])
        << false << QStringLiteral("second line");
    QTest::newRow("unknown algorithm")
        << QByteArray(m_signature)
               .replace(lines[1],
                        QByteArray("XD" + QByteArray::fromBase64(lines[1]).mid(2)).toBase64())
        << false << QStringLiteral("algorithm");
}

void TestMinisign::signatureText()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QString, errorMentions);
    const MinisignSignature::Parsed parsed = MinisignSignature::parse(text);
    QCOMPARE(parsed.signature.has_value(), valid);
    if (!valid) {
        QVERIFY2(parsed.error.contains(errorMentions), qPrintable(parsed.error));
        return;
    }
    QCOMPARE(parsed.signature->algorithm(), MinisignSignature::Algorithm::Prehashed);
    QCOMPARE(parsed.signature->keyId(), m_key.key->keyId());
    QVERIFY(parsed.signature->trustedComment().startsWith("timestamp:"));
    QVERIFY(parsed.signature->verifiesContent("hello\n", *m_key.key));
    QVERIFY(!parsed.signature->verifiesContent("hello!\n", *m_key.key));
    QVERIFY(parsed.signature->verifiesTrustedComment(*m_key.key));
}

QTEST_GUILESS_MAIN(TestMinisign)
#include "TestMinisign.moc"
