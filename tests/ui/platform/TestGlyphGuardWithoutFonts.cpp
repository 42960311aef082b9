// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicScreenWalk.h"
#include "core/languages/LanguageCatalogue.h"
#include "core/visit/VisitModel.h"
#include "ui/kiosk/KioskSession.h"
#include "ui/kiosk/StaffMenu.h"
#include "ui/platform/InstalledFonts.h"
#include "ui/public/KioskWindow.h"

#include <QFontDatabase>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// A kiosk whose only font is DejaVu Sans (Debian's minimal install, before the package depended
// on its fonts): this test's FONTCONFIG_FILE (tests/ui/platform/CMakeLists.txt) sees only a copy of
// DejaVu Sans, whatever else the machine has. DejaVu has no Gurmukhi, and lacks Urdu letters such
// as ہ and ے: Punjabi and Urdu are not offered, a Punjabi default gives way to English, and staff
// read why at start, in the staff menu and from --validate.
class TestGlyphGuardWithoutFonts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void punjabiAndUrduCannotBeDrawn_data();
    void punjabiAndUrduCannotBeDrawn();
    void theKioskOffersOnlyWhatCanBeDrawn();
    void validateSaysWhy();

private:
    Content m_content;
};

namespace {

const QString punjabiWarning =
    QStringLiteral("Punjabi is switched on, but no installed font has Gurmukhi letters (install "
                   "fonts-noto-core), so visitors are not offered it.");

} // namespace

void TestGlyphGuardWithoutFonts::initTestCase()
{
    // Qt adds the generic names fontconfig resolves (Serif, Sans Serif, Monospace) itself.
    QStringList families = QFontDatabase::families();
    families.removeIf([](const QString &family) {
        return QStringList{QStringLiteral("Serif"), QStringLiteral("Sans Serif"),
                           QStringLiteral("Monospace")}
            .contains(family);
    });
    QCOMPARE(families, QStringList{QStringLiteral("DejaVu Sans")});
    m_content = PublicScreenWalk::builtInContent();
}

void TestGlyphGuardWithoutFonts::punjabiAndUrduCannotBeDrawn_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("drawable");
    for (const char *language : {"en", "cy", "pl", "ro"})
        QTest::newRow(language) << QString::fromLatin1(language) << true;
    QTest::newRow("ur") << QStringLiteral("ur") << false;
    QTest::newRow("pa") << QStringLiteral("pa") << false;
}

void TestGlyphGuardWithoutFonts::punjabiAndUrduCannotBeDrawn()
{
    QFETCH(QString, language);
    QFETCH(bool, drawable);
    const GlyphGuard guard = InstalledFonts::check(m_content, {language});
    QCOMPARE(guard.canDraw(language), drawable);
    QCOMPARE(guard.missing(language).isEmpty(), drawable);
    if (language == QLatin1String("pa"))
        QCOMPARE(guard.warnings(), QStringList{punjabiWarning});
    if (language == QLatin1String("ur")) {
        QVERIFY(guard.missing(language).contains(U'\u06C1')); // ہ
        QVERIFY(guard.missing(language).contains(U'\u06D2')); // ے
    }
}

void TestGlyphGuardWithoutFonts::theKioskOffersOnlyWhatCanBeDrawn()
{
    LaunchPlan plan;
    plan.mode = Mode::Kiosk;
    KioskSession session(plan, QString(), [this] {
        ActiveContent active;
        active.content = m_content;
        return active;
    });
    const QStringList warnings =
        session.offerLanguages(LanguageCatalogue::translatedLanguages(), QStringLiteral("pa"));
    QVERIFY(warnings.contains(punjabiWarning));
    QVERIFY(warnings.contains(QStringLiteral("The default language, Punjabi, cannot be drawn with "
                                             "the installed fonts, so every visit starts in "
                                             "English.")));
    KioskWindow *window = session.window();
    QVERIFY(!window->offeredLanguages().contains(QStringLiteral("pa")));
    QVERIFY(!window->offeredLanguages().contains(QStringLiteral("ur")));
    QVERIFY(window->offeredLanguages().contains(QStringLiteral("cy")));
    QCOMPARE(window->visit()->language(), QStringLiteral("en"));
    window->quickExit();
    QCOMPARE(window->visit()->language(), QStringLiteral("en"));

    session.start();
    session.openStaffMenu();
    QVERIFY(session.staffMenu());
    auto *notice = session.staffMenu()->findChild<QLabel *>(QStringLiteral("languageWarnings"));
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(punjabiWarning));
}

void TestGlyphGuardWithoutFonts::validateSaysWhy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("signpost.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[signpost]\nenabled_languages=en,cy,pl,ro,ur,pa,ar\ndefault_language=pa\n");
    file.close();
    QProcess signpost;
    signpost.start(QStringLiteral(SIGNPOST_BINARY),
                   {QStringLiteral("--config"), config, QStringLiteral("--validate"),
                    QStringLiteral(":/content/uk.json")});
    QVERIFY(signpost.waitForFinished(60000));
    const QString out = QString::fromUtf8(signpost.readAllStandardOutput());
    QCOMPARE(signpost.exitCode(), 0);
    QVERIFY2(out.contains(QStringLiteral("fonts: warning: ") + punjabiWarning), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("fonts: not every switched-on language can be drawn with "
                                         "the installed fonts: ")),
             qPrintable(out));
}

QTEST_MAIN(TestGlyphGuardWithoutFonts)
#include "TestGlyphGuardWithoutFonts.moc"
