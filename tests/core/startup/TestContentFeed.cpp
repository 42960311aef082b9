// SPDX-License-Identifier: GPL-3.0-or-later
// What a window is fed at start and after every reset: the first content once, then the rule
// again, as a kiosk in the configured nation shows it.
#include "core/content/RegionalContent.h"
#include "core/startup/ContentFeed.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestContentFeed : public QObject
{
    Q_OBJECT
private slots:
    void firstAskGetsWhatStartUpLoaded();
    void laterAsksReadTheContentAgain();
    void contentIsWhatTheRegionOffers_data();
    void contentIsWhatTheRegionOffers();
    void consoleHearsOnlyAboutConfiguredContent();

private:
    static bool write(const QString &path, const QByteArray &bytes);
    static QByteArray builtInWithVersion(int version);
    const QDate m_today{2027, 1, 15};
};

bool TestContentFeed::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray TestContentFeed::builtInWithVersion(int version)
{
    QFile file(QStringLiteral(SIGNPOST_SOURCE_DIR "/resources/content/uk.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("\"version\":");
    const qsizetype end = bytes.indexOf(',', at);
    return bytes.replace(at, end - at, "\"version\": " + QByteArray::number(version));
}

void TestContentFeed::firstAskGetsWhatStartUpLoaded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("content.json"));
    QVERIFY(write(path, builtInWithVersion(11)));
    ContentFeed feed({.commandLinePath = path}, Configuration(), [this] { return m_today; });
    QCOMPARE(feed.first().content.metadata.version, 11);
    // Changed on disk after start-up: the first ask still gets what start-up loaded and reported.
    QVERIFY(write(path, builtInWithVersion(12)));
    QCOMPARE(feed.next().content.metadata.version, 11);
}

void TestContentFeed::laterAsksReadTheContentAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("content.json"));
    QVERIFY(write(path, builtInWithVersion(11)));
    ContentFeed feed({.commandLinePath = path}, Configuration(), [this] { return m_today; });
    QCOMPARE(feed.next().content.metadata.version, 11);
    QVERIFY(write(path, builtInWithVersion(12)));
    QCOMPARE(feed.next().content.metadata.version, 12);
    QVERIFY(write(path, "not json"));
    const ActiveContent broken = feed.next();
    QVERIFY(broken.builtIn);
    QVERIFY(broken.fellBack);
}

void TestContentFeed::contentIsWhatTheRegionOffers_data()
{
    QTest::addColumn<QString>("region");
    QTest::newRow("UK-wide") << QString();
    QTest::newRow("wales") << QStringLiteral("wales");
    QTest::newRow("northern-ireland") << QStringLiteral("northern-ireland");
}

void TestContentFeed::contentIsWhatTheRegionOffers()
{
    QFETCH(QString, region);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signpost.conf"));
    QVERIFY(write(path, QStringLiteral("[signpost]\nregion=%1\n").arg(region).toUtf8()));
    const Configuration config = Configuration::load(path, true);
    ContentFeed feed({.commandLinePath = QStringLiteral("builtin")}, config,
                     [this] { return m_today; });
    const Content expected =
        RegionalContent::forRegion(ActiveContent::builtInContent(m_today).content, config.region());
    for (const ActiveContent &fed : {feed.next(), feed.next()}) {
        QCOMPARE(fed.content.services.size(), expected.services.size());
        for (qsizetype i = 0; i < expected.services.size(); ++i)
            QCOMPARE(fed.content.services.at(i).id, expected.services.at(i).id);
    }
}

void TestContentFeed::consoleHearsOnlyAboutConfiguredContent()
{
    const auto today = [this] {
        return m_today;
    };
    // The built-in content's own review notes are --validate's, not every start's.
    QVERIFY(ContentFeed({.commandLinePath = QStringLiteral("builtin")}, Configuration(), today)
                .consoleIssues()
                .isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(write(path, "not json"));
    const QStringList lines =
        ContentFeed({.commandLinePath = path}, Configuration(), today).consoleIssues();
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.constFirst().startsWith(path), qPrintable(lines.constFirst()));
}

QTEST_GUILESS_MAIN(TestContentFeed)
#include "TestContentFeed.moc"
