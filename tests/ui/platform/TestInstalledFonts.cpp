// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicScreenWalk.h"
#include "core/languages/LanguageCatalogue.h"
#include "ui/platform/InstalledFonts.h"
#include "ui/public/KioskWindow.h"
#include "ui/public/LanguagePicker.h"
#include "ui/public/Theme.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

// With the fonts the package depends on (fonts-noto-core, fonts-dejavu-core; build.sh installs
// them): the glyph guard offers every shipped language, and every script on every screen meets
// its own font first, so Qt prints nothing while a visitor goes through the languages.
class TestInstalledFonts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyShippedLanguageCanBeDrawn_data();
    void everyShippedLanguageCanBeDrawn();
    void eachScriptMeetsItsOwnFontFirst_data();
    void eachScriptMeetsItsOwnFontFirst();
    void aPunjabiVisitEndsInEnglishWithoutAWarning();
    void languageNamesAreDrawnInTheirOwnFonts();

private:
    Content m_content;
};

void TestInstalledFonts::initTestCase()
{
    m_content = PublicScreenWalk::builtInContent();
}

void TestInstalledFonts::everyShippedLanguageCanBeDrawn_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageCatalogue::translatedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestInstalledFonts::everyShippedLanguageCanBeDrawn()
{
    QFETCH(QString, language);
    const GlyphGuard guard = InstalledFonts::check(m_content, {language});
    QList<char32_t> missing = guard.missing(language);
    QVERIFY2(missing.isEmpty(), qPrintable(guard.warnings().join(QLatin1Char('\n'))));
    QVERIFY(guard.canDraw(language));
    // The guard can say no: a character no font has.
    QVERIFY(!InstalledFonts::canDraw(language)(U'\U0010FFFD'));
}

void TestInstalledFonts::eachScriptMeetsItsOwnFontFirst_data()
{
    everyShippedLanguageCanBeDrawn_data();
}

void TestInstalledFonts::eachScriptMeetsItsOwnFontFirst()
{
    // A font without a complex script's OpenType tables, asked first, makes Qt print
    // "OpenType support missing for "Noto Sans", script 13" for Punjabi text.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("OpenType support missing")));
    QFETCH(QString, language);
    KioskWindow window(m_content, Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window.setIdleResetEnabled(false);
    window.show();
    PublicScreenWalk::walk(window, {language, QSize(1920, 1080), {}},
                           [&window](const QString &) { window.grab(); });
}

void TestInstalledFonts::aPunjabiVisitEndsInEnglishWithoutAWarning()
{
    // Leaving Punjabi, no hidden label may keep Gurmukhi words for the English fonts to meet.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("OpenType support missing")));
    KioskWindow window(m_content, Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window.setIdleResetEnabled(false);
    window.resize(1920, 1080);
    window.show();
    window.visit()->setLanguage(QStringLiteral("pa"));
    window.showLanguagePicker();
    window.showIdleNotice();
    PublicScreenWalk::settle();
    window.grab();
    window.idleReset();
    PublicScreenWalk::settle();
    window.grab();
    QCOMPARE(window.visit()->language(), QStringLiteral("en"));
}

void TestInstalledFonts::languageNamesAreDrawnInTheirOwnFonts()
{
    KioskWindow window(m_content, Clock::fixed(PublicScreenWalk::weekdayAfternoon()));
    window.setIdleResetEnabled(false);
    window.show();
    window.showLanguagePicker();
    PublicScreenWalk::settle();
    for (const QString &language : window.offeredLanguages()) {
        auto *button = window.languagePicker()->findChild<QPushButton *>(
            QStringLiteral("language-") + language);
        QVERIFY(button);
        QCOMPARE(button->font().families().value(0), Theme::fontFamilyList(language).first());
    }
}

QTEST_MAIN(TestInstalledFonts)
#include "TestInstalledFonts.moc"
