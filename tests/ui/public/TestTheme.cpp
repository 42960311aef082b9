// SPDX-License-Identifier: GPL-3.0-or-later
// The style sheet the kiosk window applies: every @token@ in resources/styles/kiosk.qss replaced,
// in both palettes, at every text size, scale and language; one rule for a focused button; and the
// theme's QR colours, on screen and on paper, are pairs the contrast check sees.
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
    void printedQrColoursAreContrastChecked();
    void oneFocusRuleForButtons();

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

// The take-away card's code is drawn in the printed palette; TestAccessibility::textContrast
// checks every staff and printed pair as it does the screen's.
void TestTheme::printedQrColoursAreContrastChecked()
{
    const Theme::PrintColours print = Theme::printColours();
    bool found = false;
    for (const Theme::TextPair &pair : Theme::staffAndPrintTextPairs()) {
        if (pair.foreground == print.qrDark && pair.background == print.qrLight)
            found = true;
    }
    QVERIFY(found);
}

// A focused button looks the same wherever it is: one rule fills it with the focus colour (the
// staff's PIN pad and menu, and the outcome cards, draw a ring or a tint instead).
void TestTheme::oneFocusRuleForButtons()
{
    QFile file(QStringLiteral(":/styles/kiosk.qss"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sheet = withoutComments(QString::fromUtf8(file.readAll()));
    static const QRegularExpression rule(QStringLiteral("([^{}]*)\\{([^{}]*)\\}"));
    static const QRegularExpression focusFill(QStringLiteral("background:\\s*@focus@\\s*;"));
    QStringList filling;
    for (auto it = rule.globalMatch(sheet); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1).contains(QLatin1String(":focus")) &&
            match.captured(2).contains(focusFill))
            filling << match.captured(1).simplified();
    }
    QCOMPARE(filling.size(), 1);
    QVERIFY(filling.constFirst().startsWith(QLatin1String("QPushButton:focus,")));
}

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
