// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicScreenWalk.h"
#include "ui/public/KioskHeader.h"
#include "ui/public/LeaveButton.h"

#include <QPushButton>
#include <QTest>

#include <memory>

// The header's control row with Read aloud shown (as SpeechController shows it): the button
// beside Language, checkable, a full touch target, in reading order; and where its words do not
// fit, its loudspeaker alone, so Language and "Leave this screen" are never squeezed.
class TestKioskHeader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readAloudSitsBesideLanguage();
    void everyButtonStaysWhole_data();
    void everyButtonStaysWhole();
    void hiddenReadAloudIsNoStop();

private:
    std::unique_ptr<KioskWindow> makeWindow();
    Content m_content;
};

void TestKioskHeader::initTestCase()
{
    m_content = PublicScreenWalk::builtInContent();
}

std::unique_ptr<KioskWindow> TestKioskHeader::makeWindow()
{
    auto window = std::make_unique<KioskWindow>(m_content,
                                                Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window->setIdleResetEnabled(false);
    window->header()->readAloudButton()->show();
    window->resize(1920, 1080);
    window->show();
    PublicScreenWalk::settle();
    return window;
}

void TestKioskHeader::readAloudSitsBesideLanguage()
{
    auto window = makeWindow();
    KioskHeader *header = window->header();
    QPushButton *button = header->readAloudButton();
    QVERIFY(button->isVisible());
    QVERIFY(button->isCheckable());
    QVERIFY(button->height() >= 44 && button->width() >= 44);
    QCOMPARE(button->accessibleName(), QStringLiteral("Read aloud"));
    QCOMPARE(button->text().trimmed(), QStringLiteral("Read aloud"));
    button->setChecked(true);
    QCOMPARE(button->text().trimmed(), QStringLiteral("✓ Read aloud")); // not by colour alone
    QCOMPARE(button->accessibleName(), QStringLiteral("Read aloud"));
    const QList<QWidget *> order = header->focusOrder();
    QCOMPARE(order, (QList<QWidget *>{header->languageButton(), button, header->leaveButton()}));
}

void TestKioskHeader::everyButtonStaysWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("largeText");
    for (const char *language : {"en", "cy", "pl", "ro", "ur", "pa", "ar"}) {
        for (const QSize &size : {QSize(1366, 768), QSize(1080, 1920)}) {
            for (const bool large : {false, true})
                QTest::addRow("%s %dx%d%s", language, size.width(), size.height(),
                              large ? " large" : "")
                    << QString::fromLatin1(language) << size << large;
        }
    }
}

void TestKioskHeader::everyButtonStaysWhole()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(bool, largeText);
    auto window = makeWindow();
    window->setStartLanguage(language);
    window->setStartDisplay({.largeText = largeText, .highContrast = false});
    window->resize(size);
    window->quickExit();
    PublicScreenWalk::settle();
    KioskHeader *header = window->header();
    for (QPushButton *button : {header->languageButton(), header->readAloudButton(),
                                static_cast<QPushButton *>(header->leaveButton())}) {
        QVERIFY(button->isVisible());
        QVERIFY2(button->width() >= button->sizeHint().width(),
                 qPrintable(QStringLiteral("%1: %2 of %3 px, header %4 of %5 px")
                                .arg(button->objectName())
                                .arg(button->width())
                                .arg(button->sizeHint().width())
                                .arg(header->width())
                                .arg(header->sizeHint().width())));
        QVERIFY(button->height() >= 44 && button->width() >= 44);
    }
    QVERIFY(!header->readAloudButton()->icon().isNull());
    QVERIFY(!header->readAloudButton()->accessibleName().isEmpty());
    if (size.width() > size.height() && !largeText) // room for the words on a landscape screen
        QVERIFY(!header->readAloudButton()->text().trimmed().isEmpty());
}

void TestKioskHeader::hiddenReadAloudIsNoStop()
{
    // speech=off (and any window without speech set up): no button, and Tab never stops on it.
    auto window = makeWindow();
    KioskHeader *header = window->header();
    header->readAloudButton()->hide();
    QCOMPARE(header->focusOrder(),
             (QList<QWidget *>{header->languageButton(), header->leaveButton()}));
}

QTEST_MAIN(TestKioskHeader)
#include "TestKioskHeader.moc"
