// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/GlyphGuard.h"

#include <QTest>

// The glyph guard's decisions, with the fonts stood in for by a predicate: which languages are
// offered, which one visits start in, and what staff read about the rest.
class TestGlyphGuard : public QObject
{
    Q_OBJECT
private slots:
    void decidesFromTheCharactersItCannotDraw_data();
    void decidesFromTheCharactersItCannotDraw();
    void asksOnceForEachCharacterAndNeverForSpacesOrMarks();
    void offersOnlyWhatCanBeDrawnInItsOrder();
    void startsInEnglishWhenTheDefaultCannotBeDrawn();
    void summarySaysWhatCanBeDrawn();
};

namespace {

bool isGurmukhi(char32_t c)
{
    return c >= 0x0A00 && c <= 0x0A7F;
}

GlyphGuard::CanDraw drawsAll()
{
    return [](char32_t) {
        return true;
    };
}

GlyphGuard::CanDraw drawsNoGurmukhi()
{
    return [](char32_t c) {
        return !isGurmukhi(c);
    };
}

// DejaVu Sans draws Arabic, but not these two Urdu letters.
GlyphGuard::CanDraw drawsNoHehGoalOrYehBarree()
{
    return [](char32_t c) {
        return c != U'\u06C1' && c != U'\u06D2';
    };
}

} // namespace

void TestGlyphGuard::decidesFromTheCharactersItCannotDraw_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<GlyphGuard::CanDraw>("canDraw");
    QTest::addColumn<bool>("drawable");
    QTest::addColumn<QString>("warning");
    const QStringList punjabi{QStringLiteral("ਪੰਜਾਬੀ"), QStringLiteral("ਇਹ ਸਕ੍ਰੀਨ ਛੱਡੋ"),
                              QStringLiteral("0808 1000 900")};
    const QStringList urdu{QStringLiteral("اردو"), QStringLiteral("یہ اسکرین چھوڑیں"),
                           QStringLiteral("کسی بچے کے بارے میں")};
    QTest::newRow("Punjabi, every font there")
        << QStringLiteral("pa") << punjabi << drawsAll() << true << QString();
    QTest::newRow("Punjabi, no Gurmukhi font")
        << QStringLiteral("pa") << punjabi << drawsNoGurmukhi() << false
        << QStringLiteral("Punjabi is switched on, but no installed font has Gurmukhi letters "
                          "(install fonts-noto-core), so visitors are not offered it.");
    QTest::newRow("Urdu, two letters missing")
        << QStringLiteral("ur") << urdu << drawsNoHehGoalOrYehBarree() << false
        << QStringLiteral("Urdu is switched on, but no installed font has 2 of the characters "
                          "its screens use (ہ U+06C1, ے U+06D2; install fonts-noto-core), so "
                          "visitors are not offered it.");
    QTest::newRow("Welsh, no Gurmukhi font")
        << QStringLiteral("cy") << QStringList{QStringLiteral("Gadael y sgrin hon ŵ ŷ")}
        << drawsNoGurmukhi() << true << QString();
}

void TestGlyphGuard::decidesFromTheCharactersItCannotDraw()
{
    QFETCH(QString, language);
    QFETCH(QStringList, texts);
    QFETCH(GlyphGuard::CanDraw, canDraw);
    QFETCH(bool, drawable);
    QFETCH(QString, warning);
    GlyphGuard guard;
    guard.check(language, texts, canDraw);
    QCOMPARE(guard.canDraw(language), drawable);
    QCOMPARE(guard.missing(language).isEmpty(), drawable);
    QCOMPARE(guard.warnings(), warning.isEmpty() ? QStringList() : QStringList{warning});
}

void TestGlyphGuard::asksOnceForEachCharacterAndNeverForSpacesOrMarks()
{
    QList<char32_t> asked;
    GlyphGuard guard;
    // Spaces, a no-break space, left-to-right isolates and a zero-width joiner are not drawn.
    guard.check(QStringLiteral("ar"),
                {QStringLiteral("اتصل \u2066999\u2069"), QStringLiteral("اتصل\u00A0\u200D999")},
                [&asked](char32_t c) {
                    asked << c;
                    return c >= 0x0600; // no digit can be drawn
                });
    const QList<char32_t> expected{U'ا', U'ت', U'ص', U'ل', U'9'};
    QCOMPARE(asked, expected);
    QCOMPARE(guard.missing(QStringLiteral("ar")), QList<char32_t>{U'9'});
    QVERIFY(!guard.canDraw(QStringLiteral("ar")));
}

void TestGlyphGuard::offersOnlyWhatCanBeDrawnInItsOrder()
{
    GlyphGuard guard;
    for (const QString &language :
         {QStringLiteral("cy"), QStringLiteral("pa"), QStringLiteral("ar")})
        guard.check(language, {QStringLiteral("ਪੰਜਾਬੀ")}, [&language](char32_t c) {
            return language != QLatin1String("pa") || !isGurmukhi(c);
        });
    QCOMPARE(guard.drawable({QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("pa"),
                             QStringLiteral("cy")}),
             (QStringList{QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("cy")}));
    // English is the language of last resort; a language never checked is never offered.
    QVERIFY(guard.canDraw(QStringLiteral("en")));
    QVERIFY(!guard.canDraw(QStringLiteral("ro")));
}

void TestGlyphGuard::startsInEnglishWhenTheDefaultCannotBeDrawn()
{
    GlyphGuard guard;
    guard.check(QStringLiteral("pa"), {QStringLiteral("ਪੰਜਾਬੀ")}, drawsNoGurmukhi());
    guard.check(QStringLiteral("cy"), {QStringLiteral("Cymraeg")}, drawsNoGurmukhi());
    QCOMPARE(guard.startLanguage(QStringLiteral("pa")), QStringLiteral("en"));
    QCOMPARE(guard.startLanguage(QStringLiteral("cy")), QStringLiteral("cy"));
    QCOMPARE(guard.startLanguage(QString()), QString());
    const QStringList warnings = guard.warnings(QStringLiteral("pa"));
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.last(), QStringLiteral("The default language, Punjabi, cannot be drawn with "
                                             "the installed fonts, so every visit starts in "
                                             "English."));
    QCOMPARE(guard.warnings(QStringLiteral("cy")).size(), 1);
}

void TestGlyphGuard::summarySaysWhatCanBeDrawn()
{
    GlyphGuard guard;
    guard.check(QStringLiteral("en"), {QStringLiteral("English")}, drawsAll());
    guard.check(QStringLiteral("pa"), {QStringLiteral("ਪੰਜਾਬੀ")}, drawsAll());
    QCOMPARE(guard.summary(), QStringLiteral("fonts: every switched-on language can be drawn with "
                                             "the installed fonts (en, pa)"));
    guard.check(QStringLiteral("pa"), {QStringLiteral("ਪੰਜਾਬੀ")}, drawsNoGurmukhi());
    QCOMPARE(guard.summary(), QStringLiteral("fonts: not every switched-on language can be drawn "
                                             "with the installed fonts: pa cannot (not offered "
                                             "to visitors); en can"));
}

QTEST_GUILESS_MAIN(TestGlyphGuard)
#include "TestGlyphGuard.moc"
