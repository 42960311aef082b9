// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/public/Theme.h"

#include "core/languages/LanguageCatalogue.h"

#include <QFile>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace {

Theme::Colours calmColours()
{
    Theme::Colours c;
    c.background = QColor(0xF4, 0xF2, 0xEC);
    c.surface = QColor(0xFF, 0xFF, 0xFF);
    c.ink = QColor(0x1B, 0x1F, 0x23);
    c.mutedInk = QColor(0x4A, 0x50, 0x57);
    c.border = QColor(0xC9, 0xC4, 0xB8);
    c.accent = QColor(0x0B, 0x4F, 0x6C);
    c.accentEdge = c.accent;
    c.accentPressed = QColor(0x07, 0x36, 0x4A);
    c.onAccent = QColor(0xFF, 0xFF, 0xFF);
    c.strip = QColor(0x23, 0x2B, 0x3A);
    c.onStrip = QColor(0xFF, 0xFF, 0xFF);
    c.leave = QColor(0xA3, 0x27, 0x1F);
    c.leavePressed = QColor(0x7A, 0x1C, 0x16);
    c.leaveEdge = c.leave;
    c.onLeave = QColor(0xFF, 0xFF, 0xFF);
    c.open = QColor(0x0A, 0x6A, 0x38);
    c.closed = QColor(0x9A, 0x3A, 0x0B);
    c.noticeBackground = QColor(0xFF, 0xF4, 0xE5);
    c.selected = c.accent;
    c.onSelected = QColor(0xFF, 0xFF, 0xFF);
    c.secondaryPressed = c.border;
    c.scrim = QColor(0x1B, 0x1F, 0x23, 150);
    c.focus = QColor(0xF5, 0xB7, 0x00);
    c.onFocus = c.ink;
    c.focusTint = QColor(0xFF, 0xF4, 0xCC);
    c.qrDark = QColor(0x00, 0x00, 0x00);
    c.qrLight = QColor(0xFF, 0xFF, 0xFF);
    return c;
}

// White and yellow on black, every edge drawn in white: for low vision, WCAG AAA (7:1).
Theme::Colours highContrastColours()
{
    Theme::Colours c;
    c.background = QColor(0x00, 0x00, 0x00);
    c.surface = QColor(0x00, 0x00, 0x00);
    c.ink = QColor(0xFF, 0xFF, 0xFF);
    c.mutedInk = QColor(0xE6, 0xE6, 0xE6);
    c.border = QColor(0xFF, 0xFF, 0xFF);
    c.accent = QColor(0x00, 0x00, 0x00);
    c.accentEdge = QColor(0xFF, 0xFF, 0xFF);
    c.accentPressed = QColor(0x40, 0x40, 0x40);
    c.onAccent = QColor(0xFF, 0xFF, 0xFF);
    c.strip = QColor(0xFF, 0xFF, 0x00);
    c.onStrip = QColor(0x00, 0x00, 0x00);
    c.leave = QColor(0x8B, 0x00, 0x00);
    c.leavePressed = QColor(0x5C, 0x00, 0x00);
    c.leaveEdge = QColor(0xFF, 0xFF, 0xFF);
    c.onLeave = QColor(0xFF, 0xFF, 0xFF);
    c.open = QColor(0x66, 0xFF, 0x66);
    c.closed = QColor(0xFF, 0xB3, 0x47);
    c.noticeBackground = QColor(0x00, 0x00, 0x00);
    c.selected = QColor(0xFF, 0xFF, 0xFF);
    c.onSelected = QColor(0x00, 0x00, 0x00);
    c.secondaryPressed = QColor(0x40, 0x40, 0x40);
    c.scrim = QColor(0x00, 0x00, 0x00, 210);
    c.focus = QColor(0xFF, 0xFF, 0x00);
    c.onFocus = QColor(0x00, 0x00, 0x00);
    c.focusTint = QColor(0x33, 0x33, 0x00);
    c.qrDark = QColor(0x00, 0x00, 0x00);
    c.qrLight = QColor(0xFF, 0xFF, 0xFF);
    return c;
}

} // namespace

Theme::Colours Theme::colours(bool highContrast)
{
    return highContrast ? highContrastColours() : calmColours();
}

QList<Theme::TextPair> Theme::textPairs(bool highContrast)
{
    const Colours c = colours(highContrast);
    return {
        {QStringLiteral("body on page"), c.ink, c.background},
        {QStringLiteral("body on card"), c.ink, c.surface},
        {QStringLiteral("muted on page"), c.mutedInk, c.background},
        {QStringLiteral("muted on card"), c.mutedInk, c.surface},
        {QStringLiteral("answer button"), c.onAccent, c.accent},
        {QStringLiteral("answer button pressed"), c.onAccent, c.accentPressed},
        {QStringLiteral("emergency strip"), c.onStrip, c.strip},
        {QStringLiteral("leave button"), c.onLeave, c.leave},
        {QStringLiteral("leave button pressed"), c.onLeave, c.leavePressed},
        {QStringLiteral("open now on card"), c.open, c.surface},
        {QStringLiteral("closed now on card"), c.closed, c.surface},
        {QStringLiteral("closed notice"), c.ink, c.noticeBackground},
        {QStringLiteral("toggle switched on"), c.onSelected, c.selected},
        {QStringLiteral("secondary button pressed"), c.ink, c.secondaryPressed},
        {QStringLiteral("focused button"), c.onFocus, c.focus},
        {QStringLiteral("body on focused card"), c.ink, c.focusTint},
        {QStringLiteral("muted on focused card"), c.mutedInk, c.focusTint},
        {QStringLiteral("open now on focused card"), c.open, c.focusTint},
        {QStringLiteral("closed now on focused card"), c.closed, c.focusTint},
        {QStringLiteral("QR code modules"), c.qrDark, c.qrLight},
    };
}

Theme::StaffColours Theme::staffColours()
{
    StaffColours c;
    c.warning = QColor(0xFF, 0xF4, 0xCE);
    c.onWarning = QColor(0x5C, 0x3C, 0x00);
    c.warningEdge = QColor(0xC9, 0x8A, 0x00);
    c.banner = QColor(0xFD, 0xE7, 0xE9);
    c.onBanner = QColor(0x6E, 0x0B, 0x14);
    c.bannerEdge = QColor(0xC4, 0x31, 0x4B);
    return c;
}

Theme::PrintColours Theme::printColours()
{
    PrintColours c;
    c.paper = QColor(0xFF, 0xFF, 0xFF);
    c.ink = QColor(0x1D, 0x26, 0x2F);
    c.mutedInk = QColor(0x4A, 0x55, 0x60);
    c.accent = QColor(0x1F, 0x5F, 0x8B);
    c.rule = QColor(0xB8, 0xC0, 0xC8);
    c.qrDark = QColor(0x00, 0x00, 0x00);
    c.qrLight = QColor(0xFF, 0xFF, 0xFF);
    return c;
}

QList<Theme::TextPair> Theme::staffAndPrintTextPairs()
{
    const StaffColours staff = staffColours();
    const PrintColours print = printColours();
    return {
        {QStringLiteral("staff warning"), staff.onWarning, staff.warning},
        {QStringLiteral("staff banner"), staff.onBanner, staff.banner},
        {QStringLiteral("printed text"), print.ink, print.paper},
        {QStringLiteral("printed muted text"), print.mutedInk, print.paper},
        {QStringLiteral("printed title"), print.accent, print.paper},
        {QStringLiteral("printed QR code modules"), print.qrDark, print.qrLight},
    };
}

double Theme::scaleFor(const QSize &windowSize)
{
    const int shorter = std::min(windowSize.width(), windowSize.height());
    return std::clamp(shorter / 1080.0, 0.6, 2.0);
}

int Theme::pixels(double basePixels, double scale)
{
    return std::max(1, int(std::lround(basePixels * scale)));
}

QStringList Theme::fontFamilyList(const QString &language)
{
    // Debian's fonts-noto-core has all of these (the package depends on it). Each script meets
    // its own font first: Qt asks the families in order for every run of text, and a family
    // without a complex script's OpenType tables (Gurmukhi, say) makes it print "OpenType
    // support missing" before it moves on. Noto Sans follows for Latin letters and digits
    // (names, numbers, web addresses) inside Arabic, Urdu and Punjabi text. Urdu is usually
    // written in Nastaliq, but Noto Nastaliq Urdu's tall, sloping words overrun Qt's line
    // height (clipped tops, overlapping lines), so Urdu uses the Naskh style, which Urdu
    // readers also know, until a layout tested with Nastaliq replaces it.
    QStringList families;
    if (language == QLatin1String("ur") || language == QLatin1String("ar"))
        families << QStringLiteral("Noto Naskh Arabic") << QStringLiteral("Noto Sans Arabic");
    else if (language == QLatin1String("pa"))
        families << QStringLiteral("Noto Sans Gurmukhi");
    // Then every script Signpost shows. Text in another script has its own rule where it
    // appears (each name in the language list is drawn with its own language's list).
    families << QStringLiteral("Noto Sans") << QStringLiteral("DejaVu Sans")
             << QStringLiteral("Noto Naskh Arabic") << QStringLiteral("Noto Sans Gurmukhi");
    families.removeDuplicates();
    return families;
}

bool Theme::fontsShapeEveryScript(const QString &language)
{
    return fontFamilyList(language).constFirst() == QLatin1String("Noto Sans Gurmukhi");
}

QString Theme::fontFamilies(const QString &language)
{
    QStringList families = fontFamilyList(language);
    for (QString &family : families)
        family = QLatin1Char('"') + family + QLatin1Char('"');
    return families.join(QStringLiteral(", "));
}

QString Theme::languageNameRules()
{
    // A language's own name (the language list, the header's language button) is in its own
    // script whatever the screen's language: it is drawn with that language's font list.
    QString rules;
    for (const QString &code : LanguageCatalogue::translatedLanguages())
        rules += QStringLiteral("\nQPushButton[languageCode=\"%1\"] { font-family: %2; }")
                     .arg(code, fontFamilies(code));
    return rules;
}

QString Theme::styleSheet(double scale, const DisplayPreferences &display, const QString &language)
{
    QFile file(QStringLiteral(":/styles/kiosk.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString sheet = QString::fromUtf8(file.readAll());
    const Colours c = colours(display.highContrast);
    const auto px = [scale](double base) {
        return QString::number(pixels(base, scale));
    };
    const double textScale = scale * display.textFactor();
    const auto text = [textScale](double base) {
        return QString::number(pixels(base, textScale));
    };
    // The numbers are already very large: they grow less, so "0808 1000 900" stays on one line
    // on a portrait screen.
    const double numberScale = scale * std::min(display.textFactor(), 1.2);
    const auto number = [numberScale](double base) {
        return QString::number(pixels(base, numberScale));
    };
    const auto target = [scale](double base) {
        return QString::number(std::max(minimumTarget(), pixels(base, scale)));
    };
    const int edgeWidth = std::max(3, pixels(4, scale));
    // High contrast draws every edge in white, so focus is also thicker, not only yellow.
    const int focusWidth = display.highContrast ? 2 * edgeWidth : edgeWidth;
    const QMap<QString, QString> tokens{
        {QStringLiteral("background"), c.background.name()},
        {QStringLiteral("surface"), c.surface.name()},
        {QStringLiteral("ink"), c.ink.name()},
        {QStringLiteral("mutedInk"), c.mutedInk.name()},
        {QStringLiteral("border"), c.border.name()},
        {QStringLiteral("accent"), c.accent.name()},
        {QStringLiteral("accentEdge"), c.accentEdge.name()},
        {QStringLiteral("accentPressed"), c.accentPressed.name()},
        {QStringLiteral("onAccent"), c.onAccent.name()},
        {QStringLiteral("strip"), c.strip.name()},
        {QStringLiteral("onStrip"), c.onStrip.name()},
        {QStringLiteral("leave"), c.leave.name()},
        {QStringLiteral("leavePressed"), c.leavePressed.name()},
        {QStringLiteral("leaveEdge"), c.leaveEdge.name()},
        {QStringLiteral("onLeave"), c.onLeave.name()},
        {QStringLiteral("open"), c.open.name()},
        {QStringLiteral("closed"), c.closed.name()},
        {QStringLiteral("noticeBackground"), c.noticeBackground.name()},
        {QStringLiteral("selected"), c.selected.name()},
        {QStringLiteral("onSelected"), c.onSelected.name()},
        {QStringLiteral("secondaryPressed"), c.secondaryPressed.name()},
        {QStringLiteral("focus"), c.focus.name()},
        {QStringLiteral("onFocus"), c.onFocus.name()},
        {QStringLiteral("focusTint"), c.focusTint.name()},
        {QStringLiteral("fontFamily"), fontFamilies(language)},
        {QStringLiteral("body"), text(28)},
        {QStringLiteral("small"), text(23)},
        {QStringLiteral("stripText"), text(26)},
        {QStringLiteral("button"), text(26)},
        {QStringLiteral("answer"), text(31)},
        {QStringLiteral("heading"), text(46)},
        {QStringLiteral("subheading"), text(33)},
        {QStringLiteral("numberPrimary"), number(84)},
        {QStringLiteral("numberAlternative"), number(42)},
        // The outcome screen's tighter type (kiosk.qss, #outcomeScreen).
        {QStringLiteral("outcomeBody"), text(23)},
        {QStringLiteral("outcomeSmall"), text(20)},
        {QStringLiteral("outcomeHeading"), text(38)},
        {QStringLiteral("outcomeSubheading"), text(27)},
        // Denser, for an outcome that would otherwise need scrolling (OutcomeScreen).
        {QStringLiteral("numberPrimaryDense"), number(70)},
        {QStringLiteral("numberAlternativeDense"), number(36)},
        {QStringLiteral("outcomeBodyDense"), text(20)},
        {QStringLiteral("outcomeSmallDense"), text(17)},
        {QStringLiteral("outcomeHeadingDense"), text(32)},
        {QStringLiteral("outcomeSubheadingDense"), text(23)},
        {QStringLiteral("attract"), text(54)},
        {QStringLiteral("target"), target(64)},
        {QStringLiteral("answerHeight"), target(76)},
        {QStringLiteral("radius"), px(12)},
        {QStringLiteral("scrollbar"), px(24)},
        // The outcome's scroll bar is a touch target: a visitor who must scroll can grab it.
        {QStringLiteral("scrollbarTarget"), target(48)},
        {QStringLiteral("padX"), px(28)},
        {QStringLiteral("padY"), px(10)},
        {QStringLiteral("padAnswer"), px(36)},
        {QStringLiteral("edgeWidth"), QString::number(edgeWidth)},
        {QStringLiteral("focusWidth"), QString::number(focusWidth)},
        {QStringLiteral("cardAccentWidth"), QString::number(std::max(4, pixels(6, scale)))},
    };
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
        sheet.replace(QLatin1Char('@') + it.key() + QLatin1Char('@'), it.value());
    return sheet + languageNameRules();
}
