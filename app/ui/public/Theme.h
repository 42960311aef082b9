// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/visit/DisplayPreferences.h"

#include <QColor>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

// The public kiosk's colours and sizes in one place: a calm palette and a high-contrast one whose
// text pairs a test checks for WCAG contrast, and a style sheet scaled to the window, to the
// visitor's text size and to the fonts their language needs.
class Theme
{
public:
    struct Colours
    {
        QColor background;       // the page
        QColor surface;          // cards, header, secondary buttons
        QColor ink;              // body text
        QColor mutedInk;         // secondary text
        QColor border;           // quiet separators (not text)
        QColor accent;           // answer buttons, the primary card's edge
        QColor accentEdge;       // the border of answer buttons (the fill itself by default)
        QColor accentPressed;    // an answer button being pressed
        QColor onAccent;         // text on answer buttons
        QColor strip;            // emergency strip
        QColor onStrip;          // text on the emergency strip
        QColor leave;            // "Leave this screen"
        QColor leavePressed;     // "Leave this screen" being pressed
        QColor leaveEdge;        // its border
        QColor onLeave;          // text on "Leave this screen"
        QColor open;             // "Open now"
        QColor closed;           // "Closed now"
        QColor noticeBackground; // the "closed now" notice
        QColor selected;         // a switched-on toggle, the language in use
        QColor onSelected;       // text on it
        QColor secondaryPressed; // Back, Start again... being pressed
        QColor scrim;            // laid over the screen behind a notice (with its alpha)
        QColor focus;            // keyboard focus: the ring, and the fill of a focused button
        QColor onFocus;          // text on a focused (yellow) button
        QColor focusTint;        // the background of a focused outcome card
        QColor qrDark;           // QR modules
        QColor qrLight;          // QR background and quiet zone
    };

    // The staff desktop's notices, on the calm palette's surfaces (the staff desktop has no
    // high-contrast mode): here so every colour Signpost draws has one source and one test.
    struct StaffColours
    {
        QColor warning;     // a "needs confirming" note
        QColor onWarning;   // its text
        QColor warningEdge; // its left edge (not text)
        QColor banner;      // "review date passed", "the built-in content is in use"
        QColor onBanner;    // its text
        QColor bannerEdge;  // its border (not text)
    };
    // Take-away cards and the directory PDF, on white paper.
    struct PrintColours
    {
        QColor paper;    // white
        QColor ink;      // names, numbers, body text
        QColor mutedInk; // secondary lines
        QColor accent;   // the directory's title
        QColor rule;     // cut and separator lines (not text)
        QColor qrDark;   // QR modules on a card
        QColor qrLight;  // the QR code's background and quiet zone
    };

    // A text colour and the background it is drawn on.
    struct TextPair
    {
        QString name;
        QColor foreground;
        QColor background;
    };

    static Colours colours(bool highContrast = false);
    static QList<TextPair> textPairs(bool highContrast = false);
    static StaffColours staffColours();
    static PrintColours printColours();
    // The staff desktop's and the printed text pairs, checked at WCAG AA like the calm palette.
    static QList<TextPair> staffAndPrintTextPairs();
    // WCAG 1.4.3 (AA) for the calm palette, 1.4.6 (AAA) for high contrast.
    static double minimumTextContrast(bool highContrast) { return highContrast ? 7.0 : 4.5; }
    // 1.0 at 1080 px on the shorter side, so landscape and portrait totems match.
    static double scaleFor(const QSize &windowSize);
    // Text sizes grow with display.textFactor(); touch targets and spacing follow the window.
    static QString styleSheet(double scale, const DisplayPreferences &display = {},
                              const QString &language = {});
    // The font families for text in `language`, the fonts of its own script first; the glyph
    // guard checks a language's text against the same list.
    static QStringList fontFamilyList(const QString &language);
    // Whether text in every script Signpost shows can be laid out with `language`'s list without
    // Qt meeting a font that lacks a script's OpenType tables (Gurmukhi needs them; a list must
    // start with its font). Only Punjabi's list does.
    static bool fontsShapeEveryScript(const QString &language);
    // The same list as a style sheet's font-family value.
    static QString fontFamilies(const QString &language);
    static int pixels(double basePixels, double scale); // a size at this scale, never below 1
    static int minimumTarget() { return 44; }           // WCAG 2.5.5, logical pixels

private:
    static QString languageNameRules();
};
