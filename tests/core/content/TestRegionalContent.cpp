// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/RegionalContent.h"
#include "core/loading/ContentLoader.h"

#include <QTest>

// What a kiosk offers where it stands (the `region` configuration key), on the built-in content:
// a kiosk in Cardiff shows Welsh services first, one in Belfast never shows a Wales-only line,
// and a UK-wide kiosk (no region) only services for the whole UK.
class TestRegionalContent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void outcomesInEachPlace_data();
    void outcomesInEachPlace();
    void servicesInEachPlace_data();
    void servicesInEachPlace();
    void everyPlaceShowsAtMostThreeAlternatives();

private:
    Content m_content;
};

namespace {

QStringList serviceIds(const QList<ChannelRef> &refs)
{
    QStringList ids;
    for (const ChannelRef &ref : refs)
        ids << ref.service;
    return ids;
}

} // namespace

void TestRegionalContent::initTestCase()
{
    const ContentLoader::Result result =
        ContentLoader::loadFile(ContentLoader::builtInPath(), QDate(2026, 11, 28));
    QVERIFY(result.content.has_value());
    m_content = *result.content;
}

void TestRegionalContent::outcomesInEachPlace_data()
{
    QTest::addColumn<int>("region"); // -1: UK-wide
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QStringList>("alternatives"); // their services, in order

    const auto row = [](const char *name, int region, const char *outcome,
                        std::initializer_list<const char *> services) {
        QStringList ids;
        for (const char *id : services)
            ids << QLatin1String(id);
        QTest::newRow(name) << region << QString::fromLatin1(outcome) << ids;
    };
    const int wales = int(Region::Wales);
    const int ni = int(Region::NorthernIreland);
    row("UK-wide survivor", -1, "survivor", {"samaritans", "police"});
    row("England survivor", int(Region::England), "survivor", {"samaritans", "police"});
    row("Scotland survivor", int(Region::Scotland), "survivor", {"samaritans", "police"});
    row("Cardiff survivor: Live Fear Free first", wales, "survivor",
        {"live-fear-free", "samaritans", "police"});
    row("Belfast survivor: Lifeline first, no Welsh line", ni, "survivor",
        {"lifeline", "samaritans", "police"});
    row("Cardiff young person: Meic first", wales, "young-other",
        {"meic", "childline", "childline"});
    row("Belfast young person: no Meic", ni, "young-other", {"childline", "childline"});
    row("UK-wide young person", -1, "young-hurt", {"childline", "police"});
}

void TestRegionalContent::outcomesInEachPlace()
{
    QFETCH(int, region);
    QFETCH(QString, outcome);
    QFETCH(QStringList, alternatives);
    const std::optional<Region> place =
        region < 0 ? std::nullopt : std::optional<Region>(Region(region));
    const Content shown = RegionalContent::forRegion(m_content, place);
    QCOMPARE(serviceIds(shown.node(outcome)->alternatives), alternatives);
}

void TestRegionalContent::servicesInEachPlace_data()
{
    QTest::addColumn<int>("region");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const QStringList nations{QStringLiteral("live-fear-free"), QStringLiteral("meic"),
                              QStringLiteral("lifeline")};
    QTest::newRow("UK-wide") << -1 << QStringList() << nations;
    QTest::newRow("England") << int(Region::England) << QStringList() << nations;
    QTest::newRow("Cardiff") << int(Region::Wales)
                             << QStringList{QStringLiteral("live-fear-free"),
                                            QStringLiteral("meic")}
                             << QStringList{QStringLiteral("lifeline")};
    QTest::newRow("Belfast") << int(Region::NorthernIreland)
                             << QStringList{QStringLiteral("lifeline")}
                             << QStringList{QStringLiteral("live-fear-free"),
                                            QStringLiteral("meic")};
}

void TestRegionalContent::servicesInEachPlace()
{
    QFETCH(int, region);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const std::optional<Region> place =
        region < 0 ? std::nullopt : std::optional<Region>(Region(region));
    const Content shown = RegionalContent::forRegion(m_content, place);
    QStringList ids;
    for (const Service &service : shown.services)
        ids << service.id;
    // The nation's own services lead the directory, then every UK-wide one in content order.
    QCOMPARE(ids.mid(0, present.size()), present);
    for (const QString &id : absent)
        QVERIFY2(!ids.contains(id), qPrintable(id));
    QCOMPARE(ids.size(), m_content.services.size() - absent.size());
    // Nothing shown points at a service that is left out.
    for (const PathwayNode &node : shown.nodes) {
        for (const ChannelRef &ref : node.alternatives)
            QVERIFY2(shown.channel(ref), qPrintable(node.id + QLatin1Char(' ') + ref.service));
        if (node.isOutcome())
            QVERIFY2(shown.channel(node.primary), qPrintable(node.id));
    }
}

void TestRegionalContent::everyPlaceShowsAtMostThreeAlternatives()
{
    for (const std::optional<Region> place : RegionalContent::places()) {
        const Content shown = RegionalContent::forRegion(m_content, place);
        for (const PathwayNode &node : shown.nodes)
            QVERIFY2(node.alternatives.size() <= 3, qPrintable(node.id));
    }
}

QTEST_GUILESS_MAIN(TestRegionalContent)
#include "TestRegionalContent.moc"
