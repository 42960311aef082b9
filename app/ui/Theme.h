#pragma once

#include <QColor>
#include <QList>
#include <QSize>
#include <QString>

// The public kiosk's colours and sizes in one place: a calm palette whose text pairs a test can
// check for WCAG contrast, and a style sheet scaled to the window.
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
        QColor accentPressed;    // an answer button being pressed
        QColor onAccent;         // text on answer buttons
        QColor strip;            // emergency strip
        QColor onStrip;          // text on the emergency strip
        QColor leave;            // "Leave this screen"
        QColor leavePressed;     // "Leave this screen" being pressed
        QColor onLeave;          // text on "Leave this screen"
        QColor open;             // "Open now"
        QColor closed;           // "Closed now"
        QColor noticeBackground; // the "closed now" notice
        QColor focus;            // keyboard focus ring
        QColor qrDark;           // QR modules
        QColor qrLight;          // QR background and quiet zone
    };

    // A text colour and the background it is drawn on.
    struct TextPair
    {
        QString name;
        QColor foreground;
        QColor background;
    };

    static Colours colours();
    static QList<TextPair> textPairs();
    // 1.0 at 1080 px on the shorter side, so landscape and portrait totems match.
    static double scaleFor(const QSize &windowSize);
    static QString styleSheet(double scale);
    static int pixels(double basePixels, double scale); // a size at this scale, never below 1
    static int minimumTarget() { return 44; }           // WCAG 2.5.5, logical pixels
};
