#include "Theme.h"

#include <QFile>
#include <QMap>

#include <algorithm>
#include <cmath>

Theme::Colours Theme::colours()
{
    Colours c;
    c.background = QColor(0xF4, 0xF2, 0xEC);
    c.surface = QColor(0xFF, 0xFF, 0xFF);
    c.ink = QColor(0x1B, 0x1F, 0x23);
    c.mutedInk = QColor(0x4A, 0x50, 0x57);
    c.border = QColor(0xC9, 0xC4, 0xB8);
    c.accent = QColor(0x0B, 0x4F, 0x6C);
    c.accentPressed = QColor(0x07, 0x36, 0x4A);
    c.onAccent = QColor(0xFF, 0xFF, 0xFF);
    c.strip = QColor(0x23, 0x2B, 0x3A);
    c.onStrip = QColor(0xFF, 0xFF, 0xFF);
    c.leave = QColor(0xA3, 0x27, 0x1F);
    c.leavePressed = QColor(0x7A, 0x1C, 0x16);
    c.onLeave = QColor(0xFF, 0xFF, 0xFF);
    c.open = QColor(0x0A, 0x6A, 0x38);
    c.closed = QColor(0x9A, 0x3A, 0x0B);
    c.noticeBackground = QColor(0xFF, 0xF4, 0xE5);
    c.focus = QColor(0xF5, 0xB7, 0x00);
    c.qrDark = QColor(0x00, 0x00, 0x00);
    c.qrLight = QColor(0xFF, 0xFF, 0xFF);
    return c;
}

QList<Theme::TextPair> Theme::textPairs()
{
    const Colours c = colours();
    return {
        {QStringLiteral("body on page"), c.ink, c.background},
        {QStringLiteral("body on card"), c.ink, c.surface},
        {QStringLiteral("muted on page"), c.mutedInk, c.background},
        {QStringLiteral("muted on card"), c.mutedInk, c.surface},
        {QStringLiteral("answer button"), c.onAccent, c.accent},
        {QStringLiteral("answer button pressed"), c.onAccent, c.accentPressed},
        {QStringLiteral("emergency strip"), c.onStrip, c.strip},
        {QStringLiteral("leave button"), c.onLeave, c.leave},
        {QStringLiteral("open now on card"), c.open, c.surface},
        {QStringLiteral("closed now on card"), c.closed, c.surface},
        {QStringLiteral("closed notice"), c.ink, c.noticeBackground},
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

QString Theme::styleSheet(double scale)
{
    QFile file(QStringLiteral(":/styles/kiosk.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString sheet = QString::fromUtf8(file.readAll());
    const Colours c = colours();
    const auto px = [scale](double base) {
        return QString::number(pixels(base, scale));
    };
    const auto target = [scale](double base) {
        return QString::number(std::max(minimumTarget(), pixels(base, scale)));
    };
    const QMap<QString, QString> tokens{
        {QStringLiteral("background"), c.background.name()},
        {QStringLiteral("surface"), c.surface.name()},
        {QStringLiteral("ink"), c.ink.name()},
        {QStringLiteral("mutedInk"), c.mutedInk.name()},
        {QStringLiteral("border"), c.border.name()},
        {QStringLiteral("accent"), c.accent.name()},
        {QStringLiteral("accentPressed"), c.accentPressed.name()},
        {QStringLiteral("onAccent"), c.onAccent.name()},
        {QStringLiteral("strip"), c.strip.name()},
        {QStringLiteral("onStrip"), c.onStrip.name()},
        {QStringLiteral("leave"), c.leave.name()},
        {QStringLiteral("leavePressed"), c.leavePressed.name()},
        {QStringLiteral("onLeave"), c.onLeave.name()},
        {QStringLiteral("open"), c.open.name()},
        {QStringLiteral("closed"), c.closed.name()},
        {QStringLiteral("noticeBackground"), c.noticeBackground.name()},
        {QStringLiteral("focus"), c.focus.name()},
        {QStringLiteral("body"), px(28)},
        {QStringLiteral("small"), px(23)},
        {QStringLiteral("stripText"), px(26)},
        {QStringLiteral("button"), px(26)},
        {QStringLiteral("answer"), px(31)},
        {QStringLiteral("heading"), px(46)},
        {QStringLiteral("subheading"), px(33)},
        {QStringLiteral("numberPrimary"), px(92)},
        {QStringLiteral("numberAlternative"), px(50)},
        {QStringLiteral("attract"), px(54)},
        {QStringLiteral("target"), target(64)},
        {QStringLiteral("answerHeight"), target(76)},
        {QStringLiteral("radius"), px(12)},
        {QStringLiteral("scrollbar"), px(24)},
        {QStringLiteral("padX"), px(28)},
        {QStringLiteral("padY"), px(10)},
        {QStringLiteral("padAnswer"), px(36)},
        {QStringLiteral("focusWidth"), QString::number(std::max(3, pixels(4, scale)))},
        {QStringLiteral("cardAccentWidth"), QString::number(std::max(4, pixels(6, scale)))},
    };
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
        sheet.replace(QLatin1Char('@') + it.key() + QLatin1Char('@'), it.value());
    return sheet;
}
