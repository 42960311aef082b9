// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/Content.h"
#include "core/startup/ActiveContent.h"
#include "core/visit/DisplayPreferences.h"
#include "core/visit/ReachZone.h"

#include <QDateTime>
#include <QSize>
#include <QStringList>

#include <optional>

// Renders every public screen of the content to PNG files, offscreen, for review and for the
// documentation: welcome, each question, each outcome, privacy, attract, the idle notice, and
// what staff see after the unlock gesture (the PIN pad and the staff menu). In any language, with
// larger text and high contrast if asked, so reviewers can see every screen every way.
class ScreenshotRenderer
{
public:
    struct Result
    {
        QStringList written; // paths, in the order written
        QString error;       // empty when every file was written
    };

    // The fixed moment every screenshot shows, so open/closed text is stable:
    // Wednesday 15 January 2025, 2pm UK time (a weekday afternoon, every weekday line open).
    static QDateTime fixedTime();

    ScreenshotRenderer(const Content &content, const QSize &size, const QString &language,
                       const QDateTime &at = fixedTime());

    // Larger text and high contrast on every screen (--large-text, --high-contrast).
    void setDisplay(const DisplayPreferences &display) { m_display = display; }
    // The header's Read aloud button, as a kiosk whose `speech` key is not off shows it.
    void setReadAloudShown(bool shown) { m_readAloudShown = shown; }
    // Where the controls sit, as the configuration's `layout` key puts them.
    void setReachLayout(ReachZone::Layout layout) { m_reachLayout = layout; }
    // Where the content came from, for the staff menu's status (default: the built-in content).
    void setContentStatus(const ActiveContent &active) { m_status = active; }
    // The staff menu's kiosk status lines and QR code (KioskStatusFormat::text); none: left out.
    void setKioskStatus(const QString &text) { m_kioskStatus = text; }
    Result renderAll(const QString &directory) const;

private:
    Content m_content;
    QSize m_size;
    QString m_language;
    QDateTime m_at;
    DisplayPreferences m_display;
    bool m_readAloudShown = true;
    ReachZone::Layout m_reachLayout = ReachZone::Layout::Standard;
    std::optional<ActiveContent> m_status;
    QString m_kioskStatus;
};
