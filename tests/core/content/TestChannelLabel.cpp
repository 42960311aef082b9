// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/ChannelLabel.h"
#include "core/loading/ContentLoader.h"

#include <QTest>

class TestChannelLabel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void saysTheServiceOnce_data();
    void saysTheServiceOnce();

private:
    Content m_content;
};

void TestChannelLabel::initTestCase()
{
    const auto loaded = ContentLoader::loadFile(ContentLoader::builtInPath(), QDate(2026, 11, 28));
    QVERIFY(loaded.content);
    m_content = *loaded.content;
}

void TestChannelLabel::saysTheServiceOnce_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("generic");
    // The label repeats the service or only names the kind: the card says "— Call" instead.
    QTest::newRow("NSPCC Helpline, Helpline") << "nspcc"
                                              << "phone" << true;
    QTest::newRow("Stop It Now!, Helpline") << "stop-it-now"
                                            << "helpline" << true;
    QTest::newRow("Childline, Call Childline") << "childline"
                                               << "phone" << true;
    QTest::newRow("Stop It Now!, Live chat") << "stop-it-now"
                                             << "chat" << true;
    QTest::newRow("NAPAC, Support line") << "napac"
                                         << "phone" << true;
    QTest::newRow("Meic, Text") << "meic"
                                << "text" << true;
    QTest::newRow("Parents Protect website") << "parents-protect"
                                             << "web" << true;
    // The label says something the kind does not: it stays.
    QTest::newRow("Police, Non-emergency: 101") << "police"
                                                << "101" << false;
    QTest::newRow("Stop It Now!, From Ireland") << "stop-it-now"
                                                << "ireland" << false;
    QTest::newRow("Samaritans, Welsh-language line") << "samaritans"
                                                     << "welsh-language" << false;
    QTest::newRow("Childline, Report Remove") << "childline"
                                              << "report-remove" << false;
    QTest::newRow("Shore, Anonymous chat") << "shore"
                                           << "chat" << false;
    QTest::newRow("Police, Textphone for 101") << "police"
                                               << "textphone-101" << false;
}

void TestChannelLabel::saysTheServiceOnce()
{
    QFETCH(QString, service);
    QFETCH(QString, channel);
    QFETCH(bool, generic);
    const Service *found = m_content.service(service);
    QVERIFY(found);
    const Channel *way = found->channel(channel);
    QVERIFY(way);
    QCOMPARE(ChannelLabel::isGeneric(*found, *way), generic);
}

QTEST_GUILESS_MAIN(TestChannelLabel)
#include "TestChannelLabel.moc"
