// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/CampaignAudiences.h"
#include "core/content/RegionalContent.h"
#include "core/loading/ContentLoader.h"

#include <QTest>

Q_DECLARE_METATYPE(CampaignAudiences::Audience)

// The attract screen's three audiences take their numbers from the content, never from code.
class TestCampaignAudiences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void builtInNumbers_data();
    void builtInNumbers();
    void aDifferentServiceForEach();
    void noPhoneNoEntry();
    void nationalLinesFirst();

private:
    Content m_content;
};

namespace {

Service service(const QString &id, const QStringList &audiences, ChannelType type,
                const QString &value)
{
    Service result;
    result.id = id;
    result.audiences = audiences;
    Channel channel;
    channel.id = QStringLiteral("way");
    channel.type = type;
    channel.value = value;
    result.channels << channel;
    return result;
}

} // namespace

void TestCampaignAudiences::initTestCase()
{
    const auto loaded = ContentLoader::loadFile(ContentLoader::builtInPath(), QDate(2026, 11, 28));
    QVERIFY(loaded.content);
    m_content = *loaded.content;
}

void TestCampaignAudiences::builtInNumbers_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<CampaignAudiences::Audience>("audience");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("number");
    QTest::newRow("own thoughts") << 0 << CampaignAudiences::Audience::OwnThoughts << "stop-it-now"
                                  << "0808 1000 900";
    QTest::newRow("young person") << 1 << CampaignAudiences::Audience::YoungPerson << "childline"
                                  << "0800 1111";
    QTest::newRow("worried about a child")
        << 2 << CampaignAudiences::Audience::WorriedAboutAChild << "nspcc"
        << "0808 800 5000";
}

void TestCampaignAudiences::builtInNumbers()
{
    QFETCH(int, index);
    QFETCH(CampaignAudiences::Audience, audience);
    QFETCH(QString, service);
    QFETCH(QString, number);
    const QList<CampaignAudiences::Entry> entries = CampaignAudiences::of(m_content);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(index).audience, audience);
    QCOMPARE(entries.at(index).phone.service, service);
    const Channel *channel = m_content.channel(entries.at(index).phone);
    QVERIFY(channel);
    QCOMPARE(channel->value, number);
}

void TestCampaignAudiences::aDifferentServiceForEach()
{
    Content content;
    content.services << service(QStringLiteral("both"),
                                {QStringLiteral("self"), QStringLiteral("child")},
                                ChannelType::Phone, QStringLiteral("0800 1"))
                     << service(QStringLiteral("child-line"), {QStringLiteral("child")},
                                ChannelType::Phone, QStringLiteral("0800 2"));
    const QList<CampaignAudiences::Entry> entries = CampaignAudiences::of(content);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).phone.service, QStringLiteral("both"));
    QCOMPARE(entries.at(1).audience, CampaignAudiences::Audience::WorriedAboutAChild);
    QCOMPARE(entries.at(1).phone.service, QStringLiteral("child-line"));
}

void TestCampaignAudiences::noPhoneNoEntry()
{
    Content content;
    content.services << service(QStringLiteral("web-only"), {QStringLiteral("young-person")},
                                ChannelType::Web, QStringLiteral("https://example.org"));
    QVERIFY(CampaignAudiences::of(content).isEmpty());
}

void TestCampaignAudiences::nationalLinesFirst()
{
    // A kiosk in Wales: its content puts Meic and Live Fear Free first; the campaign's lines stay
    // Childline and the NSPCC Helpline.
    const Content wales = RegionalContent::forRegion(m_content, Region::Wales);
    QVERIFY(wales.services.constFirst().regions.contains(Region::Wales));
    QStringList services;
    for (const CampaignAudiences::Entry &entry : CampaignAudiences::of(wales))
        services << entry.phone.service;
    QCOMPARE(services, (QStringList{QStringLiteral("stop-it-now"), QStringLiteral("childline"),
                                    QStringLiteral("nspcc")}));
}

QTEST_MAIN(TestCampaignAudiences)
#include "TestCampaignAudiences.moc"
