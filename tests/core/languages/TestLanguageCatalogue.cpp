// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languages/LanguageCatalogue.h"

#include <QTest>

class TestLanguageCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void eachLanguageInItsOwnName_data();
    void eachLanguageInItsOwnName();
    void arabicAndUrduAreRightToLeft_data();
    void arabicAndUrduAreRightToLeft();
    void offersEnabledLanguagesTheContentProvides_data();
    void offersEnabledLanguagesTheContentProvides();
};

void TestLanguageCatalogue::eachLanguageInItsOwnName_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("English");
    QTest::newRow("cy") << QStringLiteral("cy") << QStringLiteral("Cymraeg");
    QTest::newRow("pl") << QStringLiteral("pl") << QStringLiteral("Polski");
    QTest::newRow("ro") << QStringLiteral("ro") << QStringLiteral("Română");
    QTest::newRow("ur") << QStringLiteral("ur") << QStringLiteral("اردو");
    QTest::newRow("pa") << QStringLiteral("pa") << QStringLiteral("ਪੰਜਾਬੀ");
    QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("العربية");
    // Not translated by Signpost, but a content file may provide it: Qt's own name.
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Français");
    QTest::newRow("unknown") << QStringLiteral("zz") << QStringLiteral("zz");
}

void TestLanguageCatalogue::eachLanguageInItsOwnName()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(LanguageCatalogue::nativeName(code), name);
}

void TestLanguageCatalogue::arabicAndUrduAreRightToLeft_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("rightToLeft");
    for (const QString &code : LanguageCatalogue::translatedLanguages()) {
        QTest::newRow(qPrintable(code))
            << code << (code == QLatin1String("ar") || code == QLatin1String("ur"));
    }
    QTest::newRow("he") << QStringLiteral("he") << true;
    QTest::newRow("unknown") << QStringLiteral("zz") << false;
}

void TestLanguageCatalogue::arabicAndUrduAreRightToLeft()
{
    QFETCH(QString, code);
    QFETCH(bool, rightToLeft);
    QCOMPARE(LanguageCatalogue::isRightToLeft(code), rightToLeft);
}

void TestLanguageCatalogue::offersEnabledLanguagesTheContentProvides_data()
{
    QTest::addColumn<QStringList>("enabled");
    QTest::addColumn<QStringList>("content");
    QTest::addColumn<QStringList>("offered");
    const QStringList all = LanguageCatalogue::translatedLanguages();
    QTest::newRow("not configured: all the content has") << QStringList() << all << all;
    QTest::newRow("the default configuration")
        << QStringList{QStringLiteral("en"), QStringLiteral("cy")} << all
        << QStringList{QStringLiteral("en"), QStringLiteral("cy")};
    QTest::newRow("configured order kept")
        << QStringList{QStringLiteral("cy"), QStringLiteral("ur"), QStringLiteral("en")} << all
        << QStringList{QStringLiteral("cy"), QStringLiteral("ur"), QStringLiteral("en")};
    QTest::newRow("not in the content")
        << QStringList{QStringLiteral("en"), QStringLiteral("pa"), QStringLiteral("so")}
        << QStringList{QStringLiteral("en"), QStringLiteral("pa")}
        << QStringList{QStringLiteral("en"), QStringLiteral("pa")};
    QTest::newRow("English always") << QStringList{QStringLiteral("cy")}
                                    << QStringList{QStringLiteral("en"), QStringLiteral("cy")}
                                    << QStringList{QStringLiteral("en"), QStringLiteral("cy")};
}

void TestLanguageCatalogue::offersEnabledLanguagesTheContentProvides()
{
    QFETCH(QStringList, enabled);
    QFETCH(QStringList, content);
    QFETCH(QStringList, offered);
    QCOMPARE(LanguageCatalogue::offered(enabled, content), offered);
}

QTEST_MAIN(TestLanguageCatalogue)
#include "TestLanguageCatalogue.moc"
