// SPDX-License-Identifier: GPL-3.0-or-later
// The style sheet the kiosk window applies: every @token@ in resources/styles/kiosk.qss replaced,
// in both palettes, at every text size, scale and language; and the theme's QR colours are a
// pair the contrast check sees.
#include "ui/public/Theme.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestTheme : public QObject
{
    Q_OBJECT
private slots:
    void theSheetHasTokensToReplace();
    void appliedSheetLeavesNoTokenUnsubstituted_data();
    void appliedSheetLeavesNoTokenUnsubstituted();
    void qrColoursAreContrastChecked_data();
    void qrColoursAreContrastChecked();

private:
    static const QRegularExpression &token();
    // The sheet without its comments, which name "@name@ tokens" in prose.
    static QString withoutComments(QString sheet);
};

QString TestTheme::withoutComments(QString sheet)
{
    static const QRegularExpression comment(QStringLiteral("/\\*.*?\\*/"),
                                            QRegularExpression::DotMatchesEverythingOption);
    return sheet.remove(comment);
}

const QRegularExpression &TestTheme::token()
{
    static const QRegularExpression pattern(QStringLiteral("@[A-Za-z]+@"));
    return pattern;
}

// The check below could only fail if the sheet had tokens at all: it does.
void TestTheme::theSheetHasTokensToReplace()
{
    QFile file(QStringLiteral(":/styles/kiosk.qss"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString raw = withoutComments(QString::fromUtf8(file.readAll()));
    QVERIFY(raw.contains(token()));
}

void TestTheme::appliedSheetLeavesNoTokenUnsubstituted_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<bool>("largeText");
    QTest::addColumn<bool>("highContrast");
    QTest::addColumn<QString>("language");
    for (const double scale : {0.6, 1.0, 2.0}) {
        for (const bool largeText : {false, true}) {
            for (const bool highContrast : {false, true}) {
                for (const char *language : {"en", "ar", "pa"}) {
                    QTest::addRow("scale %.1f%s%s %s", scale, largeText ? " large" : "",
                                  highContrast ? " high-contrast" : "", language)
                        << scale << largeText << highContrast << QString::fromLatin1(language);
                }
            }
        }
    }
}

void TestTheme::appliedSheetLeavesNoTokenUnsubstituted()
{
    QFETCH(double, scale);
    QFETCH(bool, largeText);
    QFETCH(bool, highContrast);
    QFETCH(QString, language);
    const QString sheet = withoutComments(
        Theme::styleSheet(scale, {.largeText = largeText, .highContrast = highContrast}, language));
    QVERIFY(!sheet.isEmpty());
    const QRegularExpressionMatch left = token().match(sheet);
    QVERIFY2(!left.hasMatch(),
             qPrintable(QStringLiteral("%1 is not replaced").arg(left.captured())));
}

void TestTheme::qrColoursAreContrastChecked_data()
{
    QTest::addColumn<bool>("highContrast");
    QTest::newRow("calm") << false;
    QTest::newRow("high contrast") << true;
}

// TestAccessibility::textContrast checks every text pair; the QR code is one, so a theme that
// softened its modules past what a camera reads would fail there.
void TestTheme::qrColoursAreContrastChecked()
{
    QFETCH(bool, highContrast);
    const Theme::Colours colours = Theme::colours(highContrast);
    bool found = false;
    for (const Theme::TextPair &pair : Theme::textPairs(highContrast)) {
        if (pair.foreground == colours.qrDark && pair.background == colours.qrLight)
            found = true;
    }
    QVERIFY(found);
}

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
