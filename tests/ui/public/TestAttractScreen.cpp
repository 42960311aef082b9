// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicScreenWalk.h"
#include "core/content/CampaignAudiences.h"
#include "ui/widgets/BidiText.h"

#include <QFrame>
#include <QTest>

// Between visits the attract screen shows the three audiences the campaign speaks to, each with
// its number from the content, side by side on a landscape screen and one above another on a
// portrait one, and a touch anywhere (a panel too) starts.
class TestAttractScreen : public QObject
{
    Q_OBJECT
private slots:
    void threeAudiencesWithTheirNumbers_data();
    void threeAudiencesWithTheirNumbers();
    void aTouchOnAPanelStarts();
    void numbersComeFromTheContent();
};

void TestAttractScreen::threeAudiencesWithTheirNumbers_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("sideBySide");
    QTest::newRow("1920x1080 en") << QSize(1920, 1080) << QStringLiteral("en") << true;
    QTest::newRow("1366x768 cy") << QSize(1366, 768) << QStringLiteral("cy") << true;
    QTest::newRow("1080x1920 ar") << QSize(1080, 1920) << QStringLiteral("ar") << false;
}

void TestAttractScreen::threeAudiencesWithTheirNumbers()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QFETCH(bool, sideBySide);
    KioskWindow window(PublicScreenWalk::builtInContent(),
                       Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window.setStartLanguage(language);
    window.resize(size);
    window.show();
    window.idleReset();
    PublicScreenWalk::settle();
    QCOMPARE(window.currentScreen(), window.attractScreen());
    const QList<QFrame *> panels = window.attractScreen()->audiencePanels();
    QCOMPARE(panels.size(), 3);
    const QStringList numbers{QStringLiteral("0808 1000 900"), QStringLiteral("0800 1111"),
                              QStringLiteral("0808 800 5000")};
    for (int i = 0; i < panels.size(); ++i) {
        const auto *number = panels.at(i)->findChild<QLabel *>(QStringLiteral("audienceNumber"));
        QVERIFY(number && number->isVisible());
        QCOMPARE(BidiText::withoutMarks(number->text()), numbers.at(i));
        const auto *question =
            panels.at(i)->findChild<QLabel *>(QStringLiteral("audienceQuestion"));
        QVERIFY(question && !question->text().isEmpty());
        // Whole on the screen, not cut off at any size.
        const QRect inWindow(panels.at(i)->mapTo(&window, QPoint()), panels.at(i)->size());
        QVERIFY2(window.rect().contains(inWindow), qPrintable(QString::number(i)));
    }
    const QPoint first = panels.at(0)->mapTo(&window, QPoint());
    const QPoint second = panels.at(1)->mapTo(&window, QPoint());
    if (sideBySide) {
        QCOMPARE(first.y(), second.y());
        // The first audience leads: on the left, or on the right in Arabic.
        QVERIFY(window.layoutDirection() == Qt::RightToLeft ? first.x() > second.x()
                                                            : first.x() < second.x());
    } else {
        QCOMPARE(first.x(), second.x());
        QVERIFY(first.y() < second.y());
    }
    QVERIFY(!window.attractScreen()
                 ->findChild<QLabel *>(QStringLiteral("attractPrompt"))
                 ->text()
                 .isEmpty());
}

void TestAttractScreen::aTouchOnAPanelStarts()
{
    KioskWindow window(PublicScreenWalk::builtInContent(),
                       Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window.resize(1920, 1080);
    window.show();
    window.idleReset();
    PublicScreenWalk::settle();
    QFrame *panel = window.attractScreen()->audiencePanels().value(1);
    QVERIFY(panel);
    QTest::mouseClick(panel->findChild<QLabel *>(QStringLiteral("audienceNumber")), Qt::LeftButton);
    QCOMPARE(window.currentScreen(), window.welcomeScreen());
}

void TestAttractScreen::numbersComeFromTheContent()
{
    // Another number in the content is the number on the screen: nothing is written in code.
    Content content = PublicScreenWalk::builtInContent();
    const QList<CampaignAudiences::Entry> entries = CampaignAudiences::of(content);
    QCOMPARE(entries.size(), 3);
    for (Service &service : content.services) {
        if (service.id != entries.at(2).phone.service)
            continue;
        for (Channel &channel : service.channels) {
            if (channel.id == entries.at(2).phone.channel)
                channel.value = QStringLiteral("0800 000 000");
        }
    }
    KioskWindow window(content, Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window.resize(1920, 1080);
    window.show();
    window.idleReset();
    PublicScreenWalk::settle();
    const QFrame *panel = window.attractScreen()->audiencePanels().value(2);
    QVERIFY(panel);
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("audienceNumber"))->text(),
             QStringLiteral("0800 000 000"));
}

QTEST_MAIN(TestAttractScreen)
#include "TestAttractScreen.moc"
