// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loading/ContentLoader.h"
#include "core/startup/ActiveContent.h"
#include "core/startup/CrashLoopGuard.h"
#include "ui/kiosk/StaffMenu.h"
#include "ui/widgets/QrCodeWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestStaffMenu : public QObject
{
    Q_OBJECT
private slots:
    void showsContentStatus();
    void saysWhenReviewIsOverdue();
    void warnsPlainlyWhenContentFellBack();
    void saysWhyACrashLoopFellBack();
    void showsTheLocalPack_data();
    void showsTheLocalPack();
    void countsServicesThatNeedConfirming();
    void buttonsEmitTheirSignals_data();
    void buttonsEmitTheirSignals();
    void closeHidesTheMenu();
    void staffModeHiddenUntilAvailable();
    void showsTheKioskStatusAndItsQrCode();

private:
    static ActiveContent active(bool builtIn);
    static QString text(StaffMenu &menu, const char *objectName);
    const QDate m_today{2025, 6, 1};
};

ActiveContent TestStaffMenu::active(bool builtIn)
{
    ActiveContent a;
    a.content.metadata.id = QStringLiteral("uk-builtin");
    a.content.metadata.version = 7;
    a.content.metadata.reviewedOn = QDate(2025, 3, 1);
    a.content.metadata.reviewDue = QDate(2025, 9, 1);
    a.builtIn = builtIn;
    a.source = builtIn ? QStringLiteral(":/content/uk.json")
                       : QStringLiteral("/etc/signpost/west-mercia.json");
    return a;
}

QString TestStaffMenu::text(StaffMenu &menu, const char *objectName)
{
    auto *label = menu.findChild<QLabel *>(QString::fromLatin1(objectName));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(objectName));
}

void TestStaffMenu::showsContentStatus()
{
    StaffMenu menu;
    menu.setContentStatus(active(false), m_today);
    menu.show();
    QCOMPARE(text(menu, "contentId"), QStringLiteral("uk-builtin"));
    QCOMPARE(text(menu, "contentVersion"), QStringLiteral("7"));
    QCOMPARE(text(menu, "contentSource"), QStringLiteral("/etc/signpost/west-mercia.json"));
    QCOMPARE(text(menu, "contentReviewedOn"), QStringLiteral("2025-03-01"));
    QCOMPARE(text(menu, "contentReviewDue"), QStringLiteral("2025-09-01"));
    QVERIFY(!menu.findChild<QLabel *>(QStringLiteral("fallbackWarning"))->isVisible());

    menu.setContentStatus(active(true), m_today);
    QCOMPARE(text(menu, "contentSource"), QStringLiteral("Built-in content"));
}

void TestStaffMenu::saysWhenReviewIsOverdue()
{
    StaffMenu menu;
    menu.setContentStatus(active(true), QDate(2025, 9, 2));
    QVERIFY2(text(menu, "contentReviewDue").contains(QLatin1String("overdue")),
             qPrintable(text(menu, "contentReviewDue")));
    menu.setContentStatus(active(true), QDate(2025, 9, 1));
    QCOMPARE(text(menu, "contentReviewDue"), QStringLiteral("2025-09-01"));
}

void TestStaffMenu::warnsPlainlyWhenContentFellBack()
{
    StaffMenu menu;
    ActiveContent a = active(true);
    a.fellBack = true;
    for (int i = 0; i < 7; ++i)
        a.issues << ContentIssue{ContentIssue::Severity::Error, QStringLiteral("/srv/local.json"),
                                 QStringLiteral("/services/%1/channels/0/value").arg(i),
                                 QStringLiteral("problem %1").arg(i)};
    menu.setContentStatus(a, m_today);
    menu.show();
    auto *warning = menu.findChild<QLabel *>(QStringLiteral("fallbackWarning"));
    QVERIFY(warning->isVisible());
    const QString shown = warning->text();
    QVERIFY2(shown.contains(QLatin1String("/srv/local.json could not be used")), qPrintable(shown));
    QVERIFY(shown.contains(QLatin1String("built-in content")));
    QVERIFY(shown.contains(QLatin1String("/services/0/channels/0/value: problem 0")));
    QVERIFY(shown.contains(QLatin1String("problem 4")));
    QVERIFY(!shown.contains(QLatin1String("problem 5"))); // five shown, the rest counted
    QVERIFY(shown.contains(QLatin1String("--validate")));

    menu.setContentStatus(active(true), m_today);
    QVERIFY(!warning->isVisible());
}

void TestStaffMenu::showsTheLocalPack_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("warning"); // empty: no warning shown
    QTest::newRow("none") << int(LocalPackState::Status::None) << "None installed"
                          << "";
    QTest::newRow("applied") << int(LocalPackState::Status::Applied)
                             << "'cardiff' version 4, signed with local key 7612F835513F37FD"
                             << "";
    QTest::newRow("dropped")
        << int(LocalPackState::Status::Dropped) << "Dropped (see below)"
        << "The local pack /var/lib/signpost/content/local/packs/4-7612F835513F37FD/"
           "content.json could not be used, so the national content is "
           "running without its local services: it expired on 2026-12-31";
}

void TestStaffMenu::showsTheLocalPack()
{
    QFETCH(int, status);
    QFETCH(QString, row);
    QFETCH(QString, warning);
    ActiveContent a = active(false);
    a.local.status = LocalPackState::Status(status);
    a.local.source =
        QStringLiteral("/var/lib/signpost/content/local/packs/4-7612F835513F37FD/content.json");
    a.local.id = QStringLiteral("cardiff");
    a.local.version = 4;
    a.local.keyId = QStringLiteral("7612F835513F37FD");
    a.local.reason = QStringLiteral("it expired on 2026-12-31");
    StaffMenu menu;
    menu.setContentStatus(a, m_today);
    menu.show();
    QCOMPARE(text(menu, "localPack"), row);
    auto *shown = menu.findChild<QLabel *>(QStringLiteral("localPackWarning"));
    QVERIFY(shown);
    QCOMPARE(shown->isVisible(), !warning.isEmpty());
    if (!warning.isEmpty())
        QCOMPARE(shown->text(), warning);
    // A dropped local pack is not a fallback: the national content itself is running.
    QVERIFY(!menu.findChild<QLabel *>(QStringLiteral("fallbackWarning"))->isVisible());
}

void TestStaffMenu::saysWhyACrashLoopFellBack()
{
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    const QString ledger = runtime.filePath(QStringLiteral("signpost-starts"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int start = 0; start < 3; ++start)
        QVERIFY(CrashLoopGuard(ledger, now, 100 + start).recordStart());
    const CrashLoopGuard guard(ledger, now, 200);
    QVERIFY(guard.inCrashLoop());
    const QString pack = QStringLiteral("/var/lib/signpost/packs/7-AB/content.json");

    StaffMenu menu;
    menu.setContentStatus(ActiveContent::afterCrashLoop(pack, guard.crashLoopStarts(), m_today),
                          m_today);
    menu.show();
    const QString shown = text(menu, "fallbackWarning");
    QVERIFY2(shown.contains(pack + QLatin1String(" could not be used")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("stopped unexpectedly 3 times")), qPrintable(shown));
}

void TestStaffMenu::countsServicesThatNeedConfirming()
{
    StaffMenu menu;
    ActiveContent a = active(true);
    menu.setContentStatus(a, m_today);
    QCOMPARE(text(menu, "needsConfirming"), QStringLiteral("Nothing"));
    Service flagged;
    flagged.needsConfirming = true;
    Service channelFlagged;
    Channel channel;
    channel.needsConfirming = true;
    channelFlagged.channels << channel;
    a.content.services << flagged << Service() << channelFlagged;
    menu.setContentStatus(a, m_today);
    QVERIFY2(text(menu, "needsConfirming").startsWith(QLatin1String("2 ")),
             qPrintable(text(menu, "needsConfirming")));
}

void TestStaffMenu::buttonsEmitTheirSignals_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("reload");
    QTest::addColumn<int>("staffMode");
    QTest::addColumn<int>("quit");
    QTest::addColumn<int>("closed");
    QTest::addColumn<int>("print");
    QTest::newRow("reload") << QStringLiteral("reloadButton") << 1 << 0 << 0 << 0 << 0;
    QTest::newRow("staff mode") << QStringLiteral("staffModeButton") << 0 << 1 << 0 << 0 << 0;
    QTest::newRow("quit") << QStringLiteral("quitButton") << 0 << 0 << 1 << 0 << 0;
    QTest::newRow("close") << QStringLiteral("closeButton") << 0 << 0 << 0 << 1 << 0;
    QTest::newRow("print") << QStringLiteral("printButton") << 0 << 0 << 0 << 0 << 1;
}

void TestStaffMenu::buttonsEmitTheirSignals()
{
    QFETCH(QString, button);
    QFETCH(int, reload);
    QFETCH(int, staffMode);
    QFETCH(int, quit);
    QFETCH(int, closed);
    QFETCH(int, print);
    StaffMenu menu;
    menu.setStaffModeAvailable(true);
    menu.setPrintAvailable(true);
    menu.show();
    QSignalSpy reloadSpy(&menu, &StaffMenu::reloadRequested);
    QSignalSpy staffSpy(&menu, &StaffMenu::staffModeRequested);
    QSignalSpy quitSpy(&menu, &StaffMenu::quitRequested);
    QSignalSpy closedSpy(&menu, &StaffMenu::closed);
    QSignalSpy printSpy(&menu, &StaffMenu::printCardsRequested);
    auto *target = menu.findChild<QPushButton *>(button);
    QVERIFY(target);
    QVERIFY(target->width() >= 44 && target->height() >= 44);
    QTest::mouseClick(target, Qt::LeftButton);
    QCOMPARE(reloadSpy.count(), reload);
    QCOMPARE(staffSpy.count(), staffMode);
    QCOMPARE(quitSpy.count(), quit);
    QCOMPARE(closedSpy.count(), closed);
    QCOMPARE(printSpy.count(), print);
}

void TestStaffMenu::closeHidesTheMenu()
{
    QWidget window;
    auto *menu = new StaffMenu(&window);
    window.show();
    QVERIFY(menu->isVisible());
    QVERIFY(!menu->isWindow()); // an overlay inside the kiosk window, not a window of its own
    QTest::mouseClick(menu->findChild<QPushButton *>(QStringLiteral("closeButton")),
                      Qt::LeftButton);
    QVERIFY(!menu->isVisible());
}

void TestStaffMenu::staffModeHiddenUntilAvailable()
{
    StaffMenu menu;
    menu.show();
    auto *staffMode = menu.findChild<QPushButton *>(QStringLiteral("staffModeButton"));
    QVERIFY(!staffMode->isVisible());
    menu.setStaffModeAvailable(true);
    QVERIFY(staffMode->isVisible());
    auto *print = menu.findChild<QPushButton *>(QStringLiteral("printButton"));
    QVERIFY(!print->isVisible());
    menu.setPrintAvailable(true);
    QVERIFY(print->isVisible());
}

void TestStaffMenu::showsTheKioskStatusAndItsQrCode()
{
    StaffMenu menu;
    auto *status = menu.findChild<QLabel *>(QStringLiteral("kioskStatus"));
    QVERIFY(status);
    QVERIFY(status->isHidden());
    QVERIFY(!menu.findChild<QrCodeWidget *>(QStringLiteral("kioskStatusQr")));
    const QString text =
        QStringLiteral("Signpost 0.1.0\nContent: uk-builtin version 1 (built-in)\n");
    menu.setKioskStatus(text);
    QVERIFY(!status->isHidden());
    QVERIFY(status->text().contains(QStringLiteral("uk-builtin version 1")));
    // The QR code holds the very same text, for a phone to read; the kiosk sends nothing.
    auto *qr = menu.findChild<QrCodeWidget *>(QStringLiteral("kioskStatusQr"));
    QVERIFY(qr);
    QVERIFY(qr->isValid());
    QCOMPARE(qr->text(), text);
    menu.setKioskStatus(QString());
    QVERIFY(status->isHidden());
    QTRY_VERIFY(!menu.findChild<QrCodeWidget *>(QStringLiteral("kioskStatusQr")));
}

QTEST_MAIN(TestStaffMenu)
#include "TestStaffMenu.moc"
